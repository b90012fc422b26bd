//! Presents one record the way a DNS provider's form wants it: relative or
//! full name (`@` or blank at the apex), trailing dot on targets, quoted or
//! bare TXT text, the form's own field labels. Without a known provider, a
//! generic presentation gives the relative name and the full name.

use super::model::{Display, DnsRecordType, FieldLabels};
use super::providers::{NameForm, Provider, TrailingDot, TxtQuoting};

/// Builds the `display` of a record.
///
/// `name` is relative to the zone (`@` at the apex), `fqdn` the full name,
/// `value` the canonical value (see [`super::model::DnsRecord::value`]).
pub fn display(
    provider: Option<&Provider>,
    record_type: DnsRecordType,
    name: &str,
    fqdn: &str,
    value: &str,
) -> Display {
    let Some(p) = provider else {
        return generic(record_type, name, fqdn, value);
    };
    let shown_name = match p.name_field.form {
        NameForm::Fqdn => fqdn.to_owned(),
        NameForm::Relative if name == "@" => p.name_field.apex.clone(),
        NameForm::Relative => name.to_owned(),
    };
    let shown_type = match (record_type, &p.apex_flattening) {
        (DnsRecordType::Alias, Some(flat)) => flat.record_type.clone(),
        _ => record_type.as_str().to_owned(),
    };
    let shown_value = match record_type {
        DnsRecordType::Cname | DnsRecordType::Alias => match p.target_trailing_dot {
            TrailingDot::Required => format!("{value}."),
            TrailingDot::Omit | TrailingDot::Accepted => value.to_owned(),
        },
        DnsRecordType::Txt => match p.txt_quoting {
            TxtQuoting::Required => format!("\"{}\"", escape_quoted(value)),
            TxtQuoting::None | TxtQuoting::Optional => value.to_owned(),
        },
        _ => value.to_owned(),
    };
    let labels = &p.field_labels;
    let value_label = match record_type {
        DnsRecordType::Cname | DnsRecordType::Alias => labels
            .cname_value
            .clone()
            .unwrap_or_else(|| labels.value.clone()),
        _ => labels.value.clone(),
    };
    Display {
        record_type: shown_type,
        name: shown_name,
        alternative_name: None,
        value: shown_value,
        field_labels: FieldLabels {
            record_type: labels.record_type.clone(),
            name: labels.name.clone(),
            value: value_label,
            ttl: labels.ttl.clone(),
        },
    }
}

/// The presentation for an unknown provider: relative name with the full
/// name beside it, target without trailing dot, bare TXT text.
fn generic(record_type: DnsRecordType, name: &str, fqdn: &str, value: &str) -> Display {
    Display {
        record_type: match record_type {
            DnsRecordType::Alias => "ALIAS / ANAME / flattened CNAME".to_owned(),
            other => other.as_str().to_owned(),
        },
        name: name.to_owned(),
        alternative_name: Some(fqdn.to_owned()),
        value: value.to_owned(),
        field_labels: FieldLabels {
            record_type: "Type".to_owned(),
            name: "Name / Host".to_owned(),
            value: match record_type {
                DnsRecordType::Cname | DnsRecordType::Alias => "Target / Points to".to_owned(),
                _ => "Value / Content".to_owned(),
            },
            ttl: "TTL".to_owned(),
        },
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
