//! Plain text and Markdown messages for the customer's DNS admin: each step
//! in the fields of their provider's form.

use std::fmt::Write as _;

use super::{RenderOptions, action, condition, intro, visible};
use crate::dns::model::{DnsRecord, DnsRecordType, Instructions};

/// Renders the message; `markdown` picks Markdown over plain text.
pub fn render(instructions: &Instructions, options: &RenderOptions, markdown: bool) -> String {
    let mut out = String::new();
    let title = format!("DNS changes for {}", instructions.hostname_unicode);
    if markdown {
        let _ = writeln!(out, "## {}\n", md_text(&title));
    } else {
        let _ = writeln!(out, "{title}\n{}\n", "=".repeat(title.chars().count()));
    }
    let _ = writeln!(out, "{}\n", intro(instructions, options));
    let _ = writeln!(out, "{}\n", instructions.order.explanation);
    for record in &instructions.records {
        step(&mut out, record, markdown);
    }
    if !instructions.notes.is_empty() {
        out.push_str(if markdown {
            "### Notes\n\n"
        } else {
            "Notes:\n"
        });
        for note in &instructions.notes {
            let _ = writeln!(out, "- {note}");
        }
        out.push('\n');
    }
    if !instructions.warnings.is_empty() {
        out.push_str(if markdown {
            "### Warnings\n\n"
        } else {
            "Warnings:\n"
        });
        for w in &instructions.warnings {
            if markdown {
                let _ = writeln!(out, "- {} ({})", md_text(&w.message), md_code(&w.code));
            } else {
                let _ = writeln!(out, "- {} [{}]", visible(&w.message), w.code);
            }
        }
        out.push('\n');
    }
    if let Some(p) = &instructions.provider {
        let _ = writeln!(out, "{} help: {}", p.name, p.help_url);
    }
    out
}

fn step(out: &mut String, record: &DnsRecord, markdown: bool) {
    let heading = format!(
        "Step {}: {} ({})",
        record.step,
        action(record),
        condition(record)
    );
    if markdown {
        let _ = writeln!(out, "### {heading}\n");
    } else {
        let _ = writeln!(out, "{heading}");
    }
    let rows = rows(record);
    if markdown {
        out.push_str("| Field | Value |\n|---|---|\n");
        for (label, value) in &rows {
            let _ = writeln!(out, "| {} | {} |", md_text(label), md_code(value));
        }
        out.push('\n');
        if let Some(http) = &record.http {
            for rule in &http.rules {
                let _ = writeln!(out, "- {}", md_text(rule));
            }
            out.push('\n');
        }
        let _ = writeln!(out, "{}\n", md_text(&record.explanation));
    } else {
        let width = rows
            .iter()
            .map(|(l, _)| l.chars().count())
            .max()
            .unwrap_or(0);
        for (label, value) in &rows {
            let pad = width.saturating_sub(label.chars().count());
            let _ = writeln!(out, "   {label}:{} {}", " ".repeat(pad), visible(value));
        }
        if let Some(http) = &record.http {
            for rule in &http.rules {
                let _ = writeln!(out, "   - {rule}");
            }
        }
        let _ = writeln!(out, "   Why: {}\n", record.explanation);
    }
}

/// The (label, value) rows of a step, in the provider's field labels.
pub(super) fn rows(record: &DnsRecord) -> Vec<(String, String)> {
    let d = &record.display;
    match record.record_type {
        DnsRecordType::Http => {
            let body = record
                .http
                .as_ref()
                .map(|h| h.body.clone())
                .unwrap_or_default();
            vec![
                ("URL".to_owned(), record.value.clone()),
                ("Body".to_owned(), body),
            ]
        }
        DnsRecordType::Email => record
            .emails
            .iter()
            .map(|e| ("Address".to_owned(), e.clone()))
            .collect(),
        _ => {
            let mut rows = vec![(d.field_labels.record_type.clone(), d.record_type.clone())];
            let name = if d.name.is_empty() {
                "(leave empty)".to_owned()
            } else {
                d.name.clone()
            };
            rows.push((d.field_labels.name.clone(), name));
            match &d.alternative_name {
                Some(alt) => rows.push(("Full name".to_owned(), alt.clone())),
                None if d.name != record.fqdn => {
                    rows.push(("Full name".to_owned(), record.fqdn.clone()));
                }
                None => {}
            }
            if !(d.value.is_empty() && record.value.is_empty()) {
                rows.push((d.field_labels.value.clone(), d.value.clone()));
            }
            if record.purpose != crate::observation::RecordPurpose::Remove {
                // The TTL as typed in the provider's field, with its unit
                // when the customer must know or choose it.
                let ttl = match d.ttl_unit {
                    Some(unit) if d.ttl == "1" => {
                        format!("1 {}", unit.as_str().trim_end_matches('s'))
                    }
                    Some(unit) => format!("{} {}", d.ttl, unit.as_str()),
                    None => d.ttl.clone(),
                };
                rows.push((d.field_labels.ttl.clone(), ttl));
            }
            rows
        }
    }
}

/// Markdown-escapes our own prose (names are LDH; messages may quote `*`).
fn md_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in visible(text).chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '!' | '{' | '}'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A Markdown code span holding `value` verbatim (for table cells: `|` is
/// escaped, which GFM undoes inside code spans in tables).
fn md_code(value: &str) -> String {
    let value = visible(value).replace('|', "\\|");
    if value.is_empty() {
        return "(empty)".to_owned();
    }
    let longest = value.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if value.starts_with('`') || value.ends_with('`') || value.starts_with(' ') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{value}{pad}{fence}")
}
