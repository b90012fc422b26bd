//! Reads a live DNS observation ([`crate::observation::DnsObservation`])
//! into three verdicts: routing (traffic), ownership and certificate DCV.
//!
//! "Missing or wrong" (the customer acts), "could not look" (nobody can tell
//! yet) and "right, waiting on Cloudflare" are kept apart. Which record
//! proves what follows `spec/cloudflare-for-saas.md` §8: ownership is proven
//! by the routing record *or* the `_cf-custom-hostname` token (§8.1, §8.2);
//! DCV by the tokens *or* the delegation CNAME (§8.3, §8.6), and fails on a
//! CAA that forbids the CA or a stale `_acme-challenge` record (§8.6, §8.7).
//!
//! Only checks that matter now count: a record required at this point (by
//! its `when`: `now` and `keep` always, `after_validation` once both tracks
//! are active), a record found right (evidence either way), or a record
//! seen in the way (a leftover to remove, a CAA set that forbids). Optional
//! records that are not there, records no longer needed and removals with
//! nothing to remove say nothing.

use super::model::{DnsFindings, DnsVerdict, RecordRef};
use crate::messages::{Locale, customer_text};
use crate::observation::{
    CheckReason, CheckStatus, DnsObservation, RecordCheck, RecordPurpose, When,
};

/// Whether `check` counts at this point (`cutover`: both tracks active).
pub fn counts(check: &RecordCheck, cutover: bool) -> bool {
    if check.when == When::Removable {
        return false;
    }
    match check.status {
        CheckStatus::Ok => true,
        CheckStatus::Absent => false,
        CheckStatus::Conflict
            if matches!(check.purpose, RecordPurpose::Remove | RecordPurpose::Caa) =>
        {
            true
        }
        _ => check.required && check.when.is_required_now(cutover),
    }
}

/// Verdict over a set of checks that must all be right.
fn all_of<'a>(checks: impl Iterator<Item = &'a RecordCheck>) -> Option<DnsVerdict> {
    let mut seen = false;
    let mut failed_lookup = false;
    for check in checks {
        seen = true;
        match check.status {
            CheckStatus::Ok | CheckStatus::Absent => {}
            CheckStatus::LookupFailed => failed_lookup = true,
            CheckStatus::Missing | CheckStatus::WrongValue | CheckStatus::Conflict => {
                return Some(DnsVerdict::Wrong);
            }
        }
    }
    match (seen, failed_lookup) {
        (false, _) => None,
        (true, true) => Some(DnsVerdict::Inconclusive),
        (true, false) => Some(DnsVerdict::Right),
    }
}

/// Verdict when any one alternative suffices.
fn any_of(alternatives: &[Option<DnsVerdict>]) -> Option<DnsVerdict> {
    let present: Vec<DnsVerdict> = alternatives.iter().flatten().copied().collect();
    if present.is_empty() {
        None
    } else if present.contains(&DnsVerdict::Right) {
        Some(DnsVerdict::Right)
    } else if present.contains(&DnsVerdict::Inconclusive) {
        Some(DnsVerdict::Inconclusive)
    } else {
        Some(DnsVerdict::Wrong)
    }
}

/// Both must hold: the worse verdict wins.
fn both(a: Option<DnsVerdict>, b: Option<DnsVerdict>) -> Option<DnsVerdict> {
    match (a, b) {
        (None, other) | (other, None) => other,
        (Some(DnsVerdict::Wrong), _) | (_, Some(DnsVerdict::Wrong)) => Some(DnsVerdict::Wrong),
        (Some(DnsVerdict::Inconclusive), _) | (_, Some(DnsVerdict::Inconclusive)) => {
            Some(DnsVerdict::Inconclusive)
        }
        _ => Some(DnsVerdict::Right),
    }
}

/// `true` for a record under `_acme-challenge.` (a DCV concern).
fn is_dcv_name(check: &RecordCheck) -> bool {
    check
        .fqdn
        .to_ascii_lowercase()
        .starts_with("_acme-challenge.")
}

/// The three verdicts and a one-line summary for the customer. `cutover`:
/// both tracks are active, so records that come after validation are due.
/// `host` is the hostname as people read it.
pub fn findings(
    observation: &DnsObservation,
    cutover: bool,
    host: &str,
    locale: Locale,
) -> DnsFindings {
    let counted = |purpose: RecordPurpose| {
        observation
            .records
            .iter()
            .filter(move |c| c.purpose == purpose && counts(c, cutover))
    };
    let removals = |dcv: bool| {
        observation.records.iter().filter(move |c| {
            c.purpose == RecordPurpose::Remove && is_dcv_name(c) == dcv && counts(c, cutover)
        })
    };
    let routing = all_of(counted(RecordPurpose::Traffic));
    let traffic = both(routing, all_of(removals(false)));
    let ownership = any_of(&[traffic, all_of(counted(RecordPurpose::Ownership))]);
    let tokens = any_of(&[
        all_of(counted(RecordPurpose::Dcv)),
        all_of(counted(RecordPurpose::DcvDelegation)),
    ]);
    let guards = both(all_of(counted(RecordPurpose::Caa)), all_of(removals(true)));
    let certificate = both(tokens, guards);
    let routing_checked = observation.checks_routing();
    let proxied_by_own_zone = observation
        .for_purpose(RecordPurpose::Traffic)
        .any(|c| c.reason == CheckReason::ProxiedByOwnZone);
    let overall = all_of(observation.records.iter().filter(|c| counts(c, cutover)));
    let key = match overall {
        None => "dns.empty",
        Some(DnsVerdict::Right) if !routing_checked => "dns.right.routing_unverifiable",
        Some(DnsVerdict::Right) => "dns.right",
        Some(DnsVerdict::Wrong) => "dns.wrong",
        Some(DnsVerdict::Inconclusive) => "dns.inconclusive",
    };
    DnsFindings {
        // Traffic verdict only when a routing record counted.
        traffic: routing.and(traffic),
        routing_checked,
        proxied_by_own_zone,
        ownership,
        certificate,
        text: customer_text(locale, key, &[("host", host)]),
    }
}

/// The checks that count and are missing, wrong or in conflict, as record
/// references (`traffic: false` leaves the routing record out).
pub fn problems(observation: &DnsObservation, cutover: bool, traffic: bool) -> Vec<RecordRef> {
    observation
        .records
        .iter()
        .filter(|check| {
            check.status.is_problem()
                && counts(check, cutover)
                && (traffic || check.purpose != RecordPurpose::Traffic)
        })
        .map(|check| RecordRef {
            purpose: check.purpose,
            name: check.fqdn.clone(),
            record_type: check.record_type.clone(),
            value: Some(check.expected.clone()),
            check: Some(check.status),
        })
        .collect()
}
