//! Shapes compared with real Cloudflare JSON (`tests/fixtures/cloudflare/`, see its README):
//! the simulator's responses in the same situation carry the same keys.

use std::collections::BTreeSet;

use reqwest::Method;
use serde_json::{Value, json};

use crate::common::{Sim, start, start_with};

fn fixture(name: &str) -> Value {
    let path = format!(
        "{}/../tests/fixtures/cloudflare/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

fn keys(v: &Value) -> BTreeSet<String> {
    v.as_object().unwrap().keys().cloned().collect()
}

async fn list_one(sim: &Sim, host: &str) -> Value {
    sim.api(
        Method::GET,
        &sim.zone_path(&format!("/custom_hostnames?hostname={host}")),
        None,
    )
    .await
    .body
}

#[tokio::test]
async fn recorded_list_response_active_hostname_pending_txt_dcv() {
    // Recorded situation: ownership proven (here by the TXT token), no traffic
    // CNAME, TXT DCV pending with one token and a delegation record.
    let real = fixture("list-response-recorded-active-txt-dcv-delegation.json");
    let sim = start().await;
    let host = "okwyujswsc.terraform-sim.net";
    let h = sim
        .create_ok(json!({ "hostname": host, "ssl": { "method": "txt", "type": "dv" } }))
        .await;
    let own = &h["ownership_verification"];
    sim.add_dns(own["name"].as_str().unwrap(), "TXT", own["value"].clone())
        .await;
    let id = h["id"].as_str().unwrap().to_string();
    sim.advance_until(&id, 10.0, 120.0, |h| {
        h["status"] == "active" && h["ssl"]["status"] == "pending_validation"
    })
    .await;
    let ours = list_one(&sim, host).await;
    assert_eq!(keys(&ours), keys(&real));
    assert_eq!(keys(&ours["result_info"]), keys(&real["result_info"]));
    let (o, r) = (&ours["result"][0], &real["result"][0]);
    assert_eq!(keys(o), keys(r));
    assert_eq!(keys(&o["ssl"]), keys(&r["ssl"]));
    assert_eq!(
        keys(&o["ssl"]["validation_records"][0]),
        keys(&r["ssl"]["validation_records"][0])
    );
    assert_eq!(
        keys(&o["ssl"]["dcv_delegation_records"][0]),
        keys(&r["ssl"]["dcv_delegation_records"][0])
    );
    for field in [
        "status",
        "method",
        "type",
        "bundle_method",
        "certificate_authority",
        "wildcard",
    ] {
        assert_eq!(o["ssl"][field], r["ssl"][field], "{field}");
    }
    assert_eq!(o["ssl"]["validation_records"][0]["status"], "pending");
    let target = o["ssl"]["dcv_delegation_records"][0]["cname_target"]
        .as_str()
        .unwrap();
    let real_target = r["ssl"]["dcv_delegation_records"][0]["cname_target"]
        .as_str()
        .unwrap();
    // `<host>.<16 hex>.dcv.cloudflare.com`
    let shape = |t: &str, h: &str| {
        let rest = t
            .strip_prefix(&format!("{h}."))
            .unwrap()
            .strip_suffix(".dcv.cloudflare.com")
            .unwrap()
            .to_string();
        rest.len() == 16 && rest.bytes().all(|b| b.is_ascii_hexdigit())
    };
    assert!(shape(target, host) && shape(real_target, "okwyujswsc.terraform.cfapi.net"));
    assert_eq!(
        o["ssl"]["txt_value"].as_str().unwrap().len(),
        r["ssl"]["txt_value"].as_str().unwrap().len()
    );
    sim.stop().await;
}

#[tokio::test]
async fn docs_create_response_pending_ownership() {
    let real = fixture("create-response-pending-ownership-verification-truncated.json");
    let sim = start().await;
    let h = sim
        .create_ok(json!({ "hostname": "app.docs-sim.io" }))
        .await;
    assert_eq!(keys(&h), keys(&real["result"]));
    assert_eq!(
        h["verification_errors"],
        real["result"]["verification_errors"]
    );
    assert_eq!(
        keys(&h["ownership_verification"]),
        keys(&real["result"]["ownership_verification"])
    );
    let url = h["ownership_verification_http"]["http_url"]
        .as_str()
        .unwrap();
    assert_eq!(
        url,
        format!(
            "http://app.docs-sim.io/.well-known/cf-custom-hostname-challenge/{}",
            h["id"].as_str().unwrap()
        )
    );
    sim.stop().await;
}

#[tokio::test]
async fn docs_wildcard_txt_two_validation_records() {
    let real = fixture("list-response-wildcard-txt-pending-two-validation-records.json");
    let sim = start().await;
    let host = "wild.docs-sim.io";
    let h = sim
        .create_ok(json!({ "hostname": host, "ssl": { "method": "txt", "type": "dv", "wildcard": true, "settings": { "min_tls_version": "1.0" } } }))
        .await;
    let id = h["id"].as_str().unwrap().to_string();
    let o = sim
        .advance_until(&id, 5.0, 30.0, |h| {
            h["ssl"]["status"] == "pending_validation"
        })
        .await;
    let r = &real["result"][0];
    assert_eq!(
        o["ssl"]["validation_records"].as_array().unwrap().len(),
        r["ssl"]["validation_records"].as_array().unwrap().len()
    );
    assert_eq!(o["ssl"]["settings"], r["ssl"]["settings"]);
    for k in keys(r) {
        assert!(o.get(&k).is_some(), "missing {k}");
    }
    for k in keys(&r["ssl"]) {
        assert!(o["ssl"].get(&k).is_some(), "missing ssl.{k}");
    }
    sim.stop().await;
}

#[tokio::test]
async fn recorded_fallback_origin_active_and_mock_pending() {
    let active = fixture("fallback-origin-get-response-recorded-active.json");
    let pending = fixture("fallback-origin-get-response-pending-deployment-with-errors.json");
    let sim = start_with(|_| {}).await;
    let p = sim.zone_path("/custom_hostnames/fallback_origin");
    sim.api(
        Method::PUT,
        &p,
        Some(json!({ "origin": "missing.saasprovider.com" })),
    )
    .await;
    sim.advance(10.0).await;
    let ours = sim.api(Method::GET, &p, None).await.body;
    assert_eq!(keys(&ours["result"]), keys(&pending["result"]));
    assert_eq!(ours["result"]["errors"], pending["result"]["errors"]);
    sim.api(
        Method::PUT,
        &p,
        Some(json!({ "origin": "fallback.saasprovider.com" })),
    )
    .await;
    sim.advance(10.0).await;
    let ours = sim.api(Method::GET, &p, None).await.body;
    assert_eq!(keys(&ours), keys(&active));
    assert_eq!(keys(&ours["result"]), keys(&active["result"]));
    sim.stop().await;
}

#[tokio::test]
async fn delete_is_a_bare_id_like_the_sdk_mock() {
    let real = fixture("delete-response-id-only.json");
    let sim = start().await;
    let h = sim
        .create_ok(json!({ "hostname": "del.docs-sim.io" }))
        .await;
    let r = sim
        .api(
            Method::DELETE,
            &sim.zone_path(&format!("/custom_hostnames/{}", h["id"].as_str().unwrap())),
            None,
        )
        .await;
    assert_eq!(keys(&r.body), keys(&real));
    sim.stop().await;
}

#[tokio::test]
async fn request_fixtures_are_accepted() {
    let sim = start().await;
    // The docs use app.example.com, which the API refuses (1411, reference §3.1).
    let mut create = fixture("create-request-http-with-settings.json");
    let r = sim.create(create.clone()).await;
    assert_eq!(r.code(), 1411);
    create["hostname"] = json!("app.docs-sim.io");
    let h = sim.create_ok(create).await;
    let id = h["id"].as_str().unwrap().to_string();
    for f in [
        "edit-request-refresh-dcv-txt.json",
        "edit-request-change-ca-google.json",
        "edit-request-reset-default-ca.json",
    ] {
        let r = sim.patch(&id, fixture(f)).await;
        assert!(r.status.is_success(), "{f}: {:#}", r.body);
    }
    let r = sim
        .api(
            Method::PUT,
            &sim.zone_path("/custom_hostnames/fallback_origin"),
            Some(fixture("fallback-origin-update-request.json")),
        )
        .await;
    assert!(r.status.is_success(), "{:#}", r.body);
    // The docs' metadata example uses a boolean, which the schema (strings only) refuses.
    let r = sim
        .patch(&id, fixture("edit-request-custom-metadata-docs.json"))
        .await;
    assert_eq!(r.status.as_u16(), 400);
    sim.stop().await;
}
