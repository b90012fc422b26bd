//! An HTML fragment safe to insert into a page: a fixed set of elements and
//! attributes written here, every text and attribute value escaped (tokens
//! and names come from the API and the customer, so nothing is trusted).

use std::fmt::Write as _;

use html_escape::{encode_double_quoted_attribute, encode_text};

use super::text::rows;
use super::{RenderOptions, heading, intro, title};
use crate::dns::model::{DnsRecord, Instructions};
use crate::messages::customer_text;

/// Elements the renderer writes (tests compare the parsed DOM against it).
pub const ELEMENTS: &[&str] = &[
    "section", "h2", "p", "ol", "li", "h3", "table", "tbody", "tr", "th", "td", "code", "ul", "a",
];

/// Attributes the renderer writes.
pub const ATTRIBUTES: &[&str] = &["class", "data-purpose", "href", "rel"];

/// Renders the fragment.
pub fn render(instructions: &Instructions, options: &RenderOptions) -> String {
    let mut out = String::new();
    out.push_str("<section class=\"dns-instructions\">\n");
    let _ = writeln!(out, "<h2>{}</h2>", text(&title(instructions)));
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
        step(&mut out, instructions, record);
    }
    out.push_str("</ol>\n");
    list(
        &mut out,
        "notes",
        instructions.notes.iter().map(String::as_str),
    );
    if let Some(p) = &instructions.provider {
        let label = customer_text(
            instructions.locale,
            "render.provider_help_link",
            &[("provider", &p.name)],
        );
        let _ = writeln!(
            out,
            "<p class=\"help\"><a href=\"{}\" rel=\"noopener noreferrer\">{}</a></p>",
            attr(&p.help_url),
            text(&label)
        );
    }
    out.push_str("</section>\n");
    out
}

fn step(out: &mut String, instructions: &Instructions, record: &DnsRecord) {
    let purpose = serde_json::to_value(record.purpose)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "<li class=\"step\" data-purpose=\"{}\">",
        attr(&purpose)
    );
    let _ = writeln!(out, "<h3>{}</h3>", text(&heading(instructions, record)));
    out.push_str("<table class=\"record\"><tbody>\n");
    for (label, value) in rows(instructions, record) {
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

fn list<'a>(out: &mut String, class: &str, items: impl Iterator<Item = &'a str>) {
    let items: Vec<_> = items.collect();
    if items.is_empty() {
        return;
    }
    let _ = writeln!(out, "<ul class=\"{class}\">");
    for message in items {
        let _ = writeln!(out, "<li>{}</li>", text(message));
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
