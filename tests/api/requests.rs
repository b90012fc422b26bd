//! Request building: each operation's method, path, query and body, and
//! every class of invalid operation refused with its code and field.

use custom_hostnames::api::request::{
    BuildOptions, Built, Operation, ValidationError, build, build_with, to_curl,
};
use custom_hostnames::diagnostic::Coded;
use serde_json::{Value, json};

pub const ZONE: &str = "023e105f4ecef8ad9ca31a8372d0c353";
pub const ID: &str = "0d89c70d-ad9f-4843-b99f-6cc0252067e9";

pub fn op(value: Value) -> Operation {
    Operation::from_json_value(&value).unwrap_or_else(|e| panic!("{value}: {e}"))
}

pub fn ok(value: Value) -> Built {
    build(&op(value.clone())).unwrap_or_else(|e| panic!("{value}: {} {e}", e.code()))
}

pub fn refused(value: Value) -> ValidationError {
    match build(&op(value.clone())) {
        Ok(built) => panic!("{value} was accepted: {built:?}"),
        Err(error) => error,
    }
}

pub fn codes(built: &Built) -> Vec<&str> {
    built.warnings.iter().map(|w| w.code.as_str()).collect()
}

/// (code, field) of a refusal.
pub fn why(value: Value) -> (String, String) {
    let error = refused(value);
    (error.code().to_owned(), error.field().to_owned())
}

#[test]
fn create_builds_post_with_ascii_hostname() {
    let built = ok(json!({
        "op": "create", "zoneId": ZONE, "hostname": "https://Shop.Bücher-Kunde.de/path",
        "ssl": {"method": "txt", "type": "dv", "certificate_authority": "lets_encrypt",
                "settings": {"min_tls_version": "1.2", "http2": "on"}},
        "customMetadata": {"plan": "pro"}, "customOriginServer": "origin.saas-provider.net",
        "customOriginSni": ":request_host_header:"
    }));
    let r = &built.request;
    assert_eq!(r.method.as_str(), "POST");
    assert_eq!(r.path, format!("/zones/{ZONE}/custom_hostnames"));
    assert_eq!(
        r.headers,
        vec![("Content-Type".to_owned(), "application/json".to_owned())]
    );
    let body = r.body.as_ref().unwrap();
    assert_eq!(body["hostname"], "shop.xn--bcher-kunde-thb.de");
    assert_eq!(
        body["ssl"],
        json!({"method": "txt", "type": "dv", "certificate_authority": "lets_encrypt",
                                   "settings": {"min_tls_version": "1.2", "http2": "on"}})
    );
    assert_eq!(body["custom_metadata"], json!({"plan": "pro"}));
    assert_eq!(body["custom_origin_server"], "origin.saas-provider.net");
    assert_eq!(body["custom_origin_sni"], ":request_host_header:");
    // The pasted URL was cleaned, with warnings saying so.
    assert!(!built.warnings.is_empty());
}

#[test]
fn create_without_ssl_warns() {
    let built = ok(json!({"op": "create", "zoneId": ZONE, "hostname": "app.customer-shop.com"}));
    assert_eq!(
        built.request.body,
        Some(json!({"hostname": "app.customer-shop.com"}))
    );
    assert!(codes(&built).contains(&"no_ssl_requested"));
}

#[test]
fn snake_case_wire_names_are_accepted_too() {
    let built = ok(
        json!({"op": "create", "zone_id": ZONE, "hostname": "app.customer-shop.com",
                          "custom_metadata": {"a": "b"}, "ssl": {"method": "http", "type": "dv",
                          "certificateAuthority": "google"}}),
    );
    let body = built.request.body.unwrap();
    assert_eq!(body["custom_metadata"], json!({"a": "b"}));
    assert_eq!(body["ssl"]["certificate_authority"], "google");
}

#[test]
fn simple_operations_have_the_documented_paths() {
    let cases = [
        (
            json!({"op": "get", "zoneId": ZONE, "customHostnameId": ID}),
            "GET",
            format!("/zones/{ZONE}/custom_hostnames/{ID}"),
            false,
        ),
        (
            json!({"op": "delete", "zoneId": ZONE, "customHostnameId": ID}),
            "DELETE",
            format!("/zones/{ZONE}/custom_hostnames/{ID}"),
            true,
        ),
        (
            json!({"op": "getFallbackOrigin", "zoneId": ZONE}),
            "GET",
            format!("/zones/{ZONE}/custom_hostnames/fallback_origin"),
            false,
        ),
        (
            json!({"op": "deleteFallbackOrigin", "zoneId": ZONE}),
            "DELETE",
            format!("/zones/{ZONE}/custom_hostnames/fallback_origin"),
            true,
        ),
        (
            json!({"op": "getQuota", "zoneId": ZONE}),
            "GET",
            format!("/zones/{ZONE}/custom_hostnames/quota"),
            false,
        ),
        (
            json!({"op": "getDcvDelegationUuid", "zoneId": ZONE}),
            "GET",
            format!("/zones/{ZONE}/dcv_delegation/uuid"),
            false,
        ),
        (
            json!({"op": "deleteCertificate", "zoneId": ZONE, "customHostnameId": ID, "certificatePackId": "pack-1", "certificateId": "cert_2"}),
            "DELETE",
            format!(
                "/zones/{ZONE}/custom_hostnames/{ID}/certificate_pack/pack-1/certificates/cert_2"
            ),
            true,
        ),
    ];
    for (value, method, path, has_body) in cases {
        let built = ok(value.clone());
        assert_eq!(built.request.method.as_str(), method, "{value}");
        assert_eq!(built.request.path, path, "{value}");
        assert_eq!(built.request.body.is_some(), has_body, "{value}");
        assert!(built.request.query.is_empty());
    }
    let built = ok(
        json!({"op": "updateFallbackOrigin", "zoneId": ZONE, "origin": "Fallback.SaaS-Provider.net."}),
    );
    assert_eq!(built.request.method.as_str(), "PUT");
    assert_eq!(
        built.request.body,
        Some(json!({"origin": "fallback.saas-provider.net"}))
    );
}

#[test]
fn list_encodes_every_filter() {
    let built = ok(json!({
        "op": "list", "zoneId": ZONE, "hostnameContain": "Shop", "page": 2, "perPage": 50,
        "order": "ssl_status", "direction": "desc", "sslStatus": "pending_validation",
        "hostnameStatus": "moved", "certificateAuthority": "google", "wildcard": false,
        "customOriginServer": "origin.saas-provider.net", "ssl": true
    }));
    let q = &built.request.query;
    let get = |k: &str| q.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    assert_eq!(get("hostname.contain"), Some("shop"));
    assert_eq!(get("page"), Some("2"));
    assert_eq!(get("per_page"), Some("50"));
    assert_eq!(get("order"), Some("ssl_status"));
    assert_eq!(get("direction"), Some("desc"));
    assert_eq!(get("ssl_status"), Some("pending_validation"));
    assert_eq!(get("hostname_status"), Some("moved"));
    assert_eq!(get("certificate_authority"), Some("google"));
    assert_eq!(get("wildcard"), Some("false"));
    assert_eq!(
        get("custom_origin_server"),
        Some("origin.saas-provider.net")
    );
    assert_eq!(get("ssl"), Some("1"));
    assert!(
        built
            .request
            .path_and_query()
            .contains("hostname.contain=shop")
    );
    // Exact filters go through the hostname model (IDN → punycode).
    let built = ok(json!({"op": "list", "zoneId": ZONE, "hostname": "Bücher.de"}));
    assert_eq!(
        built.request.query,
        vec![("hostname".to_owned(), "xn--bcher-kva.de".to_owned())]
    );
    let built = ok(json!({"op": "list", "zoneId": ZONE, "id": ID}));
    assert_eq!(built.request.query, vec![("id".to_owned(), ID.to_owned())]);
}

#[test]
fn list_refusals() {
    let base = |extra: Value| {
        let mut v = json!({"op": "list", "zoneId": ZONE});
        v.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        why(v)
    };
    assert_eq!(
        base(json!({"id": ID, "hostname": "a.customer-shop.com"})),
        ("conflicting_filters".into(), "query.id".into())
    );
    assert_eq!(
        base(json!({"hostnameExact": "a.customer-shop.com", "hostnameContain": "x"})),
        (
            "conflicting_filters".into(),
            "query.hostname.contain".into()
        )
    );
    assert_eq!(
        base(json!({"page": 0})),
        ("out_of_range".into(), "query.page".into())
    );
    assert_eq!(
        base(json!({"perPage": 4})),
        ("out_of_range".into(), "query.per_page".into())
    );
    assert_eq!(
        base(json!({"perPage": 1001})),
        ("out_of_range".into(), "query.per_page".into())
    );
    assert_eq!(
        base(json!({"id": "short"})),
        ("invalid_id_filter".into(), "query.id".into())
    );
    assert_eq!(
        base(json!({"sslStatus": "timed_out"})),
        ("invalid_filter_value".into(), "query.ssl_status".into())
    );
    assert_eq!(
        base(json!({"hostnameStatus": "gone"})),
        (
            "invalid_filter_value".into(),
            "query.hostname_status".into()
        )
    );
    assert_eq!(
        base(json!({"certificateAuthority": "digicert"})),
        (
            "invalid_filter_value".into(),
            "query.certificate_authority".into()
        )
    );
    assert_eq!(
        base(json!({"order": "hostname"})),
        ("invalid_filter_value".into(), "query.order".into())
    );
    assert_eq!(
        base(json!({"direction": "up"})),
        ("invalid_filter_value".into(), "query.direction".into())
    );
    assert_eq!(
        base(json!({"hostnameStartsWith": "a b"})),
        (
            "invalid_filter_text".into(),
            "query.hostname.startsWith".into()
        )
    );
    assert_eq!(
        base(json!({"hostnameContain": "x".repeat(256)})),
        ("too_long".into(), "query.hostname.contain".into())
    );
    assert_eq!(
        base(json!({"hostnameContain": ""})),
        ("empty_value".into(), "query.hostname.contain".into())
    );
}

#[test]
fn edit_and_refresh() {
    let built =
        ok(json!({"op": "edit", "zoneId": ZONE, "customHostnameId": ID, "customMetadata": {}}));
    assert_eq!(built.request.method.as_str(), "PATCH");
    assert_eq!(built.request.body, Some(json!({"custom_metadata": {}})));
    assert_eq!(
        why(json!({"op": "edit", "zoneId": ZONE, "customHostnameId": ID})),
        ("nothing_to_edit".into(), "ssl".into())
    );

    // Refresh from given method/type.
    let built =
        ok(json!({"op": "refresh", "zoneId": ZONE, "customHostnameId": ID, "method": "txt"}));
    assert_eq!(
        built.request.body,
        Some(json!({"ssl": {"method": "txt", "type": "dv"}}))
    );
    // Refresh from a fetched custom hostname: id, method, type, CA and wildcard repeated.
    let fetched: Value = serde_json::from_str(&super::support::read(
        "cloudflare",
        "list-response-wildcard-txt-pending-two-validation-records.json",
    ))
    .unwrap();
    let mut h = fetched["result"][0].clone();
    h["id"] = json!(ID);
    h["hostname"] = json!("*.customer-shop.com");
    let built = ok(json!({"op": "refresh", "zoneId": ZONE, "customHostname": h}));
    assert_eq!(
        built.request.path,
        format!("/zones/{ZONE}/custom_hostnames/{ID}")
    );
    assert_eq!(
        built.request.body,
        Some(json!({"ssl": {"method": "txt", "type": "dv",
        "certificate_authority": "google", "wildcard": true}}))
    );
    // A legacy cname hostname cannot be refreshed as is.
    let fetched: Value = serde_json::from_str(&super::support::read(
        "cloudflare",
        "get-response-pending-validation-caa-servfail.json",
    ))
    .unwrap();
    assert_eq!(
        why(json!({"op": "refresh", "zoneId": ZONE, "customHostname": fetched["result"]})),
        ("cname_dcv_not_sendable".into(), "ssl.method".into())
    );
    // ... but switching method works.
    let built = ok(
        json!({"op": "refresh", "zoneId": ZONE, "customHostname": fetched["result"], "method": "http"}),
    );
    assert_eq!(built.request.body.unwrap()["ssl"]["method"], "http");
    // No ssl on the fetched object and no method given.
    let fetched: Value = serde_json::from_str(&super::support::read(
        "cloudflare",
        "create-response-no-ssl-pending-ownership.json",
    ))
    .unwrap();
    assert_eq!(
        why(json!({"op": "refresh", "zoneId": ZONE, "customHostname": fetched["result"]})),
        ("refresh_needs_method".into(), "method".into())
    );
    assert_eq!(
        why(json!({"op": "refresh", "zoneId": ZONE, "method": "txt"})),
        ("refresh_needs_id".into(), "custom_hostname_id".into())
    );
}

#[test]
fn zone_id_that_is_not_hex_is_a_warning() {
    let built = ok(json!({"op": "getQuota", "zoneId": "ZoneOne"}));
    assert_eq!(codes(&built), ["zone_id_not_hex"]);
}

#[test]
fn special_use_names_with_the_option() {
    let operation = op(json!({"op": "create", "zoneId": ZONE, "hostname": "app.example.com"}));
    assert!(build(&operation).is_err());
    let options = BuildOptions {
        allow_special_use: true,
    };
    let built = build_with(&operation, &options).unwrap();
    assert_eq!(built.request.body.unwrap()["hostname"], "app.example.com");
}

#[test]
fn curl_is_shell_safe_and_never_holds_the_token() {
    let built = ok(
        json!({"op": "create", "zoneId": ZONE, "hostname": "app.customer-shop.com",
                          "customMetadata": {"note": "it's $(rm -rf /) `x`"}}),
    );
    let curl = to_curl(&built.request, "CF_TOKEN");
    assert!(curl.starts_with("curl "));
    assert!(curl.contains("--request POST"));
    assert!(curl.contains("\"Authorization: Bearer $CF_TOKEN\""));
    assert!(curl.contains(&format!(
        "'https://api.cloudflare.com/client/v4/zones/{ZONE}/custom_hostnames'"
    )));
    assert!(curl.contains(r"it'\''s $(rm -rf /) `x`"));
    // A hostile variable name falls back to the default.
    let curl = to_curl(&built.request, "X; rm -rf /");
    assert!(curl.contains("$CLOUDFLARE_API_TOKEN"));
    assert!(!curl.contains("rm -rf /\""));
    // Run it through a real shell parser: `sh -n` accepts it.
    let status = std::process::Command::new("sh")
        .arg("-n")
        .arg("-c")
        .arg(&curl)
        .status()
        .unwrap();
    assert!(status.success());
    // And echo its words back to check the quoting round-trips.
    let list = ok(json!({"op": "list", "zoneId": ZONE, "hostnameContain": "shop"}));
    let echoed = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "printf '%s\\n' {}",
            to_curl(&list.request, "T")
                .trim_start_matches("curl ")
                .replace(" \\\n  ", " ")
        ))
        .env("T", "secret-token")
        .output()
        .unwrap();
    let out = String::from_utf8(echoed.stdout).unwrap();
    assert!(out.contains(&format!(
        "https://api.cloudflare.com/client/v4/zones/{ZONE}/custom_hostnames?hostname.contain=shop\n"
    )));
    assert!(out.contains("Authorization: Bearer secret-token\n"));
}

#[test]
fn list_dns_records_reads_the_zone_records() {
    let built = ok(
        json!({"op": "listDnsRecords", "zoneId": ZONE, "name": "Fallback.SaaSProvider.com.",
                          "type": "a", "page": 2, "perPage": 1000}),
    );
    let r = &built.request;
    assert_eq!(r.method.as_str(), "GET");
    assert_eq!(r.path, format!("/zones/{ZONE}/dns_records"));
    assert_eq!(
        r.query,
        [
            ("name", "fallback.saasprovider.com"),
            ("type", "A"),
            ("page", "2"),
            ("per_page", "1000")
        ]
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
    );
    assert_eq!(r.body, None);
    for (bad, code, field) in [
        (json!({"type": "MX1"}), "invalid_filter_value", "query.type"),
        (json!({"perPage": 1001}), "out_of_range", "query.per_page"),
        (json!({"page": 0}), "out_of_range", "query.page"),
        (json!({"name": "a b"}), "invalid_filter_text", "query.name"),
    ] {
        let mut op = json!({"op": "listDnsRecords", "zoneId": ZONE});
        for (k, v) in bad.as_object().unwrap() {
            op[k] = v.clone();
        }
        assert_eq!(why(op), (code.to_owned(), field.to_owned()));
    }
}

#[test]
fn a_dns_records_page_keeps_each_record_as_json() {
    use custom_hostnames::api::{OperationResult, ResultKind, parse_result};
    let body = json!({"success": true, "errors": [], "messages": [],
        "result": [{"id": "372e67954025e0ba6aaa6d586b9e0b59", "name": "fallback.saasprovider.com",
                    "type": "A", "content": "192.0.2.20", "proxied": true, "ttl": 1}, "not a record"],
        "result_info": {"page": 1, "per_page": 100, "count": 1, "total_count": 1}});
    match parse_result(ResultKind::DnsRecords, Some(200), &body.to_string()).unwrap() {
        OperationResult::DnsRecords {
            dns_records,
            result_info,
        } => {
            assert_eq!(dns_records.len(), 1, "only objects are records");
            assert_eq!(dns_records[0]["proxied"], true);
            assert_eq!(result_info.unwrap().total_count, Some(1));
        }
        other => panic!("{other:?}"),
    }
}
