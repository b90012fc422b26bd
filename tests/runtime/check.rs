//! `check::plan` + `check::evaluate` on scripted resolver answers.

use std::collections::BTreeMap;

use custom_hostnames::check::{CheckRequest, ExpectedRecord, Lookup, LookupResult, evaluate, plan};
use custom_hostnames::doh::{RecordType, parse_json};
use custom_hostnames::observation::{
    CheckReason, CheckStatus, DnsObservation, RecordPurpose, When,
};

const HOST: &str = "app.customer.com";
const TARGET: &str = "customers.saasprovider.com";

/// An expected record due now (shared with `check_run`).
pub(super) fn rec(purpose: RecordPurpose, t: &str, fqdn: &str, value: &str) -> ExpectedRecord {
    ExpectedRecord {
        purpose,
        record_type: t.into(),
        fqdn: fqdn.into(),
        value: value.into(),
        required: true,
        when: When::Now,
    }
}

fn request(records: Vec<ExpectedRecord>) -> CheckRequest {
    CheckRequest {
        hostname: HOST.into(),
        zone: "customer.com".into(),
        records,
        certificate_authority: None,
        check_caa: true,
        locale: None,
    }
}

fn standard() -> CheckRequest {
    request(vec![
        rec(RecordPurpose::Traffic, "CNAME", HOST, TARGET),
        rec(
            RecordPurpose::Ownership,
            "TXT",
            "_cf-custom-hostname.app.customer.com",
            "own-token",
        ),
        rec(
            RecordPurpose::Dcv,
            "TXT",
            "_acme-challenge.app.customer.com",
            "dcv-1",
        ),
        rec(
            RecordPurpose::Dcv,
            "TXT",
            "_acme-challenge.app.customer.com",
            "dcv-2",
        ),
    ])
}

/// A scripted resolver: answers in the JSON form, keyed by "name TYPE";
/// anything not scripted is NXDOMAIN.
fn world(script: &[(&str, &str)], req: &CheckRequest) -> BTreeMap<Lookup, LookupResult> {
    plan(req)
        .into_iter()
        .map(|l| {
            let key = format!("{} {}", l.name, l.rtype.as_str());
            let result = match script.iter().find(|(k, _)| *k == key).map(|(_, v)| *v) {
                Some("FAIL") => LookupResult::Failed("network error".into()),
                Some(body) => LookupResult::Answer(parse_json(body).unwrap()),
                None => LookupResult::Answer(parse_json(r#"{"Status":3}"#).unwrap()),
            };
            (l, result)
        })
        .collect()
}

fn statuses(o: &DnsObservation) -> Vec<(RecordPurpose, CheckStatus)> {
    o.records.iter().map(|r| (r.purpose, r.status)).collect()
}

fn ans(records: &[(&str, u16, &str)]) -> String {
    let items: Vec<String> = records
        .iter()
        .map(|(n, t, d)| {
            format!(
                r#"{{"name":"{n}.","type":{t},"TTL":120,"data":{}}}"#,
                serde_json::to_string(d).unwrap()
            )
        })
        .collect();
    format!(r#"{{"Status":0,"Answer":[{}]}}"#, items.join(","))
}

#[test]
fn plan_asks_each_question_once() {
    let p = plan(&standard());
    let asked: Vec<String> = p
        .iter()
        .map(|l| format!("{} {}", l.name, l.rtype.as_str()))
        .collect();
    assert_eq!(
        asked,
        [
            "app.customer.com A",
            "customers.saasprovider.com A",
            "_cf-custom-hostname.app.customer.com TXT",
            "_acme-challenge.app.customer.com TXT",
            "app.customer.com CAA",
            "customer.com CAA",
            "customer.com NS",
        ]
    );
}

#[test]
fn everything_in_place() {
    let req = standard();
    let cname = ans(&[(HOST, 5, TARGET), (TARGET, 1, "192.0.2.10")]);
    let own = ans(&[("_cf-custom-hostname.app.customer.com", 16, "\"own-token\"")]);
    let dcv = ans(&[
        ("_acme-challenge.app.customer.com", 16, "\"dcv-1\""),
        ("_acme-challenge.app.customer.com", 16, "\"dcv-2\""),
    ]);
    let ns = ans(&[("customer.com", 2, "ns1.example-dns.net.")]);
    let w = world(
        &[
            ("app.customer.com A", &cname),
            ("_cf-custom-hostname.app.customer.com TXT", &own),
            ("_acme-challenge.app.customer.com TXT", &dcv),
            ("customer.com NS", &ns),
        ],
        &req,
    );
    let o = evaluate(&req, &w, Some(1_700_000_000), |ns| {
        ns.first().map(|n| format!("detected:{n}"))
    });
    assert!(o.all_ok(), "{o:#?}");
    assert_eq!(o.records[0].observed, [TARGET]);
    assert_eq!(o.records[0].ttl_remaining, Some(120));
    assert_eq!(o.records.last().unwrap().purpose, RecordPurpose::Caa);
    assert_eq!(o.provider.as_deref(), Some("detected:ns1.example-dns.net"));
}

#[test]
fn nothing_there_is_missing_for_the_customer() {
    let req = standard();
    let o = evaluate(&req, &world(&[], &req), None, |_| None);
    assert_eq!(
        statuses(&o),
        [
            (RecordPurpose::Traffic, CheckStatus::Missing),
            (RecordPurpose::Ownership, CheckStatus::Missing),
            (RecordPurpose::Dcv, CheckStatus::Missing),
            (RecordPurpose::Dcv, CheckStatus::Missing),
            // No CAA set: nothing to add, and not counted as a passed check.
            (RecordPurpose::Caa, CheckStatus::Absent),
        ]
    );
    assert_eq!(o.records[4].reason, CheckReason::NoCaa);
}

#[test]
fn wrong_values_are_named() {
    let req = standard();
    let cname = ans(&[
        (HOST, 5, "old-host.elsewhere.net"),
        ("old-host.elsewhere.net", 1, "198.51.100.7"),
    ]);
    let own = ans(&[(
        "_cf-custom-hostname.app.customer.com",
        16,
        "\"\\\"own-token\\\"\"",
    )]);
    let dcv = ans(&[
        ("_acme-challenge.app.customer.com", 16, "\"dcv-1\""),
        ("_acme-challenge.app.customer.com", 16, "\"stale\""),
    ]);
    let w = world(
        &[
            ("app.customer.com A", &cname),
            ("_cf-custom-hostname.app.customer.com TXT", &own),
            ("_acme-challenge.app.customer.com TXT", &dcv),
        ],
        &req,
    );
    let o = evaluate(&req, &w, None, |_| None);
    assert_eq!(o.records[0].status, CheckStatus::WrongValue);
    assert_eq!(o.records[0].observed, ["old-host.elsewhere.net"]);
    assert_eq!(o.records[1].status, CheckStatus::WrongValue);
    assert_eq!(o.records[1].reason, CheckReason::QuotedValue);
    assert!(o.records[1].detail.contains("quotation marks"));
    assert_eq!(o.records[2].status, CheckStatus::Ok);
    assert_eq!(o.records[3].status, CheckStatus::WrongValue);
    assert_eq!(o.records[3].observed, ["dcv-1", "stale"]);
}

#[test]
fn could_not_look_is_not_missing() {
    let req = standard();
    let w = world(
        &[
            ("app.customer.com A", "FAIL"),
            (
                "_cf-custom-hostname.app.customer.com TXT",
                r#"{"Status":2}"#,
            ),
            (
                "_acme-challenge.app.customer.com TXT",
                r#"{"Status":0,"TC":true}"#,
            ),
            ("app.customer.com CAA", r#"{"Status":2}"#),
        ],
        &req,
    );
    let o = evaluate(&req, &w, None, |_| None);
    assert!(
        o.records
            .iter()
            .all(|r| r.status == CheckStatus::LookupFailed),
        "{o:#?}"
    );
    let technical = o.records[1].technical.as_deref().unwrap();
    assert!(technical.contains("SERVFAIL"), "{technical}");
    // The customer reads that it could not be checked, not resolver codes.
    assert!(!o.records[1].detail.contains("SERVFAIL"));
    assert_eq!(o.records[1].reason, CheckReason::LookupFailed);
    assert!(o.any_lookup_failed());
}

#[test]
fn flattened_apex_and_address_only_names() {
    let req = request(vec![rec(
        RecordPurpose::Traffic,
        "CNAME",
        "customer.com",
        TARGET,
    )]);
    let target = ans(&[(TARGET, 1, "192.0.2.10")]);
    let flat = ans(&[("customer.com", 1, "192.0.2.10")]);
    let o = evaluate(
        &req,
        &world(
            &[
                ("customer.com A", &flat),
                ("customers.saasprovider.com A", &target),
            ],
            &req,
        ),
        None,
        |_| None,
    );
    assert_eq!(o.records[0].status, CheckStatus::Ok);
    assert_eq!(o.records[0].reason, CheckReason::Flattened);
    let elsewhere = ans(&[("customer.com", 1, "203.0.113.9")]);
    let o = evaluate(
        &req,
        &world(
            &[
                ("customer.com A", &elsewhere),
                ("customers.saasprovider.com A", &target),
            ],
            &req,
        ),
        None,
        |_| None,
    );
    assert_eq!(o.records[0].status, CheckStatus::WrongValue);
    assert_eq!(o.records[0].observed, ["203.0.113.9"]);
}

#[test]
fn wildcard_traffic_is_probed_below_the_wildcard() {
    let req = CheckRequest {
        hostname: "*.shop.customer.com".into(),
        records: vec![rec(
            RecordPurpose::Traffic,
            "CNAME",
            "*.shop.customer.com",
            TARGET,
        )],
        ..request(vec![])
    };
    let probe = ans(&[
        ("wildcard-probe.shop.customer.com", 5, TARGET),
        (TARGET, 1, "192.0.2.10"),
    ]);
    let o = evaluate(
        &req,
        &world(&[("wildcard-probe.shop.customer.com A", &probe)], &req),
        None,
        |_| None,
    );
    assert_eq!(o.records[0].status, CheckStatus::Ok);
}

#[test]
fn delegation_cname_and_stale_txt() {
    let acme = "_acme-challenge.app.customer.com";
    let want = "app.customer.com.abc123def456ghi7.dcv.cloudflare.com";
    let req = request(vec![rec(RecordPurpose::DcvDelegation, "CNAME", acme, want)]);
    let good = ans(&[(acme, 5, want)]);
    let o = evaluate(
        &req,
        &world(&[("_acme-challenge.app.customer.com CNAME", &good)], &req),
        None,
        |_| None,
    );
    assert_eq!(o.records[0].status, CheckStatus::Ok);
    let stale = ans(&[(acme, 16, "\"old-token\"")]);
    let o = evaluate(
        &req,
        &world(&[("_acme-challenge.app.customer.com TXT", &stale)], &req),
        None,
        |_| None,
    );
    assert_eq!(o.records[0].status, CheckStatus::Conflict);
    assert_eq!(o.records[0].observed, ["old-token"]);
    let wrong = ans(&[(acme, 5, "app.customer.com.otheruuid.dcv.cloudflare.com")]);
    let o = evaluate(
        &req,
        &world(&[("_acme-challenge.app.customer.com CNAME", &wrong)], &req),
        None,
        |_| None,
    );
    assert_eq!(o.records[0].status, CheckStatus::WrongValue);
}

#[test]
fn caa_climb_decides_at_the_first_level_with_records() {
    let mut req = standard();
    req.certificate_authority = Some("lets_encrypt".into());
    let forbids = ans(&[("customer.com", 257, "0 issue \"pki.goog\"")]);
    let o = evaluate(
        &req,
        &world(&[("customer.com CAA", &forbids)], &req),
        None,
        |_| None,
    );
    let caa = o.records.last().unwrap();
    assert_eq!(
        (caa.status, caa.fqdn.as_str()),
        (CheckStatus::Conflict, "customer.com")
    );
    assert_eq!(caa.observed, ["0 issue \"pki.goog\""]);
    // A set at the hostname itself wins over the zone's.
    let allows = ans(&[(HOST, 257, "0 issue \"letsencrypt.org\"")]);
    let o = evaluate(
        &req,
        &world(
            &[
                ("app.customer.com CAA", &allows),
                ("customer.com CAA", &forbids),
            ],
            &req,
        ),
        None,
        |_| None,
    );
    assert_eq!(o.records.last().unwrap().status, CheckStatus::Ok);
    // Default CA: one of GTS, Let's Encrypt, SSL.com allowed is enough.
    req.certificate_authority = None;
    let o = evaluate(
        &req,
        &world(&[("customer.com CAA", &forbids)], &req),
        None,
        |_| None,
    );
    assert_eq!(o.records.last().unwrap().status, CheckStatus::Ok);
}

#[test]
fn records_to_remove() {
    let req = request(vec![rec(RecordPurpose::Remove, "A", HOST, "")]);
    let there = ans(&[(HOST, 1, "203.0.113.9")]);
    let o = evaluate(
        &req,
        &world(&[("app.customer.com A", &there)], &req),
        None,
        |_| None,
    );
    assert_eq!(o.records[0].status, CheckStatus::Conflict);
    let via_cname = ans(&[(HOST, 5, TARGET), (TARGET, 1, "192.0.2.10")]);
    let o = evaluate(
        &req,
        &world(&[("app.customer.com A", &via_cname)], &req),
        None,
        |_| None,
    );
    assert_eq!(
        o.records[0].status,
        CheckStatus::Absent,
        "addresses reached through the CNAME are not the customer's A record"
    );
    let o = evaluate(&req, &world(&[], &req), None, |_| None);
    assert_eq!(
        (o.records[0].status, o.records[0].reason),
        (CheckStatus::Absent, CheckReason::Absent),
        "nothing to delete is not a passed check"
    );
}

#[test]
fn apex_proxying_addresses() {
    let req = request(vec![rec(
        RecordPurpose::Traffic,
        "A",
        "customer.com",
        "192.0.2.1",
    )]);
    let ok = ans(&[("customer.com", 1, "192.0.2.1")]);
    assert_eq!(
        evaluate(&req, &world(&[("customer.com A", &ok)], &req), None, |_| {
            None
        })
        .records[0]
            .status,
        CheckStatus::Ok
    );
    let wrong = ans(&[("customer.com", 1, "192.0.2.99")]);
    let o = evaluate(
        &req,
        &world(&[("customer.com A", &wrong)], &req),
        None,
        |_| None,
    );
    assert_eq!(o.records[0].status, CheckStatus::WrongValue);
    assert_eq!(RecordType::from_str_opt("aaaa"), Some(RecordType::Aaaa));
}
