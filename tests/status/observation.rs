//! How a live DNS observation is read: "missing or wrong" (customer),
//! "could not look" (nobody) and "right, waiting on Cloudflare" stay apart,
//! and each record proves what spec §8 says it proves.

use custom_hostnames::api::CustomHostname;
use custom_hostnames::observation::{
    CheckReason, CheckStatus, DnsObservation, RecordCheck, RecordPurpose, When,
};
use custom_hostnames::status::{Actor, Context, DnsVerdict, Phase, assess};
use serde_json::json;

fn check(purpose: RecordPurpose, fqdn: &str, status: CheckStatus) -> RecordCheck {
    RecordCheck {
        reason: match status {
            CheckStatus::Ok => CheckReason::Found,
            CheckStatus::Missing => CheckReason::Missing,
            CheckStatus::WrongValue => CheckReason::PointsElsewhere,
            CheckStatus::Conflict => CheckReason::StillPresent,
            CheckStatus::LookupFailed => CheckReason::LookupFailed,
            CheckStatus::Absent => CheckReason::Absent,
        },
        ..RecordCheck::new(purpose, "CNAME", fqdn, "x", status)
    }
}

fn with(records: Vec<RecordCheck>) -> Context {
    Context {
        observation: Some(DnsObservation {
            checked_at: None,
            records,
            provider: None,
            warnings: vec![],
            provider_candidates: Vec::new(),
        }),
        ..Context::default()
    }
}

fn pending() -> CustomHostname {
    CustomHostname::from_json_value(&json!({
        "id": "x", "hostname": "shop.example.net", "status": "pending",
        "ownership_verification": { "type": "txt", "name": "_cf-custom-hostname.shop.example.net", "value": "tok" },
        "ssl": { "status": "initializing", "method": "http", "type": "dv" }
    }))
    .unwrap()
}

#[test]
fn ownership_token_alone_proves_ownership() {
    // Zero-downtime pre-validation (§8.2): the CNAME is due only after
    // validation, so its absence is not (yet) the customer's problem.
    let routing_later = RecordCheck {
        when: When::AfterValidation,
        ..check(
            RecordPurpose::Traffic,
            "shop.example.net",
            CheckStatus::Missing,
        )
    };
    let token = check(
        RecordPurpose::Ownership,
        "_cf-custom-hostname.shop.example.net",
        CheckStatus::Ok,
    );
    let a = assess(&pending(), &with(vec![routing_later, token.clone()]));
    let dns = a.dns.as_ref().unwrap();
    assert_eq!(dns.ownership, Some(DnsVerdict::Right));
    assert_eq!(dns.traffic, None, "not due yet");
    assert_eq!(
        (a.phase, a.actor),
        (Phase::VerifyingOwnership, Actor::Cloudflare)
    );
    // In the simple order the routing record is due now: the token proves
    // ownership, but the missing CNAME is still the customer's to add.
    let routing_now = check(
        RecordPurpose::Traffic,
        "shop.example.net",
        CheckStatus::Missing,
    );
    let a = assess(&pending(), &with(vec![routing_now, token]));
    assert_eq!(
        (a.phase, a.actor),
        (Phase::AwaitingCustomerDns, Actor::Customer)
    );
    assert!(
        a.steps
            .iter()
            .any(|s| s.records.iter().any(|r| r.name == "shop.example.net")),
        "the step names the routing record"
    );
}

#[test]
fn three_different_answers() {
    let cases = [
        (
            CheckStatus::Missing,
            Phase::AwaitingCustomerDns,
            Actor::Customer,
        ),
        (
            CheckStatus::WrongValue,
            Phase::AwaitingCustomerDns,
            Actor::Customer,
        ),
        (
            CheckStatus::Conflict,
            Phase::AwaitingCustomerDns,
            Actor::Customer,
        ),
        (
            CheckStatus::LookupFailed,
            Phase::VerifyingOwnership,
            Actor::Nobody,
        ),
        (
            CheckStatus::Ok,
            Phase::VerifyingOwnership,
            Actor::Cloudflare,
        ),
    ];
    for (status, phase, actor) in cases {
        let a = assess(
            &pending(),
            &with(vec![check(
                RecordPurpose::Traffic,
                "shop.example.net",
                status,
            )]),
        );
        assert_eq!((a.phase, a.actor), (phase, actor), "{status:?}");
    }
}

#[test]
fn an_error_on_a_live_certificate_does_not_hide_its_routing() {
    // Both tracks active, the routing seen wrong, and an error from the CA
    // (the provider's, then the customer's): never "ready" or "connected",
    // and the customer is told which record to correct beside the error.
    let live_with = |message: &str, status: &str| {
        CustomHostname::from_json_value(&json!({
            "id": "x", "hostname": "shop.example.net", "status": status,
            "ssl": { "status": "active", "method": "http", "type": "dv",
                     "validation_errors": [{ "message": message }] }
        }))
        .unwrap()
    };
    let routing = |status| {
        with(vec![check(
            RecordPurpose::Traffic,
            "shop.example.net",
            status,
        )])
    };
    let rate_limited = live_with("Too many certificates: rate limit exceeded", "active");
    let caa = live_with("CAA records block issuance", "active");
    for (object, why) in [(&rate_limited, "ca_rate_limited"), (&caa, "caa_blocked")] {
        let wrong = assess(object, &routing(CheckStatus::WrongValue));
        assert_eq!(
            (wrong.phase, wrong.actor, wrong.ready),
            (Phase::AwaitingCustomerDns, Actor::Customer, false),
            "{why}"
        );
        assert!(
            wrong.errors.iter().any(|e| e.code == why),
            "{why}: {:?}",
            wrong.errors
        );
        let codes: Vec<&str> = wrong.steps.iter().map(|s| s.code.as_str()).collect();
        assert!(codes.contains(&"fix_dns_records"), "{why}: {codes:?}");
        assert!(
            codes.contains(&format!("resolve_{why}").as_str()),
            "{why}: {codes:?}"
        );
        let unsure = assess(object, &routing(CheckStatus::LookupFailed));
        assert_eq!(
            (unsure.phase, unsure.ready),
            (Phase::RoutingUnconfirmed, false),
            "{why}: a failed lookup proves nothing"
        );
        let right = assess(object, &routing(CheckStatus::Ok));
        assert_eq!(
            (right.phase, right.ready),
            (Phase::ActiveNeedsAttention, true),
            "{why}: live, with something to fix"
        );
    }
    // A certificate without the hostname's status (a webhook's payload):
    // live only once its routing is seen right too.
    let unreported = CustomHostname::from_json_value(&json!({
        "id": "x", "hostname": "shop.example.net",
        "ssl": { "status": "active", "method": "http", "type": "dv" }
    }))
    .unwrap();
    let wrong = assess(&unreported, &routing(CheckStatus::WrongValue));
    assert_eq!(
        (wrong.phase, wrong.actor, wrong.ready),
        (Phase::AwaitingCustomerDns, Actor::Customer, false)
    );
}

#[test]
fn a_wrong_record_beats_a_failed_lookup() {
    let a = assess(
        &pending(),
        &with(vec![
            check(
                RecordPurpose::Traffic,
                "shop.example.net",
                CheckStatus::LookupFailed,
            ),
            check(
                RecordPurpose::Remove,
                "shop.example.net",
                CheckStatus::Conflict,
            ),
        ]),
    );
    assert_eq!(a.dns.as_ref().unwrap().traffic, Some(DnsVerdict::Wrong));
    assert_eq!(a.actor, Actor::Customer);
    assert_eq!(a.steps[0].code, "fix_dns_records");
    assert_eq!(
        a.steps[0].records.len(),
        1,
        "only the problem records are listed"
    );
    assert_eq!(a.steps[0].records[0].purpose, RecordPurpose::Remove);
}

#[test]
fn stale_acme_challenge_records_count_against_the_certificate() {
    // §8.6: a leftover _acme-challenge TXT breaks delegation.
    let a = assess(
        &pending(),
        &with(vec![
            check(RecordPurpose::Traffic, "shop.example.net", CheckStatus::Ok),
            check(
                RecordPurpose::DcvDelegation,
                "_acme-challenge.shop.example.net",
                CheckStatus::Ok,
            ),
            check(
                RecordPurpose::Remove,
                "_acme-challenge.shop.example.net",
                CheckStatus::Conflict,
            ),
        ]),
    );
    let dns = a.dns.as_ref().unwrap();
    assert_eq!(dns.traffic, Some(DnsVerdict::Right));
    assert_eq!(dns.certificate, Some(DnsVerdict::Wrong));
}

#[test]
fn traffic_record_gone_on_a_live_hostname() {
    let object = CustomHostname::from_json_value(&json!({
        "id": "x", "hostname": "shop.example.net", "status": "active",
        "ssl": { "status": "active", "method": "http", "type": "dv" }
    }))
    .unwrap();
    let gone = assess(
        &object,
        &with(vec![check(
            RecordPurpose::Traffic,
            "shop.example.net",
            CheckStatus::WrongValue,
        )]),
    );
    // Both tracks active but the routing record seen wrong: not live, and
    // the customer must point it (never "live ... but").
    assert_eq!(
        (gone.phase, gone.actor, gone.ready),
        (Phase::AwaitingCustomerDns, Actor::Customer, false)
    );
    let unsure = assess(
        &object,
        &with(vec![check(
            RecordPurpose::Traffic,
            "shop.example.net",
            CheckStatus::LookupFailed,
        )]),
    );
    assert_eq!(
        (unsure.phase, unsure.actor, unsure.ready),
        (Phase::RoutingUnconfirmed, Actor::Nobody, false),
        "a failed lookup proves nothing: neither wrong nor live"
    );
    assert!(unsure.poll_after_seconds.is_some());
    let empty = assess(&object, &with(vec![]));
    let dns = empty.dns.as_ref().unwrap();
    assert_eq!((dns.traffic, dns.routing_checked), (None, false));
    assert_eq!(
        (empty.phase, empty.ready, empty.live_routing_checked),
        (Phase::RoutingUnconfirmed, false, false),
        "an observation without a routing check cannot prove the name live"
    );
    let right = assess(
        &object,
        &with(vec![check(
            RecordPurpose::Traffic,
            "shop.example.net",
            CheckStatus::Ok,
        )]),
    );
    assert_eq!((right.phase, right.ready), (Phase::Active, true));
    assert!(right.live_routing_checked);
    // Without an observation, ready keeps its Cloudflare-side meaning and
    // says that live routing was not checked.
    let unchecked = assess(&object, &Context::default());
    assert_eq!((unchecked.phase, unchecked.ready), (Phase::Active, true));
    assert!(!unchecked.live_routing_checked);
    assert!(
        unchecked.summary.contains("not checked"),
        "{}",
        unchecked.summary
    );
}
