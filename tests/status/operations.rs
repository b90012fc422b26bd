//! Every API operation a step proposes is accepted by the request builder
//! (`custom_hostnames::api::request`) once the caller adds the zone id.

use custom_hostnames::api::request::{Operation, build};
use custom_hostnames::api::{CustomHostname, HostnameStatus, SslStatus};
use custom_hostnames::status::{Context, assess};
use serde_json::{Value, json};

use crate::common::fixture;

const ZONE: &str = "023e105f4ecef8ad9ca31a8372d0c353";

fn objects() -> Vec<CustomHostname> {
    let mut out = Vec::new();
    for hostname in HostnameStatus::KNOWN {
        for ssl in SslStatus::KNOWN {
            for method in ["http", "txt", "cname", "email"] {
                out.push(
                    CustomHostname::from_json_value(&json!({
                        "id": "0d89c70d-ad9f-4843-b99f-6cc0252067e9", "hostname": "shop.example.net",
                        "status": hostname.as_str(),
                        "ssl": { "status": ssl.as_str(), "method": method, "type": "dv" }
                    }))
                    .unwrap(),
                );
            }
        }
    }
    for name in crate::common::json_names("status/cases") {
        out.push(CustomHostname::from_json_str(&fixture(&format!("status/cases/{name}"))).unwrap());
    }
    out
}

#[test]
fn proposed_operations_build() {
    let mut seen = std::collections::BTreeSet::new();
    for object in objects() {
        let assessment = assess(&object, &Context::default());
        for step in &assessment.steps {
            let Some(operation) = &step.operation else {
                continue;
            };
            let mut value = serde_json::to_value(operation).unwrap();
            value["zoneId"] = json!(ZONE);
            if operation.op == "updateFallbackOrigin" {
                value["origin"] = json!("fallback.saasprovider.com");
            }
            let parsed: Operation = serde_json::from_value(value.clone())
                .unwrap_or_else(|e| panic!("{}: {value} is not an Operation: {e}", step.code));
            let built =
                build(&parsed).unwrap_or_else(|e| panic!("{}: {value} refused: {e}", step.code));
            let request = serde_json::to_value(&built.request).unwrap();
            let method = request["method"].as_str().unwrap().to_owned();
            match operation.op.as_str() {
                "refresh" | "edit" => {
                    assert_eq!(method, "PATCH", "{}", step.code);
                    let body: &Value = &request["body"];
                    assert!(
                        body["ssl"]["method"].is_string() && body["ssl"]["type"] == "dv",
                        "{}: {body}",
                        step.code
                    );
                }
                "delete" => assert_eq!(method, "DELETE", "{}", step.code),
                "updateFallbackOrigin" => assert_eq!(method, "PUT", "{}", step.code),
                other => panic!("unexpected op {other}"),
            }
            seen.insert(operation.op.clone());
        }
    }
    for op in ["refresh", "delete", "updateFallbackOrigin", "edit"] {
        assert!(seen.contains(op), "no step proposed {op}");
    }
}
