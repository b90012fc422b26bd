//! Each fault is observable exactly as configured (count, path, status, headers).

use std::time::Instant;

use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::common::start;

#[tokio::test]
async fn status_fault_hits_exactly_count_matching_requests() {
    let sim = start().await;
    let (s, _) = sim
        .admin(
            Method::POST,
            "/faults",
            json!({ "kind": "status", "status": 503, "retryAfter": 7, "count": 2, "pathPrefix": "/client/v4/zones", "method": "GET" }),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    let path = sim.zone_path("/custom_hostnames");
    // A POST does not match the method filter.
    assert_eq!(
        sim.create(json!({ "hostname": "f.acme-corp.io" }))
            .await
            .status,
        StatusCode::CREATED
    );
    for _ in 0..2 {
        let r = sim.api(Method::GET, &path, None).await;
        assert_eq!(r.status, StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(r.headers["retry-after"], "7");
        assert_eq!(r.body["success"], false);
    }
    assert_eq!(
        sim.api(Method::GET, &path, None).await.status,
        StatusCode::OK
    );
    sim.stop().await;
}

#[tokio::test]
async fn rate_limit_shaped_429_fault() {
    let sim = start().await;
    sim.admin(
        Method::POST,
        "/faults",
        json!({ "kind": "status", "status": 429, "retryAfter": 3 }),
    )
    .await;
    let r = sim
        .api(Method::GET, &sim.zone_path("/custom_hostnames"), None)
        .await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(r.code(), 1015);
    assert_eq!(r.headers["retry-after"], "3");
    assert!(r.headers["ratelimit"].to_str().unwrap().contains("r=0"));
    assert!(
        r.headers["ratelimit-policy"]
            .to_str()
            .unwrap()
            .contains("q=1200;w=300")
    );
    sim.stop().await;
}

#[tokio::test]
async fn latency_drop_malformed_and_truncated() {
    let sim = start().await;
    let url = format!(
        "{}/client/v4{}",
        sim.base,
        sim.zone_path("/custom_hostnames")
    );
    let get = || sim.http.get(&url).bearer_auth("sim-token").send();

    sim.admin(
        Method::POST,
        "/faults",
        json!({ "kind": "latency", "latencyMs": 300 }),
    )
    .await;
    let t = Instant::now();
    assert_eq!(get().await.unwrap().status(), 200);
    assert!(t.elapsed().as_millis() >= 300);
    let (_, b) = sim
        .admin(Method::GET, "/faults", serde_json::Value::Null)
        .await;
    assert_eq!(
        b["faults"],
        json!([]),
        "only one request delayed (count 1 consumed)"
    );

    sim.admin(Method::POST, "/faults", json!({ "kind": "drop" }))
        .await;
    let e = get()
        .await
        .expect_err("connection closed without a response");
    assert!(!e.is_status());
    assert_eq!(get().await.unwrap().status(), 200);

    sim.admin(Method::POST, "/faults", json!({ "kind": "malformed_json" }))
        .await;
    let r = get().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "application/json");
    assert!(serde_json::from_str::<serde_json::Value>(&r.text().await.unwrap()).is_err());

    sim.admin(Method::POST, "/faults", json!({ "kind": "truncated" }))
        .await;
    let r = get().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.text().await.is_err(), "body shorter than content-length");
    assert_eq!(get().await.unwrap().status(), 200);

    // Faults can target DoH too, and DELETE clears them.
    sim.admin(
        Method::POST,
        "/faults",
        json!([{ "kind": "status", "status": 502, "pathPrefix": "/dns-query", "count": 5 }]),
    )
    .await;
    let r = sim
        .http
        .get(format!("{}/dns-query?name=a.b.io&type=A", sim.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 502);
    let (_, b) = sim
        .admin(Method::GET, "/faults", serde_json::Value::Null)
        .await;
    assert_eq!(b["faults"][0]["remaining"], 4);
    sim.admin(Method::DELETE, "/faults", serde_json::Value::Null)
        .await;
    let r = sim
        .http
        .get(format!("{}/dns-query?name=a.b.io&type=A", sim.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let (s, _) = sim
        .admin(Method::POST, "/faults", json!({ "kind": "explode" }))
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    sim.stop().await;
}
