//! Response model: every Cloudflare fixture parses with the expected key
//! values, every schema enum value round-trips, unknown values survive,
//! and each lenient rule has its own case.

use custom_hostnames::api::{
    ApiResponse, CertificateAuthority, CustomHostname, DcvMethod, DeletedId, FallbackOrigin,
    FallbackOriginStatus, HostnameStatus, ResultInfo, Ssl, SslStatus, WebhookPayload,
    parse_response,
};
use serde_json::{Value, json};

use super::support::{fixtures, read};

fn expectations() -> serde_json::Map<String, Value> {
    serde_json::from_str::<Value>(&read("api", "response-expectations.json"))
        .unwrap()
        .as_object()
        .unwrap()
        .clone()
}

fn s(v: Option<&impl ToString>) -> Value {
    v.map_or(Value::Null, |x| Value::String(x.to_string()))
}

/// Checks the fields of `expect` that concern a custom hostname.
fn check_hostname(file: &str, h: &CustomHostname, expect: &serde_json::Map<String, Value>) {
    let ssl = h.ssl.as_ref();
    for (key, want) in expect {
        let got: Value = match key.as_str() {
            "kind"
            | "count"
            | "total_pages"
            | "total_count"
            | "event_type"
            | "event_created_at_unix" => continue,
            "id" => json!(h.id),
            "hostname" => json!(h.hostname),
            "status" => s(h.status.as_ref()),
            "has_ssl" => json!(ssl.is_some()),
            "ssl_status" => s(ssl.and_then(|x| x.status.as_ref())),
            "method" => s(ssl.and_then(|x| x.method.as_ref())),
            "certificate_authority" => s(ssl.and_then(|x| x.certificate_authority.as_ref())),
            "wildcard" => json!(ssl.and_then(|x| x.wildcard)),
            "validation_records" => json!(ssl.map_or(0, |x| x.validation_records.len())),
            "dcv_delegation_records" => json!(ssl.map_or(0, |x| x.dcv_delegation_records.len())),
            "txt_values" => json!(
                records(ssl)
                    .filter_map(|r| r.txt_value.clone())
                    .collect::<Vec<_>>()
            ),
            "cnames" => json!(
                records(ssl)
                    .filter_map(|r| r.cname.clone())
                    .collect::<Vec<_>>()
            ),
            "emails" => json!(records(ssl).map(|r| r.emails.len()).sum::<usize>()),
            "dcv_targets" => json!(ssl.map(|x| {
                x.dcv_delegation_records
                    .iter()
                    .filter_map(|r| r.cname_target.clone())
                    .collect::<Vec<_>>()
            })),
            "validation_error_texts" => json!(ssl.map_or(vec![], |x| {
                x.validation_errors
                    .iter()
                    .map(|e| e.message.clone())
                    .collect()
            })),
            "verification_errors" => json!(h.verification_errors.len()),
            "verification_error_texts" => {
                json!(
                    h.verification_errors
                        .iter()
                        .map(|e| e.as_str())
                        .collect::<Vec<_>>()
                )
            }
            "ownership_txt_name" => json!(h.ownership_txt().map(|(name, _)| name)),
            "ownership_http_body" => json!(h.ownership_http().map(|(_, body)| body)),
            "created_at_unix" => json!(h.created_at.as_ref().map(|t| t.unix_seconds().unwrap())),
            "expires_on_unix" => {
                json!(
                    ssl.and_then(|x| x.expires_on.as_ref())
                        .map(|t| t.unix_seconds().unwrap())
                )
            }
            "custom_origin_server" => json!(h.custom_origin_server),
            "custom_origin_sni" => json!(h.custom_origin_sni),
            "metadata" => json!(h.custom_metadata),
            "http2" => s(settings(ssl).and_then(|x| x.http2.as_ref())),
            "tls_1_3" => s(settings(ssl).and_then(|x| x.tls_1_3.as_ref())),
            "min_tls_version" => s(settings(ssl).and_then(|x| x.min_tls_version.as_ref())),
            "ciphers" => json!(
                settings(ssl)
                    .and_then(|x| x.ciphers.as_ref())
                    .map_or(0, Vec::len)
            ),
            "issuer" => json!(ssl.and_then(|x| x.issuer.clone())),
            "hosts" => json!(ssl.map_or(0, |x| x.hosts.len())),
            other => panic!("{file}: unknown expectation key {other}"),
        };
        assert_eq!(&got, want, "{file}: {key}");
    }
}

fn records(ssl: Option<&Ssl>) -> impl Iterator<Item = &custom_hostnames::api::ValidationRecord> {
    ssl.into_iter().flat_map(|x| x.validation_records.iter())
}

fn settings(ssl: Option<&Ssl>) -> Option<&custom_hostnames::api::SslSettings> {
    ssl.and_then(|x| x.settings.as_ref())
}

fn check_result_info(
    file: &str,
    info: Option<&ResultInfo>,
    expect: &serde_json::Map<String, Value>,
) {
    if let Some(want) = expect.get("total_pages") {
        assert_eq!(
            &json!(info.and_then(|i| i.total_pages)),
            want,
            "{file}: total_pages"
        );
    }
    if let Some(want) = expect.get("total_count") {
        assert_eq!(
            &json!(info.and_then(|i| i.total_count)),
            want,
            "{file}: total_count"
        );
    }
}

#[test]
fn every_cloudflare_response_fixture_parses_with_expected_values() {
    let expectations = expectations();
    let mut checked = 0;
    for file in crate::common::json_names("cloudflare") {
        if file.contains("-request") {
            continue; // request bodies: see requests tests
        }
        let expect = expectations
            .get(&file)
            .unwrap_or_else(|| panic!("{file}: no entry in response-expectations.json"))
            .as_object()
            .unwrap();
        let body = read("cloudflare", &file);
        match expect["kind"].as_str().unwrap() {
            "custom_hostname" => {
                let parsed: ApiResponse<CustomHostname> = parse_response(Some(200), &body).unwrap();
                check_hostname(&file, &parsed.result, expect);
                // The bare-or-envelope helper agrees with the envelope reader.
                assert_eq!(CustomHostname::from_json_str(&body).unwrap(), parsed.result);
                // Serializing and re-reading gives the same value.
                let again: CustomHostname =
                    serde_json::from_value(serde_json::to_value(&parsed.result).unwrap()).unwrap();
                assert_eq!(again, parsed.result, "{file}: round trip");
            }
            "custom_hostname_list" => {
                let parsed: ApiResponse<Vec<CustomHostname>> =
                    parse_response(Some(200), &body).unwrap();
                assert_eq!(json!(parsed.result.len()), expect["count"], "{file}: count");
                check_result_info(&file, parsed.result_info.as_ref(), expect);
                check_hostname(&file, &parsed.result[0], expect);
            }
            "fallback_origin" => {
                let parsed: ApiResponse<FallbackOrigin> = parse_response(Some(200), &body).unwrap();
                let f = &parsed.result;
                assert_eq!(json!(f.origin), expect["origin"], "{file}");
                assert_eq!(s(f.status.as_ref()), expect["status"], "{file}");
                assert_eq!(json!(f.errors.len()), expect["errors"], "{file}");
                let created = f.created_at.as_ref().unwrap().unix_seconds().unwrap();
                assert_eq!(json!(created), expect["created_at_unix"], "{file}");
                assert_eq!(FallbackOrigin::from_json_str(&body).unwrap(), parsed.result);
            }
            "deleted_id" => {
                let parsed: ApiResponse<DeletedId> = parse_response(Some(200), &body).unwrap();
                assert_eq!(json!(parsed.result.id), expect["id"], "{file}");
                assert_eq!(DeletedId::from_json_str(&body).unwrap(), parsed.result);
            }
            "webhook" => {
                let parsed = WebhookPayload::from_json_str(&body).unwrap();
                assert_eq!(
                    json!(parsed.metadata.event.event_type),
                    expect["event_type"],
                    "{file}"
                );
                if let Some(want) = expect.get("event_created_at_unix") {
                    let got = parsed
                        .metadata
                        .event
                        .created_at
                        .as_ref()
                        .unwrap()
                        .unix_seconds();
                    assert_eq!(&json!(got.unwrap()), want, "{file}");
                }
                check_hostname(&file, &parsed.data, expect);
            }
            other => panic!("{file}: unknown kind {other}"),
        }
        checked += 1;
    }
    // Every expectation names an existing fixture.
    for name in expectations.keys() {
        assert!(
            fixtures("cloudflare").join(name).is_file(),
            "stale expectation {name}"
        );
    }
    assert_eq!(checked, expectations.len());
    assert!(checked >= 22, "only {checked} fixtures checked");
}

const HOSTNAME_STATUSES: [&str; 16] = [
    "active",
    "pending",
    "active_redeploying",
    "moved",
    "pending_deletion",
    "deleted",
    "pending_blocked",
    "pending_migration",
    "pending_provisioned",
    "test_pending",
    "test_active",
    "test_active_apex",
    "test_blocked",
    "test_failed",
    "provisioned",
    "blocked",
];

/// Reads an enum list straight from the OpenAPI subset.
fn schema_enum(pointer: &str) -> Vec<String> {
    let spec: Value = serde_json::from_str(
        &std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("spec/custom-hostnames.openapi.json"),
        )
        .unwrap(),
    )
    .unwrap();
    spec.pointer(pointer)
        .unwrap_or_else(|| panic!("{pointer}"))
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

const S: &str = "/components/schemas/tls-certificates-and-hostnames_";

#[test]
fn every_schema_hostname_status_round_trips() {
    let values = schema_enum(&format!("{S}status-3/enum"));
    assert_eq!(values, HOSTNAME_STATUSES);
    assert_eq!(HostnameStatus::KNOWN.len(), 16);
    for value in &values {
        let parsed: HostnameStatus = serde_json::from_value(json!(value)).unwrap();
        assert!(parsed.is_known(), "{value}");
        assert_eq!(serde_json::to_value(&parsed).unwrap(), json!(value));
    }
    let known: Vec<&str> = HostnameStatus::KNOWN
        .iter()
        .map(HostnameStatus::as_str)
        .collect();
    assert_eq!(known, values);
}

#[test]
fn every_schema_ssl_status_round_trips() {
    let spec: Value =
        serde_json::from_str(&read("../../spec", "custom-hostnames.openapi.json")).unwrap();
    let ssl_status = spec
        .pointer(&format!("{S}ssl/oneOf/0/properties/status/enum"))
        .unwrap()
        .as_array()
        .unwrap();
    assert_eq!(ssl_status.len(), 21);
    for value in ssl_status {
        let parsed: SslStatus = serde_json::from_value(value.clone()).unwrap();
        assert!(parsed.is_known(), "{value}");
        assert_eq!(&serde_json::to_value(&parsed).unwrap(), value);
    }
    let known: Vec<Value> = SslStatus::KNOWN.iter().map(|v| json!(v.as_str())).collect();
    assert_eq!(&known, ssl_status);
}

#[test]
fn every_schema_fallback_origin_status_and_ca_round_trips() {
    for value in schema_enum(&format!("{S}status-4/enum")) {
        let parsed = FallbackOriginStatus::from_wire(&value);
        assert!(parsed.is_known(), "{value}");
        assert_eq!(parsed.as_str(), value);
    }
    for value in schema_enum(&format!("{S}certificate_authority/enum")) {
        let parsed = CertificateAuthority::from_wire(&value);
        assert!(parsed.is_known(), "{value}");
        assert_eq!(serde_json::to_value(&parsed).unwrap(), json!(value));
    }
    for value in schema_enum(&format!("{S}sslpost/oneOf/0/properties/method/enum")) {
        assert!(DcvMethod::from_wire(&value).is_known(), "{value}");
    }
}
