//! DNS instructions from an arbitrary custom-hostname JSON (or a whole
//! request), rendered to every format. Invariants: no panic; every record
//! is owned by a name inside the customer's zone; the zone file has the
//! RFC 1035 §5 structure (see `assert_zonefile_structure`); the JSON form
//! reads back to the same instructions.
#![no_main]

use custom_hostnames::dns::{
    DcvPreference, DomainConnectOptions, Format, Instructions, RenderOptions, Request,
    instructions, providers, render,
};
use custom_hostnames_fuzz::{assert_names_in_zone, assert_zonefile_structure};
use libfuzzer_sys::fuzz_target;

const HOSTNAMES: [&str; 4] = [
    "app.customer.com",
    "customer.com",
    "*.shop.customer.co.uk",
    "deep.zone.customer.com",
];

fuzz_target!(|data: &[u8]| {
    let Some((&knobs, body)) = data.split_first() else {
        return;
    };
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(body) else {
        return;
    };
    // Odd first byte: a whole request when the JSON is one. Otherwise the
    // JSON is the custom hostname of a request whose other fields the first
    // byte picks.
    let whole = (knobs & 1 == 1)
        .then(|| serde_json::from_value::<Request>(value.clone()).ok())
        .flatten();
    let request = match whole {
        Some(r) => r,
        _ => {
            let list = providers::providers();
            Request {
                hostname: HOSTNAMES[usize::from(knobs) % HOSTNAMES.len()].to_owned(),
                cname_target: "customers.saasprovider.com".to_owned(),
                custom_hostname: Some(value),
                zone: (knobs & 0x80 != 0).then(|| "zone.customer.com".to_owned()),
                provider: list
                    .get(usize::from(knobs >> 2) % (list.len() + 1))
                    .map(|p| p.id.clone()),
                dcv: match (knobs >> 4) % 3 {
                    0 => DcvPreference::Auto,
                    1 => DcvPreference::Txt,
                    _ => DcvPreference::Delegation,
                },
                live: knobs & 0x40 != 0,
                dcv_delegation_uuid: (knobs & 0x08 != 0).then(|| "abc123def456ghi7".to_owned()),
                ..Request::default()
            }
        }
    };
    let Ok(instr) = instructions(&request) else {
        return;
    };
    assert_names_in_zone(&instr);
    let options = RenderOptions {
        service_name: Some("Acme <b>\"SaaS\"</b>".to_owned()),
        domain_connect: Some(DomainConnectOptions {
            provider_id: Some("saasprovider.com".to_owned()),
            service_id: Some("custom-hostname".to_owned()),
            ..DomainConnectOptions::default()
        }),
    };
    for format in [
        Format::Text,
        Format::Markdown,
        Format::Html,
        Format::Zonefile,
        Format::Json,
        Format::DomainConnect,
    ] {
        let Ok(out) = render(&instr, format, &options) else {
            assert_eq!(format, Format::DomainConnect, "{format:?} refused");
            continue;
        };
        match format {
            Format::Zonefile => assert_zonefile_structure(&instr.zone, &out),
            Format::Json => {
                let back: Instructions = serde_json::from_str(&out).expect("JSON reads back");
                assert_eq!(back, instr, "JSON round trip");
            }
            _ => {}
        }
    }
});
