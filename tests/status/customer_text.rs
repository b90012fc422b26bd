//! What customer text may not contain, as one reusable assertion: spec
//! references, HTTP verbs, API field names and codes (snake_case or dotted
//! identifiers, camelCase names), raw Cloudflare statuses, and the marks of
//! a rendering bug (`undefined`, `null`, an unfilled placeholder in text
//! that was rendered). DNS record names such as `_acme-challenge.x` are
//! customer vocabulary and pass (the underscore starts the label).

use custom_hostnames::api::{HostnameStatus, SslStatus};

/// Panics with `context` when `text` breaks a rule; templates may keep
/// their `{placeholders}`, rendered text may not.
pub fn assert_customer_text(text: &str, context: &str) {
    if let Some(problem) = problem(text) {
        panic!("{context}: {problem} in customer text {text:?}");
    }
}

/// The first rule `text` breaks, if any.
pub fn problem(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    if text.contains('§') {
        return Some("a spec section sign".into());
    }
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.' || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    for word in &words {
        let bare = word.trim_matches('.');
        if bare.eq_ignore_ascii_case("spec") {
            return Some("the word `spec`".into());
        }
        if ["GET", "POST", "PUT", "PATCH", "DELETE"].contains(&bare) {
            return Some(format!("the HTTP verb `{bare}`"));
        }
        if ["undefined", "null", "NaN"].contains(&bare) {
            return Some(format!("`{bare}`"));
        }
        // snake_case: a letter or digit, `_`, a letter (not a leading `_` of
        // a DNS label such as `_acme-challenge`).
        let bytes = bare.as_bytes();
        for i in 1..bytes.len().saturating_sub(1) {
            if bytes[i] == b'_'
                && bytes[i - 1].is_ascii_alphanumeric()
                && bytes[i + 1].is_ascii_alphabetic()
            {
                return Some(format!("the identifier `{bare}`"));
            }
        }
        // camelCase API names (customHostname, cnameTarget).
        let ascii_letters = bare.chars().all(|c| c.is_ascii_alphabetic());
        if ascii_letters
            && bare.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            && bare.chars().skip(1).any(|c| c.is_ascii_uppercase())
        {
            return Some(format!("the camelCase name `{bare}`"));
        }
        // Dotted field names of the API (`ssl.method`, `ssl.status`).
        if bare.starts_with("ssl.") || bare.starts_with("ownership_") {
            return Some(format!("the field `{bare}`"));
        }
    }
    for status in HostnameStatus::KNOWN
        .iter()
        .map(|s| s.as_str())
        .chain(SslStatus::KNOWN.iter().map(|s| s.as_str()))
    {
        if status.contains('_') && lower.contains(status) {
            return Some(format!("the raw status `{status}`"));
        }
    }
    None
}

/// Like [`assert_customer_text`] for text that was rendered: no `{name}`
/// placeholder may be left.
pub fn assert_rendered_customer_text(text: &str, context: &str) {
    assert_customer_text(text, context);
    if let Some(at) = text.find('{') {
        let rest = &text[at..];
        if rest.find('}').is_some_and(|end| {
            rest[1..end]
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '_')
        }) {
            panic!("{context}: an unfilled placeholder in {text:?}");
        }
    }
}

#[test]
fn the_rules_catch_what_they_should() {
    for bad in [
        "See spec §8.1.",
        "Send the PATCH request.",
        "pass it as customHostname",
        "status pending_validation",
        "code empty_label",
        "set ssl.method",
        "value undefined",
    ] {
        assert!(problem(bad).is_some(), "{bad}");
    }
    for good in [
        "Add a TXT record named _acme-challenge.app.bücher.de with the value abc.",
        "Delete this record: it is in the way.",
        "Add a CNAME record named _cf-custom-hostname.shop.example.com.",
        "Ce nom est déjà actif.",
        "この名前は有効です。",
    ] {
        assert!(problem(good).is_none(), "{good}: {:?}", problem(good));
    }
}
