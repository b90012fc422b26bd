//! The DNS provider table (`data/dns-providers.json`, schema in
//! `data/README.md`): how each provider's record form wants names and
//! values, whether it can flatten a CNAME at the zone apex, its field labels,
//! the unit of its TTL field, and the name-server patterns that identify it
//! (spec `cloudflare-for-saas.md` §8: the customer's DNS instructions).
//!
//! Every fact of an entry is either tied to its sources (`sources`, keyed by
//! the fact's path) or listed in `unconfirmed`; [`Provider::is_confirmed`]
//! and [`Provider::sources_for`] answer for one fact, and the presentation
//! (`present.rs`) only shows confirmed facts as the provider's own.
//!
//! The file is compiled in with `include_str!` and parsed once, at first use.
//!
//! Detection ([`detect`]) reads the zone's NS names. Some name servers are
//! shared by several providers (Netlify DNS runs on NS1's `nsone.net`
//! servers; Google Cloud DNS and Squarespace's former Google Domains zones
//! both answer from `ns-cloud-*.googledomains.com`): the table then lists the
//! same pattern under each of them, and detection reports the candidates
//! ([`Detection::Ambiguous`]) instead of picking one.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

const TABLE_JSON: &str = include_str!("../../data/dns-providers.json");

/// The schema version of `data/dns-providers.json` this code reads.
pub const SCHEMA_VERSION: u32 = 2;

/// The whole table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ProviderTable {
    /// Schema version ([`SCHEMA_VERSION`]).
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
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub cname_value: Option<String>,
    /// The TTL field.
    pub ttl: String,
}

/// A unit of time a TTL field can be typed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum TtlUnit {
    /// Seconds (the DNS wire unit).
    Seconds,
    /// Minutes.
    Minutes,
    /// Hours.
    Hours,
}

impl TtlUnit {
    /// Seconds in one unit.
    pub fn seconds(self) -> u32 {
        match self {
            Self::Seconds => 1,
            Self::Minutes => 60,
            Self::Hours => 3600,
        }
    }

    /// The serde name (`seconds`, `minutes`, `hours`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Seconds => "seconds",
            Self::Minutes => "minutes",
            Self::Hours => "hours",
        }
    }
}

/// The unit of the provider's TTL field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TtlField {
    /// The unit the number is read in (the selector's default when the form
    /// has a unit selector).
    pub unit: TtlUnit,
    /// Whether the form has a unit selector next to the TTL number (Azure's
    /// "TTL unit"): the instructions then name the unit to choose.
    pub selector: bool,
}

impl Default for TtlField {
    fn default() -> Self {
        Self {
            unit: TtlUnit::Seconds,
            selector: false,
        }
    }
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

/// Where one fact comes from: a file of a public repository (`repo` +
/// `path`, with `commit` when known) or a web page (`url`), and what it says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Citation {
    /// `owner/name` of a public repository.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub repo: Option<String>,
    /// The file in `repo`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub path: Option<String>,
    /// The commit the file was read at.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub commit: Option<String>,
    /// A web page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub url: Option<String>,
    /// What the source says, in a few words.
    pub says: String,
}

impl Citation {
    /// Whether the citation names where to read it: a URL, or a repository
    /// and a path.
    pub fn is_locatable(&self) -> bool {
        self.url
            .as_deref()
            .is_some_and(|u| u.starts_with("https://") || u.starts_with("http://"))
            || (self.repo.as_deref().is_some_and(|r| r.contains('/'))
                && self.path.as_deref().is_some_and(|p| !p.is_empty()))
    }
}

/// The paths of an entry's facts (every field but `id` and `name`), as keys
/// of `sources` and items of `unconfirmed`. A parent (`fieldLabels`,
/// `nameField`, `domainConnect`) stands for all its children.
pub const FACT_PATHS: &[&str] = &[
    "nameServers",
    "nameField",
    "nameField.form",
    "nameField.appendsZone",
    "nameField.apex",
    "targetTrailingDot",
    "txtQuoting",
    "apexFlattening",
    "fieldLabels",
    "fieldLabels.type",
    "fieldLabels.name",
    "fieldLabels.value",
    "fieldLabels.cnameValue",
    "fieldLabels.ttl",
    "minTtl",
    "ttlUnit",
    "helpUrl",
    "domainConnect",
    "domainConnect.syncUxUrl",
    "domainConnect.signatureRequired",
];

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
    /// label (never a dot). A pattern may be shared with other providers
    /// (detection then reports them all).
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
    /// The unit of the TTL field.
    #[serde(default)]
    pub ttl_unit: TtlField,
    /// The provider's DNS help page.
    pub help_url: String,
    /// Domain Connect support, `null` when none is known.
    pub domain_connect: Option<DomainConnectSupport>,
    /// Each fact's sources, keyed by its path ([`FACT_PATHS`]). (A plain
    /// object in JS: the boundary encodes through JSON.)
    #[cfg_attr(target_arch = "wasm32", tsify(type = "Record<string, Citation[]>"))]
    pub sources: BTreeMap<String, Vec<Citation>>,
    /// Facts (paths) no source confirms: our best knowledge, never shown as
    /// the provider's own instructions.
    pub unconfirmed: Vec<String>,
}

/// Whether `path` is `key` or lies under it (`fieldLabels.name` under
/// `fieldLabels`).
fn covers(key: &str, path: &str) -> bool {
    key == path
        || path
            .strip_prefix(key)
            .is_some_and(|rest| rest.starts_with('.'))
}

impl Provider {
    /// Whether the field at `path` (e.g. `minTtl`, `nameField.apex`) is
    /// listed as unconfirmed, directly or through a parent path.
    pub fn is_unconfirmed(&self, path: &str) -> bool {
        self.unconfirmed.iter().any(|u| covers(u, path))
    }

    /// Whether the field at `path` is confirmed: a source covers it (on the
    /// path or a parent) and it is not listed as unconfirmed.
    pub fn is_confirmed(&self, path: &str) -> bool {
        !self.is_unconfirmed(path)
            && self
                .sources
                .iter()
                .any(|(key, citations)| covers(key, path) && !citations.is_empty())
    }

    /// The citations that confirm the field at `path` (its own, then its
    /// parents').
    pub fn sources_for(&self, path: &str) -> Vec<&Citation> {
        self.sources
            .iter()
            .filter(|(key, _)| covers(key, path))
            .flat_map(|(_, citations)| citations)
            .collect()
    }

    /// The fact paths this entry has (a parent is listed through its
    /// children; absent optional parts are left out): each must be sourced
    /// or unconfirmed.
    pub fn fact_paths(&self) -> Vec<&'static str> {
        let is_parent = |path: &str| {
            FACT_PATHS.iter().any(|p| {
                p.strip_prefix(path)
                    .is_some_and(|rest| rest.starts_with('.'))
            })
        };
        FACT_PATHS
            .iter()
            .copied()
            .filter(|&path| match path {
                "fieldLabels.cnameValue" => self.field_labels.cname_value.is_some(),
                // Without Domain Connect the parent stands for its children.
                "domainConnect" => self.domain_connect.is_none(),
                _ if path.starts_with("domainConnect.") => self.domain_connect.is_some(),
                _ => !is_parent(path),
            })
            .collect()
    }

    /// Whether one of this provider's patterns matches a name server name.
    pub fn matches_name_server(&self, ns: &str) -> bool {
        let ns = ns.trim().trim_end_matches('.').to_ascii_lowercase();
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

/// What the name servers say about the zone's DNS provider.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Detection {
    /// No provider of the table matches at least half of the names.
    Unknown,
    /// One provider, and no other matches as many names.
    Provider(&'static Provider),
    /// Several providers answer from the same name servers (shared
    /// infrastructure): the names cannot tell them apart. In table order.
    Ambiguous(Vec<&'static Provider>),
}

impl Detection {
    /// The provider when detection is certain.
    pub fn provider(&self) -> Option<&'static Provider> {
        match self {
            Self::Provider(p) => Some(p),
            Self::Unknown | Self::Ambiguous(_) => None,
        }
    }

    /// Every provider the names may belong to (one when certain, none when
    /// unknown).
    pub fn candidates(&self) -> Vec<&'static Provider> {
        match self {
            Self::Unknown => Vec::new(),
            Self::Provider(p) => vec![p],
            Self::Ambiguous(ps) => ps.clone(),
        }
    }
}

/// Detects the customer's DNS provider from the zone's NS record names
/// (`dig NS customer.com`): the providers matching the most names, when they
/// match at least half of them (a zone mid-migration can list two
/// providers). When several providers match equally (shared name servers),
/// the result is [`Detection::Ambiguous`].
pub fn detect<S: AsRef<str>>(ns_names: &[S]) -> Detection {
    if ns_names.is_empty() {
        return Detection::Unknown;
    }
    let mut best: Vec<&'static Provider> = Vec::new();
    let mut best_hits = 0;
    for provider in providers() {
        let hits = ns_names
            .iter()
            .filter(|ns| provider.matches_name_server(ns.as_ref()))
            .count();
        if hits == 0 || hits < best_hits {
            continue;
        }
        if hits > best_hits {
            best.clear();
            best_hits = hits;
        }
        best.push(provider);
    }
    if best_hits * 2 < ns_names.len() {
        return Detection::Unknown;
    }
    match best.as_slice() {
        [] => Detection::Unknown,
        [one] => Detection::Provider(one),
        _ => Detection::Ambiguous(best),
    }
}

/// The provider the NS names belong to, only when detection is certain
/// (see [`detect`] for the candidates of shared name servers).
pub fn detect_provider<S: AsRef<str>>(ns_names: &[S]) -> Option<&'static Provider> {
    detect(ns_names).provider()
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

    #[test]
    fn parents_cover_children() {
        assert!(covers("fieldLabels", "fieldLabels.name"));
        assert!(covers("fieldLabels.name", "fieldLabels.name"));
        assert!(!covers("fieldLabels.name", "fieldLabels"));
        assert!(!covers("nameField", "nameFieldX"));
    }
}
