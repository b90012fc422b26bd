//! JSON form of simulator objects, in the shapes of reference §4 (and the
//! real recorded responses in `tests/fixtures/cloudflare/`).

use serde_json::{Map, Value, json};

use crate::clock::rfc3339;
use crate::state::{Fallback, Hostname, Ssl, delegation_target};

/// The custom hostname object (§4.1).
pub fn hostname(h: &Hostname, dcv_uuid: &str) -> Value {
    let mut o = Map::new();
    o.insert("id".into(), json!(h.id));
    o.insert("hostname".into(), json!(h.hostname));
    if let Some(ssl) = &h.ssl {
        o.insert("ssl".into(), ssl_obj(h, ssl, dcv_uuid));
    }
    if let Some(m) = &h.custom_metadata {
        o.insert("custom_metadata".into(), Value::Object(m.clone()));
    }
    if let Some(s) = &h.custom_origin_server {
        o.insert("custom_origin_server".into(), json!(s));
    }
    if let Some(s) = &h.custom_origin_sni {
        o.insert("custom_origin_sni".into(), json!(s));
    }
    o.insert("status".into(), json!(h.status));
    if !h.verification_errors.is_empty() {
        o.insert("verification_errors".into(), json!(h.verification_errors));
    }
    if h.status != "active" {
        o.insert(
            "ownership_verification".into(),
            json!({ "type": "txt", "name": format!("_cf-custom-hostname.{}", h.base()), "value": h.ownership_token }),
        );
        o.insert(
            "ownership_verification_http".into(),
            json!({
                "http_url": format!("http://{}/.well-known/cf-custom-hostname-challenge/{}", h.base(), h.ownership_http_id),
                "http_body": h.ownership_token,
            }),
        );
    }
    o.insert("created_at".into(), json!(rfc3339(h.created_at)));
    Value::Object(o)
}

/// `ssl` (§4.2) with `validation_records` (§4.3) while DCV is pending, the
/// delegation record, the legacy flat fields, and certificate details once issued.
fn ssl_obj(h: &Hostname, ssl: &Ssl, dcv_uuid: &str) -> Value {
    let mut o = Map::new();
    o.insert("id".into(), json!(ssl.id));
    o.insert("type".into(), json!(ssl.kind));
    o.insert("method".into(), json!(ssl.method));
    o.insert("status".into(), json!(ssl.status));
    let txt_name = format!("_acme-challenge.{}", h.base());
    let pending = matches!(ssl.status.as_str(), "pending_validation");
    if pending {
        let records: Vec<Value> = match ssl.method.as_str() {
            "txt" => ssl
                .txt_tokens
                .iter()
                .map(|t| json!({ "status": "pending", "txt_name": txt_name, "txt_value": t }))
                .collect(),
            "http" => vec![json!({
                "status": "pending",
                "http_url": format!("http://{}/.well-known/pki-validation/{}.txt", h.base(), ssl.http_file),
                "http_body": ssl.http_body,
            })],
            _ => {
                let domain = psl::domain_str(h.base()).unwrap_or(h.base()).to_string();
                let emails: Vec<String> = [
                    "administrator",
                    "admin",
                    "hostmaster",
                    "postmaster",
                    "webmaster",
                ]
                .iter()
                .map(|u| format!("{u}@{domain}"))
                .collect();
                vec![json!({ "status": "pending", "emails": emails })]
            }
        };
        if let Some(first) = records.first() {
            for k in ["txt_name", "txt_value", "http_url", "http_body"] {
                if let Some(v) = first.get(k) {
                    o.insert(k.into(), v.clone());
                }
            }
        }
        o.insert("validation_records".into(), Value::Array(records));
    }
    if ssl.method != "email" {
        o.insert(
            "dcv_delegation_records".into(),
            json!([{ "cname": txt_name, "cname_target": delegation_target(h.base(), dcv_uuid) }]),
        );
    }
    if !ssl.validation_errors.is_empty() {
        o.insert(
            "validation_errors".into(),
            Value::Array(
                ssl.validation_errors
                    .iter()
                    .map(|m| json!({ "message": m }))
                    .collect(),
            ),
        );
    }
    if let Some(s) = &ssl.settings {
        o.insert("settings".into(), s.clone());
    }
    o.insert("bundle_method".into(), json!(ssl.bundle_method));
    o.insert("wildcard".into(), json!(ssl.wildcard));
    o.insert("certificate_authority".into(), json!(ssl.ca));
    if let Some(b) = ssl.cloudflare_branding {
        o.insert("cloudflare_branding".into(), json!(b));
    }
    if let Some(i) = &ssl.issued {
        o.insert("hosts".into(), json!(i.hosts));
        o.insert("issuer".into(), json!(i.issuer));
        o.insert("serial_number".into(), json!(i.serial_number));
        o.insert("signature".into(), json!(i.signature));
        o.insert("uploaded_on".into(), json!(rfc3339(i.uploaded_on)));
        o.insert("expires_on".into(), json!(rfc3339(i.expires_on)));
    }
    Value::Object(o)
}

/// Fallback origin object (§4.4).
/// `errors` is omitted when empty, as in the recorded `active` response.
pub fn fallback(f: &Fallback) -> Value {
    let mut o = json!({
        "origin": f.origin,
        "status": f.status,
        "created_at": rfc3339(f.created_at),
        "updated_at": rfc3339(f.updated_at),
    });
    if !f.errors.is_empty() {
        crate::api::set(&mut o, "errors", json!(f.errors));
    }
    o
}
