//! Custom certificate and key checks (spec §3.3, errors 1426–1429,
//! 1441, 1444–1447) on the throw-away certificates in
//! `tests/fixtures/api/certs/`.

use custom_hostnames::api::request::{Operation, build};
use custom_hostnames::diagnostic::Coded;
use serde_json::{Value, json};

use super::requests::{ID, ZONE, ok};
use super::support::read;

fn cert(name: &str) -> String {
    read("api/certs", name)
}

fn create(hostname: &str, ssl_extra: Value) -> Value {
    let mut ssl = json!({"method": "txt", "type": "dv"});
    ssl.as_object_mut()
        .unwrap()
        .extend(ssl_extra.as_object().unwrap().clone());
    json!({"op": "create", "zoneId": ZONE, "hostname": hostname, "ssl": ssl})
}

fn with_pair(hostname: &str, cert_file: &str, key_file: &str) -> Value {
    create(
        hostname,
        json!({"custom_certificate": cert(cert_file), "custom_key": cert(key_file)}),
    )
}

fn refusal(value: Value) -> (String, String) {
    let operation = Operation::from_json_value(&value).unwrap();
    let error = build(&operation).expect_err("should be refused");
    (error.code().to_owned(), error.field().to_owned())
}

const HOST: &str = "app.customer-shop.com";

#[test]
fn matching_pairs_are_accepted() {
    for (c, k) in [
        ("rsa-leaf.pem", "rsa-leaf.key"),
        ("ec-leaf.pem", "ec-leaf.pkcs8.key"),
    ] {
        let built = ok(with_pair(HOST, c, k));
        let ssl = &built.request.body.as_ref().unwrap()["ssl"];
        assert_eq!(ssl["custom_certificate"], json!(cert(c)), "{c}");
        assert_eq!(ssl["custom_key"], json!(cert(k)), "{k}");
    }
    // Also covered by the second SAN, and a certificate followed by its CA.
    ok(with_pair(
        "www.customer-shop.com",
        "rsa-leaf.pem",
        "rsa-leaf.key",
    ));
    let chain = format!("{}{}", cert("rsa-leaf.pem"), cert("ca.pem"));
    ok(create(
        HOST,
        json!({"custom_certificate": chain, "custom_key": cert("rsa-leaf.key")}),
    ));
}

#[test]
fn ec_parameters_block_is_removed_with_a_warning() {
    let built = ok(with_pair(HOST, "ec-leaf.pem", "ec-leaf.key"));
    let key = built.request.body.unwrap()["ssl"]["custom_key"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(!key.contains("EC PARAMETERS"));
    assert!(key.starts_with("-----BEGIN EC PRIVATE KEY-----"));
    assert!(cert("ec-leaf.key").ends_with(&key));
    assert!(
        built
            .warnings
            .iter()
            .any(|w| w.code == "ec_parameters_removed")
    );
}

#[test]
fn wildcard_certificates_cover_one_label() {
    let wildcard = |h: &str| with_pair(h, "wildcard-leaf.pem", "wildcard-leaf.key");
    ok(wildcard("*.customer-shop.com"));
    ok(wildcard("shop.customer-shop.com"));
    assert_eq!(
        refusal(wildcard("a.b.customer-shop.com")).0,
        "certificate_hostname_mismatch"
    );
    assert_eq!(
        refusal(wildcard("customer-shop.com")).0,
        "certificate_hostname_mismatch"
    );
}

#[test]
fn certificate_refusals() {
    let cases = [
        (
            with_pair("other.customer-shop.com", "rsa-leaf.pem", "rsa-leaf.key"),
            "certificate_hostname_mismatch",
            "ssl.custom_certificate",
        ),
        (
            with_pair(HOST, "rsa-leaf.pem", "other-rsa.key"),
            "key_certificate_mismatch",
            "ssl.custom_key",
        ),
        (
            with_pair(HOST, "rsa-leaf.pem", "ec-leaf.pkcs8.key"),
            "key_certificate_mismatch",
            "ssl.custom_key",
        ),
        (
            with_pair(HOST, "ec-leaf.pem", "rsa-leaf.key"),
            "key_certificate_mismatch",
            "ssl.custom_key",
        ),
        (
            with_pair(HOST, "rsa-leaf.pem", "encrypted.key"),
            "invalid_private_key",
            "ssl.custom_key",
        ),
        (
            with_pair(HOST, "rsa-leaf.pem", "rsa-leaf.pem"),
            "invalid_private_key",
            "ssl.custom_key",
        ),
        (
            with_pair(HOST, "self-signed.pem", "self-signed.key"),
            "self_signed_certificate",
            "ssl.custom_certificate",
        ),
        (
            with_pair(HOST, "ec384-leaf.pem", "ec384-leaf.key"),
            "unsupported_signature_algorithm",
            "ssl.custom_certificate",
        ),
        (
            with_pair(HOST, "ca.pem", "rsa-leaf.key"),
            "no_leaf_certificate",
            "ssl.custom_certificate",
        ),
        (
            with_pair(HOST, "rsa-leaf.key", "rsa-leaf.key"),
            "invalid_certificate",
            "ssl.custom_certificate",
        ),
        (
            create(
                HOST,
                json!({"custom_certificate": "not pem", "custom_key": cert("rsa-leaf.key")}),
            ),
            "invalid_certificate",
            "ssl.custom_certificate",
        ),
        (
            create(
                HOST,
                json!({"custom_certificate": cert("rsa-leaf.pem").replace('\n', "\\n"), "custom_key": cert("rsa-leaf.key")}),
            ),
            "invalid_certificate",
            "ssl.custom_certificate",
        ),
        (
            create(
                HOST,
                json!({"custom_certificate": format!("{}{}", cert("rsa-leaf.pem"), cert("ec-leaf.pem")), "custom_key": cert("rsa-leaf.key")}),
            ),
            "multiple_leaf_certificates",
            "ssl.custom_certificate",
        ),
        (
            create(HOST, json!({"custom_certificate": cert("rsa-leaf.pem")})),
            "certificate_key_pair_incomplete",
            "ssl.custom_key",
        ),
        (
            create(HOST, json!({"custom_key": cert("rsa-leaf.key")})),
            "certificate_key_pair_incomplete",
            "ssl.custom_certificate",
        ),
        (
            create(
                HOST,
                json!({"custom_cert_bundle": [
            {"custom_certificate": cert("rsa-leaf.pem"), "custom_key": cert("rsa-leaf.key")},
            {"custom_certificate": cert("wildcard-leaf.pem"), "custom_key": cert("wildcard-leaf.key")}]}),
            ),
            "cert_bundle_same_key_type",
            "ssl.custom_cert_bundle",
        ),
        (
            create(
                HOST,
                json!({"custom_cert_bundle": [
            {"custom_certificate": cert("rsa-leaf.pem"), "custom_key": cert("other-rsa.key")}]}),
            ),
            "key_certificate_mismatch",
            "ssl.custom_cert_bundle[0].custom_key",
        ),
    ];
    for (value, code, field) in cases {
        assert_eq!(
            refusal(value.clone()),
            (code.to_owned(), field.to_owned()),
            "{}",
            &value.to_string()[..200.min(value.to_string().len())]
        );
    }
}

#[test]
fn bundle_of_rsa_and_ecdsa_and_csr_id() {
    let built = ok(create(
        HOST,
        json!({"custom_cert_bundle": [
        {"custom_certificate": cert("rsa-leaf.pem"), "custom_key": cert("rsa-leaf.key")},
        {"custom_certificate": cert("ec-leaf.pem"), "custom_key": cert("ec-leaf.pkcs8.key")}]}),
    ));
    assert_eq!(
        built.request.body.unwrap()["ssl"]["custom_cert_bundle"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    // A CSR id instead of the key: certificate checked, no key needed.
    ok(create(
        HOST,
        json!({"custom_certificate": cert("rsa-leaf.pem"),
                           "custom_csr_id": "7b163417-1d2b-4c84-a38a-2fb7a0cd7752"}),
    ));
}

#[test]
fn replace_certificate_in_pack() {
    let value = json!({"op": "replaceCertificate", "zoneId": ZONE, "customHostnameId": ID,
        "certificatePackId": "pack1", "certificateId": "cert1",
        "customCertificate": cert("ec-leaf.pem"), "customKey": cert("ec-leaf.pkcs8.key"),
        "currentHostname": HOST});
    let built = ok(value.clone());
    assert_eq!(built.request.method.as_str(), "PUT");
    assert_eq!(
        built.request.path,
        format!("/zones/{ZONE}/custom_hostnames/{ID}/certificate_pack/pack1/certificates/cert1")
    );
    assert_eq!(
        built.request.body,
        Some(
            json!({"custom_certificate": cert("ec-leaf.pem"), "custom_key": cert("ec-leaf.pkcs8.key")})
        )
    );
    assert!(built.warnings.is_empty(), "{:?}", built.warnings);
    let mut unknown_host = value.clone();
    unknown_host
        .as_object_mut()
        .unwrap()
        .remove("currentHostname");
    assert!(
        ok(unknown_host)
            .warnings
            .iter()
            .any(|w| w.code == "certificate_hostname_unchecked")
    );
    let mut wrong = value;
    wrong["customKey"] = json!(cert("other-rsa.key"));
    assert_eq!(
        refusal(wrong),
        (
            "key_certificate_mismatch".to_owned(),
            "custom_key".to_owned()
        )
    );
}
