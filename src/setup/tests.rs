//! The setup checks on recorded-shape data (`tests/fixtures/setup/`,
//! `tests/fixtures/cloudflare/fallback-origin-*.json`).

#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use serde_json::{Value, json};

use super::*;
use crate::api::ApiMessage;

fn fixture(name: &str) -> Value {
    let text = match name {
        "records" => include_str!("../../tests/fixtures/setup/dns-records-list-ready.json"),
        "quota" => include_str!("../../tests/fixtures/setup/quota-response.json"),
        "target" => include_str!("../../tests/fixtures/setup/doh-cname-target-proxied.json"),
        "target-chain" => {
            include_str!("../../tests/fixtures/setup/doh-cname-target-dns-only-chain.json")
        }
        "probe" => include_str!("../../tests/fixtures/setup/doh-wildcard-probe-proxied.json"),
        "probe-nx" => include_str!("../../tests/fixtures/setup/doh-wildcard-probe-nxdomain.json"),
        "origin" => include_str!("../../tests/fixtures/setup/doh-fallback-origin-proxied.json"),
        "fb-active" => {
            include_str!(
                "../../tests/fixtures/cloudflare/fallback-origin-get-response-recorded-active.json"
            )
        }
        "fb-pending" => include_str!(
            "../../tests/fixtures/cloudflare/fallback-origin-get-response-pending-deployment-with-errors.json"
        ),
        _ => "null",
    };
    serde_json::from_str(text).unwrap_or(Value::Null)
}

fn ok(value: Value) -> Option<ApiAnswer> {
    Some(ApiAnswer {
        result: Some(value),
        error: None,
    })
}

fn lookup(name: &str, key: &str) -> Option<DnsLookup> {
    Some(DnsLookup {
        name: name.to_owned(),
        answer: Some(fixture(key)),
        error: None,
    })
}

/// A complete, right setup (the fixtures' names).
fn ready() -> SetupInput {
    SetupInput {
        cname_target: "Customers.SaaSProvider.com.".to_owned(),
        fallback_origin: ok(json!({
            "success": true, "errors": [], "messages": [],
            "result": { "origin": "fallback.saasprovider.com", "status": "active", "errors": [] }
        })),
        dns_records: ok(fixture("records")),
        quota: ok(fixture("quota")),
        lookups: SetupLookups {
            cname_target: lookup("customers.saasprovider.com", "target"),
            wildcard_probe: lookup("cf-setup-probe.customers.saasprovider.com", "probe"),
            fallback_origin: lookup("fallback.saasprovider.com", "origin"),
        },
        expect_wildcard: None,
    }
}

fn verdicts(report: &SetupReport) -> Vec<(&str, SetupVerdict)> {
    report
        .checks
        .iter()
        .map(|c| (c.code.as_str(), c.verdict))
        .collect()
}

fn get<'a>(report: &'a SetupReport, code: &str) -> &'a SetupCheck {
    report.checks.iter().find(|c| c.code == code).unwrap()
}

const CODES: [&str; 8] = [
    "custom_hostnames_enabled",
    "fallback_origin_set",
    "fallback_origin_active",
    "fallback_origin_record",
    "fallback_origin_proxied",
    "cname_target_record",
    "cname_target_resolves",
    "wildcard_cname_target",
];

#[test]
fn a_complete_setup_passes_every_check_in_setup_order() {
    let report = check_setup(&ready());
    assert_eq!(
        verdicts(&report),
        CODES
            .iter()
            .map(|c| (*c, SetupVerdict::Ok))
            .collect::<Vec<_>>()
    );
    assert!(report.ok);
    assert_eq!(report.cname_target, "customers.saasprovider.com");
    assert_eq!(
        report.fallback_origin.as_deref(),
        Some("fallback.saasprovider.com")
    );
    assert!(report.checks.iter().all(|c| c.fix.is_none()));
    // The wildcard record exists in the zone, so its check is required.
    assert!(get(&report, "wildcard_cname_target").required);
    assert!(
        get(&report, "cname_target_resolves")
            .detail
            .contains("as the fallback origin does")
    );
    assert_eq!(
        get(&report, "custom_hostnames_enabled").detail,
        "3 used of 100 allocated (hard cap 200)"
    );
}

#[test]
fn no_fallback_origin_is_the_first_failure_and_its_dependants_cannot_be_checked() {
    for answer in [
        ApiAnswer {
            result: None,
            error: Some(ApiFailure {
                message: "No fallback origin is set for this zone.".into(),
                code: Some("cloudflare_api_error".into()),
                http_status: Some(404),
                errors: vec![ApiMessage {
                    code: Some(1551),
                    message: "No fallback origin is set for this zone.".into(),
                    ..ApiMessage::default()
                }],
            }),
        },
        ApiAnswer {
            result: Some(Value::Null),
            error: None,
        },
    ] {
        let report = check_setup(&SetupInput {
            fallback_origin: Some(answer),
            ..ready()
        });
        assert!(!report.ok);
        let set = get(&report, "fallback_origin_set");
        assert_eq!(set.verdict, SetupVerdict::Failed);
        assert!(
            set.detail
                .contains("Zone does not have a fallback origin set.")
        );
        assert!(
            set.fix
                .as_deref()
                .is_some_and(|f| f.contains("fallback_origin"))
        );
        for code in [
            "fallback_origin_active",
            "fallback_origin_record",
            "fallback_origin_proxied",
        ] {
            assert_eq!(get(&report, code).verdict, SetupVerdict::Unknown, "{code}");
        }
        assert_eq!(report.fallback_origin, None);
    }
}

#[test]
fn a_recorded_pending_origin_with_errors_quotes_them() {
    let report = check_setup(&SetupInput {
        fallback_origin: ok(fixture("fb-pending")),
        ..ready()
    });
    let active = get(&report, "fallback_origin_active");
    assert_eq!(active.verdict, SetupVerdict::Failed);
    assert!(active.detail.contains("pending_deployment"));
    assert!(
        active
            .detail
            .contains("Origin should be a proxied A/AAAA/CNAME dns record")
    );
    // The recorded origin (fallback.example.com) has no record in this zone.
    assert_eq!(
        get(&report, "fallback_origin_record").verdict,
        SetupVerdict::Failed
    );
    assert_eq!(
        report.fallback_origin.as_deref(),
        Some("fallback.example.com")
    );
    // The recorded active answer (another origin name) parses too.
    let active = check_setup(&SetupInput {
        fallback_origin: ok(fixture("fb-active")),
        ..ready()
    });
    assert_eq!(
        get(&active, "fallback_origin_active").verdict,
        SetupVerdict::Ok
    );
}

fn records_with(f: impl Fn(&mut Value)) -> Option<ApiAnswer> {
    let mut records = fixture("records");
    if let Some(items) = records.get_mut("result") {
        f(items);
    }
    ok(records)
}

#[test]
fn a_dns_only_origin_record_fails_with_the_record_id_to_patch() {
    let report = check_setup(&SetupInput {
        dns_records: records_with(|items| items[0]["proxied"] = json!(false)),
        ..ready()
    });
    let proxied = get(&report, "fallback_origin_proxied");
    assert_eq!(proxied.verdict, SetupVerdict::Failed);
    assert!(proxied.detail.contains("DNS only"));
    assert!(
        proxied
            .fix
            .as_deref()
            .is_some_and(|f| f.contains("372e67954025e0ba6aaa6d586b9e0b59"))
    );
    assert_eq!(
        get(&report, "fallback_origin_record").verdict,
        SetupVerdict::Ok
    );
    assert!(!report.ok);
}

#[test]
fn a_missing_origin_record_or_only_other_types_fail() {
    let gone = check_setup(&SetupInput {
        dns_records: records_with(|items| {
            if let Some(list) = items.as_array_mut() {
                list.remove(0);
            }
        }),
        ..ready()
    });
    let record = get(&gone, "fallback_origin_record");
    assert_eq!(record.verdict, SetupVerdict::Failed);
    assert!(
        record
            .detail
            .contains("no record at fallback.saasprovider.com")
    );
    let txt = check_setup(&SetupInput {
        dns_records: records_with(|items| items[0]["type"] = json!("TXT")),
        ..ready()
    });
    assert!(
        get(&txt, "fallback_origin_record")
            .detail
            .contains("only TXT")
    );
}

#[test]
fn the_cname_target_record_must_exist_and_be_proxied() {
    let missing = check_setup(&SetupInput {
        dns_records: records_with(|items| {
            if let Some(list) = items.as_array_mut() {
                list.retain(|r| r["name"] != "customers.saasprovider.com");
            }
        }),
        ..ready()
    });
    // The wildcard *.saasprovider.com does not exist, and *.customers... is
    // below the target: nothing answers for the target itself.
    assert_eq!(
        get(&missing, "cname_target_record").verdict,
        SetupVerdict::Failed
    );
    let dns_only = check_setup(&SetupInput {
        dns_records: records_with(|items| items[1]["proxied"] = json!(false)),
        ..ready()
    });
    let c = get(&dns_only, "cname_target_record");
    assert_eq!(c.verdict, SetupVerdict::Failed);
    assert!(
        c.fix
            .as_deref()
            .is_some_and(|f| f.contains("9a7806061c88ada191ed06f989cc3dac"))
    );
    // A per-customer target covered by the wildcard record is answered by it.
    let per_customer = check_setup(&SetupInput {
        cname_target: "john.customers.saasprovider.com".into(),
        ..ready()
    });
    let c = get(&per_customer, "cname_target_record");
    assert_eq!(c.verdict, SetupVerdict::Ok, "{}", c.detail);
    assert!(c.detail.starts_with("*.customers.saasprovider.com CNAME"));
}

#[test]
fn resolution_follows_the_chain_or_compares_edge_addresses() {
    let chain = check_setup(&SetupInput {
        lookups: SetupLookups {
            cname_target: lookup("customers.saasprovider.com", "target-chain"),
            ..ready().lookups
        },
        ..ready()
    });
    let c = get(&chain, "cname_target_resolves");
    assert_eq!(c.verdict, SetupVerdict::Ok);
    assert!(
        c.detail.contains("→ fallback.saasprovider.com →"),
        "{}",
        c.detail
    );
    // Different addresses from the fallback origin's: failed, both quoted.
    let elsewhere = check_setup(&SetupInput {
        lookups: SetupLookups {
            fallback_origin: Some(DnsLookup {
                name: "fallback.saasprovider.com".into(),
                answer: Some(json!({"Status": 0, "Answer": [
                    {"name": "fallback.saasprovider.com", "type": 1, "TTL": 60, "data": "192.0.2.99"}
                ]})),
                error: None,
            }),
            ..ready().lookups
        },
        ..ready()
    });
    let c = get(&elsewhere, "cname_target_resolves");
    assert_eq!(c.verdict, SetupVerdict::Failed);
    assert!(c.detail.contains("192.0.2.99") && c.detail.contains("203.0.113.10"));
}

#[test]
fn a_missing_wildcard_fails_only_when_required() {
    let mut input = ready();
    input.lookups.wildcard_probe = lookup("cf-setup-probe.customers.saasprovider.com", "probe-nx");
    input.dns_records = records_with(|items| {
        if let Some(list) = items.as_array_mut() {
            list.retain(|r| r["name"] != "*.customers.saasprovider.com");
        }
    });
    let optional = check_setup(&input);
    let w = get(&optional, "wildcard_cname_target");
    assert_eq!((w.verdict, w.required), (SetupVerdict::Failed, false));
    assert!(w.detail.contains("NXDOMAIN"));
    assert!(optional.ok, "an optional failure does not fail the setup");
    input.expect_wildcard = Some(true);
    let required = check_setup(&input);
    assert!(get(&required, "wildcard_cname_target").required);
    assert!(!required.ok);
}

#[test]
fn unreadable_parts_are_unknown_never_failed() {
    let failure = |message: &str| {
        Some(ApiAnswer {
            result: None,
            error: Some(ApiFailure {
                message: message.into(),
                code: Some("network_error".into()),
                http_status: None,
                errors: Vec::new(),
            }),
        })
    };
    let report = check_setup(&SetupInput {
        cname_target: "customers.saasprovider.com".into(),
        fallback_origin: failure("connection refused"),
        dns_records: failure("connection refused"),
        quota: failure("connection refused"),
        lookups: SetupLookups {
            cname_target: Some(DnsLookup {
                name: "customers.saasprovider.com".into(),
                answer: None,
                error: Some("timeout".into()),
            }),
            wildcard_probe: Some(DnsLookup {
                name: "x.customers.saasprovider.com".into(),
                answer: Some(json!({"Status": 2})),
                error: None,
            }),
            fallback_origin: None,
        },
        expect_wildcard: Some(true),
    });
    assert!(
        report
            .checks
            .iter()
            .all(|c| c.verdict == SetupVerdict::Unknown),
        "{:?}",
        verdicts(&report)
    );
    assert!(!report.ok);
    // Nothing at all given: every check still reported, each unknown.
    let empty = check_setup(&SetupInput::default());
    assert_eq!(empty.checks.len(), CODES.len());
}

#[test]
fn quota_refusals_and_exhaustion() {
    let refused = check_setup(&SetupInput {
        quota: Some(ApiAnswer {
            result: None,
            error: Some(ApiFailure {
                message: "No custom hostname quota allocated".into(),
                code: Some("cloudflare_api_error".into()),
                http_status: Some(403),
                errors: vec![ApiMessage {
                    code: Some(1404),
                    message: "No custom hostname quota allocated".into(),
                    ..ApiMessage::default()
                }],
            }),
        }),
        ..ready()
    });
    assert_eq!(
        get(&refused, "custom_hostnames_enabled").verdict,
        SetupVerdict::Failed
    );
    let full = check_setup(&SetupInput {
        quota: ok(json!({"allocated": 100, "used": 200, "exceeded": true, "hard_cap": 200})),
        ..ready()
    });
    let q = get(&full, "custom_hostnames_enabled");
    assert_eq!(q.verdict, SetupVerdict::Failed);
    assert!(q.detail.contains("1405"));
    let over = check_setup(&SetupInput {
        quota: ok(json!({"allocated": 100, "used": 150, "exceeded": true, "hard_cap": 200})),
        ..ready()
    });
    let q = get(&over, "custom_hostnames_enabled");
    assert_eq!(q.verdict, SetupVerdict::Ok);
    assert!(q.detail.contains("billed"));
}

#[test]
fn the_report_serializes_with_stable_codes() {
    let report = check_setup(&ready());
    let v = serde_json::to_value(&report).unwrap_or(Value::Null);
    assert_eq!(v["ok"], json!(true));
    assert_eq!(v["checks"][0]["code"], json!("custom_hostnames_enabled"));
    assert_eq!(v["checks"][0]["verdict"], json!("ok"));
    assert_eq!(v["cnameTarget"], json!("customers.saasprovider.com"));
    let input: SetupInput = serde_json::from_value(json!({
        "cnameTarget": "customers.saasprovider.com",
        "lookups": { "cnameTarget": { "name": "customers.saasprovider.com", "answer": "{\"Status\":3}" } }
    }))
    .unwrap_or_default();
    let from_text = check_setup(&input);
    assert!(
        get(&from_text, "cname_target_resolves")
            .detail
            .contains("NXDOMAIN")
    );
}
