//! The IDN edge: Unicode ⇄ ASCII with UTS #46 (non-transitional, as the
//! WHATWG URL standard does), through the `idna` crate of servo/rust-url.
//!
//! `idna` reports only *that* a name failed; to name the label that failed,
//! a failure is retried label by label.

use std::borrow::Cow;

use idna::uts46::{AsciiDenyList, DnsLength, Hyphens, Uts46};

use super::error::ErrorKind;

/// UTS #46 processing shared by both directions.
const UTS46: Uts46 = Uts46::new();

/// Maps `name` (no wildcard label) to lower-case ASCII (A-labels).
///
/// STD3 ASCII rules are applied so that a mapped character such as a
/// full-width low line cannot smuggle `_` into a hostname; hyphen placement
/// and lengths are checked afterwards by [`super::rules`], which can say which
/// label is wrong.
pub(crate) fn to_ascii(name: &str) -> Result<Cow<'_, str>, ErrorKind> {
    UTS46
        .to_ascii(
            name.as_bytes(),
            AsciiDenyList::STD3,
            Hyphens::Allow,
            DnsLength::Ignore,
        )
        .map_err(|_| diagnose(name))
}

/// The Unicode form for display. Labels that fail to decode stay as given
/// (they were already refused by [`to_ascii`] when it matters).
pub(crate) fn to_unicode(ascii: &str) -> String {
    let (unicode, _) = UTS46.to_unicode(ascii.as_bytes(), AsciiDenyList::EMPTY, Hyphens::Allow);
    unicode.into_owned()
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
