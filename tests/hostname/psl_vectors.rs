//! The public suffix list's own test vectors (`test_psl.txt`, vendored from
//! the list's distribution) through `Hostname::parse`. The vectors ask for the
//! registrable domain (null when there is none); where our stricter hostname
//! rules refuse an input for another reason, null is the right answer too.

use custom_hostnames::hostname::{Hostname, ParseOptions};

use crate::common::fixture;

/// `checkPublicSuffix('in', 'out');` → ("in", Some("out")); `null` → None.
fn parse_line(line: &str) -> Option<(Option<String>, Option<String>)> {
    let args = line
        .strip_prefix("checkPublicSuffix(")?
        .strip_suffix(");")?;
    let (a, b) = args.split_once(", ")?;
    let arg = |s: &str| (s != "null").then(|| s.trim_matches('\'').to_owned());
    Some((arg(a), arg(b)))
}

#[test]
fn public_suffix_list_vectors() {
    let text = fixture("vectors/test_psl.txt");
    // Special-use TLDs such as `example` appear in the vectors as ordinary names.
    let options = ParseOptions {
        allow_special_use: true,
        ..ParseOptions::default()
    };
    let mut checked = 0;
    let mut failures = Vec::new();
    for line in text.lines().filter_map(parse_line) {
        let (Some(input), expected) = line else {
            continue;
        };
        checked += 1;
        let got = Hostname::parse(&input, &options)
            .ok()
            .map(|p| p.hostname.registrable_domain().to_owned());
        // Expected values for Unicode inputs are Unicode; compare in ASCII.
        let expected = expected.map(|e| idna::domain_to_ascii(&e).unwrap());
        if got != expected {
            failures.push(format!("{input:?}: got {got:?}, expected {expected:?}"));
        }
    }
    assert!(checked >= 75, "only {checked} vectors read");
    assert!(
        failures.is_empty(),
        "{} of {checked} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
