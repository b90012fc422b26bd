//! Live DNS checks, transport-free: which questions to ask ([`plan`]) and
//! what the answers mean for each expected record ([`evaluate`]).
//!
//! The runtime sends the questions over DNS-over-HTTPS (all at once) and hands
//! the answers back; the result is a [`DnsObservation`](crate::observation::DnsObservation) the status
//! interpreter understands. Rules per purpose (`spec/cloudflare-for-saas.md`
//! §8):
//! - traffic CNAME: the chain from the hostname must reach the CNAME target;
//!   an address-only answer that matches the target's addresses is a
//!   flattened (ALIAS) or proxied name;
//! - traffic ALIAS (an apex's flattening record, §8.1): the apex's A/AAAA
//!   answers must be the CNAME target's own addresses, resolved at check
//!   time; Cloudflare addresses that are not the target's mean the
//!   customer's own zone proxies the name (§11.1);
//! - traffic A/AAAA (apex proxying IPs): the expected address among those found;
//! - TXT (ownership, DCV): the expected value among the TXT records found;
//! - DCV delegation: the `_acme-challenge` CNAME, and no TXT beside it;
//! - CAA: RFC 8659 §4.1: climb from the hostname towards the zone, the first
//!   name with CAA records decides; `issuewild` governs wildcards when present;
//! - remove: the record must be gone; an address that is the target's own
//!   (a flattened apex answering right) is never one to remove. Nothing
//!   there is `absent`, not a passed check.
//!
//! "Could not look" (transport failure, SERVFAIL, REFUSED, truncated) is
//! always `lookup_failed`, never `missing`.

mod caa;
mod cloudflare_ips;
mod evaluate;
pub mod run;

use serde::{Deserialize, Serialize};

use crate::doh::{DnsAnswer, RecordType};
use crate::observation::{RecordPurpose, When};

pub use caa::ca_domains;
pub use cloudflare_ips::is_cloudflare;
pub use evaluate::evaluate;

/// One record the customer was asked to create (or remove). The DNS
/// instructions' records have this shape (and more), so they can be passed
/// as they are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ExpectedRecord {
    /// Why it is expected.
    pub purpose: RecordPurpose,
    /// `CNAME`, `ALIAS` (an apex flattening record), `TXT`, `A`, `AAAA`,
    /// `CAA` (other types are not checked over DNS).
    #[serde(rename = "type")]
    pub record_type: String,
    /// Absolute owner name.
    pub fqdn: String,
    /// Expected value (CNAME target, TXT text, address, CAA value).
    pub value: String,
    /// Whether the instructions require it (default true).
    #[serde(default = "yes")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub required: bool,
    /// When it applies (default `now`).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub when: When,
}

/// What to check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct CheckRequest {
    /// The custom hostname (ASCII).
    pub hostname: String,
    /// The customer's zone apex (ASCII).
    pub zone: String,
    /// The records to check.
    pub records: Vec<ExpectedRecord>,
    /// The certificate authority chosen (`google`, `lets_encrypt`, `ssl_com`,
    /// `digicert`); absent or empty = Cloudflare's default CA choice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub certificate_authority: Option<String>,
    /// Check CAA even when no record of purpose `caa` is listed (default true).
    #[serde(default = "yes")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub check_caa: bool,
    /// Language of the customer text in each check's `detail` (`en`, `de`,
    /// `fr`, `es`, `ja`, `pt-BR`; DNS instructions carry theirs). Unknown:
    /// English, with a warning.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub locale: Option<String>,
}

fn yes() -> bool {
    true
}

/// One question to ask.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Lookup {
    /// Name, lower case, no trailing dot.
    pub name: String,
    /// Type.
    pub rtype: RecordType,
}

/// The outcome of one question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LookupResult {
    /// The resolver answered (any rcode).
    Answer(DnsAnswer),
    /// No answer: network error, HTTP error, timeout, unreadable body.
    Failed(String),
}

/// The questions needed to check `request`, without duplicates.
pub fn plan(request: &CheckRequest) -> Vec<Lookup> {
    let mut out = Vec::new();
    let mut ask = |name: &str, rtype| {
        let l = Lookup {
            name: norm(name),
            rtype,
        };
        if !out.contains(&l) {
            out.push(l);
        }
    };
    for r in &request.records {
        match (r.purpose, r.record_type.as_str()) {
            (RecordPurpose::Remove, t) => {
                if let Some(rtype) = RecordType::from_str_opt(t) {
                    ask(&r.fqdn, rtype);
                }
            }
            (RecordPurpose::Traffic, "CNAME") => {
                ask(&evaluate::probe_name(&r.fqdn), RecordType::A);
                ask(&r.value, RecordType::A);
            }
            (RecordPurpose::Traffic, "ALIAS") => {
                ask(&r.fqdn, RecordType::A);
                ask(&r.fqdn, RecordType::Aaaa);
                ask(&r.value, RecordType::A);
                ask(&r.value, RecordType::Aaaa);
            }
            (_, "CNAME") => {
                ask(&r.fqdn, RecordType::Cname);
                ask(&r.fqdn, RecordType::Txt);
            }
            (_, "TXT") => ask(&r.fqdn, RecordType::Txt),
            (_, "A") => ask(&r.fqdn, RecordType::A),
            (_, "AAAA") => ask(&r.fqdn, RecordType::Aaaa),
            _ => {}
        }
    }
    // Addresses to remove are judged against the routing target's own.
    if request.records.iter().any(|r| {
        r.purpose == RecordPurpose::Remove && matches!(r.record_type.as_str(), "A" | "AAAA")
    }) {
        for target in routing_targets(request) {
            ask(&target, RecordType::A);
            ask(&target, RecordType::Aaaa);
        }
    }
    for r in request
        .records
        .iter()
        .filter(|r| r.purpose == RecordPurpose::Caa)
    {
        for name in caa::climb(&r.fqdn, &r.fqdn) {
            ask(&name, RecordType::Caa);
        }
    }
    if request.check_caa {
        for name in caa::climb(&request.hostname, &request.zone) {
            ask(&name, RecordType::Caa);
        }
    }
    ask(&request.zone, RecordType::Ns);
    out
}

/// The names the routing records point to (CNAME or flattening targets).
pub(crate) fn routing_targets(request: &CheckRequest) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for r in &request.records {
        if r.purpose == RecordPurpose::Traffic
            && matches!(r.record_type.as_str(), "CNAME" | "ALIAS")
        {
            let target = norm(&r.value);
            if !out.contains(&target) {
                out.push(target);
            }
        }
    }
    out
}

/// Lower case, no trailing dot, no wildcard label (a wildcard's records live
/// at its base name for DCV; the traffic check asks the base name too).
pub(crate) fn norm(name: &str) -> String {
    let n = name.trim_end_matches('.').to_ascii_lowercase();
    n.strip_prefix("*.").map(str::to_owned).unwrap_or(n)
}
