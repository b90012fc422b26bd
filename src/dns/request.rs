//! What the caller asks for: the hostname, the SaaS provider's CNAME target,
//! the custom hostname as Cloudflare returned it, and optional evidence from
//! a DNS check (the zone, existing records, the detected provider).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::api::CertificateAuthority;

/// Input of [`super::instructions`]. Every field but `hostname` and
/// `cname_target` is optional.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct DnsRequest {
    /// The customer's hostname, as typed (cleaned by the hostname model).
    pub hostname: String,
    /// The SaaS provider's CNAME target (`customers.saasprovider.com`).
    pub cname_target: String,
    /// The custom hostname as the API returned it: the object, or an envelope
    /// whose `result` is the object (spec §4.1). Tokens come from here.
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "unknown"))]
    pub custom_hostname: Option<Value>,
    /// The customer's zone when it is deeper than the registrable domain
    /// (found e.g. by an SOA lookup). Default: the registrable domain.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub zone: Option<String>,
    /// The customer's DNS provider id from the provider table (see
    /// [`super::detect_provider`]). Unknown ids give the generic presentation.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub provider: Option<String>,
    /// The certificate authority, when the custom hostname does not say
    /// (spec §8.7, §10). Default: the custom hostname's, else "default CA".
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
    pub certificate_authority: Option<CertificateAuthority>,
    /// Which DCV records to give (default `auto`).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub dcv: DcvPreference,
    /// The zone's DCV delegation uuid (`GET /zones/{id}/dcv_delegation/uuid`),
    /// to build the delegation CNAME when the API response has none (§8.6).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub dcv_delegation_uuid: Option<String>,
    /// Apex handling.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub apex: Option<ApexOptions>,
    /// The hostname already serves traffic elsewhere: use the zero-downtime
    /// order (ownership and DCV first, CNAME last; spec §8.8).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub live: bool,
    /// Records found at the names concerned by a DNS check (owner name,
    /// type, presentation value). With them, removal and CAA steps become
    /// definite; without them they are conditional notes.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub existing_records: Option<Vec<ExistingRecord>>,
    /// TTL for the new records (default 300, raised to the provider's minimum).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub ttl: Option<u32>,
    /// Language of the customer text: `en` (default), `de`, `fr`, `es`,
    /// `ja`, `pt-BR` (any BCP 47 tag; an unknown one gives English and a
    /// warning).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub locale: Option<String>,
}

/// Which certificate validation records to give.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum DcvPreference {
    /// Delegation when a delegation record or uuid is available, else what
    /// the custom hostname's `ssl.method` asks for.
    #[default]
    Auto,
    /// The `_acme-challenge` TXT tokens even if delegation is available.
    Txt,
    /// The delegation CNAME (needs a delegation record or uuid).
    Delegation,
}

/// How to route an apex hostname (spec §8.1).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct ApexOptions {
    /// Apex-proxying IPv4/IPv6 addresses the SaaS provider was given by
    /// Cloudflare: the customer creates A/AAAA records to them.
    pub ips: Vec<String>,
}

/// A record that exists in the customer's DNS (from a DNS check).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ExistingRecord {
    /// Owner name, absolute (a trailing dot is accepted).
    pub name: String,
    /// Record type (`A`, `AAAA`, `CNAME`, `TXT`, `CAA`...).
    #[serde(rename = "type")]
    pub record_type: String,
    /// The value in presentation form (TXT: the text, unquoted; CAA:
    /// `0 issue "letsencrypt.org"`).
    pub value: String,
}
