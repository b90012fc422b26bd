//! Lengths at and over each limit (RFC 1035 §2.3.4), generated rather than
//! written out.

use custom_hostnames::diagnostic::Coded;
use custom_hostnames::hostname::{Hostname, MAX_INPUT_CHARS, ParseOptions};

fn code(input: &str) -> &'static str {
    Hostname::parse(input, &ParseOptions::default())
        .err()
        .map_or("ok", |e| e.code())
}

/// A name of exactly `len` characters ending in `.com`, labels of ≤ 63.
fn name_of_len(len: usize) -> String {
    let mut labels = Vec::new();
    let mut left = len - 4; // ".com"
    while left > 0 {
        let take = left.min(63);
        // Each label but the first is followed by a dot counted in `left`.
        let label_len = if left == take {
            take
        } else {
            take.min(left - 1)
        };
        labels.push("a".repeat(label_len));
        left -= label_len;
        left = left.saturating_sub(1);
    }
    let name = format!("{}.com", labels.join("."));
    assert_eq!(name.len(), len);
    name
}

#[test]
fn name_length_limit() {
    assert_eq!(code(&name_of_len(253)), "ok");
    assert_eq!(code(&name_of_len(254)), "hostname_too_long");
    // A trailing root dot does not count.
    assert_eq!(code(&format!("{}.", name_of_len(253))), "ok");
    // The wildcard label counts: *. + 251 = 253.
    assert_eq!(code(&format!("*.{}", name_of_len(251))), "ok");
    assert_eq!(
        code(&format!("*.{}", name_of_len(252))),
        "hostname_too_long"
    );
}

#[test]
fn label_length_limit() {
    assert_eq!(code(&format!("{}.customer.com", "a".repeat(63))), "ok");
    assert_eq!(
        code(&format!("{}.customer.com", "a".repeat(64))),
        "label_too_long"
    );
    // The limit applies to the ASCII form: 20 × ü is short in Unicode, long in punycode.
    let long_idn = "ü".repeat(60);
    assert_eq!(code(&format!("{long_idn}.de")), "label_too_long");
}

#[test]
fn input_length_limit() {
    assert_eq!(code(&"a".repeat(MAX_INPUT_CHARS + 1)), "input_too_long");
    // A long pasted URL whose host is fine is still read.
    let url = format!("https://shop.customer.com/?q={}", "x".repeat(3000));
    assert_eq!(code(&url), "ok");
}
