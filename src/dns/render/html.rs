//! An HTML fragment safe to insert into a page: a fixed set of elements and
//! attributes written here, every text and attribute value escaped (tokens
//! and names come from the API and the customer, so nothing is trusted).

use std::fmt::Write as _;

use html_escape::{encode_double_quoted_attribute, encode_text};

use super::text::rows;
use super::{RenderOptions, action, condition, intro};
use crate::dns::model::{DnsRecord, Instructions};

/// Elements the renderer writes (tests compare the parsed DOM against it).
pub const ELEMENTS: &[&str] = &[
    "section", "h2", "p", "ol", "li", "h3", "table", "tbody", "tr", "th", "td", "code", "ul", "a",
];

/// Attributes the renderer writes.
pub const ATTRIBUTES: &[&str] = &["class", "data-purpose", "data-code", "href", "rel"];

/// Renders the fragment.
pub fn render(instructions: &Instructions, options: &RenderOptions) -> String {
    let mut out = String::new();
    out.push_str("<section class=\"dns-instructions\">\n");
    let _ = writeln!(
        out,
        "<h2>DNS changes for <code>{}</code></h2>",
        text(&instructions.hostname_unicode)
    );
    let _ = writeln!(
        out,
        "<p class=\"intro\">{}</p>",
        text(&intro(instructions, options))
    );
    let _ = writeln!(
        out,
        "<p class=\"order\">{}</p>",
        text(&instructions.order.explanation)
    );
    out.push_str("<ol class=\"steps\">\n");
    for record in &instructions.records {
        step(&mut out, record);
    }
    out.push_str("</ol>\n");
    list(
        &mut out,
        "notes",
        instructions.notes.iter().map(|n| (None, n.as_str())),
    );
    list(
        &mut out,
        "warnings",
        instructions
            .warnings
            .iter()
            .map(|w| (Some(w.code.as_str()), w.message.as_str())),
    );
    if let Some(p) = &instructions.provider {
        let _ = writeln!(
            out,
            "<p class=\"help\"><a href=\"{}\" rel=\"noopener noreferrer\">{} DNS help</a></p>",
            attr(&p.help_url),
            text(&p.name)
        );
    }
    out.push_str("</section>\n");
    out
}

fn step(out: &mut String, record: &DnsRecord) {
    let purpose = serde_json::to_value(record.purpose)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "<li class=\"step\" data-purpose=\"{}\">",
        attr(&purpose)
    );
    let _ = writeln!(
        out,
        "<h3>Step {}: {} ({})</h3>",
        record.step,
        text(action(record)),
        text(condition(record))
    );
    out.push_str("<table class=\"record\"><tbody>\n");
    for (label, value) in rows(record) {
        let _ = writeln!(
            out,
            "<tr><th>{}</th><td><code>{}</code></td></tr>",
            text(&label),
            text(&value)
        );
    }
    out.push_str("</tbody></table>\n");
    if let Some(http) = &record.http {
        out.push_str("<ul class=\"rules\">\n");
        for rule in &http.rules {
            let _ = writeln!(out, "<li>{}</li>", text(rule));
        }
        out.push_str("</ul>\n");
    }
    let _ = writeln!(out, "<p class=\"why\">{}</p>", text(&record.explanation));
    out.push_str("</li>\n");
}

fn list<'a>(
    out: &mut String,
    class: &str,
    items: impl Iterator<Item = (Option<&'a str>, &'a str)>,
) {
    let items: Vec<_> = items.collect();
    if items.is_empty() {
        return;
    }
    let _ = writeln!(out, "<ul class=\"{class}\">");
    for (code, message) in items {
        match code {
            Some(code) => {
                let _ = writeln!(
                    out,
                    "<li data-code=\"{}\">{}</li>",
                    attr(code),
                    text(message)
                );
            }
            None => {
                let _ = writeln!(out, "<li>{}</li>", text(message));
            }
        }
    }
    out.push_str("</ul>\n");
}

/// Escapes text content (`&`, `<`, `>`).
fn text(value: &str) -> String {
    encode_text(value).into_owned()
}

/// Escapes a double-quoted attribute value (`&`, `"`).
fn attr(value: &str) -> String {
    encode_double_quoted_attribute(value).into_owned()
}
