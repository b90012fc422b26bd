//! Runs `tests/fixtures/hostname/cases.jsonl` (format described on its first line).

use custom_hostnames::diagnostic::Coded;
use custom_hostnames::hostname::{Hostname, ParseOptions, SuffixKind};
use serde_json::Value;

use crate::common::fixture;

fn options(v: Option<&Value>) -> ParseOptions {
    let mut o = ParseOptions::default();
    if let Some(v) = v {
        if let Some(b) = v.get("allowSpecialUse").and_then(Value::as_bool) {
            o.allow_special_use = b;
        }
        if let Some(b) = v.get("allowWildcard").and_then(Value::as_bool) {
            o.allow_wildcard = b;
        }
    }
    o
}

fn kind_name(k: SuffixKind) -> &'static str {
    match k {
        SuffixKind::Icann => "icann",
        SuffixKind::Private => "private",
        SuffixKind::Unknown => "unknown",
    }
}

/// Checks one case; returns a description of every mismatch.
fn check(case: &[Value]) -> Vec<String> {
    let input = case[0].as_str().unwrap();
    let expected = case[1].as_str().unwrap();
    let field = |i: usize| case.get(i).and_then(Value::as_str);
    let result = Hostname::parse(input, &options(case.get(7)));
    let mut problems = Vec::new();
    match (expected.strip_prefix('!'), result) {
        (Some(code), Err(e)) => {
            if e.code() != code {
                problems.push(format!("error {} ({e}), expected {code}", e.code()));
            }
            assert_eq!(e.input(), input, "errors quote the input");
        }
        (Some(code), Ok(p)) => problems.push(format!(
            "accepted as {}, expected error {code}",
            p.hostname.ascii()
        )),
        (None, Err(e)) => problems.push(format!("refused: {} ({e})", e.code())),
        (None, Ok(p)) => {
            let h = &p.hostname;
            if expected != "?" && h.ascii() != expected {
                problems.push(format!("ascii {}, expected {expected}", h.ascii()));
            }
            let mut cmp = |name: &str, got: &str, want: Option<&str>| {
                if let Some(want) = want.filter(|w| *w != "?") {
                    if got != want {
                        problems.push(format!("{name} {got:?}, expected {want:?}"));
                    }
                }
            };
            cmp("registrable", h.registrable_domain(), field(2));
            cmp("subdomain", h.subdomain(), field(3));
            cmp("suffix", h.public_suffix(), field(4));
            cmp("kind", kind_name(h.suffix_kind()), field(5));
            if let Some(ws) = case.get(6).and_then(Value::as_array) {
                let got: Vec<&str> = p.warnings.iter().map(|w| w.code.as_str()).collect();
                let want: Vec<&str> = ws.iter().filter_map(Value::as_str).collect();
                if got != want {
                    problems.push(format!("warnings {got:?}, expected {want:?}"));
                }
            }
            // Invariants that hold for every accepted name.
            assert_eq!(h.is_apex(), h.subdomain().is_empty());
            assert!(h.ascii().ends_with(h.registrable_domain()));
            assert!(h.registrable_domain().ends_with(h.public_suffix()));
            assert!(h.ascii().is_ascii() && h.ascii().len() <= 253);
            let again = Hostname::parse(h.ascii(), &options(case.get(7))).unwrap();
            assert_eq!(
                again.hostname, *h,
                "parse(parse(x).ascii) == parse(x) for {input:?}"
            );
            let from_unicode = Hostname::parse(h.unicode(), &options(case.get(7))).unwrap();
            assert_eq!(
                from_unicode.hostname.ascii(),
                h.ascii(),
                "unicode form maps back for {input:?}"
            );
        }
    }
    problems
}

#[test]
fn hostname_case_table() {
    let text = fixture("hostname/cases.jsonl");
    let mut failures = Vec::new();
    let mut count = 0;
    for (n, line) in text.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let case: Vec<Value> =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("line {}: {e}", n + 1));
        count += 1;
        for p in check(&case) {
            failures.push(format!("line {} {:?}: {p}", n + 1, case[0]));
        }
    }
    assert!(
        count >= 150,
        "the table must hold at least 150 cases, has {count}"
    );
    assert!(
        failures.is_empty(),
        "{} of {count} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_error_code_is_exercised() {
    let text = fixture("hostname/cases.jsonl");
    for code in custom_hostnames::hostname::ErrorKind::CODES
        .iter()
        .map(|c| c.as_str())
    {
        if code == "input_too_long" || code == "hostname_too_long" || code == "label_too_long" {
            continue; // generated in limits.rs
        }
        assert!(
            text.contains(&format!("\"!{code}\"")),
            "no case for error code {code}"
        );
    }
}
