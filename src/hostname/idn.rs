//! The IDN edge: Unicode ⇄ ASCII with UTS #46 (non-transitional, as the
//! WHATWG URL standard does), through the `idna` crate of servo/rust-url.
//!
//! `idna` reports only *that* a name failed; to name the label that failed,
//! a failure is retried label by label.

use std::borrow::Cow;

use idna::uts46::{AsciiDenyList, DnsLength, ErrorPolicy, Hyphens, ProcessingSuccess, Uts46};

use super::error::ErrorKind;

/// UTS #46 processing shared by both directions.
const UTS46: Uts46 = Uts46::new();

/// Maps `name` (no wildcard label) to lower-case ASCII (A-labels).
///
/// STD3 ASCII rules are applied so that a mapped character such as a
/// full-width low line cannot smuggle `_` into a hostname; hyphen placement
/// and lengths are checked afterwards by [`super::rules`], which can say which
/// label is wrong.
/// The second value says whether `name` was plain ASCII ([`is_plain_ascii`]):
/// then ToUnicode of the result is the result itself.
pub(crate) fn to_ascii(name: &str) -> Result<(Cow<'_, str>, bool), ErrorKind> {
    if is_plain_ascii(name) {
        // UTS #46 maps these to themselves, lower-cased (IdnaMappingTable:
        // `a-z0-9-.` valid, `A-Z` mapped): no need to run the full machinery.
        let ascii = if name.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(name.to_ascii_lowercase())
        } else {
            Cow::Borrowed(name)
        };
        return Ok((ascii, true));
    }
    let ascii = UTS46
        .to_ascii(
            name.as_bytes(),
            AsciiDenyList::STD3,
            Hyphens::Allow,
            DnsLength::Ignore,
        )
        .map_err(|_| diagnose(name))?;
    reject_double_prefix(&ascii)?;
    Ok((ascii, false))
}

/// Both forms of `name` (no wildcard label) in one UTS #46 pass: the ASCII
/// form [`to_ascii`] gives and the Unicode form [`to_unicode`] gives of that
/// ASCII form, where running the two one after the other decodes every label
/// twice (`tests::one_pass_agrees` checks the equivalence). The Unicode
/// form is `None` for a plain ASCII name ([`is_plain_ascii`]): the ASCII
/// form is then its own Unicode form.
pub(crate) fn to_ascii_and_unicode(
    name: &str,
) -> Result<(Cow<'_, str>, Option<String>), ErrorKind> {
    if is_plain_ascii(name) {
        return to_ascii(name).map(|(ascii, _)| (ascii, None));
    }
    let mut unicode = String::with_capacity(name.len());
    let mut ascii = String::new();
    let done = UTS46.process(
        name.as_bytes(),
        AsciiDenyList::STD3,
        Hyphens::Allow,
        ErrorPolicy::FailFast,
        |_, _, _| true,
        &mut unicode,
        Some(&mut ascii),
    );
    let (ascii, unicode) = match done {
        // Valid and already in its final form (both ways).
        Ok(ProcessingSuccess::Passthrough) => (Cow::Borrowed(name), name.to_owned()),
        // `ascii` receives output only when the Unicode form is not ASCII.
        Ok(ProcessingSuccess::WroteToSink) if ascii.is_empty() => {
            (Cow::Owned(unicode.clone()), unicode)
        }
        Ok(ProcessingSuccess::WroteToSink) => (Cow::Owned(ascii), unicode),
        Err(_) => return Err(diagnose(name)),
    };
    reject_double_prefix(&ascii)?;
    Ok((ascii, Some(unicode)))
}

/// UTS #46 §4.1 V4: without CheckHyphens, a label must not *decode* to one
/// that starts with `xn--` (`xn--xn--a--gua`); `idna` leaves this to callers.
fn reject_double_prefix(ascii: &str) -> Result<(), ErrorKind> {
    for label in ascii.split('.').filter(|l| l.starts_with("xn--")) {
        let (unicode, _) = UTS46.to_unicode(label.as_bytes(), AsciiDenyList::EMPTY, Hyphens::Allow);
        if unicode
            .get(..4)
            .is_some_and(|p| p.eq_ignore_ascii_case("xn--"))
        {
            return Err(ErrorKind::InvalidPunycode {
                label: label.to_owned(),
            });
        }
    }
    Ok(())
}

/// The Unicode form for display (also the two-pass reference of
/// [`to_ascii_and_unicode`] in its tests). Labels that fail to decode stay as given
/// (they were already refused by [`to_ascii`] when it matters).
pub(crate) fn to_unicode(ascii: &str) -> String {
    if is_plain_ascii(ascii) {
        // No A-label to decode: ToUnicode is the identity (lower-case input).
        return ascii.to_ascii_lowercase();
    }
    let (unicode, _) = UTS46.to_unicode(ascii.as_bytes(), AsciiDenyList::EMPTY, Hyphens::Allow);
    unicode.into_owned()
}

/// Letters, digits and hyphens in non-empty labels, none starting with
/// `xn--`: names that UTS #46 leaves as they are (up to case) in both
/// directions. The conformance test below runs through this path too.
pub(crate) fn is_plain_ascii(name: &str) -> bool {
    // One pass over the bytes (this runs for every name: no `split`).
    let bytes = name.as_bytes();
    let mut label_start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'.' {
            if i == label_start {
                return false;
            }
            label_start = i + 1;
        } else {
            let ldh = b.is_ascii_alphanumeric() || b == b'-';
            // The fourth byte of a label is where `xn--` is recognised.
            let a_label = i == label_start + 3
                && b == b'-'
                && bytes
                    .get(label_start..i)
                    .is_some_and(|p| p.eq_ignore_ascii_case(b"xn-"));
            if !ldh || a_label {
                return false;
            }
        }
    }
    label_start < bytes.len()
}

/// Finds the first label that UTS #46 refuses, to name it in the error.
fn diagnose(name: &str) -> ErrorKind {
    // UTS #46 §2.3 label separators: full stop and its ideographic/full-width forms.
    for label in name.split(['.', '\u{3002}', '\u{ff0e}', '\u{ff61}']) {
        let alone = UTS46.to_ascii(
            label.as_bytes(),
            AsciiDenyList::STD3,
            Hyphens::Allow,
            DnsLength::Ignore,
        );
        if alone.is_err() {
            // A character outside LDH, typed as such or produced by the
            // mapping (full-width `＿` maps to `_`): name it.
            let mapped = UTS46
                .to_ascii(
                    label.as_bytes(),
                    AsciiDenyList::EMPTY,
                    Hyphens::Allow,
                    DnsLength::Ignore,
                )
                .unwrap_or(std::borrow::Cow::Borrowed(label));
            if let Some(c) = label
                .chars()
                .chain(mapped.chars())
                .find(|c| c.is_ascii() && !is_ldh(*c))
            {
                return ErrorKind::InvalidCharacter {
                    character: c,
                    label: label.to_owned(),
                };
            }
            if label
                .get(..4)
                .is_some_and(|p| p.eq_ignore_ascii_case("xn--"))
            {
                return ErrorKind::InvalidPunycode {
                    label: label.to_owned(),
                };
            }
            return ErrorKind::InvalidIdn {
                label: label.to_owned(),
            };
        }
    }
    // Every label passes alone but the whole fails: a cross-label rule (bidi).
    ErrorKind::InvalidIdn {
        label: name.to_owned(),
    }
}

/// Letters, digits, hyphen (RFC 1123 §2.1) in either case.
pub(crate) fn is_ldh(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-'
}

#[cfg(test)]
mod one_pass {
    #![allow(clippy::unwrap_used)]
    use super::*;

    /// One pass gives what ToASCII then ToUnicode of its result give, and
    /// refuses what ToASCII refuses.
    #[test]
    fn one_pass_agrees() {
        let labels = [
            "bücher",
            "BÜCHER",
            "münchen",
            "straße",
            "faß",
            "пример",
            "рф",
            "例え",
            "テスト",
            "みんな",
            "δοκιμή",
            "élan",
            "café",
            "xn--bcher-kva",
            "XN--BCHER-KVA",
            "xn--e1afmkfd",
            "xn--p1ai",
            "xn--xn--a--gua",
            "xn--a",
            "shop",
            "Shop",
            "a-b",
            "ab--c",
            "ａｂｃ",
            "＿x",
            "a\u{200d}b",
            "ش\u{200c}ش",
            "שלום",
            "a١",
            "١٢",
            "مثال",
            "😀",
            "ß",
            "ς",
            "i\u{307}",
            "\u{301}a",
            "Ⅻ",
            "℡",
            "ﬁ",
            "x\u{feff}y",
            "",
        ];
        let mut names = Vec::new();
        for a in labels {
            for b in labels {
                names.push(format!("{a}.{b}"));
                names.push(format!("{a}.{b}.com"));
            }
            names.push(format!("{a}。jp"));
        }
        let mut unicode_names = 0;
        for name in &names {
            let one = to_ascii_and_unicode(name);
            let two = to_ascii(name).map(|(ascii, plain)| {
                let unicode = (!plain).then(|| to_unicode(&ascii));
                (ascii, unicode)
            });
            assert_eq!(one, two, "{name:?}");
            if matches!(one, Ok((_, Some(_)))) {
                unicode_names += 1;
            }
        }
        assert!(
            unicode_names > 500,
            "only {unicode_names} names took the Unicode way"
        );
    }
}

#[cfg(test)]
mod fast_path {
    #![allow(clippy::unwrap_used)]
    use super::*;

    /// The plain-ASCII shortcut gives what the full UTS #46 processing gives.
    #[test]
    fn agrees_with_full_processing() {
        let names = [
            "shop.example.com",
            "Shop.EXAMPLE.co.uk",
            "a-b.c--d.e9",
            "0.1.2",
            "xn.xn-.xnx--a.com",
            "-lead.trail-.com",
            "x",
        ];
        for name in names {
            assert!(is_plain_ascii(name), "{name}");
            let full = UTS46
                .to_ascii(
                    name.as_bytes(),
                    AsciiDenyList::STD3,
                    Hyphens::Allow,
                    DnsLength::Ignore,
                )
                .unwrap();
            let (ascii, plain) = to_ascii(name).unwrap();
            assert_eq!(ascii, full, "{name}");
            if plain {
                // The flag parse_raw relies on: ToUnicode is the identity.
                assert_eq!(to_unicode(&ascii), ascii, "{name}");
            }
            let (unicode, _) =
                UTS46.to_unicode(name.as_bytes(), AsciiDenyList::EMPTY, Hyphens::Allow);
            assert_eq!(to_unicode(name), unicode, "{name}");
        }
        for name in [
            "a..b",
            ".a",
            "a.",
            "xn--bcher-kva.de",
            "XN--a.com",
            "a_b.com",
            "bücher.de",
            "",
        ] {
            assert!(!is_plain_ascii(name), "{name}");
        }
    }
}

#[cfg(test)]
mod uts46_vectors {
    //! The Unicode consortium's conformance vectors (IdnaTestV2.txt, Unicode
    //! 16.0, vendored in tests/fixtures/vectors) against *our* configuration of
    //! `idna`: non-transitional ToASCII with STD3 rules, hyphens and lengths
    //! left to `rules` (so V2/V3 and A4 statuses are not ours to report here).
    #![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

    use super::to_ascii;

    const VECTORS: &str = include_str!("../../tests/fixtures/vectors/IdnaTestV2.txt");
    const EXPECTED_FAILURES: &str =
        include_str!("../../tests/fixtures/vectors/uts46_expected_failures.txt");

    /// Statuses our `to_ascii` does not report by design: hyphen placement
    /// (V2, V3) and DNS lengths (A4_1, A4_2) are checked by `rules`, which can
    /// name the label; X4_2 (empty label) likewise.
    const CHECKED_ELSEWHERE: &[&str] = &["V2", "V3", "A4_1", "A4_2", "X4_2"];

    fn unescape(s: &str) -> String {
        let mut out = String::new();
        let mut rest = s;
        while let Some(i) = rest.find("\\u") {
            out.push_str(&rest[..i]);
            let (hex, after) = if rest[i + 2..].starts_with('{') {
                let end = rest[i + 3..].find('}').unwrap() + i + 3;
                (&rest[i + 3..end], &rest[end + 1..])
            } else {
                (&rest[i + 2..i + 6], &rest[i + 6..])
            };
            // Lone surrogates cannot be in a Rust string: such lines are skipped.
            out.push(char::from_u32(u32::from_str_radix(hex, 16).unwrap()).unwrap_or('\u{fffd}'));
            rest = after;
        }
        out.push_str(rest);
        out
    }

    fn statuses(s: &str) -> Vec<String> {
        s.trim()
            .trim_start_matches('[')
            .trim_end_matches(']')
            .split(',')
            .map(|x| x.trim().to_owned())
            .filter(|x| !x.is_empty())
            .collect()
    }

    #[test]
    fn conformance() {
        let (mut checked, mut mismatches) = (0, Vec::new());
        for line in VECTORS.lines() {
            let line = line.split('#').next().unwrap_or_default();
            if line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split(';').map(str::trim).collect();
            let source = unescape(cols[0]);
            if source.contains('\u{fffd}') || cols[0].contains("\\uD8") || cols[0].contains("\\uDC")
            {
                continue;
            }
            let to_unicode = if cols[1].is_empty() {
                source.clone()
            } else {
                unescape(cols[1])
            };
            let unicode_status = statuses(cols[2]);
            let ascii_n = if cols[3].is_empty() {
                to_unicode.clone()
            } else {
                unescape(cols[3])
            };
            let ascii_status = if cols[4].is_empty() {
                unicode_status
            } else {
                statuses(cols[4])
            };
            let must_fail = ascii_status
                .iter()
                .any(|s| !CHECKED_ELSEWHERE.contains(&s.as_str()));
            checked += 1;
            match (to_ascii(&source).map(|(ascii, _)| ascii), must_fail) {
                (Ok(got), false) if got == ascii_n.trim_matches('"') => {}
                (Err(_), true) => {}
                // Only statuses we leave to `rules` are expected: then either outcome is fine.
                (Err(_), false) if !ascii_status.is_empty() => {}
                (got, _) => mismatches.push(format!(
                    "{source:?}: got {got:?}, expected {ascii_n:?} {ascii_status:?}"
                )),
            }
        }
        assert!(checked > 6000, "only {checked} vectors read");
        // Known differences, one source per line: the `idna` crate's Unicode
        // data predates a few Unicode 16 changes. An entry that starts passing
        // fails the test too, so the list cannot rot.
        let expected: Vec<&str> = EXPECTED_FAILURES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .collect();
        let got: Vec<String> = mismatches
            .iter()
            .map(|m| m.split(": got").next().unwrap_or_default().to_owned())
            .collect();
        let unexpected: Vec<&String> = mismatches
            .iter()
            .zip(&got)
            .filter(|(_, g)| !expected.contains(&g.as_str()))
            .map(|(m, _)| m)
            .collect();
        let fixed: Vec<&&str> = expected
            .iter()
            .filter(|e| !got.iter().any(|g| g == *e))
            .collect();
        assert!(
            unexpected.is_empty(),
            "{} of {checked} vectors differ:\n{unexpected:#?}",
            unexpected.len()
        );
        assert!(
            fixed.is_empty(),
            "now passing, remove from uts46_expected_failures.txt: {fixed:?}"
        );
    }
}
