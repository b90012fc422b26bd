//! Request checks that produce Cloudflare's specific error codes (reference
//! §3.1, §3.3, §3.4, §7.2) before the generic OpenAPI schema check runs.

use serde_json::Value;

use crate::api::ApiError;
use crate::lifecycle::SslRequest;

/// Reserved TLDs refused with 1409 (§3.1).
const RESERVED_TLDS: [&str; 4] = ["test", "example", "invalid", "localhost"];

/// Validate and normalize a custom hostname (§3.1: 1407–1411).
pub fn hostname(raw: &str) -> Result<String, ApiError> {
    if raw.len() > 255 {
        return Err(ApiError::bad(
            1407,
            format!("The hostname {raw:?} is invalid: it must be less than 256 characters."),
        ));
    }
    if !raw.is_ascii() {
        return Err(ApiError::bad(
            1408,
            format!(
                "The hostname {raw:?} contains non-ASCII characters; send the punycode (A-label) form."
            ),
        ));
    }
    let h = raw.to_ascii_lowercase();
    let bare = h.trim_start_matches('[').trim_end_matches(']');
    if bare.parse::<std::net::IpAddr>().is_ok() {
        return Err(ApiError::bad(
            1407,
            format!("The hostname {raw:?} is invalid: IP addresses are not allowed."),
        ));
    }
    let base = h.strip_prefix("*.").unwrap_or(&h);
    let labels: Vec<&str> = base.split('.').collect();
    let label_ok = |l: &&str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    if base.is_empty() || !labels.iter().all(label_ok) {
        return Err(ApiError::bad(
            1407,
            format!(
                "The hostname {raw:?} is invalid: it contains special characters or empty labels."
            ),
        ));
    }
    if labels.len() < 2 {
        return Err(ApiError::bad(
            1410,
            format!("publicsuffix: cannot derive eTLD+1 for domain {base:?}"),
        ));
    }
    if let Some(tld) = labels.last()
        && RESERVED_TLDS.contains(tld)
    {
        return Err(ApiError::bad(
            1409,
            format!("The hostname {raw:?} uses the reserved top-level domain {tld:?}."),
        ));
    }
    for ex in ["example.com", "example.net", "example.org"] {
        if base == ex || base.ends_with(&format!(".{ex}")) {
            return Err(ApiError::bad(
                1411,
                format!("The hostname {raw:?} is invalid: names ending in {ex} are reserved."),
            ));
        }
    }
    // A name that is itself a public suffix (e.g. `co.uk`) has no eTLD+1.
    if psl::domain_str(base).is_none() {
        return Err(ApiError::bad(
            1410,
            format!("publicsuffix: cannot derive eTLD+1 for domain {base:?}"),
        ));
    }
    Ok(h)
}

fn enum_field<'a>(
    ssl: &'a Value,
    key: &str,
    allowed: &[&str],
    code: u32,
) -> Result<Option<&'a str>, ApiError> {
    match ssl.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if allowed.contains(&s.as_str()) => Ok(Some(s)),
        Some(other) => Err(ApiError::bad(
            code,
            format!(
                "Invalid ssl.{key} {other}: must be one of {}.",
                allowed.join(", ")
            ),
        )),
    }
}

/// Parse `ssl` of a create (`patch == false`) or edit request (§3.3, §3.4).
/// On create, method/type default to `http`/`dv` like Cloudflare's clients.
pub fn ssl_request(body: &Value, host: &str, patch: bool) -> Result<Option<SslRequest>, ApiError> {
    let Some(ssl) = body.get("ssl").filter(|v| !v.is_null()) else {
        return Ok(None);
    };
    if !ssl.is_object() {
        return Err(ApiError::bad(
            1434,
            "Invalid SSL attribute: ssl must be an object.".into(),
        ));
    }
    for unsupported in [
        "custom_certificate",
        "custom_key",
        "custom_cert_bundle",
        "custom_csr_id",
    ] {
        if ssl.get(unsupported).is_some() {
            return Err(ApiError::bad(
                1434,
                format!(
                    "Invalid SSL attribute ssl.{unsupported}: cf-sim does not simulate custom certificates."
                ),
            ));
        }
    }
    let method = enum_field(ssl, "method", &["http", "txt", "email"], 1432)?;
    let kind = enum_field(ssl, "type", &["dv"], 1433)?;
    if patch && (method.is_none() || kind.is_none()) {
        return Err(ApiError::bad(
            1440,
            "Both validation type and validation method are required".into(),
        ));
    }
    let ca = match ssl.get("certificate_authority") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if s.is_empty() => None,
        Some(Value::String(s))
            if ["digicert", "google", "lets_encrypt", "ssl_com"].contains(&s.as_str()) =>
        {
            Some(s.clone())
        }
        Some(other) => {
            return Err(ApiError::bad(
                1434,
                format!(
                    "Invalid SSL attribute ssl.certificate_authority {other}: must be google, lets_encrypt, ssl_com or \"\"."
                ),
            ));
        }
    };
    let bundle = enum_field(
        ssl,
        "bundle_method",
        &["ubiquitous", "optimal", "force"],
        1449,
    )?
    .unwrap_or("ubiquitous");
    let wildcard = match ssl.get("wildcard") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(other) => {
            return Err(ApiError::bad(
                1434,
                format!("Invalid SSL attribute ssl.wildcard {other}: must be a boolean."),
            ));
        }
    };
    let method = method.unwrap_or("http");
    if method == "http" && (wildcard || host.starts_with("*.")) {
        return Err(ApiError::bad(
            1434,
            "Invalid SSL attribute: HTTP validation is not allowed for wildcard certificates; use txt (or DCV delegation).".into(),
        ));
    }
    let settings = ssl.get("settings").filter(|v| !v.is_null()).cloned();
    if let Some(s) = &settings {
        enum_field(s, "min_tls_version", &["1.0", "1.1", "1.2", "1.3"], 1425)?;
        enum_field(s, "http2", &["on", "off"], 1422)?;
        enum_field(s, "tls_1_3", &["on", "off"], 1424)?;
        if let Some(c) = s.get("ciphers") {
            let ok = c
                .as_array()
                .is_some_and(|a| a.iter().all(|x| x.as_str().is_some_and(|t| !t.is_empty())));
            if !ok {
                return Err(ApiError::bad(
                    1442,
                    format!("Invalid ciphers {c}: expected an array of BoringSSL cipher names."),
                ));
            }
            if s.get("min_tls_version").and_then(Value::as_str) == Some("1.3") {
                return Err(ApiError::bad(
                    1443,
                    "Ciphers cannot be set when the minimum TLS version is 1.3.".into(),
                ));
            }
        }
    }
    Ok(Some(SslRequest {
        method: method.to_string(),
        kind: kind.unwrap_or("dv").to_string(),
        ca,
        wildcard,
        bundle_method: bundle.to_string(),
        settings,
        cloudflare_branding: ssl.get("cloudflare_branding").and_then(Value::as_bool),
    }))
}

/// `custom_origin_server` must be a record in the SaaS zone, not a wildcard (§3.1: 1420, 1421).
pub fn custom_origin(origin: &str, zone_name: &str, has_record: bool) -> Result<String, ApiError> {
    let o = crate::dns::normalize(origin);
    if o.starts_with("*.") {
        return Err(ApiError::bad(
            1420,
            format!("The custom origin server {origin:?} cannot be a wildcard."),
        ));
    }
    let in_zone = o == zone_name || o.ends_with(&format!(".{zone_name}"));
    if !in_zone || !has_record {
        return Err(ApiError::bad(
            1421,
            format!(
                "The custom origin server {origin:?} is not an A, AAAA, or CNAME record in your zone."
            ),
        ));
    }
    Ok(o)
}

/// `custom_metadata` must encode to at most 4 KB (§3.1).
pub fn metadata(body: &Value) -> Result<Option<serde_json::Map<String, Value>>, ApiError> {
    match body.get("custom_metadata") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Object(m)) => {
            if serde_json::to_string(m)
                .map(|s| s.len())
                .unwrap_or(usize::MAX)
                > 4096
            {
                return Err(ApiError::bad(
                    1401,
                    "custom_metadata is larger than 4 KB.".into(),
                ));
            }
            Ok(Some(m.clone()))
        }
        Some(other) => Err(ApiError::bad(
            1401,
            format!("custom_metadata must be a JSON object, got {other}."),
        )),
    }
}
