//! Field checks shared by the operations: path identifiers (spec §2),
//! hostname-valued fields through the hostname model (spec §3.1, errors
//! 1407–1421), custom metadata (§3.1), custom origin and SNI (§3.1), and
//! the list filters (§6).

use std::ops::RangeInclusive;

use crate::diagnostic::Warning;
use crate::hostname::{Hostname, ParseOptions};

use super::BuildOptions;
use super::error::{ValidationError, ValidationErrorKind as Kind, invalid};
use super::operation::{CustomMetadata, ListHostnames};
use crate::api::status::{CertificateAuthority, HostnameStatus, SslStatus};

/// Collected while checking: warnings, and the options in force.
pub(crate) struct Checker<'a> {
    pub(crate) options: &'a BuildOptions,
    pub(crate) warnings: Vec<Warning>,
}

impl<'a> Checker<'a> {
    pub(crate) fn new(options: &'a BuildOptions) -> Self {
        Self {
            options,
            warnings: Vec::new(),
        }
    }

    pub(crate) fn warn(&mut self, code: &str, message: impl Into<String>) {
        self.warnings.push(Warning::new(code, message));
    }

    pub(crate) fn warn_with_data(
        &mut self,
        code: &str,
        message: impl Into<String>,
        data: serde_json::Value,
    ) {
        self.warnings
            .push(Warning::new(code, message).with_data(data));
    }

    /// Runs the hostname model on a hostname-valued field; its warnings are
    /// kept (prefixed by the field), its errors wrapped with the field name.
    pub(crate) fn hostname(
        &mut self,
        field: &str,
        input: &str,
        allow_wildcard: bool,
    ) -> Result<Hostname, ValidationError> {
        let options = ParseOptions {
            allow_special_use: self.options.allow_special_use,
            allow_wildcard,
        };
        let parsed = Hostname::parse(input, &options)
            .map_err(|error| invalid(field, Kind::Hostname(error)))?;
        for warning in parsed.warnings {
            self.warnings.push(Warning {
                message: format!("{field}: {}", warning.message),
                ..warning
            });
        }
        Ok(parsed.hostname)
    }

    /// Zone id: 1–32 letters and digits (schema `identifier`, maxLength 32).
    /// Real zone ids are 32 lower-case hex digits; anything else is allowed
    /// with a warning, since the schema only bounds the length.
    pub(crate) fn zone_id(&mut self, value: &str) -> Result<(), ValidationError> {
        if value.is_empty() || value.len() > 32 || !value.bytes().all(|b| b.is_ascii_alphanumeric())
        {
            return Err(invalid(
                "zone_id",
                Kind::InvalidZoneId {
                    value: value.to_owned(),
                },
            ));
        }
        let hex32 = value.len() == 32
            && value
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        if !hex32 {
            self.warn(
                "zone_id_not_hex",
                format!("zone_id `{value}` is not 32 lower-case hex digits like real zone ids"),
            );
        }
        Ok(())
    }
}

/// Custom hostname, certificate pack and certificate ids: 1–36 letters,
/// digits, `-` or `_` (UUIDs in practice; spec §2 "treat ids as opaque
/// strings ≤ 36"). Path-safe by construction; still percent-encoded.
pub(crate) fn identifier(field: &str, value: &str) -> Result<(), ValidationError> {
    let ok = !value.is_empty()
        && value.len() <= 36
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if ok {
        Ok(())
    } else {
        Err(invalid(
            field,
            Kind::InvalidIdentifier {
                value: value.to_owned(),
            },
        ))
    }
}

/// Largest serialized custom_metadata (spec §3.1: "total ≤ 4 KB").
pub const MAX_METADATA_BYTES: usize = 4096;

/// Custom metadata: a flat object whose values are strings (schema), ≤ 4 KB.
///
/// Booleans and numbers are accepted with a warning: Cloudflare's own docs
/// send `redirect_to_https: true` (spec §3.1, §11), so refusing would block
/// a documented call, but the schema and Terraform only allow strings.
/// On a wildcard hostname metadata is only warned about: the docs forbid it
/// but error 1412 says it applies only to zones opted out of wildcard
/// metadata, so it may be accepted (spec §3.1) — an error would block
/// zones where it works.
pub(crate) fn custom_metadata(
    checker: &mut Checker<'_>,
    metadata: &CustomMetadata,
    wildcard: bool,
) -> Result<(), ValidationError> {
    for (key, value) in metadata {
        let field = format!("custom_metadata.{key}");
        match value {
            serde_json::Value::String(_) => {}
            serde_json::Value::Bool(_) | serde_json::Value::Number(_) => checker.warn(
                "custom_metadata_non_string_value",
                format!("{field} is {value}, not a string; the API schema types metadata values as strings"),
            ),
            other => {
                return Err(invalid(
                    field,
                    Kind::CustomMetadataNotFlat {
                        key: key.clone(),
                        found: crate::api::error::json_type(other),
                    },
                ));
            }
        }
    }
    let size = serde_json::to_string(metadata).map_or(usize::MAX, |text| text.len());
    if size > MAX_METADATA_BYTES {
        return Err(invalid(
            "custom_metadata",
            Kind::CustomMetadataTooLarge { size },
        ));
    }
    if wildcard && !metadata.is_empty() {
        checker.warn(
            "custom_metadata_on_wildcard",
            "custom_metadata on a wildcard hostname is refused unless the zone allows wildcard metadata (error 1412)",
        );
    }
    Ok(())
}

/// The SNI value meaning "use the request's Host header" (spec §3.1).
pub const REQUEST_HOST_HEADER: &str = ":request_host_header:";

/// custom_origin_server: a hostname, not an IP, not a wildcard (errors
/// 1415–1420). Returns the ASCII form to send.
pub(crate) fn custom_origin_server(
    checker: &mut Checker<'_>,
    value: &str,
) -> Result<String, ValidationError> {
    Ok(checker
        .hostname("custom_origin_server", value, false)?
        .ascii()
        .to_owned())
}

/// custom_origin_sni: a hostname or `:request_host_header:`; not for
/// wildcard custom hostnames (spec §3.1). Returns the value to send.
pub(crate) fn custom_origin_sni(
    checker: &mut Checker<'_>,
    value: &str,
    wildcard: bool,
) -> Result<String, ValidationError> {
    if wildcard {
        return Err(invalid(
            "custom_origin_sni",
            Kind::CustomOriginSniOnWildcard,
        ));
    }
    if value == REQUEST_HOST_HEADER {
        return Ok(value.to_owned());
    }
    Ok(checker
        .hostname("custom_origin_sni", value, false)?
        .ascii()
        .to_owned())
}

const HOSTNAME_FILTERS: [&str; 4] = [
    "hostname",
    "hostname.exact",
    "hostname.startsWith",
    "hostname.contain",
];

pub(crate) fn text_filter(field: &str, value: &str, max: usize) -> Result<(), ValidationError> {
    if value.is_empty() {
        return Err(invalid(field, Kind::Empty));
    }
    let length = value.chars().count();
    if length > max {
        return Err(invalid(field, Kind::TooLong { length, max }));
    }
    if value.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err(invalid(
            field,
            Kind::InvalidFilterText {
                value: value.to_owned(),
            },
        ));
    }
    Ok(())
}

/// Checks and encodes the list filters (spec §6) into query pairs, in the
/// order of the schema.
pub(crate) fn list_query(
    checker: &mut Checker<'_>,
    list: &ListHostnames,
) -> Result<Vec<(String, String)>, ValidationError> {
    let mut query = Vec::new();
    let hostname_filters = [
        &list.hostname,
        &list.hostname_exact,
        &list.hostname_starts_with,
        &list.hostname_contain,
    ];
    let given: Vec<&str> = HOSTNAME_FILTERS
        .iter()
        .zip(hostname_filters)
        .filter(|(_, value)| value.is_some())
        .map(|(name, _)| *name)
        .collect();
    if let (Some(_), Some(first)) = (&list.id, given.first()) {
        return Err(invalid(
            "query.id",
            Kind::ConflictingFilters {
                field: "id",
                other: first,
            },
        ));
    }
    if let [first, second, ..] = given.as_slice() {
        return Err(invalid(
            format!("query.{second}"),
            Kind::ConflictingFilters {
                field: second,
                other: first,
            },
        ));
    }
    for (name, value) in HOSTNAME_FILTERS.iter().zip(hostname_filters) {
        let Some(value) = value else { continue };
        let field = format!("query.{name}");
        let sent = if *name == "hostname" || *name == "hostname.exact" {
            // Exact matches go through the hostname model so `Bücher.de`
            // finds `xn--bcher-kva.de`.
            checker.hostname(&field, value, true)?.ascii().to_owned()
        } else {
            text_filter(&field, value, 255)?;
            if !value.is_ascii() {
                checker.warn(
                    "non_ascii_partial_filter",
                    format!("{field} `{value}` is not ASCII; Cloudflare stores hostnames as punycode (xn--...)"),
                );
            }
            value.to_lowercase()
        };
        query.push(((*name).to_owned(), sent));
    }
    if let Some(id) = &list.id {
        if id.len() != 36 || identifier("query.id", id).is_err() {
            return Err(invalid(
                "query.id",
                Kind::InvalidIdFilter { value: id.clone() },
            ));
        }
        query.push(("id".to_owned(), id.clone()));
    }
    paging(&mut query, list.page, list.per_page, 5..=1000)?;
    if let Some(order) = &list.order {
        known(
            "query.order",
            order.is_known(),
            order.as_str(),
            "ssl, ssl_status",
        )?;
        query.push(("order".to_owned(), order.as_str().to_owned()));
    }
    if let Some(direction) = &list.direction {
        known(
            "query.direction",
            direction.is_known(),
            direction.as_str(),
            "asc, desc",
        )?;
        query.push(("direction".to_owned(), direction.as_str().to_owned()));
    }
    if let Some(status) = &list.ssl_status {
        let allowed: Vec<&str> = SslStatus::KNOWN.iter().map(SslStatus::as_str).collect();
        known(
            "query.ssl_status",
            status.is_known(),
            status.as_str(),
            &allowed.join(", "),
        )?;
        query.push(("ssl_status".to_owned(), status.as_str().to_owned()));
    }
    if let Some(status) = &list.hostname_status {
        let allowed: Vec<&str> = HostnameStatus::KNOWN
            .iter()
            .map(HostnameStatus::as_str)
            .collect();
        known(
            "query.hostname_status",
            status.is_known(),
            status.as_str(),
            &allowed.join(", "),
        )?;
        query.push(("hostname_status".to_owned(), status.as_str().to_owned()));
    }
    if let Some(ca) = &list.certificate_authority {
        let ok = matches!(
            ca,
            CertificateAuthority::Google
                | CertificateAuthority::LetsEncrypt
                | CertificateAuthority::SslCom
        );
        known(
            "query.certificate_authority",
            ok,
            ca.as_str(),
            "google, lets_encrypt, ssl_com",
        )?;
        query.push(("certificate_authority".to_owned(), ca.as_str().to_owned()));
    }
    if let Some(wildcard) = list.wildcard {
        query.push(("wildcard".to_owned(), wildcard.to_string()));
    }
    if let Some(origin) = &list.custom_origin_server {
        let sent = checker
            .hostname("query.custom_origin_server", origin, false)?
            .ascii()
            .to_owned();
        query.push(("custom_origin_server".to_owned(), sent));
    }
    if let Some(ssl) = list.ssl {
        query.push(("ssl".to_owned(), if ssl { "1" } else { "0" }.to_owned()));
    }
    Ok(query)
}

/// A list's `page` (from 1) and `per_page` (within `per_page_range`), added
/// to `query` in that order.
pub(crate) fn paging(
    query: &mut Vec<(String, String)>,
    page: Option<u64>,
    per_page: Option<u64>,
    per_page_range: RangeInclusive<u64>,
) -> Result<(), ValidationError> {
    if let Some(page) = page {
        if page < 1 {
            return Err(invalid(
                "query.page",
                Kind::OutOfRange {
                    value: page,
                    min: 1,
                    max: u64::MAX,
                },
            ));
        }
        query.push(("page".to_owned(), page.to_string()));
    }
    if let Some(per_page) = per_page {
        if !per_page_range.contains(&per_page) {
            return Err(invalid(
                "query.per_page",
                Kind::OutOfRange {
                    value: per_page,
                    min: *per_page_range.start(),
                    max: *per_page_range.end(),
                },
            ));
        }
        query.push(("per_page".to_owned(), per_page.to_string()));
    }
    Ok(())
}

fn known(field: &str, ok: bool, value: &str, allowed: &str) -> Result<(), ValidationError> {
    if ok {
        Ok(())
    } else {
        Err(invalid(
            field,
            Kind::InvalidFilterValue {
                value: value.to_owned(),
                allowed: allowed.to_owned(),
            },
        ))
    }
}
