//! The assessment of a response does not depend on the order of its fields
//! or on fields this library does not know (Cloudflare adds fields without
//! notice, spec §4): the real recorded responses, re-serialized with their
//! object keys shuffled and unknown fields added at the root and in `ssl`,
//! give the same assessment.

use custom_hostnames::api::CustomHostname;
use custom_hostnames::status::{Context, assess};
use proptest::prelude::*;
use serde_json::Value;

use crate::common::fixture;

/// The `result` objects of the recorded custom-hostname responses.
fn objects() -> Vec<(String, Value)> {
    let dir = crate::common::fixture_path("cloudflare");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if !name.ends_with(".json") || !name.contains("response") || name.contains("fallback") {
            continue;
        }
        let body: Value = serde_json::from_str(&fixture(&format!("cloudflare/{name}"))).unwrap();
        match body.get("result") {
            Some(Value::Array(items)) => {
                out.extend(items.iter().map(|i| (name.clone(), i.clone())));
            }
            Some(object @ Value::Object(o)) if o.contains_key("hostname") => {
                out.push((name.clone(), object.clone()));
            }
            _ => {}
        }
    }
    assert!(out.len() >= 10, "only {} recorded objects", out.len());
    out
}

/// JSON text of `value` with every object's keys in the order `seed` picks
/// (serde_json's map would sort them), and unknown fields added to the
/// root and to `ssl`.
fn shuffled_text(value: &Value, seed: &mut u64, path: &str, extras: &[(String, Value)]) -> String {
    fn next(seed: &mut u64) -> u64 {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        *seed
    }
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(String, String)> = map
                .iter()
                .map(|(k, v)| {
                    let child = format!("{path}.{k}");
                    (k.clone(), shuffled_text(v, seed, &child, extras))
                })
                .collect();
            if path.is_empty() || path == ".ssl" {
                for (k, v) in extras {
                    entries.push((format!("zz_{k}"), v.to_string()));
                }
            }
            // Fisher-Yates with the xorshift above.
            for i in (1..entries.len()).rev() {
                let j = (next(seed) % (i as u64 + 1)) as usize;
                entries.swap(i, j);
            }
            let body: Vec<String> = entries
                .into_iter()
                .map(|(k, v)| format!("{}:{v}", Value::String(k)))
                .collect();
            format!("{{{}}}", body.join(","))
        }
        Value::Array(items) => {
            let body: Vec<String> = items
                .iter()
                .enumerate()
                .map(|(i, v)| shuffled_text(v, seed, &format!("{path}[{i}]"), extras))
                .collect();
            format!("[{}]", body.join(","))
        }
        other => other.to_string(),
    }
}

fn context() -> Context {
    Context {
        now: Some(1_795_759_200),
        cname_target: Some("customers.saasprovider.com".to_owned()),
        ..Context::default()
    }
}

fn extra_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        ".{0,20}".prop_map(Value::String),
        Just(serde_json::json!({ "status": "active", "nested": [1, {"x": null}] })),
        Just(serde_json::json!(["pending", "active"])),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn assessment_ignores_field_order_and_unknown_fields(
        seed in 1u64..,
        extras in prop::collection::vec(("[a-z_]{1,12}", extra_value()), 0..4),
    ) {
        let context = context();
        for (name, object) in objects() {
            let expected = assess(&CustomHostname::from_json_value(&object).unwrap(), &context);
            let mut s = seed;
            let text = shuffled_text(&object, &mut s, "", &extras);
            let reparsed = CustomHostname::from_json_str(&text);
            prop_assert!(reparsed.is_ok(), "{name}: {reparsed:?}\n{text}");
            prop_assert_eq!(assess(&reparsed.unwrap(), &context), expected, "{}", name);
        }
    }
}
