//! CAA decisions (RFC 8659 §3 and §4, reference §8.7), table-driven.

use std::collections::BTreeMap;

use cf_sim::dns::resolve::DnsView;
use cf_sim::dns::{DnsStore, Rec, RecData};
use cf_sim::lifecycle::{SslRequest, new_ssl};
use cf_sim::state::Hostname;
use cf_sim::validation::check_caa;
use serde_json::json;

fn hostname(name: &str, ca: Option<&str>, wildcard: bool) -> Hostname {
    let now = time::OffsetDateTime::now_utc();
    let req = SslRequest {
        method: "txt".into(),
        kind: "dv".into(),
        ca: ca.map(str::to_string),
        wildcard,
        bundle_method: "ubiquitous".into(),
        settings: None,
        cloudflare_branding: None,
    };
    let ssl = new_ssl(name, &req, now);
    let mut h: Hostname = serde_json::from_value(json!({
        "id": "00000000-0000-4000-8000-000000000001",
        "hostname": name,
        "created_at": "2026-01-01T00:00:00Z",
        "status": "pending",
        "status_since": "2026-01-01T00:00:00Z",
        "verification_errors": [],
        "ownership_token": "t",
        "ownership_http_id": "i",
        "custom_metadata": null,
        "custom_origin_server": null,
        "custom_origin_sni": null,
        "sched": { "attempt": 0, "next": null },
        "ssl": null
    }))
    .unwrap();
    h.ssl = Some(ssl);
    h
}

fn caa(flags: u8, tag: &str, value: &str) -> RecData {
    RecData::Caa {
        flags,
        tag: tag.into(),
        value: value.into(),
    }
}

#[test]
fn caa_table() {
    type Case = (
        &'static str,
        Vec<(&'static str, RecData)>,
        &'static str,
        Option<&'static str>,
        bool,
        Option<&'static str>,
    );
    let cases: Vec<Case> = vec![
        (
            "no CAA anywhere: default CA is Google",
            vec![],
            "shop.acme.io",
            None,
            false,
            Some("google"),
        ),
        (
            "parent allows LE: default falls back to LE",
            vec![("acme.io", caa(0, "issue", "letsencrypt.org"))],
            "shop.acme.io",
            None,
            false,
            Some("lets_encrypt"),
        ),
        (
            "parent allows LE: Google refused",
            vec![("acme.io", caa(0, "issue", "letsencrypt.org"))],
            "shop.acme.io",
            Some("google"),
            false,
            None,
        ),
        (
            "closest set wins: iodef-only at the host is unrestricted",
            vec![
                ("shop.acme.io", caa(0, "iodef", "mailto:sec@acme.io")),
                ("acme.io", caa(0, "issue", ";")),
            ],
            "shop.acme.io",
            Some("google"),
            false,
            Some("google"),
        ),
        (
            "issuewild forbids the wildcard name",
            vec![
                ("acme.io", caa(0, "issue", "pki.goog")),
                ("acme.io", caa(0, "issuewild", ";")),
            ],
            "shop.acme.io",
            Some("google"),
            true,
            None,
        ),
        (
            "issuewild ignored for the non-wildcard certificate",
            vec![
                ("acme.io", caa(0, "issue", "pki.goog")),
                ("acme.io", caa(0, "issuewild", ";")),
            ],
            "shop.acme.io",
            Some("google"),
            false,
            Some("google"),
        ),
        (
            "issuewild alone: plain name unrestricted, wildcard only LE",
            vec![("acme.io", caa(0, "issuewild", "letsencrypt.org"))],
            "shop.acme.io",
            None,
            true,
            Some("lets_encrypt"),
        ),
        (
            "unknown critical tag blocks",
            vec![("acme.io", caa(128, "tbs", "x"))],
            "shop.acme.io",
            None,
            false,
            None,
        ),
        (
            "unknown non-critical tag is ignored",
            vec![("acme.io", caa(0, "tbs", "x"))],
            "shop.acme.io",
            Some("ssl_com"),
            false,
            Some("ssl_com"),
        ),
        (
            "empty issuer forbids everyone",
            vec![("acme.io", caa(0, "issue", ";"))],
            "shop.acme.io",
            None,
            false,
            None,
        ),
        (
            "domain match is case-insensitive",
            vec![("acme.io", caa(0, "issue", "PKI.GOOG"))],
            "shop.acme.io",
            Some("google"),
            false,
            Some("google"),
        ),
        (
            "parameters after ';' are ignored",
            vec![(
                "acme.io",
                caa(0, "issue", "letsencrypt.org; validationmethods=dns-01"),
            )],
            "shop.acme.io",
            Some("lets_encrypt"),
            false,
            Some("lets_encrypt"),
        ),
        (
            "CNAME is followed at each level",
            vec![
                ("shop.acme.io", RecData::Cname("cdn.vendor.net".into())),
                ("cdn.vendor.net", caa(0, "issue", "ssl.com")),
            ],
            "shop.acme.io",
            None,
            false,
            Some("ssl_com"),
        ),
        (
            "wildcard hostname uses issuewild of its base",
            vec![("acme.io", caa(0, "issuewild", "pki.goog"))],
            "*.acme.io",
            Some("lets_encrypt"),
            false,
            None,
        ),
    ];
    for (label, records, host, ca, wildcard, expected) in cases {
        let mut store = DnsStore::default();
        for (name, data) in records {
            store.add(name, Rec { ttl: 300, data }).unwrap();
        }
        let dynamic = BTreeMap::new();
        let view = DnsView {
            store: &store,
            dynamic: &dynamic,
        };
        let h = hostname(host, ca, wildcard);
        let got = check_caa(&view, &h, h.ssl.as_ref().unwrap());
        assert_eq!(got.as_deref(), expected, "{label}");
    }
}

#[test]
fn record_values_parse_and_print() {
    let ok = [
        ("A", json!("192.0.2.1"), "192.0.2.1"),
        ("AAAA", json!("2001:db8::1"), "2001:db8::1"),
        ("CNAME", json!("Target.Example.NET."), "target.example.net."),
        ("MX", json!("10 mx.acme.io"), "10 mx.acme.io."),
        ("TXT", json!("v=spf1 -all"), "\"v=spf1 -all\""),
        ("TXT", json!(["a", "b c"]), "\"a\" \"b c\""),
        (
            "CAA",
            json!("0 issue \"pki.goog; cansignhttpexchanges=yes\""),
            "0 issue \"pki.goog; cansignhttpexchanges=yes\"",
        ),
        (
            "SOA",
            json!("ns1.acme.io hostmaster.acme.io 1 7200 3600 1209600 300"),
            "ns1.acme.io. hostmaster.acme.io. 1 7200 3600 1209600 300",
        ),
    ];
    for (t, v, printed) in ok {
        assert_eq!(
            RecData::parse(t, &v).unwrap().presentation(),
            printed,
            "{t} {v}"
        );
    }
    let long = "x".repeat(600);
    match RecData::parse("TXT", &json!(long)).unwrap() {
        RecData::Txt(parts) => assert_eq!(
            parts.iter().map(String::len).collect::<Vec<_>>(),
            vec![255, 255, 90]
        ),
        other => panic!("{other:?}"),
    }
    for (t, v) in [
        ("A", json!("::1")),
        ("AAAA", json!("1.2.3.4")),
        ("CAA", json!("issue pki.goog")),
        ("SOA", json!("a b c")),
        ("HTTPS", json!("1 .")),
        ("TXT", json!(42)),
        ("CNAME", json!("bad name")),
    ] {
        assert!(RecData::parse(t, &v).is_err(), "{t} {v}");
    }
}
