//! The PATCH rules of spec §11.1 and the certificate authorities' own name
//! rules, enforced by the request builder before the call: a CA change
//! carries `ssl.type` and `ssl.method`; an edit keeps the TLS settings, CA
//! and wildcard flag it does not name (from the fetched object); an `ssl`
//! that only repeats the current one beside a metadata change is left out;
//! an IDN name without a CA and a reserved-hyphen label for Let's Encrypt
//! are warned about, with the authorities that can issue in `data`.

use serde_json::{Value, json};

use super::requests::{ID, ZONE, codes, ok, why};
use crate::common::fixture;

/// The recorded edit response whose hostname has `http2: off, tls_1_3: on`.
fn with_settings() -> Value {
    let envelope: Value = serde_json::from_str(&fixture(
        "cloudflare/edit-response-ssl-settings-http2-off-tls13-on.json",
    ))
    .unwrap();
    envelope["result"].clone()
}

fn warning<'a>(
    built: &'a custom_hostnames::api::request::Built,
    code: &str,
) -> &'a custom_hostnames::diagnostic::Warning {
    built
        .warnings
        .iter()
        .find(|w| w.code == code)
        .unwrap_or_else(|| panic!("no {code} warning in {:?}", built.warnings))
}

#[test]
fn a_ca_change_without_method_and_type_is_refused() {
    let (code, field) = why(json!({
        "op": "edit", "zoneId": ZONE, "customHostnameId": ID,
        "ssl": {"certificate_authority": "lets_encrypt"}
    }));
    assert_eq!(
        (code.as_str(), field.as_str()),
        ("ssl_method_and_type_required", "ssl.method")
    );
    let (code, field) = why(json!({
        "op": "edit", "zoneId": ZONE, "customHostnameId": ID,
        "ssl": {"method": "txt", "certificate_authority": "lets_encrypt"}
    }));
    assert_eq!(
        (code.as_str(), field.as_str()),
        ("ssl_method_and_type_required", "ssl.type")
    );
}

#[test]
fn an_edit_keeps_the_current_tls_settings_it_does_not_name() {
    let built = ok(json!({
        "op": "edit", "zoneId": ZONE, "customHostnameId": ID,
        "customHostname": with_settings(),
        "ssl": {"method": "txt", "type": "dv", "certificate_authority": "lets_encrypt"}
    }));
    let body = built.request.body.as_ref().unwrap();
    assert_eq!(
        body["ssl"],
        json!({"method": "txt", "type": "dv", "certificate_authority": "lets_encrypt",
               "settings": {"http2": "off", "tls_1_3": "on"}})
    );
    assert_eq!(
        warning(&built, "kept_current_ssl").data,
        Some(json!({"fields": ["settings"]}))
    );
}

#[test]
fn settings_named_by_the_edit_win() {
    let built = ok(json!({
        "op": "edit", "zoneId": ZONE, "customHostnameId": ID,
        "customHostname": with_settings(),
        "ssl": {"method": "http", "type": "dv", "settings": {"min_tls_version": "1.2"}}
    }));
    let body = built.request.body.as_ref().unwrap();
    assert_eq!(body["ssl"]["settings"], json!({"min_tls_version": "1.2"}));
    assert!(
        !codes(&built).contains(&"kept_current_ssl"),
        "{:?}",
        built.warnings
    );
}

#[test]
fn an_edit_without_the_fetched_object_warns_that_settings_may_be_lost() {
    let built = ok(json!({
        "op": "edit", "zoneId": ZONE, "customHostnameId": ID,
        "ssl": {"method": "txt", "type": "dv", "certificate_authority": "ssl_com"}
    }));
    assert!(
        codes(&built).contains(&"ssl_settings_not_kept"),
        "{:?}",
        built.warnings
    );
    let with_settings_given = ok(json!({
        "op": "edit", "zoneId": ZONE, "customHostnameId": ID,
        "ssl": {"method": "txt", "type": "dv", "settings": {"http2": "on"}}
    }));
    assert!(!codes(&with_settings_given).contains(&"ssl_settings_not_kept"));
}

#[test]
fn a_metadata_edit_drops_an_ssl_that_only_repeats_the_current_one() {
    let mut current = with_settings();
    current["ssl"]["method"] = json!("txt");
    current["ssl"]["certificate_authority"] = json!("google");
    let built = ok(json!({
        "op": "edit", "zoneId": ZONE, "customHostnameId": ID,
        "customHostname": current,
        "ssl": {"method": "txt", "type": "dv"},
        "customMetadata": {"plan": "pro"}
    }));
    let body = built.request.body.as_ref().unwrap();
    assert_eq!(body, &json!({"custom_metadata": {"plan": "pro"}}));
    assert!(codes(&built).contains(&"ssl_omitted_for_metadata_edit"));

    // A real change of the certificate beside the metadata is sent.
    let changed = ok(json!({
        "op": "edit", "zoneId": ZONE, "customHostnameId": ID,
        "customHostname": current,
        "ssl": {"method": "txt", "type": "dv", "certificate_authority": "lets_encrypt"},
        "customMetadata": {"plan": "pro"}
    }));
    let body = changed.request.body.as_ref().unwrap();
    assert_eq!(body["ssl"]["certificate_authority"], "lets_encrypt");
    assert_eq!(
        body["ssl"]["settings"],
        json!({"http2": "off", "tls_1_3": "on"})
    );
}

#[test]
fn an_ssl_only_edit_that_repeats_the_current_one_is_a_refresh_and_is_sent() {
    let mut current = with_settings();
    current["ssl"]["method"] = json!("txt");
    let built = ok(json!({
        "op": "edit", "zoneId": ZONE, "customHostnameId": ID,
        "customHostname": current, "ssl": {"method": "txt", "type": "dv"}
    }));
    let body = built.request.body.as_ref().unwrap();
    assert_eq!(body["ssl"]["method"], "txt");
    assert_eq!(
        body["ssl"]["settings"],
        json!({"http2": "off", "tls_1_3": "on"})
    );
}

#[test]
fn the_fetched_object_must_be_the_edited_one() {
    let mut other = with_settings();
    other["id"] = json!("11111111-2222-3333-4444-555555555555");
    let (code, field) = why(json!({
        "op": "edit", "zoneId": ZONE, "customHostnameId": ID,
        "customHostname": other, "customMetadata": {}
    }));
    assert_eq!(
        (code.as_str(), field.as_str()),
        ("edited_object_mismatch", "custom_hostname")
    );
}

#[test]
fn a_refresh_repeats_the_current_settings() {
    let mut current = with_settings();
    current["ssl"]["method"] = json!("http");
    let built = ok(json!({"op": "refresh", "zoneId": ZONE, "customHostname": current}));
    assert_eq!(
        built.request.body.as_ref().unwrap()["ssl"],
        json!({"method": "http", "type": "dv", "settings": {"http2": "off", "tls_1_3": "on"}})
    );
}

#[test]
fn an_idn_name_without_a_ca_lists_the_cas_that_can_issue() {
    for ssl in [
        json!({"method": "txt", "type": "dv"}),
        json!({"method": "http", "type": "dv", "certificate_authority": ""}),
    ] {
        let built = ok(json!({
            "op": "create", "zoneId": ZONE, "hostname": "bücher.example-shop.de", "ssl": ssl
        }));
        let w = warning(&built, "idn_certificate_authority");
        assert_eq!(
            w.data,
            Some(json!({"certificateAuthorities": ["lets_encrypt", "ssl_com"]}))
        );
    }
    let chosen = ok(json!({
        "op": "create", "zoneId": ZONE, "hostname": "bücher.example-shop.de",
        "ssl": {"method": "txt", "type": "dv", "certificate_authority": "ssl_com"}
    }));
    assert!(!codes(&chosen).contains(&"idn_certificate_authority"));
    let ascii = ok(json!({
        "op": "create", "zoneId": ZONE, "hostname": "shop.example-shop.de",
        "ssl": {"method": "txt", "type": "dv"}
    }));
    assert!(!codes(&ascii).contains(&"idn_certificate_authority"));
}

#[test]
fn a_reserved_hyphen_label_is_warned_for_lets_encrypt_only() {
    let host = "r3---sn-abc.video-customer.com";
    for ca in [json!("lets_encrypt"), json!(""), Value::Null] {
        let mut ssl = json!({"method": "txt", "type": "dv"});
        if !ca.is_null() {
            ssl["certificate_authority"] = ca.clone();
        }
        let built = ok(json!({"op": "create", "zoneId": ZONE, "hostname": host, "ssl": ssl}));
        let w = warning(&built, "reserved_hyphen_label");
        assert_eq!(
            w.data,
            Some(
                json!({"label": "r3---sn-abc", "refusedBy": ["lets_encrypt"],
                        "certificateAuthorities": ["google", "ssl_com"]})
            ),
            "{ca}"
        );
    }
    for ca in ["google", "ssl_com"] {
        let built = ok(json!({"op": "create", "zoneId": ZONE, "hostname": host,
                              "ssl": {"method": "txt", "type": "dv", "certificate_authority": ca}}));
        assert!(!codes(&built).contains(&"reserved_hyphen_label"), "{ca}");
    }
    // A-labels are the one legitimate use of hyphens in positions 3 and 4.
    let idn = ok(
        json!({"op": "create", "zoneId": ZONE, "hostname": "xn--bcher-kva.example-shop.de",
                        "ssl": {"method": "txt", "type": "dv", "certificate_authority": "lets_encrypt"}}),
    );
    assert!(!codes(&idn).contains(&"reserved_hyphen_label"));
}

#[test]
fn more_than_ten_labels_is_warned_for_lets_encrypt() {
    let deep = "a.b.c.d.e.f.g.h.i.customer-shop.com";
    assert_eq!(deep.split('.').count(), 11);
    let built = ok(json!({"op": "create", "zoneId": ZONE, "hostname": deep,
                          "ssl": {"method": "txt", "type": "dv", "certificate_authority": "lets_encrypt"}}));
    assert_eq!(
        warning(&built, "too_many_labels_for_lets_encrypt").data,
        Some(
            json!({"labels": 11, "refusedBy": ["lets_encrypt"], "certificateAuthorities": ["google", "ssl_com"]})
        )
    );
    let ten = "b.c.d.e.f.g.h.i.customer-shop.com";
    let built = ok(json!({"op": "create", "zoneId": ZONE, "hostname": ten,
                          "ssl": {"method": "txt", "type": "dv", "certificate_authority": "lets_encrypt"}}));
    assert!(!codes(&built).contains(&"too_many_labels_for_lets_encrypt"));
    let google = ok(json!({"op": "create", "zoneId": ZONE, "hostname": deep,
                           "ssl": {"method": "txt", "type": "dv", "certificate_authority": "google"}}));
    assert!(!codes(&google).contains(&"too_many_labels_for_lets_encrypt"));
}
