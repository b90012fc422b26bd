//! Boundary tests of `buildRequest`, `toCurl` and `parseResponse`, a module
//! of `tests/wasm.rs` (compiled to wasm32, run in Node by
//! `wasm-bindgen-test-runner`). The API model itself is tested natively in
//! `tests/api/`.

use custom_hostnames::wasm::api::{build_request, parse_response, to_curl};
use js_sys::{Array, JSON, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::wasm_bindgen_test;

fn js(json: &str) -> JsValue {
    JSON::parse(json).unwrap()
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &key.into()).unwrap()
}

fn thrown(result: Result<JsValue, JsValue>) -> js_sys::Error {
    let err = result.expect_err("expected an error");
    let err: js_sys::Error = err.dyn_into().expect("thrown value is an Error");
    assert_eq!(err.name(), "CustomHostnamesError");
    err
}

const ZONE: &str = "023e105f4ecef8ad9ca31a8372d0c353";

#[wasm_bindgen_test]
fn build_request_returns_request_url_and_warnings() {
    let op = js(&format!(
        r#"{{"op": "create", "zoneId": "{ZONE}", "hostname": "https://Shop.Customer-Shop.com/",
            "ssl": {{"method": "txt", "type": "dv"}}, "customMetadata": {{"plan": "pro"}}}}"#
    ));
    let built = build_request(op, None).unwrap();
    assert_eq!(
        get(&built, "url").as_string().unwrap(),
        format!("https://api.cloudflare.com/client/v4/zones/{ZONE}/custom_hostnames")
    );
    let request = get(&built, "request");
    assert_eq!(get(&request, "method").as_string().unwrap(), "POST");
    let body = get(&request, "body");
    assert_eq!(
        get(&body, "hostname").as_string().unwrap(),
        "shop.customer-shop.com"
    );
    assert_eq!(
        get(&get(&body, "ssl"), "method").as_string().unwrap(),
        "txt"
    );
    let headers: Array = get(&request, "headers").dyn_into().unwrap();
    let first: Array = headers.get(0).dyn_into().unwrap();
    assert_eq!(first.get(0).as_string().unwrap(), "Content-Type");
    let warnings: Array = get(&built, "warnings").dyn_into().unwrap();
    assert!(warnings.length() > 0);

    // Page numbers arrive as JS numbers.
    let list = js(&format!(
        r#"{{"op": "list", "zoneId": "{ZONE}", "page": 2, "perPage": 50}}"#
    ));
    let built = build_request(list, None).unwrap();
    assert!(
        get(&built, "url")
            .as_string()
            .unwrap()
            .ends_with("?page=2&per_page=50")
    );
}

#[wasm_bindgen_test]
fn refusals_carry_code_and_field() {
    let op = js(&format!(
        r#"{{"op": "create", "zoneId": "{ZONE}", "hostname": "*.customer-shop.com",
            "ssl": {{"method": "http", "type": "dv"}}}}"#
    ));
    let err = thrown(build_request(op, None));
    assert_eq!(
        get(&err, "code").as_string().unwrap(),
        "http_dcv_not_allowed_for_wildcard"
    );
    assert_eq!(
        get(&get(&err, "data"), "field").as_string().unwrap(),
        "ssl.method"
    );

    let typo = js(&format!(
        r#"{{"op": "create", "zoneId": "{ZONE}", "hostname": "a.customer-shop.com", "ssl": {{"methd": "txt"}}}}"#
    ));
    let err = thrown(build_request(typo, None));
    assert_eq!(
        get(&err, "code").as_string().unwrap(),
        "malformed_operation"
    );
    assert_eq!(
        get(&get(&err, "data"), "field").as_string().unwrap(),
        "ssl.methd"
    );

    let err = thrown(build_request(JsValue::from(3), None));
    assert_eq!(
        get(&err, "code").as_string().unwrap(),
        "malformed_operation"
    );
    let special = js(&format!(
        r#"{{"op": "create", "zoneId": "{ZONE}", "hostname": "app.example.com"}}"#
    ));
    assert!(build_request(special.clone(), None).is_err());
    assert!(build_request(special, Some(js(r#"{"allowSpecialUse": true}"#))).is_ok());
}

#[wasm_bindgen_test]
fn to_curl_uses_the_token_variable() {
    let op = js(&format!(r#"{{"op": "getQuota", "zoneId": "{ZONE}"}}"#));
    let built = build_request(op, None).unwrap();
    let curl = to_curl(
        get(&built, "request"),
        Some(js(r#"{"tokenVar": "CF_TOKEN"}"#)),
    )
    .unwrap();
    assert!(curl.contains("$CF_TOKEN"));
    assert!(curl.contains("/custom_hostnames/quota"));
    let curl = to_curl(get(&built, "request"), None).unwrap();
    assert!(curl.contains("$CLOUDFLARE_API_TOKEN"));
    assert!(to_curl(JsValue::from("nope"), None).is_err());
}

#[wasm_bindgen_test]
fn parse_response_reads_text_or_objects_and_throws_api_errors() {
    let get_op = js(&format!(
        r#"{{"op": "get", "zoneId": "{ZONE}", "customHostnameId": "bar"}}"#
    ));
    let body = r#"{"success": true, "errors": [], "messages": [], "result": {"id": "bar", "hostname": "a.customer-shop.com",
        "status": "moved", "ssl": {"status": "pending_validation", "method": "txt", "txt_name": "_acme-challenge.a.customer-shop.com", "txt_value": "tok"}}}"#;
    for json in [JsValue::from(body), js(body)] {
        let result = parse_response(get_op.clone(), json, None).unwrap();
        assert_eq!(get(&result, "kind").as_string().unwrap(), "customHostname");
        let hostname = get(&result, "customHostname");
        assert_eq!(get(&hostname, "status").as_string().unwrap(), "moved");
        let records: Array = get(&get(&hostname, "ssl"), "validation_records")
            .dyn_into()
            .unwrap();
        assert_eq!(
            get(&records.get(0), "txt_value").as_string().unwrap(),
            "tok"
        );
    }
    let failure = r#"{"success": false, "errors": [{"code": 1406, "message": "Duplicate custom hostname found."}], "messages": [], "result": null}"#;
    let err = thrown(parse_response(
        get_op.clone(),
        failure.into(),
        Some(js(r#"{"httpStatus": 409}"#)),
    ));
    assert_eq!(
        get(&err, "code").as_string().unwrap(),
        "cloudflare_api_error"
    );
    let data = get(&err, "data");
    assert_eq!(get(&data, "httpStatus").as_f64(), Some(409.0));
    assert_eq!(get(&data, "retryable").as_bool(), Some(false));
    let errors: Array = get(&data, "errors").dyn_into().unwrap();
    assert_eq!(get(&errors.get(0), "code").as_f64(), Some(1406.0));
    assert_eq!(
        get(&errors.get(0), "name").as_string().unwrap(),
        "duplicate_custom_hostname"
    );
    let err = thrown(parse_response(get_op, "{oops".into(), None));
    assert_eq!(get(&err, "code").as_string().unwrap(), "invalid_json");
}
