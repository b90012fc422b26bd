//! The zero-downtime switch after activation: a name live elsewhere whose
//! hostname and certificate are active has its routing record still to
//! switch, so the records in its way and each form's own sentence stay;
//! once settled (no `live`), the routing record is one to keep.

use custom_hostnames::dns::{ExistingRecord, Request, instructions};
use custom_hostnames::messages::{Locale, customer_text};
use custom_hostnames::observation::RecordPurpose;
use serde_json::json;

fn active(hostname: &str, live: bool, existing: &[(&str, &str)]) -> Request {
    Request {
        hostname: hostname.to_owned(),
        cname_target: "john.customers.saasprovider.com".to_owned(),
        provider: Some("cloudflare".to_owned()),
        custom_hostname: Some(json!({
            "id": "x", "hostname": hostname, "status": "active",
            "ssl": { "status": "active", "method": "http", "type": "dv" }
        })),
        live,
        existing_records: Some(
            existing
                .iter()
                .map(|(record_type, value)| ExistingRecord {
                    name: hostname.to_owned(),
                    record_type: (*record_type).to_owned(),
                    value: (*value).to_owned(),
                })
                .collect(),
        ),
        ..Request::default()
    }
}

fn explanation_and_removals(request: &Request) -> (String, Vec<String>) {
    let instr = instructions(request).unwrap();
    let routing = instr
        .records
        .iter()
        .find(|r| r.purpose == RecordPurpose::Traffic)
        .unwrap();
    let removals = instr
        .records
        .iter()
        .filter(|r| r.purpose == RecordPurpose::Remove)
        .map(|r| format!("{} {}", r.record_type.as_str(), r.value))
        .collect();
    (routing.explanation.clone(), removals)
}

#[test]
fn the_switch_keeps_the_records_in_its_way_and_each_forms_sentence() {
    let text = |key: &str, params: &[(&str, &str)]| customer_text(Locale::En, key, params);
    let elsewhere = [("A", "203.0.113.7")];

    // A subdomain: the CNAME sentence, and the old address to delete.
    let (explanation, removals) =
        explanation_and_removals(&active("app.customer.com", true, &elsewhere));
    assert_eq!(
        explanation,
        text("record.routing_cname", &[("host", "app.customer.com")])
    );
    assert_eq!(removals, ["A 203.0.113.7"]);
    let (explanation, removals) =
        explanation_and_removals(&active("app.customer.com", false, &elsewhere));
    assert_eq!(explanation, text("record.routing_keep", &[]));
    assert!(removals.is_empty(), "{removals:?}");

    // An apex at a flattening provider: the ALIAS sentence, not the CNAME's.
    let (explanation, removals) =
        explanation_and_removals(&active("customer.com", true, &elsewhere));
    assert_eq!(explanation, text("record.routing_alias", &[]));
    assert_eq!(removals, ["A 203.0.113.7"]);
    let (explanation, _) = explanation_and_removals(&active("customer.com", false, &elsewhere));
    assert_eq!(explanation, text("record.routing_keep", &[]));
}
