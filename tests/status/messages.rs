//! The message catalogue: every key the interpreter can ask for exists in
//! English, and every template only uses the placeholders it is given.

use std::collections::BTreeSet;

use custom_hostnames::api::{HostnameStatus, SslStatus};
use custom_hostnames::status::Phase;
use custom_hostnames::status::catalogue::CATALOGUE;
use custom_hostnames::status::messages::{Locale, english_keys, placeholders};

fn required_keys() -> Vec<String> {
    let mut keys: Vec<String> = Phase::ALL
        .iter()
        .map(|p| format!("phase.{}", p.as_str()))
        .collect();
    keys.extend(
        HostnameStatus::KNOWN
            .iter()
            .map(|s| format!("hostname.{}", s.as_str())),
    );
    keys.extend(
        SslStatus::KNOWN
            .iter()
            .map(|s| format!("certificate.{}", s.as_str())),
    );
    keys.extend(
        [
            "hostname.unknown",
            "hostname.unreported",
            "certificate.unknown",
            "certificate.unreported",
            "certificate.none",
        ]
        .map(String::from),
    );
    for entry in CATALOGUE {
        keys.push(format!("error.{}.cause", entry.code));
        keys.push(format!("error.{}.fix", entry.code));
    }
    keys.extend(["error.unrecognised.cause", "error.unrecognised.fix"].map(String::from));
    for code in [
        "hostname_validation_ends",
        "dcv_token_expires",
        "moved_hostname_deleted",
        "renewal_window_opens",
        "certificate_expires",
    ] {
        keys.push(format!("deadline.{code}"));
    }
    for stage in [
        "validation",
        "issuance",
        "deployment",
        "deletion",
        "renewal",
    ] {
        for outcome in ["succeeded", "failed"] {
            keys.push(format!("webhook.{stage}.{outcome}"));
        }
    }
    keys.push("webhook.renewal.upcoming_certificate_expiration_notification".to_owned());
    keys
}

#[test]
fn every_required_key_exists_in_english() {
    let have: BTreeSet<&str> = english_keys().collect();
    for key in required_keys() {
        assert!(have.contains(key.as_str()), "English catalogue lacks {key}");
    }
}

#[test]
fn keys_are_unique() {
    let keys: Vec<&str> = english_keys().collect();
    let unique: BTreeSet<&str> = keys.iter().copied().collect();
    assert_eq!(keys.len(), unique.len());
}

#[test]
fn placeholders_are_from_the_known_set() {
    let allowed = [
        "host", "status", "target", "name", "value", "url", "body", "count", "emails", "reason",
        "ca", "days", "type", // the edge observation (src/status/edge.rs):
        "issuer", "names", "date",
    ];
    for key in english_keys() {
        let template = Locale::En.template(key).unwrap();
        for name in placeholders(template) {
            assert!(
                allowed.contains(&name),
                "{key}: unexpected placeholder {{{name}}}"
            );
        }
    }
}
