//! The SaaS zone's own DNS records (`/zones/{zone_id}/dns_records`,
//! `spec/dns-records.openapi.json`): the seed, CRUD, filters and pages,
//! errors, what the public DNS answers for them (proxied = the edge), and
//! the fallback origin deploying only on a proxied record (§3.6, §4.4).

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use super::common::*;

fn names(list: &Value) -> Vec<String> {
    list["result"]
        .as_array()
        .unwrap_or_else(|| panic!("no result list: {list:#}"))
        .iter()
        .map(|r| {
            format!(
                "{} {}",
                r["type"].as_str().unwrap(),
                r["name"].as_str().unwrap()
            )
        })
        .collect()
}

#[tokio::test]
async fn the_seed_lists_the_fallback_origin_and_the_cname_target_proxied() {
    let sim = start_with(|_| {}).await;
    let path = sim.zone_path("/dns_records");
    let r = sim.api(Method::GET, &path, None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(
        names(&r.body),
        [
            "A fallback.saasprovider.com",
            "CNAME *.customers.saasprovider.com",
            "CNAME customers.saasprovider.com"
        ]
    );
    assert!(
        r.body["result"]
            .as_array()
            .unwrap()
            .iter()
            .all(|x| x["proxied"] == true)
    );
    assert_eq!(r.body["result_info"]["total_count"], 3);
    let cname = sim
        .api(
            Method::GET,
            &format!("{path}?name=customers.saasprovider.com&type=CNAME"),
            None,
        )
        .await;
    assert_eq!(
        cname.body["result"][0]["content"],
        "fallback.saasprovider.com"
    );
    assert_eq!(cname.body["result"][0]["proxiable"], true);
    assert!(cname.body["result"][0]["comment"].is_null());
    // Pages: one record per page, last page, past the end.
    let p2 = sim
        .api(
            Method::GET,
            &format!("{path}?per_page=1&page=2&order=name"),
            None,
        )
        .await;
    assert_eq!(names(&p2.body), ["CNAME customers.saasprovider.com"]);
    assert_eq!(p2.body["result_info"]["total_pages"], 3);
    let past = sim
        .api(Method::GET, &format!("{path}?per_page=1&page=9"), None)
        .await;
    assert!(past.body["result"].as_array().unwrap().is_empty());
    let bad = sim
        .api(Method::GET, &format!("{path}?order=ssl"), None)
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    sim.stop().await;
}

#[tokio::test]
async fn public_dns_answers_proxied_records_with_the_edge_and_wildcards_match() {
    let sim = start_with(|_| {}).await;
    let a = |r: &Value| -> Vec<String> {
        r["Answer"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|x| x["data"].as_str().unwrap().to_owned())
                    .collect()
            })
            .unwrap_or_default()
    };
    let target = sim.doh_json("customers.saasprovider.com", "A").await;
    assert_eq!(a(&target), ["192.0.2.10"]);
    let origin = sim.doh_json("fallback.saasprovider.com", "AAAA").await;
    assert_eq!(a(&origin), ["2001:db8::10"]);
    let probe = sim.doh_json("john.customers.saasprovider.com", "A").await;
    assert_eq!(a(&probe), ["192.0.2.10"], "the wildcard record answers");
    let r = sim
        .api(
            Method::POST,
            &sim.zone_path("/dns_records"),
            Some(json!({ "type": "A", "name": "direct.saasprovider.com", "content": "198.51.100.7", "proxied": false, "ttl": 120, "comment": "DNS only" })),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body["result"]["comment"], "DNS only");
    let direct = sim.doh_json("direct.saasprovider.com", "A").await;
    assert_eq!(a(&direct), ["198.51.100.7"], "DNS only: its own content");
    sim.stop().await;
}

#[tokio::test]
async fn the_fallback_origin_deploys_only_on_a_proxied_record() {
    let sim = start_with(|_| {}).await;
    let path = sim.zone_path("/dns_records");
    let r = sim
        .api(
            Method::POST,
            &path,
            Some(json!({ "type": "A", "name": "origin.saasprovider.com", "content": "198.51.100.8", "proxied": false })),
        )
        .await;
    let id = r.body["result"]["id"].as_str().unwrap().to_owned();
    assert_eq!(id.len(), 32);
    let fb = sim.zone_path("/custom_hostnames/fallback_origin");
    sim.api(
        Method::PUT,
        &fb,
        Some(json!({ "origin": "origin.saasprovider.com" })),
    )
    .await;
    sim.advance(120.0).await;
    let r = sim.api(Method::GET, &fb, None).await;
    assert_eq!(r.body["result"]["status"], "pending_deployment");
    assert_eq!(
        r.body["result"]["errors"][0],
        "DNS records are not setup correctly. Origin should be a proxied A/AAAA/CNAME dns record"
    );
    let p = sim
        .api(
            Method::PATCH,
            &format!("{path}/{id}"),
            Some(json!({ "proxied": true })),
        )
        .await;
    assert_eq!(
        (p.status, &p.body["result"]["proxied"]),
        (StatusCode::OK, &json!(true))
    );
    sim.advance(600.0).await;
    let r = sim.api(Method::GET, &fb, None).await;
    assert_eq!(r.body["result"]["status"], "active");
    sim.stop().await;
}

#[tokio::test]
async fn errors_and_delete() {
    let sim = start_with(|_| {}).await;
    let path = sim.zone_path("/dns_records");
    let post = |body: Value| sim.api(Method::POST, &path, Some(body));
    let r = post(
        json!({ "type": "A", "name": "customers.saasprovider.com", "content": "198.51.100.1" }),
    )
    .await;
    assert_eq!((r.status, r.code()), (StatusCode::BAD_REQUEST, 81053));
    let r =
        post(json!({ "type": "A", "name": "www.elsewhere.io", "content": "198.51.100.1" })).await;
    assert_eq!((r.status, r.code()), (StatusCode::BAD_REQUEST, 1004));
    let r =
        post(json!({ "type": "A", "name": "x.saasprovider.com", "content": "not-an-ip" })).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let r = post(json!({ "type": "TXT", "name": "t.saasprovider.com", "content": "\"hi\"", "proxied": true })).await;
    assert_eq!((r.status, r.code()), (StatusCode::BAD_REQUEST, 9004));
    let r =
        post(json!({ "type": "A", "name": "fallback.saasprovider.com", "content": "192.0.2.20" }))
            .await;
    assert_eq!((r.status, r.code()), (StatusCode::BAD_REQUEST, 81057));
    let missing = format!("{path}/0123456789abcdef0123456789abcdef");
    let r = sim.api(Method::GET, &missing, None).await;
    assert_eq!((r.status, r.code()), (StatusCode::NOT_FOUND, 81044));
    let list = sim
        .api(
            Method::GET,
            &format!("{path}?type=CNAME&name=customers.saasprovider.com"),
            None,
        )
        .await;
    let id = list.body["result"][0]["id"].as_str().unwrap().to_owned();
    let d = sim.api(Method::DELETE, &format!("{path}/{id}"), None).await;
    assert_eq!(
        (d.status, &d.body["result"]["id"]),
        (StatusCode::OK, &json!(id))
    );
    let again = sim.api(Method::DELETE, &format!("{path}/{id}"), None).await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
    // The name still has a record below it (*.customers...): NOERROR, no data.
    let gone = sim.doh_json("customers.saasprovider.com", "A").await;
    assert_eq!(gone["Status"], 0);
    assert!(
        gone.get("Answer")
            .is_none_or(|a| a.as_array().unwrap().is_empty())
    );
    assert_eq!(sim.schema_violations().await, 0);
    sim.stop().await;
}
