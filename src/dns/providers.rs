//! The DNS provider table (`data/dns-providers.json`, schema in
//! `data/README.md`): how each provider's record form wants names and
//! values, whether it can flatten a CNAME at the zone apex, its field labels,
//! and the name-server patterns that identify it.
//!
//! The file is compiled in with `include_str!` and parsed once, at first use.
//! Facts the table's authors could not confirm are listed per entry in
//! `unconfirmed`; [`Provider::is_unconfirmed`] lets presentation code hedge.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

const TABLE_JSON: &str = include_str!("../../data/dns-providers.json");

/// The whole table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ProviderTable {
    /// Schema version (1).
    pub version: u32,
    /// The providers, in presentation order.
    pub providers: Vec<Provider>,
}

/// How a provider's "name" field wants the record owner name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum NameForm {
    /// Relative to the zone (`app`, `_acme-challenge.app`).
    Relative,
    /// The full name (`app.customer.com`).
    Fqdn,
}

/// The name field's habits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NameField {
    /// Relative or full names.
    pub form: NameForm,
    /// Whether the provider appends the zone to what is typed (so typing the
    /// full name gives `app.customer.com.customer.com`).
    pub appends_zone: bool,
    /// What to type for the zone apex: `@` or the empty string.
    pub apex: String,
}

/// Trailing-dot habit for names in the value field (CNAME targets).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum TrailingDot {
    /// Type the name without a trailing dot.
    Omit,
    /// Either works.
    Accepted,
    /// A trailing dot is needed, else the zone is appended to the target.
    Required,
}

/// How a provider's TXT value field wants the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum TxtQuoting {
    /// Paste the bare text; the provider quotes it.
    None,
    /// Either works.
    Optional,
    /// Wrap the text in double quotes.
    Required,
}

/// Apex CNAME flattening / ALIAS / ANAME support.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ApexFlattening {
    /// The record type to choose in the provider's form (`CNAME`, `ALIAS`, `ANAME`).
    pub record_type: String,
    /// How it is done there, in English.
    pub how: String,
}

/// Labels of the provider's record form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ProviderLabels {
    /// The record type field.
    #[serde(rename = "type")]
    pub record_type: String,
    /// The name field.
    pub name: String,
    /// The value field (TXT, A...).
    pub value: String,
    /// The value field when the type is CNAME, when it has its own label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cname_value: Option<String>,
    /// The TTL field.
    pub ttl: String,
}

/// Domain Connect support (synchronous flow).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DomainConnectSupport {
    /// The `urlSyncUX` of the provider's settings document, when known
    /// (discover it from `_domainconnect.<zone>` TXT otherwise).
    pub sync_ux_url: Option<String>,
    /// Whether apply requests must be signed.
    pub signature_required: bool,
}

/// One DNS provider.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Provider {
    /// Stable id (`cloudflare`, `route53`...).
    pub id: String,
    /// Display name.
    pub name: String,
    /// Name-server patterns; `*` matches one or more characters inside a
    /// label (never a dot).
    pub name_servers: Vec<String>,
    /// The name field.
    pub name_field: NameField,
    /// Trailing dot on CNAME targets.
    pub target_trailing_dot: TrailingDot,
    /// TXT quoting.
    pub txt_quoting: TxtQuoting,
    /// Apex flattening, `null` when the provider has none for external names.
    pub apex_flattening: Option<ApexFlattening>,
    /// Form labels.
    pub field_labels: ProviderLabels,
    /// Lowest TTL the provider accepts, seconds.
    pub min_ttl: u32,
    /// The provider's DNS help page.
    pub help_url: String,
    /// Domain Connect support, `null` when none is known.
    pub domain_connect: Option<DomainConnectSupport>,
    /// Where the confirmed facts come from.
    pub sources: Vec<String>,
    /// Fields (dotted paths) that could not be confirmed.
    pub unconfirmed: Vec<String>,
}

impl Provider {
    /// Whether the field at `path` (e.g. `minTtl`, `nameField.apex`) is
    /// unconfirmed, directly or through a parent path.
    pub fn is_unconfirmed(&self, path: &str) -> bool {
        self.unconfirmed.iter().any(|u| {
            u == path
                || path
                    .strip_prefix(u.as_str())
                    .is_some_and(|rest| rest.starts_with('.'))
        })
    }

    /// Whether one of this provider's patterns matches a name server name.
    pub fn matches_name_server(&self, ns: &str) -> bool {
        let ns = ns.trim_end_matches('.').to_ascii_lowercase();
        self.name_servers.iter().any(|p| glob_labels(p, &ns))
    }
}

/// Why the table does not load (a build-time data error; tests catch it).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("data/dns-providers.json does not parse: {0}")]
pub struct TableError(String);

static TABLE: OnceLock<Result<ProviderTable, TableError>> = OnceLock::new();

/// The provider table, parsed at first use.
///
/// # Errors
/// Only if the compiled-in JSON is broken, which the test suite rules out.
pub fn table() -> Result<&'static ProviderTable, &'static TableError> {
    TABLE
        .get_or_init(|| {
            serde_json::from_str::<ProviderTable>(TABLE_JSON).map_err(|e| TableError(e.to_string()))
        })
        .as_ref()
}

/// Every provider (empty if the table failed to load).
pub fn providers() -> &'static [Provider] {
    table().map(|t| t.providers.as_slice()).unwrap_or(&[])
}

/// The provider with this id (case-insensitive).
pub fn provider(id: &str) -> Option<&'static Provider> {
    providers().iter().find(|p| p.id.eq_ignore_ascii_case(id))
}

/// Detects the customer's DNS provider from the zone's NS record names
/// (`dig NS customer.com`): the provider matching most of them, when it
/// matches at least half (a zone mid-migration can list two providers).
pub fn detect_provider<S: AsRef<str>>(ns_names: &[S]) -> Option<&'static Provider> {
    if ns_names.is_empty() {
        return None;
    }
    let mut best: Option<(&Provider, usize)> = None;
    for provider in providers() {
        let hits = ns_names
            .iter()
            .filter(|ns| provider.matches_name_server(ns.as_ref()))
            .count();
        if hits > 0 && best.is_none_or(|(_, b)| hits > b) {
            best = Some((provider, hits));
        }
    }
    best.filter(|(_, hits)| hits * 2 >= ns_names.len())
        .map(|(p, _)| p)
}

/// Matches `name` against `pattern` label by label; `*` inside a pattern
/// label stands for one or more characters of that label.
fn glob_labels(pattern: &str, name: &str) -> bool {
    let p: Vec<&str> = pattern.split('.').collect();
    let n: Vec<&str> = name.split('.').collect();
    p.len() == n.len() && p.iter().zip(&n).all(|(p, n)| glob_label(p, n))
}

fn glob_label(pattern: &str, label: &str) -> bool {
    let mut parts = pattern.split('*');
    let Some(first) = parts.next() else {
        return false;
    };
    let Some(mut rest) = label.strip_prefix(first) else {
        return false;
    };
    let pieces: Vec<&str> = parts.collect();
    if pieces.is_empty() {
        return rest.is_empty();
    }
    for (i, piece) in pieces.iter().enumerate() {
        let last = i + 1 == pieces.len();
        if last {
            // The star before the last piece takes at least one character.
            return rest.len() > piece.len() && rest.ends_with(piece);
        }
        // A star takes at least one character, then the piece follows.
        let Some(pos) = rest.get(1..).and_then(|r| r.find(piece)) else {
            return false;
        };
        rest = rest.get(pos + 1 + piece.len()..).unwrap_or_default();
    }
    true
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn globs() {
        assert!(glob_labels("*.ns.cloudflare.com", "kate.ns.cloudflare.com"));
        assert!(!glob_labels("*.ns.cloudflare.com", "ns.cloudflare.com"));
        assert!(glob_labels("ns-*.awsdns-*.org", "ns-1234.awsdns-12.org"));
        assert!(!glob_labels("ns-*.awsdns-*.org", "ns-.awsdns-12.org"));
        assert!(glob_labels(
            "ns*.domaincontrol.com",
            "ns07.domaincontrol.com"
        ));
        assert!(glob_labels("dns*.p*.nsone.net", "dns1.p05.nsone.net"));
        assert!(glob_labels(
            "hydrogen.ns.hetzner.com",
            "hydrogen.ns.hetzner.com"
        ));
        assert!(!glob_labels(
            "hydrogen.ns.hetzner.com",
            "oxygen.ns.hetzner.com"
        ));
    }
}
