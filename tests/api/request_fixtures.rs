//! Round trip of the real request bodies in `tests/fixtures/cloudflare/`:
//! each body is read back into our operation (plus `op`, `zoneId` and, for
//! edits, `customHostnameId`) and rebuilt; an accepted one must give the
//! same body, a refused one the expected code and field.

use custom_hostnames::api::request::{BuildOptions, Operation, build_with};
use custom_hostnames::diagnostic::Coded;
use serde_json::{Value, json};

use super::openapi::spec;
use super::requests::{ID, ZONE};
use super::support::read;

enum Expect {
    /// Rebuilt body equals the fixture; these warning codes appear; the
    /// body conforms to the schema (or not, when the docs contradict it).
    Same {
        warnings: &'static [&'static str],
        schema_conforms: bool,
    },
    /// Refused when built (code, field); the operation still parses.
    Refused(&'static str, &'static str),
    /// Not even an operation of ours (code, field).
    Unparsable(&'static str, &'static str),
}

fn expectation(file: &str) -> (&'static str, Expect) {
    use Expect::*;
    match file {
        "create-request-http-with-settings.json" => (
            "create",
            Same {
                warnings: &[],
                schema_conforms: true,
            },
        ),
        // The SDK test's certificate is truncated ("...") and JSON-escaped twice.
        "create-request-all-optional-fields-sdk.json" => (
            "create",
            Refused("invalid_certificate", "ssl.custom_certificate"),
        ),
        "edit-request-change-ca-google.json" => (
            "edit",
            Same {
                warnings: &[],
                schema_conforms: true,
            },
        ),
        "edit-request-refresh-dcv-txt.json" => (
            "edit",
            Same {
                warnings: &[],
                schema_conforms: true,
            },
        ),
        "edit-request-reset-default-ca.json" => (
            "edit",
            Same {
                warnings: &["default_certificate_authority"],
                schema_conforms: false,
            },
        ),
        // Cloudflare's docs send a boolean; the schema says strings.
        "edit-request-custom-metadata-docs.json" => (
            "edit",
            Same {
                warnings: &["custom_metadata_non_string_value"],
                schema_conforms: false,
            },
        ),
        // The v0 SDK sends `hostname` and empty ownership objects in PATCH.
        "edit-request-custom-metadata-sdk.json" | "edit-request-empty-custom-metadata.json" => {
            ("edit", Unparsable("malformed_operation", "hostname"))
        }
        "fallback-origin-update-request.json" => (
            "updateFallbackOrigin",
            Same {
                warnings: &[],
                schema_conforms: true,
            },
        ),
        // Truncated certificate ("..."): only caught when certificates are parsed.
        "certificate-pack-certificate-replace-request.json"
            if cfg!(feature = "certificate-checks") =>
        {
            (
                "replaceCertificate",
                Refused("invalid_certificate", "custom_certificate"),
            )
        }
        "certificate-pack-certificate-replace-request.json" => (
            "replaceCertificate",
            Same {
                warnings: &["certificate_not_checked"],
                schema_conforms: true,
            },
        ),
        other => panic!("request fixture {other} has no expectation"),
    }
}

fn operation_json(op: &str, body: &Value) -> Value {
    let mut value = body.clone();
    let o = value.as_object_mut().unwrap();
    o.insert("op".into(), json!(op));
    o.insert("zoneId".into(), json!(ZONE));
    if op == "edit" || op == "replaceCertificate" {
        o.insert("customHostnameId".into(), json!(ID));
    }
    if op == "replaceCertificate" {
        o.insert("certificatePackId".into(), json!("pack1"));
        o.insert("certificateId".into(), json!("cert1"));
    }
    value
}

#[test]
fn request_fixtures_round_trip() {
    // The fixtures use documentation names (app.example.com).
    let options = BuildOptions {
        allow_special_use: true,
    };
    let mut seen = 0;
    for file in crate::common::json_names("cloudflare")
        .into_iter()
        .filter(|f| f.contains("-request"))
    {
        seen += 1;
        let body: Value = serde_json::from_str(&read("cloudflare", &file)).unwrap();
        let (op, expect) = expectation(&file);
        let parsed = Operation::from_json_value(&operation_json(op, &body));
        match expect {
            Expect::Unparsable(code, field) => {
                let error = parsed.expect_err(&file);
                assert_eq!((error.code(), error.field()), (code, field), "{file}");
            }
            Expect::Refused(code, field) => {
                let operation = parsed.unwrap_or_else(|e| panic!("{file}: {e}"));
                // Parsing lost nothing: the operation serializes back to the body.
                let back = serde_json::to_value(&operation).unwrap();
                let wire: serde_json::Map<String, Value> = back
                    .as_object()
                    .unwrap()
                    .iter()
                    .filter(|(k, _)| {
                        ![
                            "op",
                            "zoneId",
                            "customHostnameId",
                            "certificatePackId",
                            "certificateId",
                        ]
                        .contains(&k.as_str())
                    })
                    .map(|(k, v)| (snake(k), v.clone()))
                    .collect();
                assert_eq!(Value::Object(wire), body, "{file}");
                let error = build_with(&operation, &options).expect_err(&file);
                assert_eq!(
                    (error.code(), error.field()),
                    (code, field),
                    "{file}: {error}"
                );
            }
            Expect::Same {
                warnings,
                schema_conforms,
            } => {
                let operation = parsed.unwrap_or_else(|e| panic!("{file}: {e}"));
                let built =
                    build_with(&operation, &options).unwrap_or_else(|e| panic!("{file}: {e}"));
                assert_eq!(built.request.body.as_ref(), Some(&body), "{file}");
                let codes: Vec<&str> = built.warnings.iter().map(|w| w.code.as_str()).collect();
                for w in warnings {
                    assert!(codes.contains(w), "{file}: {codes:?}");
                }
                assert_eq!(
                    spec().check(&built.request).is_ok(),
                    schema_conforms,
                    "{file}: {:?}",
                    spec().check(&built.request)
                );
            }
        }
    }
    assert_eq!(seen, 10);
}

#[test]
fn refresh_fixture_is_what_refresh_builds() {
    let body: Value =
        serde_json::from_str(&read("cloudflare", "edit-request-refresh-dcv-txt.json")).unwrap();
    let operation = Operation::from_json_value(
        &json!({"op": "refresh", "zoneId": ZONE, "customHostnameId": ID, "method": "txt"}),
    )
    .unwrap();
    let built = build_with(&operation, &BuildOptions::default()).unwrap();
    assert_eq!(built.request.body, Some(body));
    assert_eq!(built.request.method.as_str(), "PATCH");
}

/// `customOriginSni` → `custom_origin_sni` (top-level operation keys).
fn snake(key: &str) -> String {
    let mut out = String::new();
    for c in key.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}
