//! The DNS check runner (`check::run`) over a scripted transport: what it
//! sends to each resolver, and how answers, failures and several resolvers
//! end up in the result.

use std::cell::RefCell;

use custom_hostnames::check::CheckRequest;
use custom_hostnames::check::run::{CheckDnsOptions, DEFAULT_RESOLVER, run};
use custom_hostnames::client::{HttpRequest, HttpResponse, Transport, TransportError};
use custom_hostnames::doh::DohFormat;

use super::check::rec;
use custom_hostnames::observation::{CheckStatus, RecordPurpose};

const HOST: &str = "app.customer.com";
const TARGET: &str = "customers.saasprovider.com";
const NOW_MS: f64 = 1_790_000_000_000.0;

/// What one resolver does with a question.
#[derive(Clone, Copy)]
enum Behaviour {
    /// Answers in the JSON form from the zone below.
    Answers,
    /// Answers NXDOMAIN to everything.
    Empty,
    Timeout,
    Unreachable,
    Http(u16),
    Garbage,
}

/// Resolvers by URL prefix; records every request.
struct Resolvers {
    behaviours: Vec<(&'static str, Behaviour)>,
    sent: RefCell<Vec<HttpRequest>>,
}

/// The JSON-form answer a correct zone gives, by `name` and `type` query
/// parameters.
fn zone_answer(url: &str) -> String {
    let param = |k: &str| {
        url.split(['?', '&'])
            .find_map(|p| p.strip_prefix(&format!("{k}=")).map(str::to_owned))
            .unwrap_or_default()
    };
    let rr = |n: &str, t: u16, d: &str| {
        format!(
            r#"{{"name":"{n}.","type":{t},"TTL":120,"data":{}}}"#,
            serde_json::to_string(d).unwrap()
        )
    };
    let answers: Vec<String> = match (param("name").as_str(), param("type").as_str()) {
        (HOST, "A") => vec![rr(HOST, 5, TARGET), rr(TARGET, 1, "192.0.2.10")],
        (TARGET, "A") => vec![rr(TARGET, 1, "192.0.2.10")],
        ("_cf-custom-hostname.app.customer.com", "TXT") => {
            vec![rr(
                "_cf-custom-hostname.app.customer.com",
                16,
                "\"own-token\"",
            )]
        }
        ("customer.com", "NS") => vec![rr("customer.com", 2, "ns1.example-dns.net.")],
        _ => return r#"{"Status":3}"#.to_owned(),
    };
    format!(r#"{{"Status":0,"Answer":[{}]}}"#, answers.join(","))
}

impl Transport for Resolvers {
    async fn send(&self, request: &HttpRequest) -> Result<HttpResponse, TransportError> {
        self.sent.borrow_mut().push(request.clone());
        let behaviour = self
            .behaviours
            .iter()
            .find(|(prefix, _)| request.url.starts_with(prefix))
            .map(|(_, b)| *b)
            .expect("a request to an unscripted resolver");
        let reply = |status: u16, body: Vec<u8>| {
            Ok(HttpResponse {
                status,
                retry_after: None,
                body,
            })
        };
        match behaviour {
            Behaviour::Answers => reply(200, zone_answer(&request.url).into_bytes()),
            Behaviour::Empty => reply(200, br#"{"Status":3}"#.to_vec()),
            Behaviour::Timeout => Err(TransportError::Timeout),
            Behaviour::Unreachable => {
                Err(TransportError::Network("TypeError: fetch failed".into()))
            }
            Behaviour::Http(status) => reply(status, b"busy".to_vec()),
            Behaviour::Garbage => reply(200, vec![0xff, 0x00, 0x13]),
        }
    }
    async fn sleep(&self, _ms: u32) {}
    fn random(&self) -> f64 {
        0.5
    }
    fn now_ms(&self) -> f64 {
        NOW_MS
    }
}

fn resolvers(behaviours: Vec<(&'static str, Behaviour)>) -> Resolvers {
    Resolvers {
        behaviours,
        sent: RefCell::new(Vec::new()),
    }
}

fn check() -> CheckRequest {
    CheckRequest {
        hostname: HOST.into(),
        zone: "customer.com".into(),
        records: vec![
            rec(RecordPurpose::Traffic, "CNAME", HOST, TARGET),
            rec(
                RecordPurpose::Ownership,
                "TXT",
                "_cf-custom-hostname.app.customer.com",
                "own-token",
            ),
        ],
        certificate_authority: None,
        check_caa: false,
        locale: None,
    }
}

fn options(resolvers: &[&str], format: DohFormat) -> CheckDnsOptions {
    CheckDnsOptions {
        resolvers: Some(resolvers.iter().map(|r| (*r).to_owned()).collect()),
        format: Some(format),
        timeout_ms: Some(1500),
    }
}

fn statuses(r: &custom_hostnames::check::run::CheckDnsResult) -> Vec<CheckStatus> {
    r.observation.records.iter().map(|c| c.status).collect()
}

#[test]
fn one_resolver_with_every_record_in_place() {
    let t = resolvers(vec![("https://doh.test/", Behaviour::Answers)]);
    let out = pollster::block_on(run(
        &t,
        &check(),
        &options(&["https://doh.test/dns-query"], DohFormat::Json),
    ));
    assert_eq!(statuses(&out), [CheckStatus::Ok, CheckStatus::Ok]);
    assert!(
        out.resolvers.is_empty(),
        "one resolver: no per-resolver view"
    );
    assert_eq!(out.observation.checked_at, Some(1_790_000_000));
    // Every planned question was asked once, in the JSON form, with the
    // per-question timeout.
    let sent = t.sent.borrow();
    assert_eq!(sent.len(), 4, "{sent:?}");
    assert!(sent.iter().all(|r| {
        r.method == "GET"
            && r.timeout_ms == 1500
            && r.body.is_none()
            && r.headers
                .contains(&("accept".into(), "application/dns-json".into()))
    }));
}

#[test]
fn several_resolvers_are_merged_and_the_first_one_speaks() {
    let t = resolvers(vec![
        ("https://first.test/", Behaviour::Answers),
        ("https://second.test/", Behaviour::Empty),
    ]);
    let out = pollster::block_on(run(
        &t,
        &check(),
        &options(
            &["https://first.test/q", "https://second.test/q"],
            DohFormat::Json,
        ),
    ));
    assert_eq!(statuses(&out), [CheckStatus::Ok, CheckStatus::Ok]);
    let views: Vec<(&str, Vec<CheckStatus>)> = out
        .resolvers
        .iter()
        .map(|v| (v.resolver.as_str(), v.statuses.clone()))
        .collect();
    assert_eq!(
        views,
        [
            (
                "https://first.test/q",
                vec![CheckStatus::Ok, CheckStatus::Ok]
            ),
            (
                "https://second.test/q",
                vec![CheckStatus::Missing, CheckStatus::Missing]
            ),
        ]
    );
}

#[test]
fn a_resolver_that_does_not_answer_is_lookup_failed_with_its_reason() {
    for (behaviour, wording) in [
        (
            Behaviour::Timeout,
            "no answer from https://r.test/q within 1500 ms",
        ),
        (
            Behaviour::Unreachable,
            "https://r.test/q could not be reached: TypeError: fetch failed",
        ),
        (Behaviour::Http(503), "https://r.test/q answered HTTP 503"),
    ] {
        let t = resolvers(vec![("https://r.test/", behaviour)]);
        let out = pollster::block_on(run(
            &t,
            &check(),
            &options(&["https://r.test/q"], DohFormat::Json),
        ));
        assert_eq!(
            statuses(&out),
            [CheckStatus::LookupFailed, CheckStatus::LookupFailed],
            "{wording}"
        );
        // The provider's developers read the reason; the customer reads
        // that it is not their fault (the catalogue's wording).
        let record = &out.observation.records[0];
        let technical = record.technical.clone().unwrap_or_default();
        assert!(
            technical.contains(wording),
            "{technical:?} lacks {wording:?}"
        );
        assert!(!record.detail.contains("r.test"), "{:?}", record.detail);
    }
}

#[test]
fn wire_post_sends_a_dns_message_and_refuses_garbage() {
    let t = resolvers(vec![("https://wire.test/", Behaviour::Garbage)]);
    let out = pollster::block_on(run(
        &t,
        &check(),
        &options(&["https://wire.test/dns-query"], DohFormat::WirePost),
    ));
    assert_eq!(
        statuses(&out),
        [CheckStatus::LookupFailed, CheckStatus::LookupFailed]
    );
    let sent = t.sent.borrow();
    let first = &sent[0];
    assert_eq!(
        (first.method, first.url.as_str()),
        ("POST", "https://wire.test/dns-query")
    );
    assert!(
        first
            .headers
            .contains(&("content-type".into(), "application/dns-message".into()))
    );
    // A DNS query: 12-byte header, one question.
    let body = first.body.as_deref().unwrap();
    assert!(body.len() > 12 && body[4..6] == [0, 1], "{body:?}");
}

#[test]
fn no_resolver_given_asks_cloudflare_in_wire_get() {
    let t = resolvers(vec![(DEFAULT_RESOLVER, Behaviour::Garbage)]);
    let out = pollster::block_on(run(&t, &check(), &CheckDnsOptions::default()));
    assert_eq!(
        statuses(&out),
        [CheckStatus::LookupFailed, CheckStatus::LookupFailed]
    );
    let sent = t.sent.borrow();
    let prefix = format!("{DEFAULT_RESOLVER}?dns=");
    assert!(
        sent.iter()
            .all(|r| r.method == "GET" && r.url.starts_with(&prefix)),
        "{sent:?}"
    );
    assert!(sent.iter().all(|r| r.timeout_ms == 5000));
}
