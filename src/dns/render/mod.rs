//! Writes [`Instructions`] for people and machines: a plain-text or
//! Markdown message for the customer's DNS admin, an HTML fragment safe to
//! insert in a page, an RFC 1035 zone file, the JSON data, or a Domain
//! Connect synchronous apply URL.
//!
//! The text, Markdown and HTML documents are customer documents: every
//! word comes from the customer catalogue in the instructions' locale, and
//! the provider-facing `warnings` are left out (they stay in the JSON).

mod domain_connect;
mod html;
mod text;
mod zonefile;

use serde::{Deserialize, Serialize};

use super::error::RenderError;
use super::model::{DnsRecord, DnsRecordType, Instructions, OrderKind, When};
use crate::messages::customer_text;
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

/// The step's heading ("Step 2: Add (Add now)"), in the instructions'
/// locale: what to do and when; records to keep or that may go say only that.
fn heading(instructions: &Instructions, record: &DnsRecord) -> String {
    let say = |key: &str| customer_text(instructions.locale, key, &[]);
    let condition = match record.when {
        When::Now if record.required => say("render.when.now"),
        When::Now | When::Optional => say("render.when.optional"),
        When::AfterValidation => say("render.when.after_validation"),
        When::IfPresent if record.purpose == RecordPurpose::Caa => say("render.when.if_caa"),
        When::IfPresent => say("render.when.if_present"),
        When::Keep => say("render.when.keep"),
        When::Removable => say("render.when.removable"),
    };
    let n = record.step.to_string();
    if matches!(record.when, When::Keep | When::Removable) {
        return customer_text(
            instructions.locale,
            "render.heading.short",
            &[("n", &n), ("action", &condition)],
        );
    }
    let action = match (record.purpose, record.record_type) {
        (RecordPurpose::Remove, _) => say("render.action.delete"),
        (_, DnsRecordType::Http) => say("render.action.serve"),
        (_, DnsRecordType::Email) => say("render.action.approve"),
        _ => say("render.action.add"),
    };
    customer_text(
        instructions.locale,
        "render.heading",
        &[("n", &n), ("action", &action), ("condition", &condition)],
    )
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

/// The hostname as the customer reads it, with its DNS form when it differs.
fn shown_hostname(instructions: &Instructions) -> String {
    if instructions.hostname_unicode == instructions.hostname {
        return instructions.hostname.clone();
    }
    customer_text(
        instructions.locale,
        "render.written_as",
        &[
            ("host", &instructions.hostname_unicode),
            ("ascii", &instructions.hostname),
        ],
    )
}

/// The intro sentence.
fn intro(instructions: &Instructions, options: &RenderOptions) -> String {
    let host = shown_hostname(instructions);
    let zone = crate::hostname::display_name(&instructions.zone);
    let service = options.service_name.as_deref().map(visible);
    let provider = instructions.provider.as_ref().map(|p| p.name.clone());
    let key = match (
        instructions.order.kind == OrderKind::Connected,
        &service,
        &provider,
    ) {
        (true, _, _) => "render.intro.connected",
        (false, Some(_), Some(_)) => "render.intro.service_provider",
        (false, Some(_), None) => "render.intro.service",
        (false, None, Some(_)) => "render.intro.provider",
        (false, None, None) => "render.intro",
    };
    customer_text(
        instructions.locale,
        key,
        &[
            ("zone", &zone),
            ("host", &host),
            ("service", service.as_deref().unwrap_or_default()),
            ("provider", provider.as_deref().unwrap_or_default()),
        ],
    )
}

/// The document's title.
fn title(instructions: &Instructions) -> String {
    customer_text(
        instructions.locale,
        "render.title",
        &[("host", &instructions.hostname_unicode)],
    )
}
