//! Refusals and warnings of request building: the ssl × wildcard × CA
//! rules, field rules, malformed operations, and one refusing example per
//! validation code.

use custom_hostnames::api::request::{Operation, build};
use custom_hostnames::diagnostic::Coded;
use serde_json::{Value, json};

use super::requests::{ID, ZONE, codes, ok, op, refused, why};

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
        json!({"op": "edit", "zoneId": ZONE, "customHostnameId": ID, "customMetadata": {},
               "customHostname": {"id": "another-object-id", "hostname": h}}),
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
        .map(|c| c.as_str().to_owned())
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
