//! List filters and pagination (reference §6).

use reqwest::Method;
use serde_json::{Value, json};

use crate::common::start_with;

#[tokio::test]
async fn filters_and_pagination() {
    // Slow clock: the orders stay `initializing` while the test runs.
    let sim = start_with(|c| c.speed = 0.01).await;
    for i in 0..12 {
        let ssl = if i % 3 == 0 {
            json!({ "method": "txt", "type": "dv", "wildcard": true, "certificate_authority": "lets_encrypt" })
        } else {
            json!({ "method": "http", "type": "dv" })
        };
        sim.create_ok(json!({ "hostname": format!("h{i:02}.shop-{}.io", i % 2), "ssl": ssl }))
            .await;
    }
    sim.create_ok(json!({ "hostname": "nossl.shop-0.io" }))
        .await;
    let list = |q: String| {
        let sim = &sim;
        async move {
            sim.api(
                Method::GET,
                &sim.zone_path(&format!("/custom_hostnames?{q}")),
                None,
            )
            .await
            .body
        }
    };
    let b = list("per_page=5&page=2".into()).await;
    assert_eq!(b["result"].as_array().unwrap().len(), 5);
    assert_eq!(
        b["result_info"],
        json!({ "count": 5, "page": 2, "per_page": 5, "total_count": 13, "total_pages": 3 })
    );
    let b = list("per_page=5&page=4".into()).await;
    assert_eq!(b["result"], json!([]));
    let b = list(String::new()).await;
    assert_eq!(b["result_info"]["per_page"], 20);
    let names = |b: &Value| {
        b["result"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["hostname"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        names(&list("hostname=h03.shop-1.io".into()).await),
        vec!["h03.shop-1.io"]
    );
    assert_eq!(
        names(&list("hostname.exact=h03.shop-1.io".into()).await),
        vec!["h03.shop-1.io"]
    );
    assert_eq!(names(&list("hostname.startsWith=h1".into()).await).len(), 2);
    assert_eq!(
        names(&list("hostname.contain=shop-1".into()).await).len(),
        6
    );
    assert_eq!(names(&list("wildcard=true".into()).await).len(), 4);
    assert_eq!(
        names(&list("certificate_authority=lets_encrypt".into()).await).len(),
        4
    );
    assert_eq!(names(&list("ssl=1".into()).await).len(), 12);
    assert_eq!(
        names(&list("hostname_status=pending&per_page=50".into()).await).len(),
        13
    );
    assert_eq!(
        names(&list("ssl_status=initializing".into()).await).len(),
        12
    );
    let desc = names(&list("direction=desc&per_page=50".into()).await);
    assert_eq!(desc.first().unwrap(), "nossl.shop-0.io");
    let id = list("hostname=h05.shop-1.io".into()).await["result"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(
        names(&list(format!("id={id}")).await),
        vec!["h05.shop-1.io"]
    );
    sim.stop().await;
}
