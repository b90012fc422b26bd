//! Lifecycle scenarios driven by simulated DNS and the simulated clock (reference §5, §8, §9).

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::common::{Sim, start, start_with};

fn ssl_status(h: &Value) -> &str {
    h["ssl"]["status"].as_str().unwrap()
}

fn status(h: &Value) -> &str {
    h["status"].as_str().unwrap()
}

async fn pending_validation(sim: &Sim, id: &str) -> Value {
    sim.advance_until(id, 5.0, 30.0, |h| ssl_status(h) == "pending_validation")
        .await
}

#[tokio::test]
async fn txt_prevalidation_reaches_active_without_traffic_cname() {
    let sim = start().await;
    let h = sim
        .create_ok(
            json!({ "hostname": "shop.acme-corp.io", "ssl": { "method": "txt", "type": "dv" } }),
        )
        .await;
    assert_eq!(status(&h), "pending");
    assert_eq!(ssl_status(&h), "initializing");
    assert_eq!(
        h["verification_errors"],
        json!(["custom hostname does not CNAME to this zone."])
    );
    let id = h["id"].as_str().unwrap().to_string();
    assert_eq!(id.len(), 36);
    let h = pending_validation(&sim, &id).await;
    let recs = h["ssl"]["validation_records"].as_array().unwrap();
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["txt_name"], "_acme-challenge.shop.acme-corp.io");
    let token = recs[0]["txt_value"].as_str().unwrap().to_string();
    assert_eq!(token.len(), 43);
    assert_eq!(
        h["ssl"]["txt_name"], recs[0]["txt_name"],
        "legacy flat fields"
    );
    assert_eq!(h["ssl"]["txt_value"], recs[0]["txt_value"]);
    let own = &h["ownership_verification"];
    assert_eq!(own["name"], "_cf-custom-hostname.shop.acme-corp.io");
    sim.add_dns(own["name"].as_str().unwrap(), "TXT", own["value"].clone())
        .await;
    sim.add_dns("_acme-challenge.shop.acme-corp.io", "TXT", json!(token))
        .await;
    let h = sim
        .advance_until(&id, 30.0, 600.0, |h| {
            status(h) == "active" && ssl_status(h) == "active"
        })
        .await;
    assert_eq!(h["ssl"]["hosts"], json!(["shop.acme-corp.io"]));
    assert_eq!(h["ssl"]["issuer"], "GoogleTrustServices");
    assert!(h["ssl"]["expires_on"].is_string());
    assert!(h.get("verification_errors").is_none());
    assert!(h["ssl"].get("validation_records").is_none());
    sim.stop().await;
}

#[tokio::test]
async fn http_dcv_passes_once_the_cname_is_live() {
    let sim = start().await;
    let h = sim
        .create_ok(
            json!({ "hostname": "app.widgets.dev", "ssl": { "method": "http", "type": "dv" } }),
        )
        .await;
    let id = h["id"].as_str().unwrap().to_string();
    let h = pending_validation(&sim, &id).await;
    let rec = &h["ssl"]["validation_records"][0];
    assert!(
        rec["http_url"]
            .as_str()
            .unwrap()
            .starts_with("http://app.widgets.dev/.well-known/pki-validation/")
    );
    assert!(rec["http_body"].as_str().unwrap().starts_with("ca3-"));
    // Nothing happens without DNS, however long we wait (within the schedule).
    sim.advance(3600.0).await;
    let h = sim.get(&id).await;
    assert_eq!(
        (status(&h), ssl_status(&h)),
        ("pending", "pending_validation")
    );
    // A chain: app -> edge.widgets.dev -> customers.saasprovider.com.
    sim.add_dns("app.widgets.dev", "CNAME", json!("edge.widgets.dev"))
        .await;
    sim.add_dns(
        "edge.widgets.dev",
        "CNAME",
        json!("customers.saasprovider.com"),
    )
    .await;
    // The next scheduled check (back-off, at most 4 h) sees it.
    let h = sim
        .advance_until(&id, 600.0, 4.0 * 3600.0 + 1200.0, |h| {
            ssl_status(h) == "active"
        })
        .await;
    assert_eq!(status(&h), "active");
    sim.stop().await;
}

#[tokio::test]
async fn delegation_cname_satisfies_dcv_and_publishes_tokens() {
    let sim = start().await;
    let h = sim
        .create_ok(json!({ "hostname": "*.tenant.example-saas.net", "ssl": { "method": "txt", "type": "dv", "wildcard": false } }))
        .await;
    let id = h["id"].as_str().unwrap().to_string();
    let dele = h["ssl"]["dcv_delegation_records"][0].clone();
    assert_eq!(dele["cname"], "_acme-challenge.tenant.example-saas.net");
    let uuid = sim
        .api(Method::GET, &sim.zone_path("/dcv_delegation/uuid"), None)
        .await
        .body["result"]["uuid"]
        .clone();
    assert_eq!(
        dele["cname_target"],
        format!(
            "tenant.example-saas.net.{}.dcv.cloudflare.com",
            uuid.as_str().unwrap()
        )
    );
    let h = pending_validation(&sim, &id).await;
    let token = h["ssl"]["validation_records"][0]["txt_value"]
        .as_str()
        .unwrap()
        .to_string();
    sim.add_dns(
        dele["cname"].as_str().unwrap(),
        "CNAME",
        dele["cname_target"].clone(),
    )
    .await;
    // While validation is pending, Cloudflare serves the token behind the delegation.
    let doh: Value = sim
        .http
        .get(format!(
            "{}/dns-query?name=_acme-challenge.tenant.example-saas.net&type=TXT",
            sim.base
        ))
        .header("accept", "application/dns-json")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let answers = doh["Answer"].as_array().unwrap();
    assert_eq!(answers[0]["type"], 5);
    assert_eq!(answers[1]["data"], format!("\"{token}\""));
    let h = sim
        .advance_until(&id, 60.0, 900.0, |h| ssl_status(h) == "active")
        .await;
    assert_eq!(
        status(&h),
        "pending",
        "hostname validation is independent of DCV"
    );
    assert_eq!(h["ssl"]["hosts"], json!(["*.tenant.example-saas.net"]));
    sim.stop().await;
}

#[tokio::test]
async fn wildcard_needs_two_tokens_and_refuses_http() {
    let sim = start().await;
    let r = sim.create(json!({ "hostname": "wild.acme-corp.io", "ssl": { "method": "http", "type": "dv", "wildcard": true } })).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(r.code(), 1434);
    let h = sim.create_ok(json!({ "hostname": "wild.acme-corp.io", "ssl": { "method": "txt", "type": "dv", "wildcard": true } })).await;
    let id = h["id"].as_str().unwrap().to_string();
    let h = pending_validation(&sim, &id).await;
    let recs = h["ssl"]["validation_records"].as_array().unwrap().clone();
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["txt_name"], recs[1]["txt_name"]);
    assert_ne!(recs[0]["txt_value"], recs[1]["txt_value"]);
    // One token is not enough; the CNAME alone is not enough either (no HTTP DCV for wildcards).
    sim.add_dns(
        "wild.acme-corp.io",
        "CNAME",
        json!("customers.saasprovider.com"),
    )
    .await;
    sim.add_dns(
        "_acme-challenge.wild.acme-corp.io",
        "TXT",
        recs[0]["txt_value"].clone(),
    )
    .await;
    sim.advance(1800.0).await;
    let h = sim.get(&id).await;
    assert_eq!(status(&h), "active");
    assert_eq!(ssl_status(&h), "pending_validation");
    sim.add_dns(
        "_acme-challenge.wild.acme-corp.io",
        "TXT",
        recs[1]["txt_value"].clone(),
    )
    .await;
    let h = sim
        .advance_until(&id, 120.0, 3600.0, |h| ssl_status(h) == "active")
        .await;
    assert_eq!(
        h["ssl"]["hosts"],
        json!(["wild.acme-corp.io", "*.wild.acme-corp.io"])
    );
    // SSL.com validates RSA and ECDSA separately: twice the tokens.
    let h = sim
        .create_ok(json!({ "hostname": "ssl.acme-corp.io", "ssl": { "method": "txt", "type": "dv", "wildcard": true, "certificate_authority": "ssl_com" } }))
        .await;
    let h = pending_validation(&sim, h["id"].as_str().unwrap()).await;
    assert_eq!(h["ssl"]["validation_records"].as_array().unwrap().len(), 4);
    sim.stop().await;
}

#[tokio::test]
async fn caa_blocks_issuance_until_fixed_and_default_ca_falls_back() {
    let sim = start().await;
    sim.add_dns("acme-corp.io", "CAA", json!("0 issue \"letsencrypt.org\""))
        .await;
    sim.add_dns(
        "a.acme-corp.io",
        "CNAME",
        json!("customers.saasprovider.com"),
    )
    .await;
    sim.add_dns(
        "b.acme-corp.io",
        "CNAME",
        json!("customers.saasprovider.com"),
    )
    .await;
    let a = sim.create_ok(json!({ "hostname": "a.acme-corp.io", "ssl": { "method": "http", "type": "dv", "certificate_authority": "google" } })).await;
    let b = sim.create_ok(json!({ "hostname": "b.acme-corp.io", "ssl": { "method": "http", "type": "dv", "certificate_authority": "" } })).await;
    let a_id = a["id"].as_str().unwrap().to_string();
    let h = sim
        .advance_until(&a_id, 30.0, 900.0, |h| {
            !h["ssl"]["validation_errors"].is_null()
        })
        .await;
    assert_eq!(ssl_status(&h), "pending_issuance");
    assert_eq!(
        h["ssl"]["validation_errors"][0]["message"],
        "CAA records block issuance. Please remove all CAA records or add records for this authority."
    );
    // The default CA picks Let's Encrypt, which the CAA record allows.
    let hb = sim
        .advance_until(b["id"].as_str().unwrap(), 30.0, 900.0, |h| {
            ssl_status(h) == "active"
        })
        .await;
    assert_eq!(hb["ssl"]["certificate_authority"], "lets_encrypt");
    // Still blocked after a while; allowed once the customer adds pki.goog.
    sim.advance(3600.0).await;
    assert_eq!(ssl_status(&sim.get(&a_id).await), "pending_issuance");
    sim.add_dns(
        "acme-corp.io",
        "CAA",
        json!("0 issue \"pki.goog; cansignhttpexchanges=yes\""),
    )
    .await;
    let h = sim
        .advance_until(&a_id, 600.0, 6.0 * 3600.0, |h| ssl_status(h) == "active")
        .await;
    assert!(h["ssl"].get("validation_errors").is_none());
    sim.stop().await;
}

#[tokio::test]
async fn apex_hostname_validates_with_apex_ips() {
    let sim = start_with(|c| {
        c.fallback_origin = Some("fallback.saasprovider.com".into());
        c.apex_ips = vec!["192.0.2.100".parse().unwrap()];
    })
    .await;
    sim.add_dns("acme-corp.io", "A", json!("192.0.2.100")).await;
    sim.add_dns("othercorp.io", "A", json!("203.0.113.7")).await;
    let good = sim
        .create_ok(json!({ "hostname": "acme-corp.io", "ssl": { "method": "http", "type": "dv" } }))
        .await;
    let bad = sim
        .create_ok(json!({ "hostname": "othercorp.io", "ssl": { "method": "http", "type": "dv" } }))
        .await;
    assert_eq!(status(&good), "active");
    assert_eq!(
        bad["verification_errors"],
        json!([
            "None of the A or AAAA records are owned by this account and the pre-generated ownership verification token was not found."
        ])
    );
    let h = sim
        .advance_until(good["id"].as_str().unwrap(), 30.0, 600.0, |h| {
            ssl_status(h) == "active"
        })
        .await;
    assert_eq!(status(&h), "active");
    sim.stop().await;
}

#[tokio::test]
async fn missing_fallback_origin_keeps_hostname_pending() {
    let sim = start_with(|_| {}).await;
    sim.add_dns(
        "shop.acme-corp.io",
        "CNAME",
        json!("customers.saasprovider.com"),
    )
    .await;
    let h = sim
        .create_ok(json!({ "hostname": "shop.acme-corp.io" }))
        .await;
    assert!(h.get("ssl").is_none());
    assert_eq!(
        h["verification_errors"],
        json!(["Zone does not have a fallback origin set."])
    );
    let fb = sim
        .api(
            Method::PUT,
            &sim.zone_path("/custom_hostnames/fallback_origin"),
            Some(json!({ "origin": "fallback.saasprovider.com" })),
        )
        .await;
    assert_eq!(fb.body["result"]["status"], "pending_deployment");
    let id = h["id"].as_str().unwrap().to_string();
    let h = sim
        .advance_until(&id, 30.0, 600.0, |h| status(h) == "active")
        .await;
    assert!(h.get("verification_errors").is_none());
    sim.stop().await;
}

#[tokio::test]
async fn validation_times_out_then_patch_refreshes_with_new_tokens() {
    let sim = start().await;
    let h = sim
        .create_ok(
            json!({ "hostname": "late.acme-corp.io", "ssl": { "method": "txt", "type": "dv" } }),
        )
        .await;
    let id = h["id"].as_str().unwrap().to_string();
    let before =
        pending_validation(&sim, &id).await["ssl"]["validation_records"][0]["txt_value"].clone();
    // 6 days: still retrying.
    sim.advance(6.0 * 86400.0).await;
    let h = sim.get(&id).await;
    assert_eq!(
        (status(&h), ssl_status(&h)),
        ("pending", "pending_validation")
    );
    // After the 75 checks (~7.06 days) both schedules are exhausted.
    sim.advance(1.5 * 86400.0).await;
    let h = sim.get(&id).await;
    assert_eq!(
        (status(&h), ssl_status(&h)),
        ("moved", "validation_timed_out")
    );
    // A PATCH repeating method+type restarts with new tokens and an immediate check.
    let r = sim
        .patch(&id, json!({ "ssl": { "method": "txt", "type": "dv" } }))
        .await;
    assert_eq!(r.status, StatusCode::ACCEPTED);
    let h = &r.body["result"];
    assert_eq!(
        (status(h), ssl_status(h)),
        ("pending", "pending_validation")
    );
    let after = h["ssl"]["validation_records"][0]["txt_value"].clone();
    assert_ne!(before, after);
    sim.add_dns("_acme-challenge.late.acme-corp.io", "TXT", after.clone())
        .await;
    // The refresh PATCH re-checks immediately.
    let r = sim
        .patch(&id, json!({ "ssl": { "method": "txt", "type": "dv" } }))
        .await;
    assert_eq!(ssl_status(&r.body["result"]), "pending_issuance");
    sim.stop().await;
}

#[tokio::test]
async fn moved_becomes_deleted_after_seven_days_and_patch_revives() {
    let sim = start().await;
    let h = sim
        .create_ok(
            json!({ "hostname": "gone.acme-corp.io", "ssl": { "method": "http", "type": "dv" } }),
        )
        .await;
    let id = h["id"].as_str().unwrap().to_string();
    let (s, _) = sim
        .admin(
            Method::POST,
            &format!("/hostnames/{id}/status"),
            json!({ "status": "moved" }),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    sim.advance(6.9 * 86400.0).await;
    assert_eq!(status(&sim.get(&id).await), "moved");
    sim.advance(0.2 * 86400.0).await;
    assert_eq!(status(&sim.get(&id).await), "deleted");
    let r = sim
        .patch(&id, json!({ "ssl": { "method": "http", "type": "dv" } }))
        .await;
    assert_eq!(status(&r.body["result"]), "pending");
    sim.stop().await;
}

#[tokio::test]
async fn forced_states_and_hostile_strings_are_served() {
    let sim = start().await;
    let h = sim
        .create_ok(
            json!({ "hostname": "odd.acme-corp.io", "ssl": { "method": "txt", "type": "dv" } }),
        )
        .await;
    let id = h["id"].as_str().unwrap().to_string();
    let hostile = "<script>alert(1)</script>\u{202e}\"'; DROP";
    let (s, b) = sim
        .admin(
            Method::POST,
            &format!("/hostnames/{id}/status"),
            json!({ "status": "blocked", "sslStatus": "issuance_timed_out", "validationErrors": [hostile], "verificationErrors": [hostile] }),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    sim.advance(30.0 * 86400.0).await;
    let h = sim.get(&id).await;
    assert_eq!(
        (status(&h), ssl_status(&h)),
        ("blocked", "issuance_timed_out"),
        "blocked never retries by itself"
    );
    assert_eq!(h["ssl"]["validation_errors"][0]["message"], hostile);
    assert_eq!(h["verification_errors"][0], hostile);
    let (s, _) = sim
        .admin(
            Method::POST,
            &format!("/hostnames/{id}/status"),
            json!({ "status": "bogus" }),
        )
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    // Certificate expiry: force active, then pass 90 days without a live CNAME.
    let (s, _) = sim
        .admin(
            Method::POST,
            &format!("/hostnames/{id}/status"),
            json!({ "sslStatus": "active" }),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    sim.advance(91.0 * 86400.0).await;
    assert_eq!(ssl_status(&sim.get(&id).await), "expired");
    sim.stop().await;
}

#[tokio::test]
async fn active_certificate_renews_when_traffic_cname_is_live() {
    let sim = start().await;
    sim.add_dns(
        "renew.acme-corp.io",
        "CNAME",
        json!("customers.saasprovider.com"),
    )
    .await;
    let h = sim
        .create_ok(
            json!({ "hostname": "renew.acme-corp.io", "ssl": { "method": "http", "type": "dv" } }),
        )
        .await;
    let id = h["id"].as_str().unwrap().to_string();
    let h = sim
        .advance_until(&id, 30.0, 600.0, |h| ssl_status(h) == "active")
        .await;
    let first = h["ssl"]["expires_on"].clone();
    sim.advance(61.0 * 86400.0).await;
    let h = sim.get(&id).await;
    assert_eq!(ssl_status(&h), "active");
    assert_ne!(
        h["ssl"]["expires_on"], first,
        "renewed in the 30-day window"
    );
    sim.stop().await;
}

#[tokio::test]
async fn active_hostname_moves_when_its_cname_goes_away() {
    let sim = start().await;
    sim.add_dns(
        "churn.acme-corp.io",
        "CNAME",
        json!("customers.saasprovider.com"),
    )
    .await;
    sim.add_dns(
        "kept.acme-corp.io",
        "CNAME",
        json!("customers.saasprovider.com"),
    )
    .await;
    let churn = sim
        .create_ok(json!({ "hostname": "churn.acme-corp.io" }))
        .await;
    let kept = sim
        .create_ok(json!({ "hostname": "kept.acme-corp.io" }))
        .await;
    assert_eq!((status(&churn), status(&kept)), ("active", "active"));
    sim.remove_dns("churn.acme-corp.io", "CNAME").await;
    // A name pre-validated by token stays active without the CNAME.
    sim.remove_dns("kept.acme-corp.io", "CNAME").await;
    let own = &kept["ownership_verification"];
    assert!(own.is_null(), "active hostnames no longer show the token");
    sim.advance(2.0 * 3600.0).await;
    assert_eq!(
        status(&sim.get(churn["id"].as_str().unwrap()).await),
        "active",
        "not re-checked yet"
    );
    sim.advance(2.5 * 3600.0).await;
    let h = sim.get(churn["id"].as_str().unwrap()).await;
    assert_eq!(status(&h), "moved");
    assert_eq!(
        h["verification_errors"],
        json!(["custom hostname does not CNAME to this zone."])
    );
    sim.stop().await;
}

#[tokio::test]
async fn token_validated_hostname_stays_active_without_cname() {
    let sim = start().await;
    let h = sim
        .create_ok(json!({ "hostname": "pre.acme-corp.io" }))
        .await;
    let own = h["ownership_verification"].clone();
    sim.add_dns(own["name"].as_str().unwrap(), "TXT", own["value"].clone())
        .await;
    let id = h["id"].as_str().unwrap().to_string();
    sim.advance_until(&id, 30.0, 300.0, |h| status(h) == "active")
        .await;
    sim.remove_dns(own["name"].as_str().unwrap(), "TXT").await;
    sim.advance(3.0 * 86400.0).await;
    assert_eq!(
        status(&sim.get(&id).await),
        "active",
        "the TXT is removable once active (§8.2)"
    );
    sim.stop().await;
}
