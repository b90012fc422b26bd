//! The public suffix list, matched without a third-party matcher.
//!
//! Follows the list's own algorithm (<https://publicsuffix.org/list/>,
//! "Formal algorithm"): of the rules that match a name, an exception rule
//! prevails, else the one with the most labels; when none matches, the
//! default rule `*` (the last label) applies. The rules come from the vendored
//! `data/public_suffix_list.dat`, compiled by `build.rs` into a sorted text
//! table ([`table`]) that is indexed by a hash of each name at first use.
//!
//! Why not the `psl` crate: its generated matcher is ~190 KB of the module
//! after brotli, the text table ~30 KB, and the list version is then the
//! vendored file's, not a crate release's. `psl` stays a dev-dependency: the
//! differential test below runs both over every rule.

mod table;

use super::suffix::SuffixKind;

pub use table::LIST_VERSION;

/// Where the public suffix of a name starts, and which rule said so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Match {
    /// Byte length of the suffix, from the end of the name.
    pub len: usize,
    /// The section of the prevailing rule; `Unknown` for the default rule.
    pub kind: SuffixKind,
}

/// Finds the public suffix of `name`: lower-case ASCII labels separated by
/// single dots, no trailing dot (what [`super::rules`] let through).
pub(crate) fn public_suffix(name: &str) -> Match {
    let bytes = name.as_bytes();
    let index = table::index();
    // Longest normal or wildcard match so far, and an exception if any.
    let mut best: Option<Match> = None;
    let mut hash = table::Hasher::new();
    // `start` is where the current suffix begins.
    let mut end = bytes.len();
    loop {
        let start = label_start(bytes, end);
        for &b in bytes.get(start..end).unwrap_or_default().iter().rev() {
            hash.push(b);
        }
        let suffix = bytes.get(start..).unwrap_or_default();
        let Some(flags) = index.get(hash.finish(), suffix) else {
            break;
        };
        let kind = if flags.private() {
            SuffixKind::Private
        } else {
            SuffixKind::Icann
        };
        if flags.exception() {
            // `!www.ck`: the suffix is the rule minus its leftmost label.
            let len = bytes.len().saturating_sub(end.saturating_add(1));
            return Match { len, kind };
        }
        if flags.rule() && best.is_none_or(|b| suffix.len() > b.len) {
            best = Some(Match {
                len: suffix.len(),
                kind,
            });
        }
        if flags.wildcard() && start > 0 {
            // `*.ck`: one more label, whatever it is.
            let left = label_start(bytes, start - 1);
            best = Some(Match {
                len: bytes.len() - left,
                kind,
            });
        }
        if !flags.has_children() || start == 0 {
            break;
        }
        hash.push(b'.');
        end = start - 1;
    }
    best.unwrap_or_else(|| Match {
        len: bytes.len() - label_start(bytes, bytes.len()),
        kind: SuffixKind::Unknown,
    })
}

/// Start of the label that ends at `end` (exclusive).
fn label_start(bytes: &[u8], end: usize) -> usize {
    bytes
        .get(..end)
        .and_then(|b| b.iter().rposition(|&c| c == b'.'))
        .map_or(0, |dot| dot + 1)
}

// The `psl` crate is a native-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod differential;
