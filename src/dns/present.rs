//! Presents one record the way a DNS provider's form wants it (spec
//! `cloudflare-for-saas.md` §8): relative or full name (`@` or blank at the
//! apex), trailing dot on targets, quoted or bare TXT text, the form's own
//! field labels, and the TTL in the unit of the form's TTL field.
//!
//! Only facts the provider table confirms (`Provider::is_confirmed`) are
//! presented as the provider's own; each unconfirmed fact falls back, on its
//! own, to the generic presentation used for an unknown provider: the
//! relative name with the full name beside it, the target without a trailing
//! dot, the bare TXT text, generic field labels, the TTL in seconds.

use super::model::{Display, DnsRecordType, FieldLabels};
use super::providers::{NameForm, Provider, TrailingDot, TtlField, TtlUnit, TxtQuoting};
use crate::messages::{Locale, customer_text};

/// Catalogue keys of the generic labels (no provider, or an unconfirmed
/// label): the customer reads them in their language.
const GENERIC_TYPE: &str = "render.field.type";
const GENERIC_NAME: &str = "render.field.name";
const GENERIC_VALUE: &str = "render.field.value";
const GENERIC_TARGET: &str = "render.field.target";
const GENERIC_TTL: &str = "render.field.ttl";
/// The generic name of an apex alias record's type.
const GENERIC_ALIAS: &str = "render.type.alias";

/// One record to present: its owner name relative to the zone (`@` at the
/// apex), full name, canonical value (see
/// [`super::model::DnsRecord::value`]) and TTL in seconds.
#[derive(Debug, Clone, Copy)]
pub struct RecordView<'a> {
    /// The record type.
    pub record_type: DnsRecordType,
    /// Relative name, `@` at the apex.
    pub name: &'a str,
    /// Full name, no trailing dot.
    pub fqdn: &'a str,
    /// Canonical value.
    pub value: &'a str,
    /// TTL, seconds.
    pub ttl: u32,
    /// Language of the generic labels.
    pub locale: Locale,
}

/// Builds the `display` of a record.
pub fn display(provider: Option<&Provider>, record: RecordView<'_>) -> Display {
    let confirmed = |path: &str| provider.is_some_and(|p| p.is_confirmed(path));
    let (name, alternative_name) = shown_name(provider, &record);
    let record_type = match (
        record.record_type,
        provider.and_then(|p| p.apex_flattening.as_ref()),
    ) {
        (DnsRecordType::Alias, Some(flat)) if confirmed("apexFlattening") => {
            flat.record_type.clone()
        }
        (DnsRecordType::Alias, _) => customer_text(record.locale, GENERIC_ALIAS, &[]),
        (other, _) => other.as_str().to_owned(),
    };
    let value = shown_value(provider, &record);
    let (ttl, ttl_unit) = shown_ttl(provider, record.ttl);
    Display {
        record_type,
        name,
        alternative_name,
        value,
        ttl,
        ttl_unit,
        field_labels: labels(provider, record.record_type, record.locale),
    }
}

/// The name to type, and the other form when the name field's habit is not
/// confirmed (or there is no provider).
fn shown_name(provider: Option<&Provider>, record: &RecordView<'_>) -> (String, Option<String>) {
    let generic = || (record.name.to_owned(), Some(record.fqdn.to_owned()));
    let Some(p) = provider else {
        return generic();
    };
    if !p.is_confirmed("nameField.form") {
        return generic();
    }
    match p.name_field.form {
        NameForm::Fqdn => (record.fqdn.to_owned(), None),
        NameForm::Relative if record.name == "@" => {
            if p.is_confirmed("nameField.apex") {
                (p.name_field.apex.clone(), None)
            } else {
                generic()
            }
        }
        NameForm::Relative => (record.name.to_owned(), None),
    }
}

/// The value to type: trailing dot and TXT quoting only where confirmed.
fn shown_value(provider: Option<&Provider>, record: &RecordView<'_>) -> String {
    let value = record.value;
    let Some(p) = provider else {
        return value.to_owned();
    };
    match record.record_type {
        DnsRecordType::Cname | DnsRecordType::Alias
            if p.is_confirmed("targetTrailingDot")
                && p.target_trailing_dot == TrailingDot::Required =>
        {
            format!("{value}.")
        }
        DnsRecordType::Txt
            if p.is_confirmed("txtQuoting") && p.txt_quoting == TxtQuoting::Required =>
        {
            format!("\"{}\"", escape_quoted(value))
        }
        _ => value.to_owned(),
    }
}

/// The TTL as typed and the unit to name beside it. The unit is named
/// unless the provider's TTL field is confirmed to take plain seconds: an
/// unconfirmed field gets the TTL in seconds, said so; a unit selector gets
/// the largest unit that keeps the number whole (300 s: 5 minutes, so the
/// customer never leaves Azure's default "Hours" under a number of seconds);
/// a field in minutes or hours gets the TTL rounded up to whole units.
fn shown_ttl(provider: Option<&Provider>, seconds: u32) -> (String, Option<TtlUnit>) {
    let field = match provider {
        Some(p) if p.is_confirmed("ttlUnit") => p.ttl_unit,
        _ => return (seconds.to_string(), Some(TtlUnit::Seconds)),
    };
    match field {
        TtlField {
            unit: TtlUnit::Seconds,
            selector: false,
        } => (seconds.to_string(), None),
        TtlField { selector: true, .. } => {
            let unit = [TtlUnit::Hours, TtlUnit::Minutes]
                .into_iter()
                .find(|u| seconds > 0 && seconds % u.seconds() == 0)
                .unwrap_or(TtlUnit::Seconds);
            ((seconds / unit.seconds()).to_string(), Some(unit))
        }
        TtlField { unit, .. } => (seconds.div_ceil(unit.seconds()).to_string(), Some(unit)),
    }
}

/// The form's labels for this record, each the provider's own only when
/// confirmed.
fn labels(provider: Option<&Provider>, record_type: DnsRecordType, locale: Locale) -> FieldLabels {
    let label = |path: &str, own: Option<&String>, generic: &str| match (provider, own) {
        (Some(p), Some(own)) if p.is_confirmed(path) => own.clone(),
        _ => customer_text(locale, generic, &[]),
    };
    let own = provider.map(|p| &p.field_labels);
    let is_target = matches!(record_type, DnsRecordType::Cname | DnsRecordType::Alias);
    let value = match (is_target, own.and_then(|l| l.cname_value.as_ref())) {
        (true, Some(cname)) => label("fieldLabels.cnameValue", Some(cname), GENERIC_TARGET),
        (true, None) => label("fieldLabels.value", own.map(|l| &l.value), GENERIC_TARGET),
        (false, _) => label("fieldLabels.value", own.map(|l| &l.value), GENERIC_VALUE),
    };
    FieldLabels {
        record_type: label(
            "fieldLabels.type",
            own.map(|l| &l.record_type),
            GENERIC_TYPE,
        ),
        name: label("fieldLabels.name", own.map(|l| &l.name), GENERIC_NAME),
        value,
        ttl: label("fieldLabels.ttl", own.map(|l| &l.ttl), GENERIC_TTL),
    }
}

/// Escapes `"` and `\` for a double-quoted TXT value typed into a form.
fn escape_quoted(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        if c == '"' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
