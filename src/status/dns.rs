//! Reads a live DNS observation ([`crate::observation::DnsObservation`])
//! into three verdicts: routing (traffic), ownership and certificate DCV.
//!
//! "Missing or wrong" (the customer acts), "could not look" (nobody can tell
//! yet) and "right, waiting on Cloudflare" are kept apart. Which record
//! proves what follows `spec/cloudflare-for-saas.md` §8: ownership is proven
//! by the routing record *or* the `_cf-custom-hostname` token (§8.1, §8.2);
//! DCV by the tokens *or* the delegation CNAME (§8.3, §8.6), and fails on a
//! CAA that forbids the CA or a stale `_acme-challenge` record (§8.6, §8.7).

use super::messages::{Locale, render};
use super::model::{DnsFindings, DnsVerdict, RecordRef};
use crate::observation::{CheckStatus, DnsObservation, RecordCheck, RecordPurpose};

/// Verdict over a set of checks that must all be right.
fn all_of<'a>(checks: impl Iterator<Item = &'a RecordCheck>) -> Option<DnsVerdict> {
    let mut seen = false;
    let mut failed_lookup = false;
    for check in checks {
        seen = true;
        match check.status {
            CheckStatus::Ok => {}
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

fn routing_removals(check: &&RecordCheck) -> bool {
    check.purpose == RecordPurpose::Remove && !is_dcv_name(check)
}

fn dcv_removals(check: &&RecordCheck) -> bool {
    check.purpose == RecordPurpose::Remove && is_dcv_name(check)
}

/// The three verdicts and a one-line summary.
pub fn findings(observation: &DnsObservation, locale: Locale) -> DnsFindings {
    let of = |purpose| observation.for_purpose(purpose);
    let routing = all_of(of(RecordPurpose::Traffic));
    let traffic = both(
        routing,
        all_of(observation.records.iter().filter(routing_removals)),
    );
    let ownership = any_of(&[traffic, all_of(of(RecordPurpose::Ownership))]);
    let tokens = any_of(&[
        all_of(of(RecordPurpose::Dcv)),
        all_of(of(RecordPurpose::DcvDelegation)),
    ]);
    let guards = both(
        all_of(of(RecordPurpose::Caa)),
        all_of(observation.records.iter().filter(dcv_removals)),
    );
    let certificate = both(tokens, guards);
    let overall = all_of(observation.records.iter());
    let key = match overall {
        None => "dns.empty",
        Some(DnsVerdict::Right) => "dns.right",
        Some(DnsVerdict::Wrong) => "dns.wrong",
        Some(DnsVerdict::Inconclusive) => "dns.inconclusive",
    };
    DnsFindings {
        // Traffic verdict only when a routing record was checked.
        traffic: routing.and(traffic),
        ownership,
        certificate,
        text: render(locale, key, &[]),
    }
}

/// The checks that are missing, wrong or in conflict, as record references.
pub fn problems(observation: &DnsObservation) -> Vec<RecordRef> {
    observation
        .records
        .iter()
        .filter(|check| {
            matches!(
                check.status,
                CheckStatus::Missing | CheckStatus::WrongValue | CheckStatus::Conflict
            )
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
