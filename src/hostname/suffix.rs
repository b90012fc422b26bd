//! Where the customer's zone starts: the public suffix split.
//!
//! The list is Mozilla's Public Suffix List (<https://publicsuffix.org/list/>),
//! vendored in `data/public_suffix_list.dat` (its `VERSION` line is
//! [`LIST_VERSION`]) and matched by [`super::psl`]. Names under a suffix the
//! list does not know fall back to the list's default rule `*` (the last label
//! is the suffix), as the list's own algorithm says.

pub use super::psl::LIST_VERSION;
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

impl SuffixKind {
    /// The name used in JSON (`icann`, `private`, `unknown`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Icann => "icann",
            Self::Private => "private",
            Self::Unknown => "unknown",
        }
    }
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
    let found = super::psl::public_suffix(ascii);
    // The registrable domain is the suffix plus one label; none when the
    // name is the suffix itself.
    let registrable_len = ascii
        .len()
        .checked_sub(found.len + 1)
        .filter(|_| ascii.len() > found.len)
        .map(|dot| {
            let head = ascii.get(..dot).unwrap_or_default();
            let label = head.rsplit('.').next().unwrap_or(head);
            label.len() + 1 + found.len
        });
    let Some(registrable_len) = registrable_len.filter(|_| found.len > 0) else {
        let start = ascii.len().saturating_sub(found.len);
        let suffix = ascii.get(start..).unwrap_or(ascii).to_owned();
        return Err(if wildcard {
            ErrorKind::WildcardOverPublicSuffix { suffix }
        } else {
            ErrorKind::PublicSuffix { suffix }
        });
    };
    Ok(Split {
        suffix_len: found.len,
        registrable_len,
        kind: found.kind,
    })
}
