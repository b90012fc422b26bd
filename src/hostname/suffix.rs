//! Where the customer's zone starts: the public suffix split.
//!
//! Uses the `psl` crate (addr-rs), which compiles Mozilla's Public Suffix List
//! (<https://publicsuffix.org/list/>) into a matcher; the list's date is the
//! crate's version (see DESIGN.md, "Public suffix list"). Names under a
//! suffix the list does not know fall back to the list's default rule `*`
//! (the last label is the suffix), as the list's own algorithm says.

use serde::{Deserialize, Serialize};

use super::error::ErrorKind;

/// Which part of the public suffix list a suffix comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum SuffixKind {
    /// The ICANN section: TLDs and the registries' own second levels (`co.uk`).
    Icann,
    /// The private section: suffixes run by companies (`github.io`).
    Private,
    /// Not in the list; the default rule (last label) was applied.
    Unknown,
}

/// Byte lengths, from the end of the ASCII name, of the suffix and of the
/// registrable domain, and the suffix's section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Split {
    pub suffix_len: usize,
    pub registrable_len: usize,
    pub kind: SuffixKind,
}

/// Splits `ascii` (lower-case, no wildcard label, no trailing dot).
///
/// # Errors
/// [`ErrorKind::PublicSuffix`] when the name is itself a public suffix, or
/// [`ErrorKind::WildcardOverPublicSuffix`] when `wildcard` and it is one.
pub(crate) fn split(ascii: &str, wildcard: bool) -> Result<Split, ErrorKind> {
    let Some(domain) = psl::domain(ascii.as_bytes()) else {
        let suffix = psl::suffix_str(ascii).unwrap_or(ascii).to_owned();
        return Err(if wildcard {
            ErrorKind::WildcardOverPublicSuffix { suffix }
        } else {
            ErrorKind::PublicSuffix { suffix }
        });
    };
    let suffix = domain.suffix();
    let kind = match (suffix.is_known(), suffix.typ()) {
        (true, Some(psl::Type::Private)) => SuffixKind::Private,
        (true, _) => SuffixKind::Icann,
        (false, _) => SuffixKind::Unknown,
    };
    Ok(Split {
        suffix_len: suffix.as_bytes().len(),
        registrable_len: domain.as_bytes().len(),
        kind,
    })
}
