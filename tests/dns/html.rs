//! The HTML fragment under a real HTML5 parser (html5ever via scraper):
//! hostile values from the API must come out as text, never as markup.

use custom_hostnames::dns::render::{HTML_ATTRIBUTES, HTML_ELEMENTS};
use custom_hostnames::dns::{Format, RenderOptions, Request, instructions, render};
use proptest::prelude::*;
use scraper::{Html, Node, Selector};
use serde_json::json;

use super::cases;

/// Every element and attribute in the parsed fragment is one the renderer
/// writes (html5ever's fragment parser adds only an `html` wrapper, and
/// `body` where it fixes up the tree).
fn assert_only_our_markup(html: &str) -> Html {
    let doc = Html::parse_fragment(html);
    for node in doc.tree.nodes() {
        if let Node::Element(el) = node.value() {
            let name = el.name();
            assert!(
                HTML_ELEMENTS.contains(&name) || name == "html" || name == "body",
                "unexpected element <{name}> in:\n{html}"
            );
            for (attr, _) in el.attrs() {
                assert!(
                    HTML_ATTRIBUTES.contains(&attr),
                    "unexpected attribute {attr} on <{name}> in:\n{html}"
                );
            }
        }
    }
    doc
}

fn code_texts(doc: &Html) -> Vec<String> {
    let code = Selector::parse("td code").unwrap();
    doc.select(&code).map(|c| c.text().collect()).collect()
}

#[test]
fn golden_html_fragments_hold_only_our_markup() {
    for case in cases::all() {
        let instr = case.instructions();
        let html = render(&instr, Format::Html, &RenderOptions::default()).unwrap();
        assert_only_our_markup(&html);
    }
}

fn hostile_request(token: &str, existing: &str) -> Request {
    serde_json::from_value(json!({
        "hostname": "app.customer.com",
        "cnameTarget": "customers.saasprovider.com",
        "live": true,
        "customHostname": {
            "hostname": "app.customer.com",
            "ownership_verification": { "type": "txt", "name": "_cf-custom-hostname.app.customer.com", "value": token },
            "ssl": { "method": "txt", "type": "dv",
                "validation_records": [ { "txt_name": "_acme-challenge.app.customer.com", "txt_value": token } ] }
        },
        "existingRecords": [ { "name": "app.customer.com", "type": "A", "value": existing } ]
    }))
    .unwrap()
}

/// Strings that try to break out of text, attributes, comments, raw text.
/// No CR or NUL: HTML parsing itself normalises those (CRLF → LF, NUL →
/// U+FFFD), whatever the escaping.
fn hostile() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("<script>alert(1)</script>".to_owned()),
        Just("\"><img src=x onerror=alert(1)>".to_owned()),
        Just("' onmouseover='x".to_owned()),
        Just("</td></tr></table><a href=\"javascript:x\">".to_owned()),
        Just("<!--".to_owned()),
        Just("-->".to_owned()),
        Just("<![CDATA[".to_owned()),
        Just("&amp;&lt;&#x3C;".to_owned()),
        Just("<style>".to_owned()),
        Just("<textarea>".to_owned()),
        Just("\n\t".to_owned()),
        Just("é🙂".to_owned()),
        "[a-zA-Z0-9 ]{1,20}",
    ];
    prop::collection::vec(piece, 1..8).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]
    #[test]
    fn hostile_values_stay_text(token in hostile(), existing in hostile(), service in hostile()) {
        let instr = instructions(&hostile_request(&token, &existing)).unwrap();
        let options = RenderOptions { service_name: Some(service.clone()), domain_connect: None };
        let html = render(&instr, Format::Html, &options).unwrap();
        let doc = assert_only_our_markup(&html);
        let texts = code_texts(&doc);
        // The ownership TXT and the DCV TXT carry the token verbatim.
        prop_assert!(texts.iter().filter(|t| **t == token).count() >= 2, "{:?}", texts);
        prop_assert!(texts.contains(&existing), "{:?}", texts);
        let intro = Selector::parse("p.intro").unwrap();
        let intro_text: String = doc.select(&intro).next().unwrap().text().collect();
        // Control characters in our prose are shown as escapes.
        let shown = service.replace('\n', "\\n").replace('\t', "\\t");
        prop_assert!(intro_text.contains(&shown), "{} / {}", intro_text, shown);
    }
}
