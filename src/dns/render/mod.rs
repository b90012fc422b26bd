//! Writes [`Instructions`] for people and machines: a plain-text or
//! Markdown message for the customer's DNS admin, an HTML fragment safe to
//! insert in a page, an RFC 1035 zone file, the JSON data, or a Domain
//! Connect synchronous apply URL.

mod domain_connect;
mod html;
mod text;
mod zonefile;

use serde::{Deserialize, Serialize};

use super::error::RenderError;
use super::model::{DnsRecord, DnsRecordType, Instructions, When};
use crate::observation::RecordPurpose;

pub use domain_connect::{DOMAIN_CONNECT_TEMPLATE, DomainConnectOptions};
pub use html::{ATTRIBUTES as HTML_ATTRIBUTES, ELEMENTS as HTML_ELEMENTS};

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Format {
    /// Plain text message.
    Text,
    /// Markdown message.
    Markdown,
    /// HTML fragment, every value escaped.
    Html,
    /// RFC 1035 master file lines for the customer's zone.
    Zonefile,
    /// The instructions as JSON.
    Json,
    /// Domain Connect apply URL and signing input, as JSON.
    DomainConnect,
}

/// Rendering options.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct RenderOptions {
    /// The SaaS provider's name, used in the message ("…to use Acme").
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub service_name: Option<String>,
    /// Domain Connect parameters (format `domainConnect`).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub domain_connect: Option<DomainConnectOptions>,
}

/// Renders instructions in a format.
///
/// # Errors
/// [`RenderError`] for `domainConnect` when the provider does not support
/// it or the instructions cannot be expressed by the template.
pub fn render(
    instructions: &Instructions,
    format: Format,
    options: &RenderOptions,
) -> Result<String, RenderError> {
    match format {
        Format::Text => Ok(text::render(instructions, options, false)),
        Format::Markdown => Ok(text::render(instructions, options, true)),
        Format::Html => Ok(html::render(instructions, options)),
        Format::Zonefile => Ok(zonefile::render(instructions)),
        Format::Json => serde_json::to_string_pretty(instructions)
            .map(|mut s| {
                s.push('\n');
                s
            })
            .map_err(|e| RenderError::Json(e.to_string())),
        Format::DomainConnect => domain_connect::render(instructions, options),
    }
}

/// What the customer does with a record, as a short heading.
fn action(record: &DnsRecord) -> &'static str {
    match (record.purpose, record.record_type) {
        (RecordPurpose::Remove, _) => "Delete",
        (_, DnsRecordType::Http) => "Serve a file",
        (_, DnsRecordType::Email) => "Approve by e-mail",
        _ => "Add",
    }
}

/// The condition under which a record applies, as a short phrase.
fn condition(record: &DnsRecord) -> &'static str {
    match record.when {
        When::Now if record.required => "required",
        When::Now => "recommended",
        When::AfterValidation => "after the hostname and its certificate are both active",
        When::IfPresent if record.purpose == RecordPurpose::Caa => {
            "only if the zone already has CAA records"
        }
        When::IfPresent => "only if such a record exists",
        When::Optional => "optional",
    }
}

/// Shows control characters of a value typed into a form as visible
/// escapes (`\n`, `\u{7}`), leaving everything else as is.
fn visible(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// The intro sentence.
fn intro(instructions: &Instructions, options: &RenderOptions) -> String {
    let service = options
        .service_name
        .as_deref()
        .map(|s| format!(" works with {}", visible(s)))
        .unwrap_or_else(|| " can be connected".to_owned());
    let unicode = if instructions.hostname_unicode != instructions.hostname {
        format!(
            "{} (written {} in DNS)",
            instructions.hostname_unicode, instructions.hostname
        )
    } else {
        instructions.hostname.clone()
    };
    let provider = instructions
        .provider
        .as_ref()
        .map(|p| format!(" at {}", p.name))
        .unwrap_or_default();
    format!(
        "Please make these DNS changes in the zone {}{provider} so that {unicode}{service}.",
        instructions.zone
    )
}
