//! Input-size limits: each has its own code and is enforced before the input
//! is decoded, so no input makes the library allocate without bound or
//! recurse without bound.

use custom_hostnames::api::request::Operation;
use custom_hostnames::api::{
    CustomHostname, MAX_JSON_BYTES, MAX_LIST_ITEMS, ResultKind, WebhookPayload, parse_json,
    parse_result,
};
use custom_hostnames::diagnostic::Coded;
use custom_hostnames::dns::{Request, instructions};
use custom_hostnames::doh;
use custom_hostnames::hostname::{Hostname, MAX_INPUT_CHARS, ParseOptions};

#[test]
fn json_bodies_over_the_limit_are_refused_unread() {
    let body = format!("{{\"x\":\"{}\"}}", "a".repeat(MAX_JSON_BYTES));
    assert_eq!(parse_json(&body).unwrap_err().code(), "input_too_large");
    assert_eq!(
        CustomHostname::from_json_str(&body).unwrap_err().code(),
        "input_too_large"
    );
    assert_eq!(
        WebhookPayload::from_json_str(&body).unwrap_err().code(),
        "input_too_large"
    );
    let err = parse_result(ResultKind::CustomHostname, Some(200), &body).unwrap_err();
    assert_eq!(err.code(), "input_too_large");
    // Just under the limit is read.
    let body = format!("\"{}\"", "a".repeat(MAX_JSON_BYTES - 2));
    assert!(parse_json(&body).is_ok());
}

#[test]
fn list_pages_over_the_api_maximum_are_refused() {
    let item = r#"{"id":"0d89c70d-ad9f-4843-b99f-6cc0252067e9","hostname":"app.customer.com"}"#;
    let page = |n: usize| {
        format!(
            r#"{{"success":true,"errors":[],"messages":[],"result":[{}]}}"#,
            vec![item; n].join(",")
        )
    };
    assert!(
        parse_result(
            ResultKind::CustomHostnames,
            Some(200),
            &page(MAX_LIST_ITEMS)
        )
        .is_ok()
    );
    let err = parse_result(
        ResultKind::CustomHostnames,
        Some(200),
        &page(MAX_LIST_ITEMS + 1),
    )
    .unwrap_err();
    assert_eq!(err.code(), "input_too_large");
}

/// serde_json stops at 128 levels: deep text is `invalid_json`, never a
/// stack overflow, in every entry point that reads JSON text.
#[test]
fn deeply_nested_json_text_is_an_error_not_a_stack_overflow() {
    let deep = "[".repeat(100_000) + &"]".repeat(100_000);
    let deep_object = "{\"a\":".repeat(100_000) + "{}" + &"}".repeat(100_000);
    for body in [&deep, &deep_object] {
        assert_eq!(parse_json(body).unwrap_err().code(), "invalid_json");
        assert!(CustomHostname::from_json_str(body).is_err());
        assert!(WebhookPayload::from_json_str(body).is_err());
        assert!(parse_result(ResultKind::CustomHostnames, None, body).is_err());
        assert!(doh::parse_json(body).is_err());
        // Whatever serde makes of it, it returns (no stack overflow).
        let _ = serde_json::from_str::<Request>(body);
    }
    // A JSON value nested 127 deep inside custom metadata is read, then
    // refused by validation (metadata must be flat), without recursion trouble.
    let nested = "{\"a\":".repeat(120) + "1" + &"}".repeat(120);
    let op: serde_json::Value = serde_json::from_str(&format!(
        r#"{{"op":"create","zoneId":"023e105f4ecef8ad9ca31a8372d0c353","hostname":"app.customer.com","customMetadata":{nested}}}"#
    ))
    .unwrap();
    let built =
        Operation::from_json_value(&op).and_then(|op| custom_hostnames::api::request::build(&op));
    assert!(built.is_err(), "{built:?}");
}

#[test]
fn hostname_input_is_bounded() {
    let long = "a".repeat(MAX_INPUT_CHARS + 1) + ".com";
    let err = Hostname::parse(&long, &ParseOptions::default()).unwrap_err();
    assert_eq!(err.code(), "input_too_long");
    let request = Request {
        hostname: long,
        cname_target: "customers.saasprovider.com".to_owned(),
        ..Request::default()
    };
    assert!(instructions(&request).is_err());
}

#[test]
fn limit_codes_are_in_the_codes_list() {
    use custom_hostnames::error_codes::ErrorCode;
    for code in [ErrorCode::InputTooLarge, ErrorCode::InputTooDeep] {
        assert!(custom_hostnames::api::ParseError::CODES.contains(&code));
    }
}
