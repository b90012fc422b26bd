//! Lenient response rules, one hand-written case each (spec §12.9):
//! unknown values kept, unknown fields ignored, null/missing lists, legacy
//! flat DCV fields, string-or-object messages, computed `total_pages`,
//! typed API errors, malformed bodies with a path, per-operation reading.

use custom_hostnames::api::{
    ApiError, ApiResponse, CertificateAuthority, CloudflareErrorCode, CustomHostname, DcvMethod,
    DeletedId, Envelope, FallbackOrigin, FallbackOriginStatus, HostnameStatus, ParseError, Quota,
    ResponseError, ResultInfo, Ssl, SslStatus, parse_response, rfc3339_to_unix_seconds,
};
use custom_hostnames::diagnostic::Coded;
use serde_json::{Value, json};

use super::support::read;
#[test]
fn unknown_enum_strings_are_kept_and_written_back() {
    let h = CustomHostname::from_json_value(&json!({
        "id": "x", "hostname": "a.example.net", "status": "quarantined",
        "ssl": { "status": "pending_quantum_review", "method": "dns_persist",
                 "certificate_authority": "acme_ca", "type": "ov" }
    }))
    .unwrap();
    assert_eq!(
        h.status,
        Some(HostnameStatus::Unknown("quarantined".into()))
    );
    let ssl = h.ssl.as_ref().unwrap();
    assert_eq!(
        ssl.status,
        Some(SslStatus::Unknown("pending_quantum_review".into()))
    );
    assert_eq!(ssl.method, Some(DcvMethod::Unknown("dns_persist".into())));
    let back = serde_json::to_value(&h).unwrap();
    assert_eq!(back["status"], "quarantined");
    assert_eq!(back["ssl"]["status"], "pending_quantum_review");
    assert_eq!(back["ssl"]["method"], "dns_persist");
    assert_eq!(back["ssl"]["certificate_authority"], "acme_ca");
    assert_eq!(back["ssl"]["type"], "ov");
    let f = FallbackOrigin::from_json_value(
        &json!({"origin": "o.example.net", "status": "moved_away"}),
    )
    .unwrap();
    assert_eq!(
        f.status,
        Some(FallbackOriginStatus::Unknown("moved_away".into()))
    );
}

#[test]
fn empty_certificate_authority_is_the_default_ca() {
    let ssl: Ssl = serde_json::from_value(json!({"certificate_authority": ""})).unwrap();
    assert_eq!(
        ssl.certificate_authority,
        Some(CertificateAuthority::Default)
    );
    assert_eq!(
        serde_json::to_value(&ssl).unwrap()["certificate_authority"],
        ""
    );
}

#[test]
fn unknown_fields_are_ignored() {
    let h = CustomHostname::from_json_value(&json!({
        "id": "x", "hostname": "a.example.net", "brand_new_field": {"deep": [1, 2]},
        "ssl": { "certificates": [{"id": "c"}], "settings": {"tls_1_2_only": "on", "http3": "on"} }
    }))
    .unwrap();
    assert_eq!(h.hostname, "a.example.net");
    let settings = h.ssl.unwrap().settings.unwrap();
    // http3 is read (legacy) but never written back.
    assert!(settings.http3.is_some());
    assert!(
        serde_json::to_value(&settings)
            .unwrap()
            .get("http3")
            .is_none()
    );
}

#[test]
fn missing_or_null_ssl_and_lists_are_empty() {
    for ssl in [json!(null), Value::Null] {
        let mut body = json!({"id": "x", "hostname": "a.example.net", "verification_errors": null});
        if !ssl.is_null() {
            body["ssl"] = ssl;
        }
        let h = CustomHostname::from_json_value(&body).unwrap();
        assert!(h.ssl.is_none());
        assert!(h.verification_errors.is_empty());
    }
    let h = CustomHostname::from_json_value(&json!({
        "id": "x", "hostname": "a.example.net", "ssl": null
    }))
    .unwrap();
    assert!(h.ssl.is_none());
    // Right after create: ssl present but no validation records yet.
    let h = CustomHostname::from_json_value(&json!({
        "id": "x", "hostname": "a.example.net",
        "ssl": {"status": "initializing", "method": "txt", "type": "dv", "validation_records": null}
    }))
    .unwrap();
    let ssl = h.ssl.unwrap();
    assert!(ssl.validation_records.is_empty() && ssl.dcv_delegation_records.is_empty());
}

#[test]
fn legacy_flat_fields_are_folded_without_duplicates() {
    let ssl: Ssl = serde_json::from_value(json!({
        "txt_name": "_acme-challenge.a.example.net", "txt_value": "t1",
        "http_url": "http://a.example.net/.well-known/pki-validation/f.txt", "http_body": "b1",
        "cname": "_acme-challenge.a.example.net", "cname_target": "a.example.net.abc.dcv.cloudflare.com",
        "emails": ["admin@example.net"],
        "validation_records": [{"txt_name": "_acme-challenge.a.example.net", "txt_value": "t1", "status": "pending"}],
        "dcv_delegation_records": [{"cname": "_acme-challenge.a.example.net",
                                    "cname_target": "a.example.net.abc.dcv.cloudflare.com"}]
    }))
    .unwrap();
    // txt already present, cname equal to the delegation record: only http and emails added.
    assert_eq!(ssl.validation_records.len(), 3);
    assert_eq!(
        ssl.validation_records.iter().filter(|r| r.is_txt()).count(),
        1
    );
    assert_eq!(ssl.validation_records[0].status.as_deref(), Some("pending"));
    assert!(
        ssl.validation_records
            .iter()
            .any(|r| r.is_http() && r.http_body.as_deref() == Some("b1"))
    );
    assert!(
        ssl.validation_records
            .iter()
            .any(|r| r.emails == ["admin@example.net"])
    );
    assert!(!ssl.validation_records.iter().any(|r| r.is_cname()));
    // A different flat TXT token is added next to the existing one.
    let ssl: Ssl = serde_json::from_value(json!({
        "txt_name": "_acme-challenge.a.example.net", "txt_value": "t2",
        "validation_records": [{"txt_name": "_acme-challenge.a.example.net", "txt_value": "t1"}]
    }))
    .unwrap();
    assert_eq!(ssl.validation_records.len(), 2);
    // Flat fields are not written back: the folded record is the one truth.
    let out = serde_json::to_value(&ssl).unwrap();
    assert!(out.get("txt_name").is_none());
}

#[test]
fn errors_and_messages_accept_strings_and_objects() {
    let e: Envelope<Value> = serde_json::from_value(json!({
        "success": true, "errors": [],
        "messages": ["plain text", {"code": 1000, "message": "obj", "documentation_url": "https://d", "source": {"pointer": "/ssl"}}],
        "result": {}
    }))
    .unwrap();
    assert_eq!(e.messages[0].message, "plain text");
    assert_eq!(e.messages[0].code, None);
    assert_eq!(e.messages[1].code, Some(1000));
    assert_eq!(
        e.messages[1].source.as_ref().unwrap().pointer.as_deref(),
        Some("/ssl")
    );
    let h = CustomHostname::from_json_value(&json!({
        "id": "x", "hostname": "a.example.net",
        "verification_errors": [{"message": "as object"}, "as string"],
        "ssl": {"validation_errors": ["bare string", {"message": "object"}]}
    }))
    .unwrap();
    assert_eq!(h.verification_errors[0].as_str(), "as object");
    assert_eq!(h.ssl.unwrap().validation_errors[0].message, "bare string");
}

#[test]
fn total_pages_is_computed_when_missing() {
    let info: ResultInfo =
        serde_json::from_value(json!({"page": 2, "per_page": 20, "count": 20, "total_count": 41}))
            .unwrap();
    assert_eq!(info.total_pages, Some(3));
    assert!(info.has_next_page());
    let info: ResultInfo =
        serde_json::from_value(json!({"page": 1.0, "per_page": 0, "total_count": 5})).unwrap();
    assert_eq!(info.page, Some(1));
    assert_eq!(info.total_pages, None);
    let info: ResultInfo =
        serde_json::from_value(json!({"per_page": 5, "total_count": 0, "total_pages": 9})).unwrap();
    assert_eq!(info.total_pages, Some(9), "a sent value wins");
}

#[test]
fn failure_envelopes_become_typed_api_errors() {
    let body = r#"{"success": false, "errors": [{"code": 1406, "message": "Duplicate custom hostname found."}], "messages": [], "result": null}"#;
    let err = parse_response::<CustomHostname>(Some(409), body).unwrap_err();
    let ResponseError::Api(api) = err else {
        panic!("{err:?}")
    };
    assert_eq!(api.http_status, Some(409));
    assert_eq!(
        api.first_code(),
        Some(CloudflareErrorCode::DuplicateCustomHostname)
    );
    assert_eq!(api.errors[0].name, "duplicate_custom_hostname");
    assert!(!api.is_retryable());
    assert_eq!(api.code(), "cloudflare_api_error");
    assert!(api.to_string().contains("1406"));

    for (code, name) in [
        (1405, CloudflareErrorCode::QuotaExceeded),
        (1404, CloudflareErrorCode::NoQuotaAllocated),
        (1436, CloudflareErrorCode::CustomHostnameNotFound),
        (1439, CloudflareErrorCode::HostnameImmutable),
        (1440, CloudflareErrorCode::TypeAndMethodRequired),
        (1003, CloudflareErrorCode::Authentication(1003)),
        (1417, CloudflareErrorCode::InvalidCustomOrigin(1417)),
        (4242, CloudflareErrorCode::Unknown(4242)),
    ] {
        assert_eq!(CloudflareErrorCode::from_u32(code), name);
        assert_eq!(name.as_u32(), code);
    }
    for named in CloudflareErrorCode::NAMED {
        assert_eq!(CloudflareErrorCode::from_u32(named.as_u32()), *named);
    }
}

#[test]
fn retryable_is_429_or_5xx() {
    let make = |status| ApiError {
        http_status: Some(status),
        errors: vec![],
    };
    assert!(make(429).is_retryable());
    assert!(make(502).is_retryable());
    assert!(!make(400).is_retryable());
    assert!(!make(404).is_retryable());
    let err = parse_response::<Quota>(
        None,
        r#"{"success": false, "errors": [{"code": 1500, "message": "internal"}], "messages": [], "result": null}"#,
    )
    .unwrap_err();
    let ResponseError::Api(api) = err else {
        panic!()
    };
    assert!(api.is_retryable());
}

#[test]
fn non_2xx_with_success_true_or_bare_body_is_still_an_error() {
    let err = parse_response::<DeletedId>(Some(500), r#"{"id": "x"}"#).unwrap_err();
    assert!(matches!(
        err,
        ResponseError::Api(ApiError {
            http_status: Some(500),
            ..
        })
    ));
    // 201 and 202 are successes (spec §7.1).
    let ok = parse_response::<DeletedId>(Some(202), r#"{"id": "x"}"#).unwrap();
    assert_eq!(ok.result.id, "x");
}

#[test]
fn malformed_bodies_are_typed_errors_with_a_path() {
    let err = parse_response::<CustomHostname>(Some(200), "{not json").unwrap_err();
    assert_eq!(err.code(), "invalid_json");
    let err = parse_response::<CustomHostname>(Some(200), "[1, 2]").unwrap_err();
    assert_eq!(err.code(), "not_an_object");
    let err = parse_response::<CustomHostname>(
        Some(200),
        r#"{"success": true, "result": {"id": "x", "hostname": "h", "ssl": {"validation_records": [{"emails": "nope"}]}}}"#,
    )
    .unwrap_err();
    let ResponseError::Malformed(ParseError::Shape { path, .. }) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(path, "result.ssl.validation_records[0].emails");
    let err = parse_response::<CustomHostname>(Some(200), r#"{"success": true, "result": null}"#)
        .unwrap_err();
    assert_eq!(err.code(), "missing_result");
    let err = CustomHostname::from_json_str(r#""just a string""#).unwrap_err();
    assert_eq!(err.code(), "not_an_object");
}

#[test]
fn quota_and_dcv_uuid_parse() {
    let q: ApiResponse<Quota> = parse_response(
        Some(200),
        r#"{"success": true, "errors": [], "messages": [], "result": {"allocated": 100, "used": 101, "exceeded": true, "hard_cap": 5000}}"#,
    )
    .unwrap();
    assert_eq!(q.result.used, Some(101));
    assert_eq!(q.result.exceeded, Some(true));
    let u = custom_hostnames::api::DcvDelegationUuid::from_json_str(
        r#"{"success": true, "errors": [], "messages": [], "result": {"uuid": "abc123def456ghi7"}}"#,
    )
    .unwrap();
    assert_eq!(u.uuid, "abc123def456ghi7");
}

#[test]
fn rfc3339_helper_gives_unix_seconds() {
    assert_eq!(rfc3339_to_unix_seconds("1970-01-01T00:00:00Z").unwrap(), 0);
    assert_eq!(
        rfc3339_to_unix_seconds("2020-02-06T18:11:23.531995Z").unwrap(),
        1_581_012_683
    );
    assert_eq!(
        rfc3339_to_unix_seconds("2020-02-06T19:11:23+01:00").unwrap(),
        1_581_012_683
    );
    let err = rfc3339_to_unix_seconds("yesterday").unwrap_err();
    assert_eq!(err.code(), "invalid_timestamp");
    assert_eq!(
        custom_hostnames::api::rfc3339_to_unix_millis("2020-02-06T18:11:23.531995Z").unwrap(),
        1_581_012_683_531
    );
}

#[test]
fn responses_are_read_by_operation() {
    use custom_hostnames::api::request::Operation;
    use custom_hostnames::api::{OperationResult, parse_operation_response};
    let zone = "023e105f4ecef8ad9ca31a8372d0c353";
    let op = |v: Value| Operation::from_json_value(&v).unwrap();
    let get = op(json!({"op": "get", "zoneId": zone, "customHostnameId": "bar"}));
    let r = parse_operation_response(
        &get,
        Some(200),
        &read(
            "cloudflare",
            "get-response-ssl-active-hostname-pending.json",
        ),
    )
    .unwrap();
    let OperationResult::CustomHostname {
        custom_hostname, ..
    } = &r
    else {
        panic!("{r:?}")
    };
    assert_eq!(custom_hostname.hostname, "foo.bar.com");
    assert_eq!(serde_json::to_value(&r).unwrap()["kind"], "customHostname");
    assert!(serde_json::to_value(&r).unwrap()["customHostname"].is_object());

    let list = op(json!({"op": "list", "zoneId": zone}));
    let r = parse_operation_response(
        &list,
        Some(200),
        &read("cloudflare", "list-response-hostname-status-blocked.json"),
    )
    .unwrap();
    let OperationResult::CustomHostnames {
        custom_hostnames,
        result_info,
        ..
    } = r
    else {
        panic!()
    };
    assert_eq!(custom_hostnames.len(), 1);
    assert_eq!(result_info.unwrap().total_pages, Some(1));

    let delete = op(json!({"op": "delete", "zoneId": zone, "customHostnameId": "bar"}));
    let r = parse_operation_response(
        &delete,
        Some(200),
        &read("cloudflare", "delete-response-id-only.json"),
    )
    .unwrap();
    assert_eq!(r, OperationResult::Deleted { id: "bar".into() });

    let fallback = op(json!({"op": "deleteFallbackOrigin", "zoneId": zone}));
    let r = parse_operation_response(
        &fallback,
        Some(200),
        r#"{"success": true, "errors": [], "messages": [], "result": null}"#,
    )
    .unwrap();
    assert!(matches!(r, OperationResult::FallbackOrigin { .. }));
    let r = parse_operation_response(
        &fallback,
        Some(200),
        &read(
            "cloudflare",
            "fallback-origin-get-response-recorded-active.json",
        ),
    )
    .unwrap();
    let OperationResult::FallbackOrigin { fallback_origin } = r else {
        panic!()
    };
    assert_eq!(fallback_origin.status, Some(FallbackOriginStatus::Active));

    let create = op(json!({"op": "create", "zoneId": zone, "hostname": "a.customer-shop.com"}));
    let err = parse_operation_response(&create, Some(409),
        r#"{"success": false, "errors": [{"code": 1406, "message": "Duplicate custom hostname found."}], "messages": [], "result": null}"#).unwrap_err();
    assert_eq!(err.code(), "cloudflare_api_error");
    let uuid = op(json!({"op": "getDcvDelegationUuid", "zoneId": zone}));
    let r = parse_operation_response(&uuid, None, r#"{"success": true, "errors": [], "messages": [], "result": {"uuid": "abc123def456ghi7"}}"#).unwrap();
    assert_eq!(
        r,
        OperationResult::DcvDelegationUuid {
            uuid: "abc123def456ghi7".into()
        }
    );
}
