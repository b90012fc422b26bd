//! From a checked [`Operation`] to an [`ApiRequest`]: paths of spec §2
//! (segments percent-encoded), bodies of spec §3 (snake_case wire names,
//! absent fields omitted), list query of spec §6.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde_json::{Map, Value, json};

use super::error::{ValidationError, ValidationErrorKind as Kind, invalid};
use super::operation::{
    CreateHostname, EditHostname, ListDnsRecords, Operation, RefreshHostname, ReplaceCertificate,
    SslRequest, TlsSettingsRequest,
};
use super::ssl_rules::{SslTarget, check_ssl};
use super::validate::{
    Checker, custom_metadata, custom_origin_server, custom_origin_sni, identifier, list_query,
};
use super::{ApiRequest, HttpMethod};
use crate::api::status::{DcvMethod, ValidationType};
use crate::api::{CustomHostname, Ssl};

/// RFC 3986 unreserved characters stay as they are; everything else is
/// percent-encoded (in paths and query components alike).
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Percent-encodes one path segment or query component.
pub(crate) fn query_component(text: &str) -> String {
    utf8_percent_encode(text, COMPONENT).to_string()
}

fn zone_path(zone_id: &str, rest: &[&str]) -> String {
    let mut path = format!("/zones/{}", query_component(zone_id));
    for segment in rest {
        path.push('/');
        path.push_str(&query_component(segment));
    }
    path
}

fn request(method: HttpMethod, path: String, body: Option<Value>) -> ApiRequest {
    let headers = if body.is_some() {
        vec![("Content-Type".to_owned(), "application/json".to_owned())]
    } else {
        Vec::new()
    };
    ApiRequest {
        method,
        path,
        query: Vec::new(),
        headers,
        body,
    }
}

/// DELETE endpoints declare a required, empty JSON body (spec §2).
fn empty_body() -> Option<Value> {
    Some(json!({}))
}

pub(crate) fn encode(
    checker: &mut Checker<'_>,
    operation: &Operation,
) -> Result<ApiRequest, ValidationError> {
    const CH: &str = "custom_hostnames";
    const FALLBACK: &str = "fallback_origin";
    Ok(match operation {
        Operation::Create(op) => create(checker, op)?,
        Operation::Get(op) => {
            checker.zone_id(&op.zone_id)?;
            identifier("custom_hostname_id", &op.custom_hostname_id)?;
            request(
                HttpMethod::Get,
                zone_path(&op.zone_id, &[CH, &op.custom_hostname_id]),
                None,
            )
        }
        Operation::List(op) => {
            checker.zone_id(&op.zone_id)?;
            let query = list_query(checker, op)?;
            let mut built = request(HttpMethod::Get, zone_path(&op.zone_id, &[CH]), None);
            built.query = query;
            built
        }
        Operation::Edit(op) => edit(checker, op)?,
        Operation::Delete(op) => {
            checker.zone_id(&op.zone_id)?;
            identifier("custom_hostname_id", &op.custom_hostname_id)?;
            let path = zone_path(&op.zone_id, &[CH, &op.custom_hostname_id]);
            request(HttpMethod::Delete, path, empty_body())
        }
        Operation::Refresh(op) => refresh(checker, op)?,
        Operation::GetFallbackOrigin(op) => {
            checker.zone_id(&op.zone_id)?;
            request(
                HttpMethod::Get,
                zone_path(&op.zone_id, &[CH, FALLBACK]),
                None,
            )
        }
        Operation::UpdateFallbackOrigin(op) => {
            checker.zone_id(&op.zone_id)?;
            let origin = checker.hostname("origin", &op.origin, false)?;
            let body = json!({ "origin": origin.ascii() });
            request(
                HttpMethod::Put,
                zone_path(&op.zone_id, &[CH, FALLBACK]),
                Some(body),
            )
        }
        Operation::DeleteFallbackOrigin(op) => {
            checker.zone_id(&op.zone_id)?;
            let path = zone_path(&op.zone_id, &[CH, FALLBACK]);
            request(HttpMethod::Delete, path, empty_body())
        }
        Operation::ListDnsRecords(op) => {
            checker.zone_id(&op.zone_id)?;
            let mut built = request(
                HttpMethod::Get,
                zone_path(&op.zone_id, &["dns_records"]),
                None,
            );
            built.query = dns_records_query(op)?;
            built
        }
        Operation::GetQuota(op) => {
            checker.zone_id(&op.zone_id)?;
            request(
                HttpMethod::Get,
                zone_path(&op.zone_id, &[CH, "quota"]),
                None,
            )
        }
        Operation::GetDcvDelegationUuid(op) => {
            checker.zone_id(&op.zone_id)?;
            let path = zone_path(&op.zone_id, &["dcv_delegation", "uuid"]);
            request(HttpMethod::Get, path, None)
        }
        Operation::ReplaceCertificate(op) => replace_certificate(checker, op)?,
        Operation::DeleteCertificate(op) => {
            checker.zone_id(&op.zone_id)?;
            identifier("custom_hostname_id", &op.custom_hostname_id)?;
            identifier("certificate_pack_id", &op.certificate_pack_id)?;
            identifier("certificate_id", &op.certificate_id)?;
            let path = certificate_path(
                &op.zone_id,
                &op.custom_hostname_id,
                &op.certificate_pack_id,
                &op.certificate_id,
            );
            request(HttpMethod::Delete, path, empty_body())
        }
    })
}

fn certificate_path(zone: &str, hostname_id: &str, pack: &str, certificate: &str) -> String {
    zone_path(
        zone,
        &[
            "custom_hostnames",
            hostname_id,
            "certificate_pack",
            pack,
            "certificates",
            certificate,
        ],
    )
}

/// The parts shared by create and edit: metadata, origin, SNI.
fn common_fields(
    checker: &mut Checker<'_>,
    body: &mut Map<String, Value>,
    wildcard: bool,
    metadata: Option<&super::operation::CustomMetadata>,
    origin: Option<&String>,
    sni: Option<&String>,
) -> Result<(), ValidationError> {
    if let Some(metadata) = metadata {
        custom_metadata(checker, metadata, wildcard)?;
        body.insert("custom_metadata".to_owned(), json!(metadata));
    }
    if let Some(origin) = origin {
        let sent = custom_origin_server(checker, origin)?;
        body.insert("custom_origin_server".to_owned(), Value::String(sent));
    }
    if let Some(sni) = sni {
        let sent = custom_origin_sni(checker, sni, wildcard)?;
        body.insert("custom_origin_sni".to_owned(), Value::String(sent));
    }
    Ok(())
}

fn create(checker: &mut Checker<'_>, op: &CreateHostname) -> Result<ApiRequest, ValidationError> {
    checker.zone_id(&op.zone_id)?;
    let hostname = checker.hostname("hostname", &op.hostname, true)?;
    let mut body = Map::new();
    body.insert(
        "hostname".to_owned(),
        Value::String(hostname.ascii().to_owned()),
    );
    let target = SslTarget {
        hostname: Some(hostname.ascii()),
    };
    // Metadata and SNI rules concern wildcard *hostnames* (spec §3.1);
    // `ssl.wildcard` only widens the certificate (handled in ssl_rules).
    let wildcard = hostname.is_wildcard();
    match &op.ssl {
        Some(ssl) => {
            body.insert("ssl".to_owned(), check_ssl(checker, ssl, target)?);
        }
        None => checker.warn(
            "no_ssl_requested",
            "no ssl object: no certificate is ordered until an edit sends ssl.method and ssl.type",
        ),
    }
    common_fields(
        checker,
        &mut body,
        wildcard,
        op.custom_metadata.as_ref(),
        op.custom_origin_server.as_ref(),
        op.custom_origin_sni.as_ref(),
    )?;
    Ok(request(
        HttpMethod::Post,
        zone_path(&op.zone_id, &["custom_hostnames"]),
        Some(Value::Object(body)),
    ))
}

/// Parses an optional "current hostname" context field (never sent).
fn current_hostname(
    checker: &mut Checker<'_>,
    value: Option<&String>,
) -> Result<Option<String>, ValidationError> {
    value
        .map(|v| {
            checker
                .hostname("current_hostname", v, true)
                .map(|h| h.ascii().to_owned())
        })
        .transpose()
}

fn edit(checker: &mut Checker<'_>, op: &EditHostname) -> Result<ApiRequest, ValidationError> {
    checker.zone_id(&op.zone_id)?;
    identifier("custom_hostname_id", &op.custom_hostname_id)?;
    let fetched = op.custom_hostname.as_deref();
    if let Some(found) = fetched.map(|h| h.id.as_str()).filter(|id| !id.is_empty()) {
        if found != op.custom_hostname_id {
            return Err(invalid(
                "custom_hostname",
                Kind::EditedObjectMismatch {
                    expected: op.custom_hostname_id.clone(),
                    found: found.to_owned(),
                },
            ));
        }
    }
    // The hostname for the rules: given, else the fetched object's own.
    let current = match current_hostname(checker, op.current_hostname.as_ref())? {
        Some(given) => Some(given),
        None => fetched_hostname(fetched),
    };
    let other_changes = op.custom_metadata.is_some()
        || op.custom_origin_server.is_some()
        || op.custom_origin_sni.is_some();
    if op.ssl.is_none() && !other_changes {
        return Err(invalid("ssl", Kind::NothingToEdit));
    }
    let target = SslTarget {
        hostname: current.as_deref(),
    };
    let wildcard = current.as_deref().is_some_and(|h| h.starts_with("*."));
    let mut body = Map::new();
    let ssl = op
        .ssl
        .as_ref()
        .and_then(|ssl| patch_ssl(checker, ssl, fetched, other_changes));
    if let Some(ssl) = &ssl {
        body.insert("ssl".to_owned(), check_ssl(checker, ssl, target)?);
    }
    common_fields(
        checker,
        &mut body,
        wildcard,
        op.custom_metadata.as_ref(),
        op.custom_origin_server.as_ref(),
        op.custom_origin_sni.as_ref(),
    )?;
    Ok(request(
        HttpMethod::Patch,
        zone_path(&op.zone_id, &["custom_hostnames", &op.custom_hostname_id]),
        Some(Value::Object(body)),
    ))
}

/// The `ssl` an edit sends, following the PATCH rules of spec §11.1:
/// - a PATCH applies only what it sends, so any `ssl` must carry the full
///   settings it wants kept: with the fetched object, the TLS settings, CA
///   and wildcard flag the edit does not name are carried over (warning
///   `kept_current_ssl`); without it, a warning says they may be lost;
/// - an edit of metadata or origin only must omit `ssl`: an `ssl` that just
///   repeats the current one beside such a change is dropped (warning
///   `ssl_omitted_for_metadata_edit`), since sending it restarts validation.
///
/// (A CA change always carries `method` and `type`: [`check_ssl`] requires
/// both whenever `ssl` is sent, errors 1434 / 1440.)
fn patch_ssl(
    checker: &mut Checker<'_>,
    requested: &SslRequest,
    fetched: Option<&CustomHostname>,
    other_changes: bool,
) -> Option<SslRequest> {
    let Some(current) = fetched.and_then(|h| h.ssl.as_ref()) else {
        if requested.settings.is_none() {
            checker.warn(
                "ssl_settings_not_kept",
                "this edit sends ssl without settings and without the fetched custom hostname (customHostname): Cloudflare applies only what a PATCH sends, so TLS settings set earlier may be lost (spec §11.1)",
            );
        }
        return Some(requested.clone());
    };
    let mut out = requested.clone();
    let kept = carry_current(&mut out, current);
    let repeats_current = out.method == current.method
        && out.validation_type.as_ref().unwrap_or(&ValidationType::Dv)
            == current
                .validation_type
                .as_ref()
                .unwrap_or(&ValidationType::Dv)
        && out.certificate_authority == current.certificate_authority
        && out.wildcard.unwrap_or(false) == current.wildcard.unwrap_or(false)
        && out.bundle_method.is_none()
        && out
            .cloudflare_branding
            .is_none_or(|b| Some(b) == current.cloudflare_branding)
        && out.custom_certificate.is_none()
        && out.custom_key.is_none()
        && out.custom_csr_id.is_none()
        && out.custom_cert_bundle.is_none()
        && (requested.settings.is_none()
            || out.settings
                == current
                    .settings
                    .as_ref()
                    .map(TlsSettingsRequest::from_current));
    if other_changes && repeats_current {
        checker.warn(
            "ssl_omitted_for_metadata_edit",
            "ssl repeats the current certificate settings beside a metadata or origin change: it is left out, because sending it would restart validation (spec §11.1); send a refresh separately if that is wanted",
        );
        return None;
    }
    if !kept.is_empty() {
        checker.warn_with_data(
            "kept_current_ssl",
            format!(
                "kept the current {} in ssl: a PATCH applies only what it sends (spec §11.1)",
                kept.join(", ")
            ),
            json!({ "fields": kept }),
        );
    }
    Some(out)
}

/// Fills what `out` does not name from the current certificate: its TLS
/// settings (not on a wildcard certificate, which takes none), CA and
/// wildcard flag, since a PATCH applies only what it sends (spec §11.1).
/// Returns the fields it carried over.
fn carry_current(out: &mut SslRequest, current: &Ssl) -> Vec<&'static str> {
    let mut kept = Vec::new();
    let wildcard_certificate = out.wildcard.or(current.wildcard).unwrap_or(false);
    if out.settings.is_none() && !wildcard_certificate {
        let settings = current
            .settings
            .as_ref()
            .map(TlsSettingsRequest::from_current)
            .filter(|s| !s.is_empty());
        if settings.is_some() {
            out.settings = settings;
            kept.push("settings");
        }
    }
    if out.certificate_authority.is_none() {
        if let Some(ca) = current.certificate_authority.clone() {
            out.certificate_authority = Some(ca);
            kept.push("certificate_authority");
        }
    }
    if out.wildcard.is_none() && current.wildcard == Some(true) {
        out.wildcard = Some(true);
        kept.push("wildcard");
    }
    kept
}

/// The fetched object's hostname, for the wildcard and IDN rules: it exists
/// at Cloudflare already, so it is not re-run through the hostname model.
fn fetched_hostname(fetched: Option<&CustomHostname>) -> Option<String> {
    fetched
        .map(|h| h.hostname.to_ascii_lowercase())
        .filter(|h| !h.is_empty())
}

/// The refresh PATCH: `{ssl: {method, type}}` repeating the current values
/// (plus the CA and wildcard flag when the fetched hostname has them, so
/// the "identical ssl" of spec §3.2 does not silently change them).
fn refresh(checker: &mut Checker<'_>, op: &RefreshHostname) -> Result<ApiRequest, ValidationError> {
    checker.zone_id(&op.zone_id)?;
    let fetched = op.custom_hostname.as_ref();
    let id = op
        .custom_hostname_id
        .clone()
        .or_else(|| fetched.map(|h| h.id.clone()).filter(|id| !id.is_empty()))
        .ok_or_else(|| invalid("custom_hostname_id", Kind::RefreshNeedsId))?;
    identifier("custom_hostname_id", &id)?;
    let fetched_ssl = fetched.and_then(|h| h.ssl.as_ref());
    let method: DcvMethod = op
        .method
        .clone()
        .or_else(|| fetched_ssl.and_then(|s| s.method.clone()))
        .ok_or_else(|| invalid("method", Kind::RefreshNeedsMethod))?;
    let validation_type = op
        .validation_type
        .clone()
        .or_else(|| fetched_ssl.and_then(|s| s.validation_type.clone()))
        .unwrap_or(ValidationType::Dv);
    let mut ssl = SslRequest {
        method: Some(method),
        validation_type: Some(validation_type),
        ..SslRequest::default()
    };
    if let Some(current) = fetched_ssl {
        // A refresh repeats the current settings, CA and wildcard flag, so
        // the "identical ssl" of spec §3.2 changes none of them.
        carry_current(&mut ssl, current);
    }
    let hostname = fetched_hostname(fetched.map(AsRef::as_ref));
    let target = SslTarget {
        hostname: hostname.as_deref(),
    };
    let body = json!({ "ssl": check_ssl(checker, &ssl, target)? });
    Ok(request(
        HttpMethod::Patch,
        zone_path(&op.zone_id, &["custom_hostnames", &id]),
        Some(body),
    ))
}

fn replace_certificate(
    checker: &mut Checker<'_>,
    op: &ReplaceCertificate,
) -> Result<ApiRequest, ValidationError> {
    checker.zone_id(&op.zone_id)?;
    identifier("custom_hostname_id", &op.custom_hostname_id)?;
    identifier("certificate_pack_id", &op.certificate_pack_id)?;
    identifier("certificate_id", &op.certificate_id)?;
    let current = current_hostname(checker, op.current_hostname.as_ref())?;
    let leaf = super::certificate::check_certificate(
        "custom_certificate",
        &op.custom_certificate,
        current.as_deref(),
    )?;
    let key =
        super::certificate::check_key("custom_key", &op.custom_key, &leaf, &mut checker.warnings)?;
    if current.is_none() {
        checker.warn(
            "certificate_hostname_unchecked",
            "the hostname is unknown here (give current_hostname), so the certificate's names were not checked",
        );
    }
    let body = json!({ "custom_certificate": op.custom_certificate, "custom_key": key });
    Ok(request(
        HttpMethod::Put,
        certificate_path(
            &op.zone_id,
            &op.custom_hostname_id,
            &op.certificate_pack_id,
            &op.certificate_id,
        ),
        Some(body),
    ))
}

/// Record types the `dns_records` list filter accepts (schema
/// `dns-records_type` in `spec/dns-records.openapi.json`).
const DNS_RECORD_TYPES: &[&str] = &[
    "A",
    "AAAA",
    "CAA",
    "CERT",
    "CNAME",
    "DNSKEY",
    "DS",
    "HTTPS",
    "LOC",
    "MX",
    "NAPTR",
    "NS",
    "OPENPGPKEY",
    "PTR",
    "SMIMEA",
    "SRV",
    "SSHFP",
    "SVCB",
    "TLSA",
    "TXT",
    "URI",
];

/// Most records per page this library asks for: the schema allows
/// 5,000,000, but a response is parsed only up to
/// [`crate::api::error::MAX_LIST_ITEMS`] items.
const MAX_DNS_RECORDS_PER_PAGE: u64 = crate::api::error::MAX_LIST_ITEMS as u64;

/// The query of a `dns_records` list, in the order of the schema.
fn dns_records_query(op: &ListDnsRecords) -> Result<Vec<(String, String)>, ValidationError> {
    let mut query = Vec::new();
    if let Some(name) = &op.name {
        super::validate::text_filter("query.name", name, 255)?;
        query.push((
            "name".to_owned(),
            name.trim_end_matches('.').to_ascii_lowercase(),
        ));
    }
    if let Some(record_type) = &op.record_type {
        let upper = record_type.to_ascii_uppercase();
        if !DNS_RECORD_TYPES.contains(&upper.as_str()) {
            return Err(invalid(
                "query.type",
                Kind::InvalidFilterValue {
                    value: record_type.clone(),
                    allowed: DNS_RECORD_TYPES.join(", "),
                },
            ));
        }
        query.push(("type".to_owned(), upper));
    }
    super::validate::paging(
        &mut query,
        op.page,
        op.per_page,
        1..=MAX_DNS_RECORDS_PER_PAGE,
    )?;
    Ok(query)
}
