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
//! - TXT (ownership, DCV): the expected value among the TXT records found;
//! - DCV delegation: the `_acme-challenge` CNAME, and no TXT beside it;
//! - CAA: RFC 8659 §4.1: climb from the hostname towards the zone, the first
//!   name with CAA records decides; `issuewild` governs wildcards when present;
//! - remove: the record must be gone.
//!
//! "Could not look" (transport failure, SERVFAIL, REFUSED, truncated) is
//! always `lookup_failed`, never `missing`.

mod caa;
mod evaluate;
pub mod run;

use serde::{Deserialize, Serialize};

use crate::doh::{DnsAnswer, RecordType};
use crate::observation::RecordPurpose;

pub use caa::ca_domains;
pub use evaluate::evaluate;

/// One record the customer was asked to create (or remove).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ExpectedRecord {
    /// Why it is expected.
    pub purpose: RecordPurpose,
    /// `CNAME`, `TXT`, `A`, `AAAA`, `CAA` (other types are not checked over DNS).
    #[serde(rename = "type")]
    pub record_type: String,
    /// Absolute owner name.
    pub fqdn: String,
    /// Expected value (CNAME target, TXT text, address, CAA value).
    pub value: String,
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

/// Lower case, no trailing dot, no wildcard label (a wildcard's records live
/// at its base name for DCV; the traffic check asks the base name too).
pub(crate) fn norm(name: &str) -> String {
    let n = name.trim_end_matches('.').to_ascii_lowercase();
    n.strip_prefix("*.").map(str::to_owned).unwrap_or(n)
}
