//! Benchmark of the status interpreter, wasm-free: builds 10,000 realistic
//! custom hostname objects (varied from the real examples in
//! `tests/fixtures/cloudflare/` and the hand-written ones in
//! `tests/fixtures/status/cases/`: hostnames, statuses, dates, errors),
//! then times `assess` over all of them, with and without a DNS observation.
//!
//! Run: `cargo run --release --example bench_interpret`

// A benchmark binary, not library code: panics on broken fixtures are fine.
#![allow(clippy::expect_used, clippy::indexing_slicing)]

use std::time::Instant;

use custom_hostnames::api::CustomHostname;
use custom_hostnames::observation::{CheckStatus, DnsObservation, RecordCheck, RecordPurpose};
use custom_hostnames::status::{Context, Phase, assess};
use serde_json::{Value, json};

const COUNT: usize = 10_000;
const ROUNDS: usize = 5;

fn templates() -> Vec<Value> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut out = Vec::new();
    for dir in ["cloudflare", "status/cases"] {
        let mut names: Vec<_> = std::fs::read_dir(format!("{root}/{dir}"))
            .expect("fixtures directory")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        names.sort();
        for path in names {
            let value: Value =
                serde_json::from_str(&std::fs::read_to_string(&path).expect("read")).expect("json");
            let items = match value.get("result").or_else(|| value.get("data")) {
                Some(Value::Array(items)) => items.clone(),
                Some(item) => vec![item.clone()],
                None => vec![value],
            };
            out.extend(items.into_iter().filter(|i| {
                i.get("hostname").is_some() && (i.get("status").is_some() || i.get("ssl").is_some())
            }));
        }
    }
    out
}

const HOSTNAME_STATUSES: &[&str] = &[
    "active",
    "active",
    "active",
    "pending",
    "pending",
    "moved",
    "blocked",
    "active_redeploying",
];
const SSL_STATUSES: &[&str] = &[
    "active",
    "active",
    "active",
    "pending_validation",
    "pending_validation",
    "initializing",
    "pending_issuance",
    "pending_deployment",
    "validation_timed_out",
    "pending_expiration",
];
const ERRORS: &[&str] = &[
    "custom hostname does not CNAME to this zone.",
    "CAA records block issuance. Please remove all CAA records or add records for this authority.",
    "Internal error with Certificate Authority. Please check later.",
    "a message nobody has seen before",
];

/// Object `i`: template `i % n`, with its own hostname, statuses and dates.
fn vary(template: &Value, i: usize) -> Value {
    let mut v = template.clone();
    let host = format!("shop-{i}.customer-{}.example.net", i % 997);
    v["id"] = json!(format!("00000000-0000-4000-8000-{i:012}"));
    v["hostname"] = json!(host);
    v["status"] = json!(HOSTNAME_STATUSES[i % HOSTNAME_STATUSES.len()]);
    v["created_at"] = json!(format!("2026-11-{:02}T{:02}:00:00Z", 1 + i % 26, i % 24));
    if let Some(ssl) = v.get_mut("ssl").and_then(Value::as_object_mut) {
        ssl.insert(
            "status".into(),
            json!(SSL_STATUSES[(i / 3) % SSL_STATUSES.len()]),
        );
        ssl.insert(
            "expires_on".into(),
            json!(format!("2027-0{}-15T00:00:00Z", 1 + i % 3)),
        );
        if i % 5 == 0 {
            ssl.insert(
                "validation_errors".into(),
                json!([{ "message": ERRORS[i % ERRORS.len()] }]),
            );
        }
    }
    if i % 7 == 0 {
        v["verification_errors"] = json!([ERRORS[(i / 7) % 2]]);
    }
    v
}

fn observation(host: &str, i: usize) -> DnsObservation {
    let status = [
        CheckStatus::Ok,
        CheckStatus::Missing,
        CheckStatus::LookupFailed,
    ][i % 3];
    DnsObservation {
        checked_at: Some(1_795_700_000),
        records: vec![
            RecordCheck {
                ttl_remaining: Some(300),
                ..RecordCheck::new(
                    RecordPurpose::Traffic,
                    "CNAME",
                    host,
                    "customers.saas.example",
                    status,
                )
            },
            RecordCheck::new(
                RecordPurpose::DcvDelegation,
                "CNAME",
                &format!("_acme-challenge.{host}"),
                &format!("{host}.9dbb86635115718e.dcv.cloudflare.com"),
                CheckStatus::Ok,
            ),
        ],
        provider: None,
        warnings: vec![],
        provider_candidates: Vec::new(),
    }
}

fn main() {
    let templates = templates();
    let values: Vec<Value> = (0..COUNT)
        .map(|i| vary(&templates[i % templates.len()], i))
        .collect();

    let started = Instant::now();
    let objects: Vec<CustomHostname> = values
        .iter()
        .map(|v| CustomHostname::from_json_value(v).expect("valid object"))
        .collect();
    let parse_ms = started.elapsed().as_secs_f64() * 1e3;

    let plain = Context {
        now: Some(1_795_750_000),
        cname_target: Some("customers.saas.example".into()),
        ..Context::default()
    };
    let contexts: Vec<Context> = objects
        .iter()
        .enumerate()
        .map(|(i, o)| Context {
            observation: Some(observation(&o.hostname, i)),
            ..plain.clone()
        })
        .collect();

    // The machine is shared: time several rounds, report the first (cold)
    // and the median.
    let mut plain_ms = Vec::new();
    let mut observed_ms = Vec::new();
    let mut assessments = Vec::new();
    let mut observed = Vec::new();
    for _ in 0..ROUNDS {
        let started = Instant::now();
        assessments = objects.iter().map(|o| assess(o, &plain)).collect();
        plain_ms.push(started.elapsed().as_secs_f64() * 1e3);
        let started = Instant::now();
        observed = objects
            .iter()
            .zip(&contexts)
            .map(|(o, c)| assess(o, c))
            .collect();
        observed_ms.push(started.elapsed().as_secs_f64() * 1e3);
    }
    let median = |times: &[f64]| {
        let mut sorted = times.to_vec();
        sorted.sort_by(f64::total_cmp);
        sorted[sorted.len() / 2]
    };
    let (assess_ms, observed_median) = (median(&plain_ms), median(&observed_ms));

    let mut phases: Vec<(Phase, usize)> = Phase::ALL.iter().map(|p| (*p, 0)).collect();
    for a in assessments.iter().chain(&observed) {
        if let Some(slot) = phases.iter_mut().find(|(p, _)| *p == a.phase) {
            slot.1 += 1;
        }
    }
    println!("{} templates, {COUNT} objects", templates.len());
    println!("parse:                 {parse_ms:8.2} ms");
    println!(
        "assess {COUNT}:          {assess_ms:8.2} ms median of {ROUNDS} ({:.2} us/object; first round {:.2} ms)",
        assess_ms * 1e3 / COUNT as f64,
        plain_ms[0]
    );
    println!(
        "assess + observation:  {observed_median:8.2} ms median of {ROUNDS} ({:.2} us/object; first round {:.2} ms)",
        observed_median * 1e3 / COUNT as f64,
        observed_ms[0]
    );
    let spread: Vec<String> = phases
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(p, n)| format!("{}={n}", p.as_str()))
        .collect();
    println!("phases: {}", spread.join(" "));
}
