//! The hostname as plain data: what `parseHostname` returns to JavaScript and
//! what JSON APIs (the Worker) send. camelCase field names.

use serde::{Deserialize, Serialize};

use super::{Parsed, SuffixKind};
use crate::diagnostic::Warning;

/// Everything known about a parsed hostname, flattened for serialization.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct HostnameInfo {
    /// The input as given.
    pub input: String,
    /// What Cloudflare's API receives (lower-case A-labels).
    pub ascii: String,
    /// What people read (U-labels).
    pub unicode: String,
    /// Leftmost label is `*`.
    pub is_wildcard: bool,
    /// The hostname is its zone's apex.
    pub is_apex: bool,
    /// The customer's zone apex by the public suffix list.
    pub registrable_domain: String,
    /// The public suffix.
    pub public_suffix: String,
    /// Labels left of the registrable domain; empty at the apex.
    pub subdomain: String,
    /// The suffix is in the list's ICANN section.
    pub is_icann_suffix: bool,
    /// Which section of the list the suffix is from.
    pub suffix_kind: SuffixKind,
    /// Cleanups made and remarks, in order.
    pub warnings: Vec<Warning>,
}

impl HostnameInfo {
    /// Flattens a parse result; `input` is what the caller typed.
    pub fn new(input: &str, parsed: Parsed) -> Self {
        let h = &parsed.hostname;
        Self {
            input: input.to_owned(),
            ascii: h.ascii().to_owned(),
            unicode: h.unicode().to_owned(),
            is_wildcard: h.is_wildcard(),
            is_apex: h.is_apex(),
            registrable_domain: h.registrable_domain().to_owned(),
            public_suffix: h.public_suffix().to_owned(),
            subdomain: h.subdomain().to_owned(),
            is_icann_suffix: h.is_icann_suffix(),
            suffix_kind: h.suffix_kind(),
            warnings: parsed.warnings,
        }
    }
}
