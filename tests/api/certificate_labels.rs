//! Without the `certificate-checks` feature only the PEM framing of custom
//! certificates and keys is checked, and a warning says so.

use serde_json::json;

use super::requests::{ZONE, ok, refused};
use custom_hostnames::diagnostic::Coded;

const CERT: &str = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
const KEY: &str = "-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n-----BEGIN EC PRIVATE KEY-----\nMHc\n-----END EC PRIVATE KEY-----\n";

fn create(cert: &str, key: &str) -> serde_json::Value {
    json!({"op": "create", "zoneId": ZONE, "hostname": "app.customer-shop.com",
           "ssl": {"method": "txt", "type": "dv", "custom_certificate": cert, "custom_key": key}})
}

#[test]
fn framing_only() {
    let built = ok(create(CERT, KEY));
    let codes: Vec<&str> = built.warnings.iter().map(|w| w.code.as_str()).collect();
    assert!(codes.contains(&"certificate_not_checked"));
    assert!(codes.contains(&"ec_parameters_removed"));
    let key = built.request.body.unwrap()["ssl"]["custom_key"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(key.starts_with("-----BEGIN EC PRIVATE KEY-----"));
    assert_eq!(refused(create(KEY, KEY)).code(), "invalid_certificate");
    assert_eq!(refused(create(CERT, CERT)).code(), "invalid_private_key");
    assert_eq!(refused(create("junk", KEY)).code(), "invalid_certificate");
    let encrypted =
        "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----\n";
    assert_eq!(
        refused(create(CERT, encrypted)).code(),
        "invalid_private_key"
    );
}
