//! The whole cross product of hostname `status` (16) x `ssl.status` (21),
//! plus no `ssl`, plus unknown strings and a missing hostname status,
//! against the hand-written table `tests/fixtures/status/matrix.tsv`. The
//! enum values are read from the OpenAPI subset so that a value added
//! upstream fails this test until the table covers it.

use custom_hostnames::api::CustomHostname;
use custom_hostnames::status::{Context, assess};
use serde_json::{Value, json};

use crate::common::fixture;

const NO_SSL: &str = "(none)";
const UNKNOWN: &str = "(unknown)";
const ABSENT: &str = "(absent)";

fn phase_name(abbreviation: &str) -> &'static str {
    match abbreviation {
        "ACD" => "awaiting_customer_dns",
        "VO" => "verifying_ownership",
        "VC" => "validating_certificate",
        "IC" => "issuing_certificate",
        "DC" => "deploying_certificate",
        "A" => "active",
        "ANA" => "active_needs_attention",
        "PAR" => "provider_action_required",
        "TO" => "timed_out",
        "BL" => "blocked",
        "MV" => "moved",
        "DG" => "deleting",
        "DD" => "deleted",
        "UN" => "unknown",
        other => panic!("matrix.tsv: unknown phase abbreviation {other}"),
    }
}

fn actor_name(abbreviation: &str) -> &'static str {
    match abbreviation {
        "c" => "customer",
        "p" => "provider",
        "f" => "cloudflare",
        "n" => "nobody",
        other => panic!("matrix.tsv: unknown actor abbreviation {other}"),
    }
}

/// `PHASE.ACTOR READY` → (phase, actor, ready).
fn parse_cell(cell: &str) -> (&'static str, &'static str, bool) {
    let (phase, rest) = cell.split_once('.').expect("cell has a dot");
    let (actor, ready) = rest.split_at(rest.len() - 1);
    let ready = match ready {
        "+" => true,
        "-" => false,
        other => panic!("matrix.tsv: bad ready flag {other} in {cell}"),
    };
    (phase_name(phase), actor_name(actor), ready)
}

fn openapi_enum(pointer: &str) -> Vec<String> {
    let spec: Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/spec/custom-hostnames.openapi.json"
        ))
        .unwrap(),
    )
    .unwrap();
    spec.pointer(pointer)
        .unwrap_or_else(|| panic!("{pointer} not in the OpenAPI subset"))
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

struct Matrix {
    columns: Vec<String>,
    rows: Vec<(String, Vec<String>)>,
}

fn load() -> Matrix {
    let text = fixture("status/matrix.tsv");
    let mut lines = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty());
    let header: Vec<String> = lines
        .next()
        .unwrap()
        .split('\t')
        .map(str::to_owned)
        .collect();
    let columns = header[1..].to_vec();
    let rows = lines
        .map(|line| {
            let cells: Vec<String> = line.split('\t').map(str::to_owned).collect();
            assert_eq!(
                cells.len(),
                header.len(),
                "row {} has {} cells",
                cells[0],
                cells.len()
            );
            (cells[0].clone(), cells[1..].to_vec())
        })
        .collect();
    Matrix { columns, rows }
}

fn object(hostname_status: &str, ssl_status: &str) -> CustomHostname {
    let mut value =
        json!({ "id": "0d89c70d-ad9f-4843-b99f-6cc0252067e9", "hostname": "shop.example.net" });
    match hostname_status {
        ABSENT => {}
        UNKNOWN => value["status"] = json!("future_state"),
        status => value["status"] = json!(status),
    }
    match ssl_status {
        NO_SSL => {}
        UNKNOWN => {
            value["ssl"] = json!({ "status": "future_state", "method": "http", "type": "dv" })
        }
        status => value["ssl"] = json!({ "status": status, "method": "http", "type": "dv" }),
    }
    CustomHostname::from_json_value(&value).unwrap()
}

#[test]
fn table_covers_every_schema_value() {
    let matrix = load();
    let hostname_values =
        openapi_enum("/components/schemas/tls-certificates-and-hostnames_status-3/enum");
    let ssl_values = openapi_enum(
        "/components/schemas/tls-certificates-and-hostnames_ssl/oneOf/0/properties/status/enum",
    );
    assert_eq!(hostname_values.len(), 16);
    assert_eq!(ssl_values.len(), 21);
    let row_names: Vec<&str> = matrix.rows.iter().map(|(name, _)| name.as_str()).collect();
    for value in &hostname_values {
        assert!(
            row_names.contains(&value.as_str()),
            "matrix.tsv lacks hostname status {value}"
        );
    }
    for value in &ssl_values {
        assert!(
            matrix.columns.contains(value),
            "matrix.tsv lacks ssl status {value}"
        );
    }
    for special in [UNKNOWN, ABSENT] {
        assert!(
            row_names.contains(&special),
            "matrix.tsv lacks row {special}"
        );
    }
    for special in [NO_SSL, UNKNOWN] {
        assert!(
            matrix.columns.iter().any(|c| c == special),
            "matrix.tsv lacks column {special}"
        );
    }
    // Nothing in the table that the schema does not know.
    for name in &row_names {
        assert!(
            hostname_values.iter().any(|v| v == name) || [UNKNOWN, ABSENT].contains(name),
            "matrix.tsv row {name} is not a schema value"
        );
    }
    for name in &matrix.columns {
        assert!(
            ssl_values.contains(name) || [NO_SSL, UNKNOWN].contains(&name.as_str()),
            "matrix.tsv column {name} is not a schema value"
        );
    }
    assert_eq!(matrix.rows.len(), 16 + 2);
    assert_eq!(matrix.columns.len(), 21 + 2);
}

#[test]
fn every_pair_matches_the_reviewed_expectation() {
    let matrix = load();
    let context = Context::default();
    let mut mismatches = Vec::new();
    let mut checked = 0;
    for (hostname_status, cells) in &matrix.rows {
        for (ssl_status, cell) in matrix.columns.iter().zip(cells) {
            let (phase, actor, ready) = parse_cell(cell);
            let assessment = assess(&object(hostname_status, ssl_status), &context);
            crate::status::assert_texts_rendered(
                &assessment,
                &format!("{hostname_status} x {ssl_status}"),
            );
            let got = (
                assessment.phase.as_str(),
                assessment.actor.as_str(),
                assessment.ready,
            );
            if got != (phase, actor, ready) {
                mismatches.push(format!(
                    "{hostname_status} x {ssl_status}: expected {phase}/{actor}/{ready}, got {}/{}/{}",
                    got.0, got.1, got.2
                ));
            }
            // Consistency that holds in every cell.
            assert_eq!(
                assessment.poll_after_seconds.is_some(),
                assessment.phase.is_in_progress()
                    || assessment.phase == custom_hostnames::status::Phase::ActiveNeedsAttention,
                "{hostname_status} x {ssl_status}: poll only while something progresses"
            );
            if assessment.ready {
                assert!(matches!(
                    hostname_status.as_str(),
                    "active" | "active_redeploying"
                ));
            }
            checked += 1;
        }
    }
    assert_eq!(checked, 18 * 23);
    assert!(
        mismatches.is_empty(),
        "{} mismatches:\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
}

#[test]
fn unknown_statuses_are_kept_verbatim() {
    let assessment = assess(&object(UNKNOWN, UNKNOWN), &Context::default());
    assert_eq!(assessment.hostname.status.as_deref(), Some("future_state"));
    assert!(!assessment.hostname.known);
    assert_eq!(
        assessment.certificate.status.as_deref(),
        Some("future_state")
    );
    assert!(!assessment.certificate.known);
    assert!(assessment.hostname.meaning.contains("future_state"));
}
