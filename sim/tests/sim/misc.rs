//! Rate limit, persistence, zone endpoints, back-off schedule, reset.

use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::common::{ZONE, start_with};

#[test]
fn backoff_schedule_matches_the_reference() {
    use cf_sim::lifecycle::backoff;
    let first: Vec<i64> = (0..10).map(|n| backoff(n).whole_seconds()).collect();
    assert_eq!(first, vec![60, 63, 66, 69, 72, 76, 80, 84, 88, 93]);
    assert_eq!(backoff(10).whole_seconds(), 242);
    assert_eq!(backoff(39).whole_seconds(), 13_975);
    assert_eq!(backoff(40).whole_seconds(), 14_400);
    let total: i64 = (0..75).map(|n| backoff(n).whole_seconds()).sum();
    let days = total as f64 / 86400.0;
    assert!((7.0..7.1).contains(&days), "{days}");
}

#[tokio::test]
async fn rate_limit_blocks_for_a_window() {
    let sim = start_with(|c| {
        c.rate_limit = 3;
        c.rate_window = 300;
    })
    .await;
    let path = sim.zone_path("/custom_hostnames");
    for i in 0..3 {
        let r = sim.api(Method::GET, &path, None).await;
        assert_eq!(r.status, StatusCode::OK);
        assert_eq!(
            r.headers["ratelimit"]
                .to_str()
                .unwrap()
                .split(';')
                .nth(1)
                .unwrap(),
            format!("r={}", 2 - i)
        );
        assert_eq!(r.headers["ratelimit-policy"], "\"default\";q=3;w=300");
    }
    let r = sim.api(Method::GET, &path, None).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(r.code(), 1015);
    assert_eq!(r.headers["retry-after"], "300");
    sim.advance(301.0).await;
    assert_eq!(
        sim.api(Method::GET, &path, None).await.status,
        StatusCode::OK
    );
    let (s, b) = sim
        .admin(Method::POST, "/ratelimit", json!({ "limit": 1200 }))
        .await;
    assert_eq!((s, b["limit"].as_u64()), (StatusCode::OK, Some(1200)));
    sim.stop().await;
}

#[tokio::test]
async fn state_file_survives_restart() {
    let dir = std::env::temp_dir().join(format!("cf-sim-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("state.json");
    let _ = std::fs::remove_file(&file);
    let f2 = file.clone();
    let sim = start_with(move |c| c.state = Some(f2)).await;
    let h = sim
        .create_ok(json!({ "hostname": "kept.acme-corp.io" }))
        .await;
    sim.add_dns("kept.acme-corp.io", "TXT", json!("hello"))
        .await;
    sim.stop().await;
    assert!(file.exists());
    let f3 = file.clone();
    let sim = start_with(move |c| c.state = Some(f3)).await;
    assert_eq!(
        sim.get(h["id"].as_str().unwrap()).await["hostname"],
        "kept.acme-corp.io"
    );
    let (_, b) = sim
        .admin(
            Method::GET,
            "/dns?name=kept.acme-corp.io",
            serde_json::Value::Null,
        )
        .await;
    assert_eq!(b["records"][0]["value"], "hello");
    sim.stop().await;
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn zone_endpoints_and_reset() {
    let sim = start_with(|_| {}).await;
    let fb = sim.zone_path("/custom_hostnames/fallback_origin");
    let r = sim.api(Method::GET, &fb, None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = sim.api(Method::PUT, &fb, Some(json!({}))).await;
    assert_eq!((r.status, r.code()), (StatusCode::BAD_REQUEST, 1400));
    let r = sim
        .api(
            Method::PUT,
            &fb,
            Some(json!({ "origin": "nothere.saasprovider.com" })),
        )
        .await;
    assert_eq!(r.body["result"]["status"], "pending_deployment");
    sim.advance(30.0).await;
    let r = sim.api(Method::GET, &fb, None).await;
    assert_eq!(
        r.body["result"]["errors"][0],
        "DNS records are not setup correctly. Origin should be a proxied A/AAAA/CNAME dns record"
    );
    // A public A record is not enough: the origin must be a proxied record
    // of the zone itself (§3.6, §4.4).
    sim.add_dns("nothere.saasprovider.com", "A", json!("192.0.2.30"))
        .await;
    sim.advance(120.0).await;
    let r = sim.api(Method::GET, &fb, None).await;
    assert_eq!(r.body["result"]["status"], "pending_deployment");
    let rec = sim
        .api(
            Method::POST,
            &sim.zone_path("/dns_records"),
            Some(json!({ "type": "A", "name": "nothere.saasprovider.com", "content": "192.0.2.30", "proxied": true })),
        )
        .await;
    assert_eq!(rec.status, StatusCode::OK);
    sim.advance(600.0).await;
    let r = sim.api(Method::GET, &fb, None).await;
    assert_eq!(r.body["result"]["status"], "active");
    assert!(
        r.body["result"].get("errors").is_none(),
        "omitted when empty, as recorded"
    );
    let r = sim.api(Method::DELETE, &fb, None).await;
    assert_eq!(r.body["result"]["status"], "pending_deletion");
    assert_eq!(
        sim.api(Method::GET, &fb, None).await.status,
        StatusCode::NOT_FOUND
    );
    let r = sim
        .api(Method::GET, &sim.zone_path("/dcv_delegation/uuid"), None)
        .await;
    assert_eq!(r.body["result"]["uuid"].as_str().unwrap().len(), 16);
    sim.create_ok(json!({ "hostname": "r.acme-corp.io" })).await;
    let (s, _) = sim.admin(Method::POST, "/reset", json!({})).await;
    assert_eq!(s, StatusCode::OK);
    let r = sim
        .api(
            Method::GET,
            &format!("/zones/{ZONE}/custom_hostnames"),
            None,
        )
        .await;
    assert_eq!(r.body["result_info"]["total_count"], 0);
    sim.stop().await;
}

#[tokio::test]
async fn binary_prints_its_url_first_and_exits_cleanly_on_sigterm_and_sigint() {
    use std::io::BufRead;
    for signal in ["TERM", "INT"] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_cf-sim"))
            .args(["--listen", "127.0.0.1:0", "--speed", "1000"])
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let url = line
            .trim_end()
            .strip_prefix("listening on ")
            .unwrap()
            .to_string();
        let port: u16 = url
            .strip_prefix("http://127.0.0.1:")
            .unwrap()
            .parse()
            .unwrap();
        assert!(port > 0);
        let r = reqwest::get(format!(
            "{url}/dns-query?name=customers.saasprovider.com&type=A"
        ))
        .await
        .unwrap();
        assert_eq!(r.status(), StatusCode::OK);
        let killed = std::process::Command::new("kill")
            .args([&format!("-{signal}"), &child.id().to_string()])
            .status()
            .unwrap();
        assert!(killed.success());
        assert!(
            child.wait().unwrap().success(),
            "exit code 0 on SIG{signal}"
        );
    }
}

#[tokio::test]
async fn bulk_seed_indexes_and_state_counts() {
    let sim = start_with(|_| {}).await;
    let (status, seeded) = sim
        .admin(
            Method::POST,
            "/seed",
            json!({ "count": 12_000, "tenants": 1200 }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{seeded}");
    assert_eq!(seeded["total"], 12_000);
    // Exact lookups go through the index: the name and the id answer.
    let path = sim.zone_path("/custom_hostnames?hostname=h11999.tenant1199.seed-0.example-shop.io");
    let r = sim.api(Method::GET, &path, None).await;
    assert_eq!(r.status, StatusCode::OK);
    let found = &r.body["result"][0];
    assert_eq!(found["status"], "active");
    assert_eq!(found["custom_metadata"]["tenant"], "tenant1199");
    let id = found["id"].as_str().unwrap().to_string();
    assert_eq!(
        sim.get(&id).await["hostname"],
        "h11999.tenant1199.seed-0.example-shop.io"
    );
    // A create of a seeded name is a duplicate; a delete keeps the index right.
    let dup = sim
        .create(json!({ "hostname": "h5.tenant5.seed-0.example-shop.io" }))
        .await;
    assert_eq!(dup.status, StatusCode::CONFLICT);
    let del = sim
        .api(
            Method::DELETE,
            &sim.zone_path(&format!("/custom_hostnames/{id}")),
            None,
        )
        .await;
    assert_eq!(del.status, StatusCode::OK);
    let again = sim
        .create_ok(json!({ "hostname": "h11999.tenant1199.seed-0.example-shop.io" }))
        .await;
    assert_eq!(
        sim.get(again["id"].as_str().unwrap()).await["status"],
        "pending"
    );
    // Above 10,000 hostnames the state leaves the world out unless asked.
    let (_, state) = sim.admin(Method::GET, "/state", json!({})).await;
    assert!(state.get("world").is_none());
    assert_eq!(state["counts"][ZONE]["hostnames"], 12_000);
    assert_eq!(state["counts"][ZONE]["byStatus"]["active"], 11_999);
    let (_, full) = sim.admin(Method::GET, "/state?world=1", json!({})).await;
    assert_eq!(
        full["world"]["zones"][ZONE]["hostnames"]
            .as_array()
            .unwrap()
            .len(),
        12_000
    );
    let (bad, _) = sim
        .admin(Method::POST, "/seed", json!({ "count": 0 }))
        .await;
    assert_eq!(bad, StatusCode::BAD_REQUEST);
    sim.stop().await;
}
