//! What [`super::instructions`] returns: the customer's zone, the ordered
//! steps (DNS records to create or remove, and the non-DNS steps: an HTTP
//! file, approver e-mails), each presented the way the customer's DNS
//! provider's form wants it, plus warnings and notes. Spec §8.

use serde::{Deserialize, Serialize};

use super::providers::TtlUnit;
use crate::diagnostic::Warning;
use crate::messages::Locale;
use crate::observation::RecordPurpose;
pub use crate::observation::When;

/// The customer's DNS instructions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Instructions {
    /// The custom hostname, ASCII (what Cloudflare and DNS see).
    pub hostname: String,
    /// The custom hostname as people read it (U-labels).
    pub hostname_unicode: String,
    /// The customer's zone (registrable domain, or the deeper zone given).
    pub zone: String,
    /// The SaaS provider's CNAME target.
    pub target: String,
    /// Whether the hostname is the zone apex.
    pub apex: bool,
    /// Whether the hostname is a wildcard.
    pub wildcard: bool,
    /// The certificate authority the CAA steps were made for (`google`,
    /// `lets_encrypt`, `ssl_com`, `digicert`); absent for Cloudflare's
    /// default choice. With `hostname`, `zone` and `records`, this makes the
    /// instructions a valid `checkDns` request as they are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub certificate_authority: Option<String>,
    /// The customer's DNS provider, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub provider: Option<ProviderRef>,
    /// Which order the steps follow, and why.
    pub order: Order,
    /// The steps, in order (`step` numbers ascending).
    pub records: Vec<DnsRecord>,
    /// Things the SaaS provider should know, with stable codes (English,
    /// technical: never part of the customer documents).
    pub warnings: Vec<Warning>,
    /// Remarks for the customer (nothing to do, timings...), in `locale`.
    pub notes: Vec<String>,
    /// The language of every customer text here (explanations, order,
    /// notes) and of the documents rendered from it.
    pub locale: Locale,
}

/// A provider of the table, by id and name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ProviderRef {
    /// Table id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// The provider's DNS help page.
    pub help_url: String,
}

/// The order of the steps (spec §8.8).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Order {
    /// `simple` or `zero_downtime`.
    pub kind: OrderKind,
    /// Why, for the customer, in the instructions' locale.
    pub explanation: String,
}

/// The two orders of spec §8.8.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum OrderKind {
    /// Routing record first; validation follows it (minutes of downtime
    /// are acceptable because nothing is served at the name yet).
    Simple,
    /// Ownership and certificate validation first, routing record last.
    ZeroDowntime,
    /// The custom hostname and its certificate are active: the records are
    /// in place; which ones must stay and which may go.
    Connected,
}

/// A record type, or a non-DNS step. (Named `DnsRecordType` because the
/// DoH client has its own `RecordType` in the same TypeScript declarations.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum DnsRecordType {
    /// IPv4 address.
    A,
    /// IPv6 address.
    #[serde(rename = "AAAA")]
    Aaaa,
    /// Alias.
    #[serde(rename = "CNAME")]
    Cname,
    /// Text.
    #[serde(rename = "TXT")]
    Txt,
    /// Certification authority authorization.
    #[serde(rename = "CAA")]
    Caa,
    /// Provider-specific apex alias (flattened CNAME / ALIAS / ANAME): not a
    /// wire type; the provider's form names the type (`display.recordType`).
    #[serde(rename = "ALIAS")]
    Alias,
    /// Serve a file over plain HTTP (not DNS).
    #[serde(rename = "HTTP")]
    Http,
    /// Approve a certificate by e-mail (not DNS).
    #[serde(rename = "EMAIL")]
    Email,
}

impl DnsRecordType {
    /// The type as written in zone files and forms.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::A => "A",
            Self::Aaaa => "AAAA",
            Self::Cname => "CNAME",
            Self::Txt => "TXT",
            Self::Caa => "CAA",
            Self::Alias => "ALIAS",
            Self::Http => "HTTP",
            Self::Email => "EMAIL",
        }
    }

    /// Whether this is a DNS record (not an HTTP or e-mail step).
    pub fn is_dns(self) -> bool {
        !matches!(self, Self::Http | Self::Email)
    }
}

/// One step: a DNS record to create or remove, or a non-DNS step. (Named
/// `DnsRecord` so its TypeScript declaration does not shadow TS's `Record`.)
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct DnsRecord {
    /// Step number, from 1; steps sharing a number can be done together.
    pub step: u32,
    /// Why the record is there.
    pub purpose: RecordPurpose,
    /// Record type (`HTTP` / `EMAIL` for non-DNS steps).
    #[serde(rename = "type")]
    pub record_type: DnsRecordType,
    /// Absolute owner name, no trailing dot (HTTP: the host of the URL).
    pub fqdn: String,
    /// Name relative to the zone, `@` at the apex.
    pub name: String,
    /// The value in canonical form: CNAME/ALIAS target without trailing
    /// dot, TXT text unquoted and unescaped, CAA `0 issue "ca"`, A/AAAA
    /// address, HTTP URL, e-mail addresses comma-separated. For a removal
    /// without evidence: empty ("whatever is there").
    pub value: String,
    /// TTL, seconds.
    pub ttl: u32,
    /// Whether the step is needed (false: optional or conditional).
    pub required: bool,
    /// When it applies.
    pub when: When,
    /// What it does and why, for the customer, in the instructions' locale.
    pub explanation: String,
    /// How to type it into the customer's provider's form.
    pub display: Display,
    /// HTTP file details (type `HTTP`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub http: Option<HttpFile>,
    /// Approver addresses (type `EMAIL`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub emails: Vec<String>,
}

/// The record as the customer types it at their provider.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Display {
    /// What to choose in the type field (`ALIAS`, `ANAME`, `CNAME`...).
    pub record_type: String,
    /// What to type in the name field (may be empty: leave it blank).
    pub name: String,
    /// The other form of the name, for the generic presentation (an unknown
    /// provider): the full name when `name` is relative.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub alternative_name: Option<String>,
    /// What to type in the value field.
    pub value: String,
    /// What to type in the TTL field: the record's `ttl` in the unit of the
    /// provider's TTL field (`ttlUnit` says which when it is not plain
    /// seconds).
    pub ttl: String,
    /// The unit of `ttl`, when the customer must know or choose it: always
    /// for an unknown provider or an unconfirmed TTL field (then seconds),
    /// the unit to pick for a form with a unit selector (Azure), the
    /// field's unit when it is not seconds. Absent when the provider's TTL
    /// field is confirmed to take plain seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub ttl_unit: Option<TtlUnit>,
    /// The provider's labels for this record's fields (generic labels
    /// where the provider's own are not confirmed).
    pub field_labels: FieldLabels,
}

/// Labels of the form fields for one record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct FieldLabels {
    /// Type field.
    #[serde(rename = "type")]
    pub record_type: String,
    /// Name field.
    pub name: String,
    /// Value field.
    pub value: String,
    /// TTL field.
    pub ttl: String,
}

/// A file to serve over HTTP (ownership or DCV; spec §8.2, §8.4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct HttpFile {
    /// The URL (plain `http://`).
    pub url: String,
    /// The exact body.
    pub body: String,
    /// Rules the response must follow.
    pub rules: Vec<String>,
}
