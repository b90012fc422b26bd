//! Boundary tests, compiled to wasm32 and run in Node by
//! `wasm-bindgen-test-runner`: errors arrive as real `Error` objects with a
//! `code`, arguments of the wrong type are refused with a code, results are
//! plain objects. The core's behaviour is tested natively in `tests/lib.rs`.

#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

// buildRequest, toCurl, parseResponse.
#[path = "wasm_api.rs"]
mod api;

use custom_hostnames::wasm::hostname::{parse_hostname, parse_hostnames};
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::wasm_bindgen_test;

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &key.into()).unwrap()
}

fn error_code(result: Result<JsValue, JsValue>) -> String {
    let err = result.expect_err("expected an error");
    let err: js_sys::Error = err.dyn_into().expect("thrown value is an Error");
    assert_eq!(err.name(), "CustomHostnamesError");
    get(&err, "code").as_string().expect("code is a string")
}

#[wasm_bindgen_test]
fn parse_hostname_returns_a_plain_object() {
    let v = parse_hostname("https://Bücher.Example.co.uk:443/x".into(), None).unwrap();
    assert!(v.is_instance_of::<Object>() && !v.is_instance_of::<js_sys::Map>());
    assert_eq!(
        get(&v, "ascii").as_string().unwrap(),
        "xn--bcher-kva.example.co.uk"
    );
    assert_eq!(
        get(&v, "unicode").as_string().unwrap(),
        "bücher.example.co.uk"
    );
    assert_eq!(
        get(&v, "registrableDomain").as_string().unwrap(),
        "example.co.uk"
    );
    assert_eq!(get(&v, "subdomain").as_string().unwrap(), "xn--bcher-kva");
    assert_eq!(get(&v, "isApex").as_bool(), Some(false));
    let warnings: Array = get(&v, "warnings").dyn_into().unwrap();
    assert_eq!(
        get(&warnings.get(0), "code").as_string().unwrap(),
        "removed_scheme"
    );
}

#[wasm_bindgen_test]
fn bad_input_throws_an_error_with_code_and_input() {
    let result = parse_hostname("shop..customer.com".into(), None);
    let err = result.clone().unwrap_err();
    assert_eq!(
        get(&err, "input").as_string().unwrap(),
        "shop..customer.com"
    );
    assert_eq!(error_code(result), "empty_label");
    assert_eq!(
        error_code(parse_hostname("localhost".into(), None)),
        "special_use_name"
    );
    assert_eq!(
        error_code(parse_hostname("*.co.uk".into(), None)),
        "wildcard_over_public_suffix"
    );
}

#[wasm_bindgen_test]
fn wrong_argument_types_are_refused_with_a_code() {
    assert_eq!(
        error_code(parse_hostname(JsValue::from(42), None)),
        "invalid_argument"
    );
    assert_eq!(
        error_code(parse_hostname(JsValue::NULL, None)),
        "invalid_argument"
    );
    assert_eq!(
        error_code(parse_hostname(
            "a.customer.com".into(),
            Some(JsValue::from(7))
        )),
        "invalid_argument"
    );
    assert_eq!(
        error_code(parse_hostnames(JsValue::from("x"), None)),
        "invalid_argument"
    );
}

#[wasm_bindgen_test]
fn options_are_read() {
    let opts = Object::new();
    Reflect::set(&opts, &"allowSpecialUse".into(), &true.into()).unwrap();
    let v = parse_hostname("shop.example.com".into(), Some(opts.into())).unwrap();
    assert_eq!(
        get(&v, "registrableDomain").as_string().unwrap(),
        "example.com"
    );
}

#[wasm_bindgen_test]
fn batch_items_are_ok_or_error() {
    let inputs = Array::of3(
        &"a.customer.com".into(),
        &"bad..name".into(),
        &"*.com".into(),
    );
    let out: Array = parse_hostnames(inputs.into(), None)
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(out.length(), 3);
    assert_eq!(get(&out.get(0), "ok").as_bool(), Some(true));
    assert_eq!(
        get(&get(&out.get(1), "error"), "code").as_string().unwrap(),
        "empty_label"
    );
    assert_eq!(
        get(&get(&out.get(2), "error"), "code").as_string().unwrap(),
        "wildcard_over_public_suffix"
    );
}
