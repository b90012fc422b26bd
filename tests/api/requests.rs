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

fn codes(built: &Built) -> Vec<&str> {
    built.warnings.iter().map(|w| w.code.as_str()).collect()
}

/// (code, field) of a refusal.
fn why(value: Value) -> (String, String) {
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

fn create_with_ssl(hostname: &str, ssl: Value) -> Value {
    json!({"op": "create", "zoneId": ZONE, "hostname": hostname, "ssl": ssl})
}

#[test]
fn ssl_rules_refusals() {
    let h = "app.customer-shop.com";
    let cases: Vec<(Value, &str, &str)> = vec![
        (
            create_with_ssl(h, json!({"method": "txt"})),
            "ssl_method_and_type_required",
            "ssl.type",
        ),
        (
            create_with_ssl(h, json!({"type": "dv"})),
            "ssl_method_and_type_required",
            "ssl.method",
        ),
        (
            create_with_ssl(h, json!({"certificate_authority": "google"})),
            "ssl_method_and_type_required",
            "ssl.method",
        ),
        (
            create_with_ssl(h, json!({"method": "dns", "type": "dv"})),
            "unsupported_dcv_method",
            "ssl.method",
        ),
        (
            create_with_ssl(h, json!({"method": "cname", "type": "dv"})),
            "cname_dcv_not_sendable",
            "ssl.method",
        ),
        (
            create_with_ssl(h, json!({"method": "txt", "type": "ov"})),
            "unsupported_validation_type",
            "ssl.type",
        ),
        (
            create_with_ssl(
                "*.customer-shop.com",
                json!({"method": "http", "type": "dv"}),
            ),
            "http_dcv_not_allowed_for_wildcard",
            "ssl.method",
        ),
        (
            create_with_ssl(h, json!({"method": "http", "type": "dv", "wildcard": true})),
            "http_dcv_not_allowed_for_wildcard",
            "ssl.method",
        ),
        (
            create_with_ssl(
                h,
                json!({"method": "txt", "type": "dv", "certificate_authority": "sectigo"}),
            ),
            "unknown_certificate_authority",
            "ssl.certificate_authority",
        ),
        (
            create_with_ssl(
                "shop.bücher.de",
                json!({"method": "txt", "type": "dv", "certificate_authority": "google"}),
            ),
            "google_does_not_support_idn",
            "ssl.certificate_authority",
        ),
        (
            create_with_ssl(
                h,
                json!({"method": "txt", "type": "dv", "bundle_method": "best"}),
            ),
            "unknown_bundle_method",
            "ssl.bundle_method",
        ),
        (
            create_with_ssl(
                h,
                json!({"method": "txt", "type": "dv", "settings": {"min_tls_version": "1.4"}}),
            ),
            "invalid_min_tls_version",
            "ssl.settings.min_tls_version",
        ),
        (
            create_with_ssl(
                h,
                json!({"method": "txt", "type": "dv", "settings": {"http2": "yes"}}),
            ),
            "invalid_on_off",
            "ssl.settings.http2",
        ),
        (
            create_with_ssl(
                h,
                json!({"method": "txt", "type": "dv", "settings": {"tls_1_3": "true"}}),
            ),
            "invalid_on_off",
            "ssl.settings.tls_1_3",
        ),
        (
            create_with_ssl(
                h,
                json!({"method": "txt", "type": "dv", "settings": {"early_hints": "ON"}}),
            ),
            "invalid_on_off",
            "ssl.settings.early_hints",
        ),
        (
            create_with_ssl(
                h,
                json!({"method": "txt", "type": "dv", "settings": {"ciphers": ["AES128-SHA", "AES128-SHA"]}}),
            ),
            "duplicate_cipher",
            "ssl.settings.ciphers[1]",
        ),
        (
            create_with_ssl(
                h,
                json!({"method": "txt", "type": "dv", "settings": {"ciphers": ["aes128 sha"]}}),
            ),
            "invalid_cipher",
            "ssl.settings.ciphers[0]",
        ),
        (
            create_with_ssl(
                h,
                json!({"method": "txt", "type": "dv", "settings": {"min_tls_version": "1.3", "ciphers": ["AES128-SHA"]}}),
            ),
            "ciphers_with_tls_1_3",
            "ssl.settings.ciphers",
        ),
        (
            create_with_ssl(
                "*.customer-shop.com",
                json!({"method": "txt", "type": "dv", "settings": {"http2": "on"}}),
            ),
            "tls_settings_on_wildcard",
            "ssl.settings",
        ),
        (
            create_with_ssl(
                &format!("{}.customer-shop.com", "a".repeat(60)),
                json!({"method": "txt", "type": "dv"}),
            ),
            "cloudflare_branding_required",
            "ssl.cloudflare_branding",
        ),
        (
            create_with_ssl(
                h,
                json!({"method": "txt", "type": "dv", "custom_key": "k", "custom_csr_id": "7b163417-1d2b-4c84-a38a-2fb7a0cd7752"}),
            ),
            "key_and_csr_id_conflict",
            "ssl.custom_csr_id",
        ),
        (
            create_with_ssl(
                h,
                json!({"method": "txt", "type": "dv", "custom_cert_bundle": []}),
            ),
            "cert_bundle_size",
            "ssl.custom_cert_bundle",
        ),
    ];
    for (value, code, field) in cases {
        let error = refused(value.clone());
        assert_eq!(
            (error.code(), error.field()),
            (code, field),
            "{value}: {error}"
        );
        assert!(!error.to_string().is_empty());
    }
    // Edit: the same rules, with the wildcard known from current_hostname.
    assert_eq!(
        why(
            json!({"op": "edit", "zoneId": ZONE, "customHostnameId": ID, "currentHostname": "*.customer-shop.com",
                          "ssl": {"method": "http", "type": "dv"}})
        ),
        (
            "http_dcv_not_allowed_for_wildcard".into(),
            "ssl.method".into()
        )
    );
    assert_eq!(
        why(
            json!({"op": "edit", "zoneId": ZONE, "customHostnameId": ID, "ssl": {"method": "txt"}})
        ),
        ("ssl_method_and_type_required".into(), "ssl.type".into())
    );
}

#[test]
fn ssl_rules_warnings() {
    let h = "app.customer-shop.com";
    let cases = [
        (
            json!({"method": "email", "type": "dv"}),
            "email_dcv_deprecated",
        ),
        (
            json!({"method": "txt", "type": "dv", "certificate_authority": "digicert"}),
            "digicert_deprecated",
        ),
        (
            json!({"method": "txt", "type": "dv", "certificate_authority": ""}),
            "default_certificate_authority",
        ),
        (
            json!({"method": "txt", "type": "dv", "bundle_method": "force"}),
            "bundle_method_without_custom_certificate",
        ),
    ];
    for (ssl, code) in cases {
        let built = ok(create_with_ssl(h, ssl.clone()));
        assert!(codes(&built).contains(&code), "{ssl}: {:?}", built.warnings);
        // The value is still sent as given.
        assert_eq!(built.request.body.unwrap()["ssl"], ssl);
    }
    // Branding set: long names are fine; wildcard via ssl.wildcard with txt is fine.
    ok(create_with_ssl(
        &format!("{}.customer-shop.com", "a".repeat(60)),
        json!({"method": "txt", "type": "dv", "cloudflare_branding": true}),
    ));
    ok(create_with_ssl(
        h,
        json!({"method": "txt", "type": "dv", "wildcard": true}),
    ));
    ok(create_with_ssl(
        "shop.bücher.de",
        json!({"method": "txt", "type": "dv", "certificate_authority": "lets_encrypt"}),
    ));
}

#[test]
fn field_refusals() {
    let create = |extra: Value| {
        let mut v = json!({"op": "create", "zoneId": ZONE, "hostname": "app.customer-shop.com"});
        v.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        why(v)
    };
    // Hostname model errors keep their own code, with the field.
    assert_eq!(
        create(json!({"hostname": "app.example.com"})),
        ("special_use_name".into(), "hostname".into())
    );
    assert_eq!(
        create(json!({"hostname": "192.0.2.1"})),
        ("ip_address".into(), "hostname".into())
    );
    assert_eq!(create(json!({"hostname": "a..b.com"})).1, "hostname");
    assert_eq!(
        create(json!({"zoneId": ""})),
        ("invalid_zone_id".into(), "zone_id".into())
    );
    assert_eq!(
        create(json!({"zoneId": "x".repeat(33)})),
        ("invalid_zone_id".into(), "zone_id".into())
    );
    assert_eq!(
        create(json!({"zoneId": "../../accounts"})),
        ("invalid_zone_id".into(), "zone_id".into())
    );
    assert_eq!(
        create(json!({"customOriginServer": "192.0.2.10"})),
        ("ip_address".into(), "custom_origin_server".into())
    );
    assert_eq!(
        create(json!({"customOriginServer": "*.origin.saas-provider.net"})),
        ("wildcard_not_allowed".into(), "custom_origin_server".into())
    );
    assert_eq!(
        create(json!({"customOriginSni": "not a host"})).1,
        "custom_origin_sni"
    );
    assert_eq!(
        create(
            json!({"hostname": "*.customer-shop.com", "customOriginSni": "sni.customer-shop.com"})
        ),
        (
            "custom_origin_sni_on_wildcard".into(),
            "custom_origin_sni".into()
        )
    );
    assert_eq!(
        create(json!({"customMetadata": {"nested": {"a": 1}}})),
        (
            "custom_metadata_not_flat".into(),
            "custom_metadata.nested".into()
        )
    );
    assert_eq!(
        create(json!({"customMetadata": {"list": [1]}})),
        (
            "custom_metadata_not_flat".into(),
            "custom_metadata.list".into()
        )
    );
    assert_eq!(
        create(json!({"customMetadata": {"n": null}})),
        (
            "custom_metadata_not_flat".into(),
            "custom_metadata.n".into()
        )
    );
    assert_eq!(
        create(json!({"customMetadata": {"big": "x".repeat(4100)}})),
        ("custom_metadata_too_large".into(), "custom_metadata".into())
    );
    let get = |id: &str| why(json!({"op": "get", "zoneId": ZONE, "customHostnameId": id}));
    assert_eq!(
        get(""),
        ("invalid_identifier".into(), "custom_hostname_id".into())
    );
    assert_eq!(
        get(&"a".repeat(37)),
        ("invalid_identifier".into(), "custom_hostname_id".into())
    );
    assert_eq!(
        get("a/b"),
        ("invalid_identifier".into(), "custom_hostname_id".into())
    );
    assert_eq!(
        why(json!({"op": "updateFallbackOrigin", "zoneId": ZONE, "origin": "*.saas-provider.net"})),
        ("wildcard_not_allowed".into(), "origin".into())
    );
}

#[test]
fn metadata_warnings() {
    let built = ok(
        json!({"op": "create", "zoneId": ZONE, "hostname": "*.customer-shop.com",
                          "customMetadata": {"redirect_to_https": true, "tier": 3}}),
    );
    let c = codes(&built);
    assert!(c.contains(&"custom_metadata_on_wildcard"));
    assert_eq!(
        c.iter()
            .filter(|x| **x == "custom_metadata_non_string_value")
            .count(),
        2
    );
}

#[test]
fn malformed_operations_name_the_path() {
    for (value, field) in [
        (json!({"op": "teleport", "zoneId": ZONE}), "op"),
        (json!({"zoneId": ZONE}), "op"),
        (
            json!({"op": "create", "zoneId": ZONE, "hostname": "a.customer-shop.com", "customMetdata": {}}),
            "customMetdata",
        ),
        (
            json!({"op": "create", "zoneId": ZONE, "hostname": "a.customer-shop.com", "ssl": {"methd": "txt"}}),
            "ssl.methd",
        ),
        (
            json!({"op": "create", "zoneId": ZONE, "hostname": "a.customer-shop.com", "ssl": {"settings": {"http3": "on"}}}),
            "ssl.settings.http3",
        ),
        (json!({"op": "list", "zoneId": ZONE, "page": "two"}), "page"),
    ] {
        let error = Operation::from_json_value(&value).unwrap_err();
        assert_eq!(error.code(), "malformed_operation", "{value}");
        assert_eq!(error.field(), field, "{value}");
    }
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

/// `ValidationErrorKind::CODES` lists exactly the codes its `code()` match
/// returns (read from the source, as the TypeScript union test does).
#[test]
fn validation_codes_list_is_complete() {
    let src = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src/api/request/error.rs"
    ))
    .unwrap();
    let body = &src[src.find("pub fn code(&self)").unwrap()..];
    let mut in_match: Vec<&str> = body
        .split("=> \"")
        .skip(1)
        .map(|s| &s[..s.find('"').unwrap()])
        .collect();
    let mut listed = custom_hostnames::api::request::ValidationErrorKind::CODES.to_vec();
    in_match.sort_unstable();
    listed.sort_unstable();
    assert_eq!(in_match, listed);
    let unique: std::collections::BTreeSet<_> = listed.iter().collect();
    assert_eq!(unique.len(), listed.len());
}

/// One refused example per validation code: every code of
/// `ValidationErrorKind::CODES` is reachable and has a test.
#[test]
fn every_validation_code_has_a_refusing_example() {
    use std::collections::BTreeSet;
    let h = "app.customer-shop.com";
    let c = |ssl: Value| create_with_ssl(h, ssl);
    let mut examples: Vec<Value> = vec![
        json!({"op": "create", "zoneId": ZONE, "hostname": h, "typo": 1}),
        json!({"op": "getQuota", "zoneId": "bad id"}),
        json!({"op": "get", "zoneId": ZONE, "customHostnameId": "a/b"}),
        json!({"op": "edit", "zoneId": ZONE, "customHostnameId": ID}),
        c(json!({"method": "txt"})),
        c(json!({"method": "dns", "type": "dv"})),
        c(json!({"method": "cname", "type": "dv"})),
        c(json!({"method": "http", "type": "dv", "wildcard": true})),
        c(json!({"method": "txt", "type": "ov"})),
        c(json!({"method": "txt", "type": "dv", "certificate_authority": "x"})),
        create_with_ssl(
            "a.bücher.de",
            json!({"method": "txt", "type": "dv", "certificate_authority": "google"}),
        ),
        c(json!({"method": "txt", "type": "dv", "bundle_method": "x"})),
        c(json!({"method": "txt", "type": "dv", "settings": {"min_tls_version": "2"}})),
        c(json!({"method": "txt", "type": "dv", "settings": {"http2": "x"}})),
        c(json!({"method": "txt", "type": "dv", "settings": {"ciphers": ["a b"]}})),
        c(json!({"method": "txt", "type": "dv", "settings": {"ciphers": ["A", "A"]}})),
        c(
            json!({"method": "txt", "type": "dv", "settings": {"min_tls_version": "1.3", "ciphers": ["A"]}}),
        ),
        c(json!({"method": "txt", "type": "dv", "wildcard": true, "settings": {"http2": "on"}})),
        json!({"op": "create", "zoneId": ZONE, "hostname": "*.customer-shop.com", "customOriginSni": ":request_host_header:"}),
        json!({"op": "create", "zoneId": ZONE, "hostname": h, "customMetadata": {"a": {}}}),
        json!({"op": "create", "zoneId": ZONE, "hostname": h, "customMetadata": {"a": "x".repeat(5000)}}),
        create_with_ssl(
            &format!("{}.customer-shop.com", "a".repeat(60)),
            json!({"method": "txt", "type": "dv"}),
        ),
        c(json!({"method": "txt", "type": "dv", "custom_key": "k", "custom_csr_id": "c"})),
        c(json!({"method": "txt", "type": "dv", "custom_key": "k"})),
        c(json!({"method": "txt", "type": "dv", "custom_cert_bundle": []})),
        c(json!({"method": "txt", "type": "dv", "custom_certificate": "x", "custom_key": "k"})),
        json!({"op": "list", "zoneId": ZONE, "id": ID, "hostname": h}),
        json!({"op": "list", "zoneId": ZONE, "perPage": 1}),
        json!({"op": "list", "zoneId": ZONE, "hostnameContain": "x".repeat(300)}),
        json!({"op": "list", "zoneId": ZONE, "hostnameContain": ""}),
        json!({"op": "list", "zoneId": ZONE, "id": "x"}),
        json!({"op": "list", "zoneId": ZONE, "order": "x"}),
        json!({"op": "list", "zoneId": ZONE, "hostnameContain": "a b"}),
        json!({"op": "refresh", "zoneId": ZONE, "customHostnameId": ID}),
        json!({"op": "refresh", "zoneId": ZONE, "method": "txt"}),
        json!({"op": "create", "zoneId": ZONE, "hostname": "a..b"}),
    ];
    if cfg!(feature = "certificate-checks") {
        let cert = |name: &str| super::support::read("api/certs", name);
        let pair = |c: &str, k: &str| {
            create_with_ssl(
                h,
                json!({"method": "txt", "type": "dv", "custom_certificate": cert(c), "custom_key": cert(k)}),
            )
        };
        examples.extend([
            create_with_ssl(h, json!({"method": "txt", "type": "dv", "custom_cert_bundle": [
                {"custom_certificate": cert("rsa-leaf.pem"), "custom_key": cert("rsa-leaf.key")},
                {"custom_certificate": cert("wildcard-leaf.pem"), "custom_key": cert("wildcard-leaf.key")}]})),
            create_with_ssl(h, json!({"method": "txt", "type": "dv", "custom_certificate":
                format!("{}{}", cert("rsa-leaf.pem"), cert("ec-leaf.pem")), "custom_key": cert("rsa-leaf.key")})),
            pair("ca.pem", "rsa-leaf.key"),
            pair("self-signed.pem", "self-signed.key"),
            pair("ec384-leaf.pem", "ec384-leaf.key"),
            create_with_ssl("b.customer-shop.com", json!({"method": "txt", "type": "dv",
                "custom_certificate": cert("rsa-leaf.pem"), "custom_key": cert("rsa-leaf.key")})),
            pair("rsa-leaf.pem", "encrypted.key"),
            pair("rsa-leaf.pem", "other-rsa.key"),
        ]);
    }
    let mut seen_extra = BTreeSet::new();
    let seen: BTreeSet<String> = examples
        .into_iter()
        .map(|v| match Operation::from_json_value(&v) {
            Err(e) => e.code().to_owned(),
            Ok(op) => build(&op).expect_err(&v.to_string()).code().to_owned(),
        })
        .collect();
    let mut expected: BTreeSet<String> = custom_hostnames::api::request::ValidationErrorKind::CODES
        .iter()
        .map(|c| (*c).to_owned())
        .collect();
    if !cfg!(feature = "certificate-checks") {
        let framed = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
        let e = build(&op(c(json!({"method": "txt", "type": "dv", "custom_certificate": framed, "custom_key": "junk"})))).unwrap_err();
        assert_eq!(e.code(), "invalid_private_key");
        seen_extra.insert(e.code().to_owned());
        for code in [
            "cert_bundle_same_key_type",
            "multiple_leaf_certificates",
            "no_leaf_certificate",
            "self_signed_certificate",
            "unsupported_signature_algorithm",
            "certificate_hostname_mismatch",
            "key_certificate_mismatch",
        ] {
            expected.remove(code);
        }
    }
    let seen: BTreeSet<String> = seen.union(&seen_extra).cloned().collect();
    // The hostname model's own codes appear too (wrapped with the field).
    let extra: Vec<_> = seen.difference(&expected).collect();
    assert_eq!(extra, ["empty_label"], "codes outside CODES");
    let missing: Vec<_> = expected.difference(&seen).collect();
    assert!(
        missing.is_empty(),
        "validation codes without a refusing example: {missing:?}"
    );
}
