//! The API client's retry, recovery and secrecy rules, over a scripted transport.

use std::cell::RefCell;
use std::collections::VecDeque;

use custom_hostnames::api::OperationResult;
use custom_hostnames::api::request::{CreateHostname, HostnameRef, Operation};
use custom_hostnames::client::{
    Client, ClientConfig, ClientError, HttpRequest, HttpResponse, Recovery, RetryPolicy, Transport,
    TransportError,
};
use custom_hostnames::diagnostic::Coded;

const ZONE: &str = "023e105f4ecef8ad9ca31a8372d0c353";
const TOKEN: &str = "secret-token-value";

type Reply = Result<HttpResponse, TransportError>;

/// Replies in order; records every request and sleep; time advances by sleeps.
#[derive(Default)]
struct Script {
    replies: RefCell<VecDeque<Reply>>,
    sent: RefCell<Vec<HttpRequest>>,
    slept: RefCell<Vec<u32>>,
    now: RefCell<f64>,
}

impl Transport for &Script {
    async fn send(&self, request: &HttpRequest) -> Result<HttpResponse, TransportError> {
        self.sent.borrow_mut().push(request.clone());
        self.replies
            .borrow_mut()
            .pop_front()
            .expect("the script ran out of replies")
    }
    async fn sleep(&self, ms: u32) {
        self.slept.borrow_mut().push(ms);
        *self.now.borrow_mut() += f64::from(ms);
    }
    fn random(&self) -> f64 {
        0.5
    }
    fn now_ms(&self) -> f64 {
        *self.now.borrow()
    }
}

fn script(replies: Vec<Reply>) -> Script {
    Script {
        replies: RefCell::new(replies.into()),
        ..Script::default()
    }
}

fn ok(status: u16, body: &str) -> Reply {
    Ok(HttpResponse {
        status,
        retry_after: None,
        body: body.into(),
    })
}

fn hostname_json(name: &str) -> String {
    format!(
        r#"{{"id":"0d89c70d-ad9f-4843-b99f-6cc0252067e9","hostname":"{name}","status":"pending","ssl":{{"status":"initializing","method":"http","type":"dv"}}}}"#
    )
}

fn envelope(result: &str) -> String {
    format!(r#"{{"success":true,"errors":[],"messages":[],"result":{result}}}"#)
}

fn list_envelope(items: &[String]) -> String {
    format!(
        r#"{{"success":true,"errors":[],"messages":[],"result":[{}],"result_info":{{"page":1,"per_page":20,"count":{n},"total_count":{n}}}}}"#,
        items.join(","),
        n = items.len()
    )
}

fn error(status: u16, code: u32, message: &str) -> Reply {
    ok(
        status,
        &format!(
            r#"{{"success":false,"errors":[{{"code":{code},"message":"{message}"}}],"messages":[],"result":null}}"#
        ),
    )
}

fn client(s: &Script) -> Client<&Script> {
    Client::new(
        s,
        ClientConfig {
            api_token: TOKEN.into(),
            base_url: "http://127.0.0.1:9/client/v4".into(),
            timeout_ms: 1000,
            retry: RetryPolicy::default(),
        },
    )
}

fn create() -> Operation {
    Operation::Create(CreateHostname {
        zone_id: ZONE.into(),
        hostname: "App.Customer.com".into(),
        ..CreateHostname::default()
    })
}

fn get() -> Operation {
    Operation::Get(HostnameRef {
        zone_id: ZONE.into(),
        custom_hostname_id: "0d89c70d-ad9f-4843-b99f-6cc0252067e9".into(),
    })
}

fn methods(s: &Script) -> Vec<String> {
    s.sent
        .borrow()
        .iter()
        .map(|r| format!("{} {}", r.method, r.url.split("/client/v4").nth(1).unwrap()))
        .collect()
}

#[test]
fn first_try_success_carries_the_token_only_in_the_header() {
    let s = script(vec![ok(200, &envelope(&hostname_json("app.customer.com")))]);
    let c = client(&s);
    let out = pollster::block_on(c.call(&create())).unwrap();
    assert_eq!(out.attempts, 1);
    assert_eq!(out.recovered, None);
    let sent = &s.sent.borrow()[0];
    assert!(
        sent.headers
            .contains(&("authorization".into(), format!("Bearer {TOKEN}")))
    );
    assert!(
        String::from_utf8_lossy(sent.body.as_deref().unwrap())
            .contains("\"hostname\":\"app.customer.com\"")
    );
    assert!(!format!("{sent:?}").contains(TOKEN));
    assert!(!format!("{:?}", c.config()).contains(TOKEN));
}

#[test]
fn rate_limit_honours_retry_after() {
    let s = script(vec![
        Ok(HttpResponse {
            status: 429,
            retry_after: Some("2".into()),
            body: r#"{"success":false,"errors":[{"code":10000,"message":"rate limited"}]}"#.into(),
        }),
        ok(200, &envelope(&hostname_json("app.customer.com"))),
    ]);
    let out = pollster::block_on(client(&s).call(&create())).unwrap();
    assert_eq!(out.attempts, 2);
    assert_eq!(*s.slept.borrow(), [2000]);
    // 429 means "not processed": the create is simply sent again, no look-up.
    assert_eq!(
        methods(&s),
        ["POST /zones/023e105f4ecef8ad9ca31a8372d0c353/custom_hostnames"; 2]
    );
}

#[test]
fn idempotent_calls_retry_5xx_network_and_garbage() {
    let s = script(vec![
        error(503, 1500, "internal"),
        Err(TransportError::Network("connection reset".into())),
        ok(200, "{\"success\":tr"),
        ok(200, &envelope(&hostname_json("app.customer.com"))),
    ]);
    let out = pollster::block_on(client(&s).call(&get())).unwrap();
    assert_eq!(out.attempts, 4);
    assert_eq!(s.slept.borrow().len(), 3);
    // full jitter with random 0.5: half of 250, 500, 1000
    assert_eq!(*s.slept.borrow(), [125, 250, 500]);
}

#[test]
fn uncertain_create_is_looked_up_not_resent() {
    let s = script(vec![
        error(502, 1500, "bad gateway"),
        ok(200, &list_envelope(&[hostname_json("app.customer.com")])),
    ]);
    let out = pollster::block_on(client(&s).call(&create())).unwrap();
    assert_eq!(out.recovered, Some(Recovery::FoundAfterUncertainCreate));
    assert_eq!(
        methods(&s),
        [
            "POST /zones/023e105f4ecef8ad9ca31a8372d0c353/custom_hostnames",
            "GET /zones/023e105f4ecef8ad9ca31a8372d0c353/custom_hostnames?hostname=app.customer.com",
        ]
    );
    match out.result {
        OperationResult::CustomHostname {
            custom_hostname, ..
        } => assert_eq!(custom_hostname.hostname, "app.customer.com"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn dropped_create_then_duplicate_returns_the_existing_one() {
    let s = script(vec![
        Err(TransportError::Network("connection dropped".into())),
        ok(200, &list_envelope(&[])),
        error(409, 1406, "Duplicate custom hostname found."),
        ok(200, &list_envelope(&[hostname_json("app.customer.com")])),
    ]);
    let out = pollster::block_on(client(&s).call(&create())).unwrap();
    assert_eq!(out.recovered, Some(Recovery::ExistingAfterDuplicate));
    let posts = methods(&s).iter().filter(|m| m.starts_with("POST")).count();
    assert_eq!(posts, 2);
}

#[test]
fn gives_up_after_the_attempt_budget_with_a_retryable_error() {
    let s = script((0..5).map(|_| error(503, 1500, "down")).collect());
    let e = pollster::block_on(client(&s).call(&get())).unwrap_err();
    assert!(matches!(e, ClientError::Api { attempts: 5, .. }), "{e:?}");
    assert!(e.retryable());
    assert_eq!(s.sent.borrow().len(), 5);
}

#[test]
fn timeouts_are_typed() {
    let s = script((0..5).map(|_| Err(TransportError::Timeout)).collect());
    let e = pollster::block_on(client(&s).call(&get())).unwrap_err();
    assert_eq!(e.code(), "timeout");
    assert_eq!(e.attempts(), 5);
}

#[test]
fn client_errors_are_not_retried() {
    let s = script(vec![error(400, 1407, "Invalid custom hostname.")]);
    let e = pollster::block_on(client(&s).call(&get())).unwrap_err();
    assert!(!e.retryable());
    assert_eq!(e.attempts(), 1);
    assert!(!e.to_string().contains(TOKEN));
}

#[test]
fn invalid_operations_are_refused_before_sending() {
    let s = script(vec![]);
    let bad = Operation::Create(CreateHostname {
        zone_id: ZONE.into(),
        hostname: "localhost".into(),
        ..CreateHostname::default()
    });
    let e = pollster::block_on(client(&s).call(&bad)).unwrap_err();
    assert_eq!(e.attempts(), 0);
    assert!(s.sent.borrow().is_empty());
}

#[test]
fn the_total_time_budget_is_a_bound() {
    let s = script(vec![Ok(HttpResponse {
        status: 429,
        retry_after: Some("3600".into()),
        body: r#"{"success":false,"errors":[]}"#.into(),
    })]);
    let e = pollster::block_on(client(&s).call(&get())).unwrap_err();
    assert_eq!(
        e.attempts(),
        1,
        "a one-hour Retry-After is past the 30 s budget: give up at once, retryable"
    );
    assert!(e.retryable());
    assert!(s.slept.borrow().is_empty());
}
