//! RFC 1035 §5 master-file lines for the customer's zone: `$ORIGIN`, names
//! relative to it (`@` at the apex), absolute targets with a trailing dot,
//! TXT text split into quoted strings of at most 255 bytes with `"`, `\`
//! and every byte outside printable ASCII escaped (`\DDD`), CAA in RFC 8659
//! presentation form. Steps that are not records to add now (removals,
//! HTTP/e-mail steps, provider-specific apex aliases, conditional CAA,
//! records for after validation) are written as comments, so importing the
//! file does only what is safe now.

use std::borrow::Cow;
use std::fmt::Write as _;

use crate::dns::model::{DnsRecord, DnsRecordType, Instructions, When};
use crate::observation::RecordPurpose;

/// Longest character-string in a TXT record (RFC 1035 §3.3).
pub const MAX_TXT_STRING: usize = 255;

/// Renders the zone file.
pub fn render(instructions: &Instructions) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "; DNS records for {} in zone {}",
        instructions.hostname, instructions.zone
    );
    let _ = writeln!(out, "; {}", comment(&instructions.order.explanation));
    let _ = writeln!(out, "$ORIGIN {}.", instructions.zone);
    for record in &instructions.records {
        let line = record_line(record);
        let active = record.record_type.is_dns()
            && record.record_type != DnsRecordType::Alias
            && record.purpose != RecordPurpose::Remove
            && matches!(record.when, When::Now | When::Optional | When::Keep);
        if active {
            let _ = writeln!(
                out,
                "; step {}: {}",
                record.step,
                comment(&record.explanation)
            );
            let _ = writeln!(out, "{line}");
        } else {
            let _ = writeln!(
                out,
                "; step {}: {}",
                record.step,
                comment(&describe(record))
            );
            if record.record_type.is_dns() && record.purpose != RecordPurpose::Remove {
                let _ = writeln!(out, "; {line}");
            }
        }
    }
    out
}

/// A record as one master-file line.
fn record_line(record: &DnsRecord) -> String {
    let rdata = match record.record_type {
        DnsRecordType::Cname | DnsRecordType::Alias => format!("{}.", record.value),
        DnsRecordType::Txt => txt_rdata(record.value.as_bytes()),
        _ => record.value.clone(),
    };
    let rtype = match record.record_type {
        // Written commented out: the provider's own type (ALIAS/ANAME/CNAME).
        DnsRecordType::Alias => record.display.record_type.as_str(),
        other => other.as_str(),
    };
    format!("{} {} IN {rtype} {rdata}", record.name, record.ttl)
}

/// Why a step is a comment, and what it is.
fn describe(record: &DnsRecord) -> String {
    match (record.purpose, record.record_type, record.when) {
        (RecordPurpose::Remove, t, _) if record.value.is_empty() => format!(
            "delete any {} record at {} if one exists",
            t.as_str(),
            record.name
        ),
        (RecordPurpose::Remove, DnsRecordType::Txt, _) => format!(
            "delete the TXT record at {} with text {}",
            record.name,
            txt_rdata(record.value.as_bytes())
        ),
        (RecordPurpose::Remove, t, _) => format!(
            "delete the {} record at {} with value {}",
            t.as_str(),
            record.name,
            record.value
        ),
        (_, DnsRecordType::Http, _) => format!("not DNS: serve {}", record.value),
        (_, DnsRecordType::Email, _) => format!("not DNS: approve by e-mail ({})", record.value),
        (_, DnsRecordType::Alias, _) => format!(
            "provider-specific apex record ({}), not standard zone-file syntax: create it in the DNS provider's panel",
            record.display.record_type
        ),
        (_, _, When::AfterValidation) => {
            "add after the hostname and its certificate are both active".to_owned()
        }
        (_, _, When::IfPresent) => {
            "add only if the zone already has CAA records (uncomment)".to_owned()
        }
        (_, _, When::Removable) => "no longer needed: may be deleted".to_owned(),
        _ => record.explanation.clone(),
    }
}

/// TXT RDATA: the bytes cut into chunks of at most 255, each a quoted
/// character-string with `"`, `\` and non-printable or non-ASCII bytes
/// escaped. An empty text is one empty string.
pub fn txt_rdata(bytes: &[u8]) -> String {
    if bytes.is_empty() {
        return "\"\"".to_owned();
    }
    let parts: Vec<String> = bytes.chunks(MAX_TXT_STRING).map(quoted).collect();
    parts.join(" ")
}

fn quoted(chunk: &[u8]) -> String {
    let mut out = String::with_capacity(chunk.len() + 2);
    out.push('"');
    for &b in chunk {
        match b {
            b'"' | b'\\' => {
                out.push('\\');
                out.push(char::from(b));
            }
            0x20..=0x7e => out.push(char::from(b)),
            _ => {
                let _ = write!(out, "\\{b:03}");
            }
        }
    }
    out.push('"');
    out
}

/// A comment's text on one line: control characters become spaces (the
/// text itself when it has none, the usual case: no copy).
fn comment(text: &str) -> Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn txt_escaping() {
        assert_eq!(txt_rdata(b""), "\"\"");
        assert_eq!(txt_rdata(b"a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(txt_rdata("é\n".as_bytes()), r#""\195\169\010""#);
        let long = vec![b'x'; 300];
        let rdata = txt_rdata(&long);
        assert_eq!(rdata.matches('"').count(), 4);
    }
}
