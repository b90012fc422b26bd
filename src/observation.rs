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

/// When a record of the instructions applies (the DNS instructions set
/// it; a check carries it over so the verdict knows what is required now).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum When {
    /// Do it now.
    #[default]
    Now,
    /// After the custom hostname and its certificate are both active
    /// (zero-downtime cutover, spec §8.8).
    AfterValidation,
    /// Only if such a record exists (no DNS evidence was given).
    IfPresent,
    /// Optional: speeds things up or is an alternative.
    Optional,
    /// Already in place and needed from now on: keep it (routing, DCV
    /// delegation, CAA once the hostname is active).
    Keep,
    /// No longer needed: may be deleted (ownership token once the hostname
    /// is active, one-time DCV tokens once the certificate is, spec §8.2, §8.3).
    Removable,
}

impl When {
    /// Whether a record with this timing must be right at this point:
    /// `now` and `keep` always, `after_validation` once both tracks are
    /// active (`cutover`).
    pub fn is_required_now(self, cutover: bool) -> bool {
        match self {
            Self::Now | Self::Keep => true,
            Self::AfterValidation => cutover,
            Self::IfPresent | Self::Optional | Self::Removable => false,
        }
    }
}

/// The verdict on one expected record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum CheckStatus {
    /// Present with the expected value.
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
    /// Nothing at that name, and nothing is needed there: a record to
    /// remove that is not there, or no CAA set at all. Neither a pass nor a
    /// problem, so it is not counted as a check that passed.
    Absent,
}

impl CheckStatus {
    /// Missing, wrong or in conflict: the customer has something to fix.
    pub fn is_problem(self) -> bool {
        matches!(self, Self::Missing | Self::WrongValue | Self::Conflict)
    }
}

/// Why a check came out as it did, in machine form (the customer text in
/// [`RecordCheck::detail`] is rendered from it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum CheckReason {
    /// Not given (an observation built elsewhere): only `status` speaks.
    #[default]
    Unspecified,
    /// The expected value was found.
    Found,
    /// An apex (or flattened) name answers with exactly the CNAME target's
    /// own addresses: a flattening (ALIAS / ANAME) record pointing right.
    Flattened,
    /// The name answers with Cloudflare addresses that are not the CNAME
    /// target's, without a CNAME chain to it: the customer's own zone
    /// proxies it ("orange cloud", spec §11.1).
    ProxiedByOwnZone,
    /// Nothing at that name and type.
    Missing,
    /// A CNAME to another name.
    PointsElsewhere,
    /// Address records where a CNAME is expected.
    AddressesInsteadOfCname,
    /// An apex answering with addresses that are not the target's.
    AddressesElsewhere,
    /// A TXT value entered with literal quotation marks.
    QuotedValue,
    /// TXT values, but not the expected one.
    OtherValues,
    /// TXT records beside a delegation CNAME (spec §8.6).
    TxtBesideDelegation,
    /// A TXT record where the CNAME should be.
    TxtInTheWay,
    /// A record to remove is still there.
    StillPresent,
    /// A record to remove is not there.
    Absent,
    /// A CAA set that does not allow the certificate authority (spec §8.7).
    CaaForbids,
    /// A CAA set that allows the certificate authority.
    CaaAllows,
    /// No CAA records up to the zone: any authority may issue.
    NoCaa,
    /// The resolver could not answer.
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
    /// Why, in machine form.
    #[serde(default)]
    pub reason: CheckReason,
    /// Whether the instructions require this record (`false` for optional
    /// and conditional ones); carried over from the expected record.
    #[serde(default = "yes")]
    pub required: bool,
    /// When the record applies; carried over from the expected record.
    #[serde(default)]
    pub when: When,
    /// What was found (values as presentation strings), possibly empty.
    #[serde(default)]
    pub observed: Vec<String>,
    /// Seconds left of the TTL of what was found, when known: how long a
    /// resolver may keep serving the old answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub ttl_remaining: Option<u32>,
    /// What the check found, for the customer, in the check's locale.
    #[serde(default)]
    pub detail: String,
    /// Why a lookup failed, in English for the provider's developers
    /// (resolver, HTTP status, rcode), when one did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub technical: Option<String>,
}

fn yes() -> bool {
    true
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
    /// Remarks for the provider's developers (an unknown locale...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub warnings: Vec<crate::diagnostic::Warning>,
}

impl RecordCheck {
    /// A check of a required record due now, with nothing observed and no
    /// detail yet: the shape tests and callers with their own DNS data
    /// start from.
    pub fn new(
        purpose: RecordPurpose,
        record_type: &str,
        fqdn: &str,
        expected: &str,
        status: CheckStatus,
    ) -> Self {
        Self {
            purpose,
            record_type: record_type.to_owned(),
            fqdn: fqdn.to_owned(),
            expected: expected.to_owned(),
            status,
            reason: CheckReason::Unspecified,
            required: true,
            when: When::Now,
            observed: Vec::new(),
            ttl_remaining: None,
            detail: String::new(),
            technical: None,
        }
    }
}

impl DnsObservation {
    /// Whether the observation holds a check of the routing record.
    pub fn checks_routing(&self) -> bool {
        self.for_purpose(RecordPurpose::Traffic).next().is_some()
    }

    /// The checks for one purpose.
    pub fn for_purpose(&self, purpose: RecordPurpose) -> impl Iterator<Item = &RecordCheck> {
        self.records.iter().filter(move |r| r.purpose == purpose)
    }

    /// Whether no check found a problem or failed to look (`ok` and
    /// `absent` both count as fine).
    pub fn all_ok(&self) -> bool {
        self.records
            .iter()
            .all(|r| matches!(r.status, CheckStatus::Ok | CheckStatus::Absent))
    }

    /// Whether any lookup failed (then "missing" elsewhere may be wrong too).
    pub fn any_lookup_failed(&self) -> bool {
        self.records
            .iter()
            .any(|r| r.status == CheckStatus::LookupFailed)
    }
}
