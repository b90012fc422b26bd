//! Property test: thousands of random valid operations (as JavaScript would
//! pass them) must build, and every built request must conform to the
//! official OpenAPI subset (path template, path and query parameters,
//! request body).

use custom_hostnames::api::request::{Operation, build};
use custom_hostnames::diagnostic::Coded;
use proptest::collection::{btree_map, vec};
use proptest::option;
use proptest::prelude::*;
use proptest::sample::{select, subsequence};
use serde_json::{Map, Value, json};

use super::openapi::spec;

const ZONES: [&str; 3] = [
    "023e105f4ecef8ad9ca31a8372d0c353",
    "00000000000000000000000000000000",
    "abcdefabcdefabcdefabcdefabcdef01",
];

fn uuid() -> impl Strategy<Value = String> {
    "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
}

/// Registrable domains under real public suffixes (special-use names are
/// refused by default, so none of example.com & co).
const DOMAINS: [&str; 6] = [
    "customer-shop.com",
    "kunde.de",
    "acme.co.uk",
    "bücher.de",
    "shop.com.au",
    "tienda.es",
];

fn hostname(allow_wildcard: bool) -> impl Strategy<Value = (String, bool)> {
    (
        vec("[a-z][a-z0-9]{0,9}", 0..3),
        select(DOMAINS.to_vec()),
        any::<bool>(),
        prop_oneof![Just(""), Just("HTTPS://"), Just("https://")],
    )
        .prop_map(move |(labels, domain, star, scheme)| {
            let wildcard = allow_wildcard && star;
            let mut parts: Vec<String> = Vec::new();
            if wildcard {
                parts.push("*".to_owned());
            }
            parts.extend(labels);
            parts.push(domain.to_owned());
            let scheme = if wildcard { "" } else { scheme };
            (format!("{scheme}{}", parts.join(".")), wildcard)
        })
}

const CIPHERS: [&str; 5] = [
    "ECDHE-RSA-AES128-GCM-SHA256",
    "ECDHE-ECDSA-AES128-GCM-SHA256",
    "ECDHE-RSA-CHACHA20-POLY1305",
    "AES128-SHA",
    "AES256-GCM-SHA384",
];

fn on_off() -> impl Strategy<Value = Option<&'static str>> {
    option::of(select(vec!["on", "off"]))
}

fn settings() -> impl Strategy<Value = Value> {
    (
        option::of(select(vec!["1.0", "1.1", "1.2", "1.3"])),
        option::of(subsequence(CIPHERS.to_vec(), 0..=CIPHERS.len())),
        on_off(),
        on_off(),
        on_off(),
    )
        .prop_map(|(min, ciphers, http2, tls13, hints)| {
            let mut s = Map::new();
            if let Some(min) = min {
                s.insert("min_tls_version".into(), json!(min));
            }
            if let Some(ciphers) = ciphers {
                if min != Some("1.3") {
                    s.insert("ciphers".into(), json!(ciphers));
                }
            }
            for (k, v) in [("http2", http2), ("tls_1_3", tls13), ("early_hints", hints)] {
                if let Some(v) = v {
                    s.insert(k.into(), json!(v));
                }
            }
            Value::Object(s)
        })
}

/// A valid `ssl` for a hostname (wildcard and IDN decide what is allowed).
fn ssl(wildcard_host: bool, idn: bool) -> impl Strategy<Value = Value> {
    (
        select(vec!["http", "txt", "email"]),
        option::of(select(vec![
            "google",
            "lets_encrypt",
            "ssl_com",
            "digicert",
        ])),
        option::of(select(vec!["ubiquitous", "optimal", "force"])),
        option::of(any::<bool>()),
        option::of(any::<bool>()),
        option::of(settings()),
    )
        .prop_map(move |(method, ca, bundle, wildcard, branding, settings)| {
            let wildcard_cert = wildcard_host || wildcard == Some(true);
            let method = if wildcard_cert && method == "http" {
                "txt"
            } else {
                method
            };
            let mut s = Map::new();
            s.insert("method".into(), json!(method));
            s.insert("type".into(), json!("dv"));
            if let Some(ca) = ca {
                let ca = if idn && ca == "google" {
                    "lets_encrypt"
                } else {
                    ca
                };
                s.insert("certificate_authority".into(), json!(ca));
            }
            if let Some(b) = bundle {
                s.insert("bundle_method".into(), json!(b));
            }
            if let Some(w) = wildcard {
                s.insert("wildcard".into(), json!(w));
            }
            if let Some(b) = branding {
                s.insert("cloudflare_branding".into(), json!(b));
            }
            if let Some(settings) = settings {
                if !wildcard_cert {
                    s.insert("settings".into(), settings);
                }
            }
            Value::Object(s)
        })
}

fn metadata() -> impl Strategy<Value = Value> {
    btree_map("[a-z_]{1,12}", "[ -~]{0,40}", 0..4).prop_map(|m| json!(m))
}

fn origin() -> impl Strategy<Value = String> {
    hostname(false).prop_map(|(h, _)| h)
}

/// Create or edit, with the fields that fit the hostname.
fn create_or_edit(edit: bool) -> impl Strategy<Value = Value> {
    (hostname(true), select(ZONES.to_vec()), uuid(), any::<u8>())
        .prop_flat_map(move |((host, wildcard), zone, id, pick)| {
            let idn = host.contains("bücher");
            (
                Just((host, wildcard, zone, id, pick)),
                option::of(ssl(wildcard, idn)),
                option::of(metadata()),
                option::of(origin()),
                option::of(prop_oneof![
                    Just(":request_host_header:".to_owned()),
                    origin()
                ]),
            )
        })
        .prop_map(
            move |((host, wildcard, zone, id, pick), ssl, meta, origin, sni)| {
                let mut op = Map::new();
                op.insert("zoneId".into(), json!(zone));
                if edit {
                    op.insert("op".into(), json!("edit"));
                    op.insert("customHostnameId".into(), json!(id));
                    if pick % 2 == 0 {
                        op.insert("currentHostname".into(), json!(host));
                    }
                } else {
                    op.insert("op".into(), json!("create"));
                    op.insert("hostname".into(), json!(host));
                }
                if let Some(ssl) = ssl {
                    op.insert("ssl".into(), ssl);
                }
                if let Some(meta) = meta {
                    op.insert("customMetadata".into(), meta);
                }
                if let Some(origin) = origin {
                    op.insert("customOriginServer".into(), json!(origin));
                }
                if let Some(sni) = sni {
                    if !wildcard {
                        op.insert("customOriginSni".into(), json!(sni));
                    }
                }
                if edit && op.len() == 3 + usize::from(pick % 2 == 0) {
                    op.insert("customMetadata".into(), json!({}));
                }
                Value::Object(op)
            },
        )
}

fn list() -> impl Strategy<Value = Value> {
    (
        select(ZONES.to_vec()),
        (0u8..6, hostname(false), "[a-z0-9.-]{1,20}", uuid()),
        option::of(1u64..10_000),
        option::of(5u64..=1000),
        option::of(select(vec!["ssl", "ssl_status"])),
        option::of(select(vec!["asc", "desc"])),
        option::of(select(
            custom_hostnames::api::SslStatus::KNOWN
                .iter()
                .map(|s| s.as_str().to_owned())
                .collect::<Vec<_>>(),
        )),
        option::of(select(
            custom_hostnames::api::HostnameStatus::KNOWN
                .iter()
                .map(|s| s.as_str().to_owned())
                .collect::<Vec<_>>(),
        )),
        option::of(select(vec!["google", "lets_encrypt", "ssl_com"])),
        (
            option::of(any::<bool>()),
            option::of(origin()),
            option::of(any::<bool>()),
        ),
    )
        .prop_map(
            |(
                zone,
                (which, (host, _), part, id),
                page,
                per_page,
                order,
                dir,
                ssl_status,
                status,
                ca,
                (wildcard, origin, ssl),
            )| {
                let mut op = json!({"op": "list", "zoneId": zone});
                let o = op.as_object_mut().unwrap();
                match which {
                    1 => {
                        o.insert("hostname".into(), json!(host));
                    }
                    2 => {
                        o.insert("hostnameExact".into(), json!(host));
                    }
                    3 => {
                        o.insert("hostnameStartsWith".into(), json!(part));
                    }
                    4 => {
                        o.insert("hostnameContain".into(), json!(part));
                    }
                    5 => {
                        o.insert("id".into(), json!(id));
                    }
                    _ => {}
                }
                let fields: [(&str, Option<Value>); 10] = [
                    ("page", page.map(Value::from)),
                    ("perPage", per_page.map(Value::from)),
                    ("order", order.map(Value::from)),
                    ("direction", dir.map(Value::from)),
                    ("sslStatus", ssl_status.map(Value::from)),
                    ("hostnameStatus", status.map(Value::from)),
                    ("certificateAuthority", ca.map(Value::from)),
                    ("wildcard", wildcard.map(Value::from)),
                    ("customOriginServer", origin.map(Value::from)),
                    ("ssl", ssl.map(Value::from)),
                ];
                for (k, v) in fields {
                    if let Some(v) = v {
                        o.insert(k.into(), v);
                    }
                }
                op
            },
        )
}

fn simple() -> impl Strategy<Value = Value> {
    (select(ZONES.to_vec()), uuid(), "[a-z0-9_-]{1,36}", uuid(), origin(), select(vec!["http", "txt", "email"]), 0u8..9)
        .prop_map(|(zone, id, pack, cert, origin, method, which)| match which {
            0 => json!({"op": "get", "zoneId": zone, "customHostnameId": id}),
            1 => json!({"op": "delete", "zoneId": zone, "customHostnameId": id}),
            2 => json!({"op": "refresh", "zoneId": zone, "customHostnameId": id, "method": method}),
            3 => json!({"op": "getFallbackOrigin", "zoneId": zone}),
            4 => json!({"op": "updateFallbackOrigin", "zoneId": zone, "origin": origin}),
            5 => json!({"op": "deleteFallbackOrigin", "zoneId": zone}),
            6 => json!({"op": "getQuota", "zoneId": zone}),
            7 => json!({"op": "getDcvDelegationUuid", "zoneId": zone}),
            _ => json!({"op": "deleteCertificate", "zoneId": zone, "customHostnameId": id,
                        "certificatePackId": pack, "certificateId": cert}),
        })
}

fn any_operation() -> impl Strategy<Value = Value> {
    prop_oneof![
        3 => create_or_edit(false),
        2 => create_or_edit(true),
        2 => list(),
        2 => simple(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn random_valid_operations_conform_to_the_openapi_subset(value in any_operation()) {
        let operation = Operation::from_json_value(&value)
            .map_err(|e| TestCaseError::fail(format!("{value}: {e}")))?;
        let built = build(&operation)
            .map_err(|e| TestCaseError::fail(format!("{value}: {} at {}: {e}", e.code(), e.field())))?;
        if let Err(problems) = spec().check(&built.request) {
            return Err(TestCaseError::fail(format!("{value}\n{:#?}\n{problems:#?}", built.request)));
        }
        // The serialized operation reads back to the same operation.
        let again = Operation::from_json_value(&serde_json::to_value(&operation).unwrap()).unwrap();
        prop_assert_eq!(again, operation);
    }
}

/// The checker itself must catch violations, or the property proves nothing.
#[test]
fn openapi_checker_catches_violations() {
    use custom_hostnames::api::request::{ApiRequest, HttpMethod};
    let zone = ZONES[0];
    let request =
        |method, path: String, query: Vec<(&str, &str)>, body: Option<Value>| ApiRequest {
            method,
            path,
            query: query
                .into_iter()
                .map(|(a, b)| (a.to_owned(), b.to_owned()))
                .collect(),
            headers: vec![],
            body,
        };
    let good = request(
        HttpMethod::Post,
        format!("/zones/{zone}/custom_hostnames"),
        vec![],
        Some(json!({"hostname": "a.customer-shop.com", "ssl": {"method": "txt", "type": "dv"}})),
    );
    assert!(spec().check(&good).is_ok());
    let bad = [
        request(
            HttpMethod::Post,
            format!("/zones/{zone}/custom_hostnames"),
            vec![],
            Some(
                json!({"hostname": "a.customer-shop.com", "ssl": {"method": "cname", "type": "dv"}}),
            ),
        ),
        request(
            HttpMethod::Post,
            format!("/zones/{zone}/custom_hostnames"),
            vec![],
            Some(json!({"ssl": {}})),
        ),
        request(
            HttpMethod::Post,
            format!("/zones/{zone}/custom_hostnames"),
            vec![],
            Some(json!({"hostname": "a.customer-shop.com", "custom_metadata": {"a": true}})),
        ),
        request(
            HttpMethod::Post,
            format!("/zones/{zone}/custom_hostnames"),
            vec![],
            Some(
                json!({"hostname": "a.customer-shop.com", "ssl": {"settings": {"ciphers": ["A", "A"]}}}),
            ),
        ),
        request(
            HttpMethod::Post,
            format!("/zones/{zone}/custom_hostnames"),
            vec![],
            None,
        ),
        request(
            HttpMethod::Get,
            format!("/zones/{zone}/custom_hostnames"),
            vec![("per_page", "2000")],
            None,
        ),
        request(
            HttpMethod::Get,
            format!("/zones/{zone}/custom_hostnames"),
            vec![("ssl_status", "timed_out")],
            None,
        ),
        request(
            HttpMethod::Get,
            format!("/zones/{zone}/custom_hostnames"),
            vec![("hostname.like", "x")],
            None,
        ),
        request(
            HttpMethod::Get,
            format!("/zones/{zone}/custom_hostnames"),
            vec![("id", "short")],
            None,
        ),
        request(
            HttpMethod::Get,
            format!("/zones/{zone}x/custom_hostnames/quota"),
            vec![],
            None,
        ),
        request(
            HttpMethod::Get,
            format!("/zones/{zone}/custom_hostnames/{}", "a".repeat(37)),
            vec![],
            None,
        ),
        request(
            HttpMethod::Put,
            format!("/zones/{zone}/custom_hostnames/fallback_origin"),
            vec![],
            Some(json!({})),
        ),
        request(
            HttpMethod::Post,
            format!("/zones/{zone}/custom_hostnames/quota"),
            vec![],
            None,
        ),
    ];
    for request in bad {
        assert!(spec().check(&request).is_err(), "{request:?}");
    }
}
