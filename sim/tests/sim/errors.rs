//! Refused requests: Cloudflare error codes and HTTP statuses (reference §7.1, §7.2),
//! each refusal itself valid against the failure schema.

use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::common::start;

#[tokio::test]
async fn authentication_and_routing_errors() {
    let sim = start().await;
    let path = sim.zone_path("/custom_hostnames");
    let r = sim.api_with(Method::GET, &path, None, None).await;
    assert_eq!((r.status, r.code()), (StatusCode::BAD_REQUEST, 1403));
    let r = sim.api_with(Method::GET, &path, None, Some("wrong")).await;
    assert_eq!((r.status, r.code()), (StatusCode::UNAUTHORIZED, 1000));
    let r = sim
        .api(
            Method::GET,
            "/zones/ffffffffffffffffffffffffffffffff/custom_hostnames",
            None,
        )
        .await;
    assert_eq!((r.status, r.code()), (StatusCode::NOT_FOUND, 7003));
    let r = sim
        .api(Method::GET, "/zones/nope/load_balancers", None)
        .await;
    assert_eq!((r.status, r.code()), (StatusCode::NOT_FOUND, 7003));
    assert_eq!(r.body["errors"][0]["message"], "No route for the URI");
    let r = sim.api(Method::PUT, &path, Some(json!({}))).await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    sim.stop().await;
}

#[tokio::test]
async fn hostname_and_ssl_checks_give_their_codes() {
    let sim = start().await;
    let long = format!("{}.com", "a".repeat(260));
    let cases = vec![
        (json!({ "hostname": long }), 400, 1407),
        (json!({ "hostname": "192.0.2.1" }), 400, 1407),
        (json!({ "hostname": "bad_name!.acme.io" }), 400, 1407),
        (json!({ "hostname": "bücher.de" }), 400, 1408),
        (json!({ "hostname": "shop.test" }), 400, 1409),
        (json!({ "hostname": "co.uk" }), 400, 1410),
        (json!({ "hostname": "shop.example.com" }), 400, 1411),
        (
            json!({ "hostname": "ok.acme.io", "ssl": { "method": "dns", "type": "dv" } }),
            400,
            1432,
        ),
        (
            json!({ "hostname": "ok.acme.io", "ssl": { "method": "txt", "type": "ov" } }),
            400,
            1433,
        ),
        (
            json!({ "hostname": "ok.acme.io", "ssl": { "method": "txt", "type": "dv", "bundle_method": "x" } }),
            400,
            1449,
        ),
        (
            json!({ "hostname": "ok.acme.io", "ssl": { "method": "txt", "type": "dv", "settings": { "min_tls_version": "1.4" } } }),
            400,
            1425,
        ),
        (
            json!({ "hostname": "ok.acme.io", "ssl": { "method": "txt", "type": "dv", "settings": { "http2": "yes" } } }),
            400,
            1422,
        ),
        (
            json!({ "hostname": "ok.acme.io", "custom_origin_server": "origin.elsewhere.com" }),
            400,
            1421,
        ),
        (
            json!({ "hostname": "ok.acme.io", "custom_metadata": { "flag": true } }),
            400,
            1400,
        ),
        (json!({ "hostname": 42 }), 400, 1407),
    ];
    for (body, status, code) in cases {
        let r = sim.create(body.clone()).await;
        assert_eq!(
            (r.status.as_u16(), r.code()),
            (status, code),
            "{body} -> {:#}",
            r.body
        );
    }
    // Not JSON at all.
    let resp = sim
        .http
        .post(format!(
            "{}/client/v4{}",
            sim.base,
            sim.zone_path("/custom_hostnames")
        ))
        .bearer_auth("sim-token")
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::BAD_REQUEST);
    let b: serde_json::Value = resp.json().await.unwrap();
    assert_eq!(b["errors"][0]["code"], 1400);
    sim.stop().await;
}

#[tokio::test]
async fn edit_and_lookup_errors() {
    let sim = start().await;
    let h = sim
        .create_ok(json!({ "hostname": "edit.acme.io", "ssl": { "method": "http", "type": "dv" } }))
        .await;
    let id = h["id"].as_str().unwrap();
    let r = sim.patch(id, json!({ "ssl": { "method": "txt" } })).await;
    assert_eq!((r.status.as_u16(), r.code()), (400, 1440));
    let r = sim
        .patch(id, json!({ "ssl": { "certificate_authority": "google" } }))
        .await;
    assert_eq!((r.status.as_u16(), r.code()), (400, 1440));
    let r = sim.patch(id, json!({ "hostname": "other.acme.io" })).await;
    assert_eq!((r.status.as_u16(), r.code()), (409, 1439));
    let r = sim
        .patch(
            id,
            json!({ "hostname": "edit.acme.io", "custom_metadata": { "k": "v" } }),
        )
        .await;
    assert_eq!(
        r.status,
        StatusCode::ACCEPTED,
        "the unchanged hostname may be echoed"
    );
    let missing = "00000000-0000-4000-8000-000000000000";
    let r = sim
        .api(
            Method::GET,
            &sim.zone_path(&format!("/custom_hostnames/{missing}")),
            None,
        )
        .await;
    assert_eq!((r.status.as_u16(), r.code()), (404, 1436));
    let r = sim
        .api(
            Method::DELETE,
            &sim.zone_path(&format!("/custom_hostnames/{missing}")),
            None,
        )
        .await;
    assert_eq!((r.status.as_u16(), r.code()), (404, 1436));
    let r = sim
        .api(
            Method::GET,
            &sim.zone_path(&format!("/custom_hostnames/{}", "x".repeat(40))),
            None,
        )
        .await;
    assert_eq!((r.status.as_u16(), r.code()), (400, 1435));
    // Change of CA with method+type: accepted, new order.
    let r = sim.patch(id, json!({ "ssl": { "method": "http", "type": "dv", "certificate_authority": "lets_encrypt" } })).await;
    assert_eq!(r.status, StatusCode::ACCEPTED);
    assert_eq!(
        r.body["result"]["ssl"]["certificate_authority"],
        "lets_encrypt"
    );
    // Metadata set then cleared with {}.
    let r = sim
        .patch(id, json!({ "custom_metadata": { "plan": "gold" } }))
        .await;
    assert_eq!(
        r.body["result"]["custom_metadata"],
        json!({ "plan": "gold" })
    );
    let r = sim.patch(id, json!({ "custom_metadata": {} })).await;
    assert!(r.body["result"].get("custom_metadata").is_none());
    // Delete: bare {id}.
    let r = sim
        .api(
            Method::DELETE,
            &sim.zone_path(&format!("/custom_hostnames/{id}")),
            None,
        )
        .await;
    assert_eq!(r.body, json!({ "id": id }));
    sim.stop().await;
}

#[tokio::test]
async fn duplicate_and_quota() {
    let sim = start().await;
    sim.create_ok(json!({ "hostname": "one.acme.io" })).await;
    let r = sim.create(json!({ "hostname": "ONE.acme.io" })).await;
    assert_eq!((r.status.as_u16(), r.code()), (409, 1406));
    assert_eq!(
        r.body["errors"][0]["message"],
        "Duplicate custom hostname found."
    );
    let (s, _) = sim
        .admin(
            Method::POST,
            "/quota",
            json!({ "allocated": 1, "hardCap": 2 }),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    let r = sim.create(json!({ "hostname": "two.acme.io" })).await;
    assert_eq!(r.status, StatusCode::CREATED);
    assert_eq!(
        r.body["messages"].as_array().unwrap().len(),
        1,
        "soft quota exceeded: billing warning"
    );
    let r = sim.create(json!({ "hostname": "three.acme.io" })).await;
    assert_eq!((r.status.as_u16(), r.code()), (403, 1405));
    let q = sim
        .api(Method::GET, &sim.zone_path("/custom_hostnames/quota"), None)
        .await;
    assert_eq!(
        q.body["result"],
        json!({ "allocated": 1, "used": 2, "exceeded": true, "hard_cap": 2 })
    );
    sim.stop().await;
}

#[tokio::test]
async fn invalid_query_parameters_are_refused() {
    let sim = start().await;
    for q in [
        "per_page=3",
        "per_page=1001",
        "page=0",
        "order=name",
        "direction=up",
        "ssl=2",
        "wildcard=maybe",
        "ssl_status=great",
        "id=short",
    ] {
        let r = sim
            .api(
                Method::GET,
                &sim.zone_path(&format!("/custom_hostnames?{q}")),
                None,
            )
            .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{q}");
        assert_eq!(r.code(), 1400, "{q}");
    }
    let id = "0d89c70d-ad9f-4843-b99f-6cc0252067e9";
    let r = sim
        .api(
            Method::GET,
            &sim.zone_path(&format!("/custom_hostnames?id={id}&hostname=a.acme.io")),
            None,
        )
        .await;
    assert_eq!(r.code(), 1438);
    let r = sim
        .api(
            Method::GET,
            &sim.zone_path("/custom_hostnames?hostname.contain=a%20b"),
            None,
        )
        .await;
    assert_eq!(r.code(), 1437);
    sim.stop().await;
}
