//! DNS instructions from random (often hostile) custom hostnames never
//! name a record outside the customer's zone, and their zone file keeps the
//! RFC 1035 §5 line structure (the invariants of the `dns_instructions` fuzz
//! target, `fuzz/src/lib.rs`). That rendered zone files load back to the
//! same records in real parsers is checked by `tests/dns/zonefile.rs`.

use custom_hostnames::dns::{Format, RenderOptions, Request, instructions, render};
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::json;

use super::invariants::{assert_names_in_zone, assert_zonefile_structure};

const HOSTS: [(&str, Option<&str>); 5] = [
    ("app.customer.com", None),
    ("customer.com", None),
    ("*.shop.customer.co.uk", None),
    ("deep.zone.customer.com", Some("zone.customer.com")),
    ("bücher.kunde.de", None),
];

/// Record names: inside the zone, outside it, above it, hostile text.
fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        select(vec![
            "_acme-challenge.app.customer.com",
            "_cf-custom-hostname.app.customer.com",
            "_acme-challenge.customer.com",
            "_acme-challenge.shop.customer.co.uk",
            "_acme-challenge.deep.zone.customer.com",
            "_acme-challenge.evil.com",
            "customer.com.evil.com",
            "co.uk",
            "com",
            "",
            ".",
            "app.customer.com.",
            "APP.CUSTOMER.COM",
            "_acme-challenge.xn--bcher-kva.kunde.de",
            "a b.customer.com",
            "x\n$ORIGIN evil.com.\ny.customer.com",
            "*.customer.com",
        ])
        .prop_map(str::to_owned),
        "[a-z_\\-]{1,10}\\.(app\\.)?customer\\.com",
        ".{0,30}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z0-9_\\-]{1,40}",
        ".{0,60}",
        Just("\"; rm -rf /\n$TTL 1\n@ IN NS evil.".to_owned()),
        "[a-z]{250,300}",
    ]
}

fn request() -> impl Strategy<Value = Request> {
    (
        select(HOSTS.to_vec()),
        (name(), text()),
        prop::collection::vec((name(), text()), 0..3),
        prop::option::of(name()),
        select(vec!["txt", "http", "email", "cname", "bogus"]),
        select(vec!["auto", "txt", "delegation"]),
        any::<bool>(),
        prop::collection::vec((name(), select(vec!["A", "CNAME", "TXT", "CAA", "MX"]), text()), 0..3),
    )
        .prop_map(|((host, zone), own, records, cname_name, method, dcv, live, existing)| {
            let validation: Vec<_> = records
                .iter()
                .map(|(n, v)| json!({ "txt_name": n, "txt_value": v, "cname": cname_name, "cname_target": "dcv.cloudflare.com", "http_url": format!("http://{n}/.well-known/x"), "http_body": v }))
                .collect();
            let existing: Vec<_> = existing
                .iter()
                .map(|(n, t, v)| json!({ "name": n, "type": t, "value": v }))
                .collect();
            serde_json::from_value(json!({
                "hostname": host,
                "cnameTarget": "customers.saasprovider.com",
                "zone": zone,
                "dcv": dcv,
                "live": live,
                "dcvDelegationUuid": "abc123def456ghi7",
                "existingRecords": existing,
                "customHostname": {
                    "hostname": host,
                    "ownership_verification": { "type": "txt", "name": own.0, "value": own.1 },
                    "ssl": { "method": method, "type": "dv", "status": "pending_validation", "validation_records": validation, "dcv_delegation_records": [{ "cname": cname_name, "cname_target": "x.dcv.cloudflare.com" }] }
                }
            }))
            .unwrap()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn records_stay_in_the_zone_and_the_zone_file_keeps_its_structure(request in request()) {
        if let Ok(instr) = instructions(&request) {
            assert_names_in_zone(&instr);
            let zonefile = render(&instr, Format::Zonefile, &RenderOptions::default()).unwrap();
            assert_zonefile_structure(&instr.zone, &zonefile);
            for format in [Format::Text, Format::Markdown, Format::Html, Format::Json] {
                prop_assert!(render(&instr, format, &RenderOptions::default()).is_ok());
            }
        }
    }
}
