//! `AssessmentSummary`: the dashboard row is a faithful projection of the
//! full assessment, over every recorded Cloudflare object and the
//! hand-written cases, and it is much smaller.

use custom_hostnames::api::CustomHostname;
use custom_hostnames::status::{AssessmentSummary, Context, ContextInput, assess};
use serde_json::{Value, json};

use crate::common::fixture;

/// Every custom hostname object among the fixtures (lists unrolled).
fn objects() -> Vec<(String, CustomHostname)> {
    let mut out = Vec::new();
    for dir in ["cloudflare", "status/cases"] {
        for name in crate::common::json_names(dir) {
            let value: Value = serde_json::from_str(&fixture(&format!("{dir}/{name}"))).unwrap();
            let items = match value.get("result") {
                Some(Value::Array(items)) => items.clone(),
                Some(item) => vec![item.clone()],
                None => vec![value],
            };
            for item in items {
                if item.get("hostname").is_none() || item.get("data").is_some() {
                    continue;
                }
                if let Ok(object) = CustomHostname::from_json_value(&item) {
                    out.push((format!("{dir}/{name}"), object));
                }
            }
        }
    }
    out
}

fn at(now: &str) -> Context {
    let input: ContextInput = serde_json::from_value(json!({
        "now": now, "cnameTarget": "customers.saasprovider.com"
    }))
    .unwrap();
    Context::try_from(input).unwrap()
}

#[test]
fn summary_projects_the_assessment() {
    let objects = objects();
    assert!(objects.len() >= 30, "only {} objects", objects.len());
    let (mut full_bytes, mut brief_bytes) = (0, 0);
    for now in [
        "2020-02-07T00:00:00Z",
        "2023-06-01T00:00:00Z",
        "2026-11-27T00:00:00Z",
    ] {
        let context = at(now);
        for (label, object) in &objects {
            let full = assess(object, &context);
            full_bytes += serde_json::to_string(&full).unwrap().len();
            let brief = AssessmentSummary::from(full.clone());
            brief_bytes += serde_json::to_string(&brief).unwrap().len();
            let label = format!("{label} at {now}");
            assert_eq!(brief.id, full.id, "{label}");
            assert_eq!(brief.name, full.name, "{label}");
            assert_eq!(brief.phase, full.phase, "{label}");
            assert_eq!(brief.summary, full.summary, "{label}");
            assert_eq!(brief.ready, full.ready, "{label}");
            assert_eq!(brief.actor, full.actor, "{label}");
            assert_eq!(brief.hostname_status, full.hostname.status, "{label}");
            assert_eq!(brief.certificate_status, full.certificate.status, "{label}");
            assert_eq!(brief.poll_after_seconds, full.poll_after_seconds, "{label}");
            assert_eq!(
                brief.refresh_recommended, full.refresh_recommended,
                "{label}"
            );
            let codes: Vec<&str> = full.errors.iter().map(|e| e.code.as_str()).collect();
            assert_eq!(brief.error_codes, codes, "{label}");
            // The next step: the first required one, else the first.
            let required = full.steps.iter().find(|s| !s.optional);
            let expected = required.or(full.steps.first()).map(|s| s.code.as_str());
            assert_eq!(brief.next_step.as_deref(), expected, "{label}");
            // The next deadline: ahead, and no other one ahead is sooner.
            match &brief.next_deadline {
                Some(next) => {
                    let left = next.seconds_left.unwrap();
                    assert!(left >= 0, "{label}: passed deadline {next:?}");
                    assert!(full.deadlines.contains(next), "{label}");
                    assert!(
                        full.deadlines
                            .iter()
                            .filter_map(|d| d.seconds_left)
                            .all(|l| l < 0 || l >= left),
                        "{label}: a sooner deadline than {next:?}"
                    );
                }
                None => assert!(
                    full.deadlines
                        .iter()
                        .all(|d| d.seconds_left.is_none_or(|l| l < 0)),
                    "{label}: a deadline ahead was dropped"
                ),
            }
        }
    }
    // The point of the row: a small fraction of the full verdict's bytes.
    assert!(
        brief_bytes * 4 < full_bytes,
        "summary {brief_bytes} B vs full {full_bytes} B"
    );
}

#[test]
fn next_deadline_moves_with_time() {
    let object = CustomHostname::from_json_value(&json!({
        "id": "3b5c", "hostname": "shop.example.net", "status": "pending",
        "created_at": "2026-01-01T00:00:00Z",
        "ssl": { "status": "pending_validation", "method": "txt", "type": "dv" }
    }))
    .unwrap();
    let soon = AssessmentSummary::from(assess(&object, &at("2026-01-02T00:00:00Z")));
    let next = soon.next_deadline.expect("a deadline ahead one day in");
    assert!(next.seconds_left.unwrap() > 0);
    assert_eq!(soon.next_step.as_deref(), Some("create_routing_record"));
    assert_eq!(soon.error_codes, Vec::<String>::new());
    let late = AssessmentSummary::from(assess(&object, &at("2027-01-01T00:00:00Z")));
    assert_eq!(
        late.next_deadline, None,
        "every deadline has passed a year on"
    );
}
