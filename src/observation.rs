//! What a live look at the customer's DNS found, record by record.
//!
//! Three parts of the library meet here, so the vocabulary lives in one
//! module: the DNS instructions say which records are expected (each with a
//! [`RecordPurpose`]); the runtime's `checkDns` resolves them over
//! DNS-over-HTTPS and fills a [`DnsObservation`]; the status interpreter reads
//! it to tell "records missing or wrong" (the customer acts) from "could not
//! look" (nobody can tell yet) from "right, waiting on Cloudflare".

use serde::{Deserialize, Serialize};

/// Why a record is part of the customer's instructions
/// (`spec/cloudflare-for-saas.md` §8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum RecordPurpose {
    /// The hostname's CNAME to the provider's target (or apex A/AAAA): routes traffic (§8.1).
    Traffic,
    /// `_cf-custom-hostname.<host>` TXT, or the HTTP ownership token (§8.2).
    Ownership,
    /// `_acme-challenge.<host>` TXT, HTTP file or email approval for the certificate (§8.3–8.5).
    Dcv,
    /// `_acme-challenge.<host>` CNAME to `<host>.<uuid>.dcv.cloudflare.com` (§8.6).
    DcvDelegation,
    /// A CAA record allowing the certificate authority (§8.7).
    Caa,
    /// A record that must be removed (A/AAAA beside the CNAME, stale `_acme-challenge` TXT).
    Remove,
}

/// The verdict on one expected record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum CheckStatus {
    /// Present with the expected value (for `remove`: absent, as it should be).
    Ok,
    /// Nothing at that name and type.
    Missing,
    /// Present, but with another value.
    WrongValue,
    /// Present, but something at the same name breaks it (A beside CNAME,
    /// TXT under a delegation, a CAA that forbids the CA, a record to remove still there).
    Conflict,
    /// The resolver could not answer (network, SERVFAIL, timeout): nobody can tell yet.
    LookupFailed,
}

/// One expected record and what the resolvers found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct RecordCheck {
    /// Why the record is expected.
    pub purpose: RecordPurpose,
    /// Record type (`CNAME`, `TXT`, `A`, `AAAA`, `CAA`, `HTTP` for a file).
    #[serde(rename = "type")]
    pub record_type: String,
    /// Absolute owner name, no trailing dot.
    pub fqdn: String,
    /// The value the instructions asked for.
    pub expected: String,
    /// The verdict.
    pub status: CheckStatus,
    /// What was found (values as presentation strings), possibly empty.
    #[serde(default)]
    pub observed: Vec<String>,
    /// Seconds left of the TTL of what was found, when known: how long a
    /// resolver may keep serving the old answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub ttl_remaining: Option<u32>,
    /// Why the lookup failed or what conflicts, in English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub detail: Option<String>,
}

/// A whole live look at the customer's DNS.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct DnsObservation {
    /// When the look was taken, Unix seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub checked_at: Option<i64>,
    /// Each expected record's verdict.
    pub records: Vec<RecordCheck>,
    /// The customer's DNS provider detected from the zone's NS records (a
    /// provider id from the provider table), when recognised.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub provider: Option<String>,
    /// When the zone's name servers are shared by several providers of the
    /// table (Netlify DNS and NS1; Google Cloud DNS and Squarespace's former
    /// Google Domains zones), their ids: `provider` is then absent, since
    /// the names cannot tell which one runs the zone. Empty otherwise.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub provider_candidates: Vec<String>,
}

impl DnsObservation {
    /// The checks for one purpose.
    pub fn for_purpose(&self, purpose: RecordPurpose) -> impl Iterator<Item = &RecordCheck> {
        self.records.iter().filter(move |r| r.purpose == purpose)
    }

    /// Whether every check is `ok`.
    pub fn all_ok(&self) -> bool {
        self.records.iter().all(|r| r.status == CheckStatus::Ok)
    }

    /// Whether any lookup failed (then "missing" elsewhere may be wrong too).
    pub fn any_lookup_failed(&self) -> bool {
        self.records
            .iter()
            .any(|r| r.status == CheckStatus::LookupFailed)
    }
}
