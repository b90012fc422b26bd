//! Plain text and Markdown messages for the customer's DNS admin: each step
//! in the fields of their provider's form.

use std::fmt::Write as _;

use super::{RenderOptions, heading, intro, title, visible};
use crate::dns::model::{DnsRecord, DnsRecordType, Instructions};
use crate::messages::{counted, customer_text};

/// Renders the message; `markdown` picks Markdown over plain text.
pub fn render(instructions: &Instructions, options: &RenderOptions, markdown: bool) -> String {
    let say = |key: &str| customer_text(instructions.locale, key, &[]);
    let mut out = String::new();
    let title = title(instructions);
    if markdown {
        let _ = writeln!(out, "## {}\n", md_text(&title));
    } else {
        let _ = writeln!(out, "{title}\n{}\n", "=".repeat(title.chars().count()));
    }
    let _ = writeln!(out, "{}\n", intro(instructions, options));
    let _ = writeln!(out, "{}\n", instructions.order.explanation);
    for record in &instructions.records {
        step(&mut out, instructions, record, markdown);
    }
    if !instructions.notes.is_empty() {
        let notes = say("render.notes");
        if markdown {
            let _ = writeln!(out, "### {}\n", md_text(&notes));
        } else {
            let _ = writeln!(out, "{notes}:");
        }
        for note in &instructions.notes {
            let _ = writeln!(out, "- {note}");
        }
        out.push('\n');
    }
    if let Some(p) = &instructions.provider {
        let help = customer_text(
            instructions.locale,
            "render.provider_help",
            &[("provider", &p.name), ("url", &p.help_url)],
        );
        let _ = writeln!(out, "{help}");
    }
    out
}

fn step(out: &mut String, instructions: &Instructions, record: &DnsRecord, markdown: bool) {
    let heading = heading(instructions, record);
    if markdown {
        let _ = writeln!(out, "### {}\n", md_text(&heading));
    } else {
        let _ = writeln!(out, "{heading}");
    }
    let rows = rows(instructions, record);
    let why = customer_text(instructions.locale, "render.why", &[]);
    if markdown {
        let field = customer_text(instructions.locale, "render.table.field", &[]);
        let value = customer_text(instructions.locale, "render.table.value", &[]);
        let _ = writeln!(
            out,
            "| {} | {} |\n|---|---|",
            md_text(&field),
            md_text(&value)
        );
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
        let _ = writeln!(out, "   {why}: {}\n", record.explanation);
    }
}

/// The (label, value) rows of a step: the provider's own field labels when
/// the provider is known, the catalogue's otherwise.
pub(super) fn rows(instructions: &Instructions, record: &DnsRecord) -> Vec<(String, String)> {
    let say = |key: &str| customer_text(instructions.locale, key, &[]);
    let d = &record.display;
    match record.record_type {
        DnsRecordType::Http => {
            let body = record
                .http
                .as_ref()
                .map(|h| h.body.clone())
                .unwrap_or_default();
            vec![
                (say("render.field.url"), record.value.clone()),
                (say("render.field.body"), body),
            ]
        }
        DnsRecordType::Email => record
            .emails
            .iter()
            .map(|e| (say("render.field.emails"), e.clone()))
            .collect(),
        _ => {
            // The labels are the provider's own where the table confirms
            // them, the catalogue's (in the customer's language) otherwise.
            let mut rows = vec![(d.field_labels.record_type.clone(), d.record_type.clone())];
            let name = if d.name.is_empty() {
                say("render.leave_blank")
            } else {
                d.name.clone()
            };
            rows.push((d.field_labels.name.clone(), name));
            match &d.alternative_name {
                Some(alt) => rows.push((say("render.field.full_name"), alt.clone())),
                None if d.name != record.fqdn => {
                    rows.push((say("render.field.full_name"), record.fqdn.clone()));
                }
                None => {}
            }
            if !(d.value.is_empty() && record.value.is_empty()) {
                rows.push((d.field_labels.value.clone(), d.value.clone()));
            }
            if record.purpose != crate::observation::RecordPurpose::Remove {
                // The TTL as typed in the provider's field, with its unit
                // (in the customer's words) when they must know or choose it.
                let ttl = match d.ttl_unit {
                    Some(unit) => customer_text(
                        instructions.locale,
                        &counted(
                            &format!("render.ttl.{}", unit.as_str()),
                            if d.ttl == "1" { 1 } else { 2 },
                        ),
                        &[("count", &d.ttl)],
                    ),
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
