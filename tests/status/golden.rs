//! Golden assessments: every example in `tests/fixtures/cloudflare/`
//! (webhooks included) and every hand-written object in
//! `tests/fixtures/status/cases/`, against `tests/fixtures/status/golden.json`.

use custom_hostnames::api::{CustomHostname, WebhookPayload};
use custom_hostnames::status::{Assessment, Context, ContextInput, assess, interpret_webhook};
use serde_json::Value;

use crate::common::{fixture, json_names};

fn context(expectation: &Value) -> Context {
    match expectation.get("context") {
        Some(value) => {
            let input: ContextInput = serde_json::from_value(value.clone()).unwrap();
            Context::try_from(input).unwrap()
        }
        None => Context::default(),
    }
}

fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

/// Custom hostname objects in a response body (one, or a list's items).
fn objects(body: &str) -> Vec<CustomHostname> {
    let value: Value = serde_json::from_str(body).unwrap();
    match value.get("result") {
        Some(Value::Array(items)) => items
            .iter()
            .map(|item| CustomHostname::from_json_value(item).unwrap())
            .collect(),
        _ => vec![CustomHostname::from_json_value(&value).unwrap()],
    }
}

/// `UPDATE_GOLDEN=1`: the expectation with every field it holds replaced by
/// what the assessment says (review the diff of golden.json afterwards).
fn updated(assessment: &Assessment, expectation: &Value) -> Value {
    let mut out = expectation.clone();
    let Some(map) = out.as_object_mut() else {
        return out;
    };
    let codes = |items: Vec<&str>| Value::from(items);
    for key in map.keys().cloned().collect::<Vec<_>>() {
        let value = match key.as_str() {
            "phase" => Value::from(assessment.phase.as_str()),
            "actor" => Value::from(assessment.actor.as_str()),
            "ready" => Value::from(assessment.ready),
            "steps" => codes(assessment.steps.iter().map(|x| x.code.as_str()).collect()),
            "errors" => codes(assessment.errors.iter().map(|x| x.code.as_str()).collect()),
            "refresh" => Value::from(assessment.refresh_recommended),
            "poll" => serde_json::to_value(assessment.poll_after_seconds).unwrap(),
            _ => continue,
        };
        map.insert(key, value);
    }
    out
}

fn updating() -> bool {
    std::env::var_os("UPDATE_GOLDEN").is_some()
}

fn check(assessment: &Assessment, expectation: &Value, label: &str) {
    crate::status::assert_texts_rendered(assessment, label);
    let e = |key: &str| expectation.get(key);
    assert_eq!(
        assessment.phase.as_str(),
        e("phase").unwrap().as_str().unwrap(),
        "{label}: phase"
    );
    assert_eq!(
        assessment.actor.as_str(),
        e("actor").unwrap().as_str().unwrap(),
        "{label}: actor"
    );
    assert_eq!(
        assessment.ready,
        e("ready").unwrap().as_bool().unwrap(),
        "{label}: ready"
    );
    if let Some(hostname) = e("hostname") {
        assert_eq!(
            assessment.hostname.status.as_deref(),
            hostname.as_str(),
            "{label}: hostname status"
        );
    }
    if let Some(certificate) = e("certificate") {
        assert_eq!(
            assessment.certificate.status.as_deref(),
            certificate.as_str(),
            "{label}: certificate status"
        );
    }
    if let Some(errors) = e("errors") {
        let codes: Vec<&str> = assessment.errors.iter().map(|x| x.code.as_str()).collect();
        assert_eq!(codes, strings(errors), "{label}: errors");
    }
    if let Some(steps) = e("steps") {
        let codes: Vec<&str> = assessment.steps.iter().map(|x| x.code.as_str()).collect();
        assert_eq!(codes, strings(steps), "{label}: steps");
    }
    if let Some(refresh) = e("refresh") {
        assert_eq!(
            assessment.refresh_recommended,
            refresh.as_bool().unwrap(),
            "{label}: refresh"
        );
    }
    if let Some(poll) = e("poll") {
        assert_eq!(
            assessment.poll_after_seconds,
            poll.as_u64(),
            "{label}: poll"
        );
    }
    if let Some(deadlines) = e("deadlines") {
        let deadlines = deadlines.as_array().unwrap();
        let codes: Vec<&str> = assessment
            .deadlines
            .iter()
            .map(|d| d.code.as_str())
            .collect();
        let expected: Vec<&str> = deadlines
            .iter()
            .map(|d| d.as_str().or_else(|| d["code"].as_str()).unwrap())
            .collect();
        assert_eq!(codes, expected, "{label}: deadlines");
        for (deadline, expected) in assessment.deadlines.iter().zip(deadlines) {
            if let Some(left) = expected.get("secondsLeft") {
                assert_eq!(
                    deadline.seconds_left,
                    left.as_i64(),
                    "{label}: {} secondsLeft",
                    deadline.code
                );
            }
        }
    }
    if let Some(operation) = e("operation") {
        let actual = assessment
            .steps
            .iter()
            .find_map(|s| s.operation.as_ref())
            .unwrap_or_else(|| panic!("{label}: no step carries an operation"));
        assert_eq!(
            serde_json::to_value(actual).unwrap(),
            *operation,
            "{label}: operation"
        );
    }
    // The raw messages are all there, in order.
    for error in &assessment.errors {
        assert!(!error.raw.is_empty(), "{label}: raw message kept");
    }
}

fn golden() -> Value {
    serde_json::from_str(&fixture("status/golden.json")).unwrap()
}

#[test]
fn every_cloudflare_example() {
    let mut golden = golden();
    let mut rewritten = golden.clone();
    let table = golden["cloudflare"].as_object_mut().unwrap();
    let mut checked = 0;
    for name in json_names("cloudflare") {
        let entry = table
            .get(&name)
            .unwrap_or_else(|| panic!("golden.json has no entry for cloudflare/{name}"));
        if entry.get("skip").is_some() {
            continue;
        }
        let body = fixture(&format!("cloudflare/{name}"));
        for (i, expectation) in entry.as_array().unwrap().iter().enumerate() {
            let label = format!("cloudflare/{name} #{i}");
            let context = context(expectation);
            if let Some(webhook) = expectation.get("webhook") {
                let payload = WebhookPayload::from_json_str(&body).unwrap();
                let interpreted = interpret_webhook(&payload, &context);
                let stage = serde_json::to_value(interpreted.stage).unwrap();
                let outcome = serde_json::to_value(interpreted.outcome).unwrap();
                assert_eq!(stage, webhook["stage"], "{label}: stage");
                assert_eq!(outcome, webhook["outcome"], "{label}: outcome");
                assert_eq!(interpreted.phase, interpreted.assessment.phase);
                assert!(!interpreted.event_text.contains('{'));
                if updating() {
                    rewritten["cloudflare"][&name][i] =
                        updated(&interpreted.assessment, expectation);
                } else {
                    check(&interpreted.assessment, expectation, &label);
                }
            } else {
                for object in objects(&body) {
                    let assessment = assess(&object, &context);
                    if updating() {
                        rewritten["cloudflare"][&name][i] = updated(&assessment, expectation);
                    } else {
                        check(&assessment, expectation, &label);
                    }
                }
            }
            checked += 1;
        }
    }
    assert!(checked >= 20, "only {checked} golden checks ran");
    if updating() {
        write_update("cloudflare", &rewritten["cloudflare"]);
    }
}

/// Writes the updated table next to the build (`target/golden-<part>.json`);
/// `scripts/dev/merge-status-golden.py` folds it into golden.json keeping
/// its hand layout.
fn write_update(part: &str, value: &Value) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join(format!("golden-{part}.json"));
    std::fs::write(path, serde_json::to_string(value).unwrap()).unwrap();
}

#[test]
fn every_hand_written_case() {
    let golden = golden();
    let mut rewritten = golden.clone();
    let table = golden["cases"].as_object().unwrap();
    let names = json_names("status/cases");
    assert_eq!(
        names.len(),
        table.len(),
        "golden.json cases and cases/ differ"
    );
    for name in names {
        let entry = table
            .get(&name)
            .unwrap_or_else(|| panic!("golden.json has no entry for cases/{name}"));
        let object =
            CustomHostname::from_json_str(&fixture(&format!("status/cases/{name}"))).unwrap();
        for (i, expectation) in entry.as_array().unwrap().iter().enumerate() {
            let assessment = assess(&object, &context(expectation));
            if updating() {
                rewritten["cases"][&name][i] = updated(&assessment, expectation);
            } else {
                check(&assessment, expectation, &format!("cases/{name} #{i}"));
            }
        }
    }
    if updating() {
        write_update("cases", &rewritten["cases"]);
    }
}
