//! DNS-over-HTTPS: RFC 8484 wire format (decoded with hickory-proto) and the JSON form.

use base64::Engine;
use hickory_proto::op::{Message, Query, ResponseCode};
use hickory_proto::rr::{Name, RData, RecordType};
use serde_json::{Value, json};

use crate::common::{Sim, start};

fn query(name: &str, t: RecordType) -> Vec<u8> {
    let mut m = Message::new();
    m.set_id(4242).set_recursion_desired(true);
    m.add_query(Query::query(Name::from_ascii(name).unwrap(), t));
    m.to_vec().unwrap()
}

async fn wire_get(sim: &Sim, name: &str, t: RecordType) -> Message {
    let q = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(query(name, t));
    let r = sim
        .http
        .get(format!("{}/dns-query?dns={q}", sim.base))
        .header("accept", "application/dns-message")
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["content-type"], "application/dns-message");
    assert_eq!(r.headers()["access-control-allow-origin"], "*");
    Message::from_vec(&r.bytes().await.unwrap()).unwrap()
}

async fn wire_post(sim: &Sim, name: &str, t: RecordType) -> Message {
    let r = sim
        .http
        .post(format!("{}/dns-query", sim.base))
        .header("content-type", "application/dns-message")
        .body(query(name, t))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    Message::from_vec(&r.bytes().await.unwrap()).unwrap()
}

async fn json_get(sim: &Sim, name: &str, t: &str) -> Value {
    let r = sim
        .http
        .get(format!("{}/dns-query?name={name}&type={t}", sim.base))
        .header("accept", "application/dns-json")
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["content-type"], "application/dns-json");
    assert_eq!(r.headers()["access-control-allow-origin"], "*");
    r.json().await.unwrap()
}

#[tokio::test]
async fn wire_format_answers() {
    let sim = start().await;
    sim.add_dns("www.acme-corp.io", "CNAME", json!("acme-corp.io"))
        .await;
    sim.add_dns("acme-corp.io", "A", json!("198.51.100.7"))
        .await;
    sim.add_dns(
        "acme-corp.io",
        "TXT",
        json!(["v=spf1", "include:_spf.acme-corp.io", "-all"]),
    )
    .await;
    sim.add_dns("acme-corp.io", "CAA", json!("0 issue \"letsencrypt.org\""))
        .await;
    sim.add_dns("deep.sub.acme-corp.io", "A", json!("198.51.100.8"))
        .await;

    let m = wire_get(&sim, "www.acme-corp.io.", RecordType::A).await;
    assert_eq!(m.id(), 4242);
    assert_eq!(m.response_code(), ResponseCode::NoError);
    assert!(m.recursion_available());
    let a = m.answers();
    assert_eq!(a.len(), 2);
    assert!(matches!(a[0].data(), RData::CNAME(c) if c.0.to_ascii() == "acme-corp.io."));
    assert!(matches!(a[1].data(), RData::A(ip) if ip.0.to_string() == "198.51.100.7"));

    let m = wire_post(&sim, "acme-corp.io.", RecordType::TXT).await;
    match m.answers()[0].data() {
        RData::TXT(t) => {
            let parts: Vec<String> = t
                .iter()
                .map(|p| String::from_utf8(p.to_vec()).unwrap())
                .collect();
            assert_eq!(parts, vec!["v=spf1", "include:_spf.acme-corp.io", "-all"]);
        }
        other => panic!("{other:?}"),
    }

    let m = wire_get(&sim, "acme-corp.io.", RecordType::CAA).await;
    match m.answers()[0].data() {
        RData::CAA(c) => {
            assert!(c.tag().is_issue());
            assert_eq!(
                c.value_as_issue().unwrap().0.unwrap().to_ascii(),
                "letsencrypt.org"
            );
        }
        other => panic!("{other:?}"),
    }

    let m = wire_get(&sim, "saasprovider.com.", RecordType::NS).await;
    assert_eq!(m.answers().len(), 2);
    let m = wire_get(&sim, "saasprovider.com.", RecordType::SOA).await;
    assert!(matches!(m.answers()[0].data(), RData::SOA(_)));

    // NXDOMAIN vs NOERROR/no-data, both with an SOA in authority.
    let m = wire_get(&sim, "missing.acme-corp.io.", RecordType::A).await;
    assert_eq!(m.response_code(), ResponseCode::NXDomain);
    assert!(matches!(m.name_servers()[0].data(), RData::SOA(_)));
    let m = wire_get(&sim, "sub.acme-corp.io.", RecordType::A).await;
    assert_eq!(
        m.response_code(),
        ResponseCode::NoError,
        "empty non-terminal"
    );
    assert!(m.answers().is_empty());
    let m = wire_get(&sim, "acme-corp.io.", RecordType::AAAA).await;
    assert_eq!(m.response_code(), ResponseCode::NoError);
    assert!(m.answers().is_empty());
    assert_eq!(m.name_servers()[0].record_type(), RecordType::SOA);
    let m = wire_get(&sim, "customers.saasprovider.com.", RecordType::AAAA).await;
    assert!(matches!(m.answers()[0].data(), RData::AAAA(_)));
    let m = wire_get(&sim, "nope.saasprovider.com.", RecordType::A).await;
    assert_eq!(m.response_code(), ResponseCode::NXDomain);
    assert_eq!(
        m.name_servers()[0].name().to_ascii(),
        "saasprovider.com.",
        "the SaaS zone's own SOA"
    );
    sim.stop().await;
}

#[tokio::test]
async fn json_form_answers() {
    let sim = start().await;
    sim.add_dns(
        "shop.acme-corp.io",
        "CNAME",
        json!("customers.saasprovider.com"),
    )
    .await;
    sim.add_dns(
        "_cf-custom-hostname.shop.acme-corp.io",
        "TXT",
        json!(["part one", "part \"two\""]),
    )
    .await;
    let b = json_get(&sim, "shop.acme-corp.io", "A").await;
    assert_eq!(b["Status"], 0);
    assert_eq!(b["RA"], true);
    assert_eq!(
        b["Question"],
        json!([{ "name": "shop.acme-corp.io", "type": 1 }])
    );
    assert_eq!(
        b["Answer"][0],
        json!({ "name": "shop.acme-corp.io", "type": 5, "TTL": 300, "data": "customers.saasprovider.com." })
    );
    assert_eq!(b["Answer"][1]["data"], "192.0.2.10");
    let b = json_get(&sim, "_cf-custom-hostname.shop.acme-corp.io", "16").await;
    assert_eq!(b["Answer"][0]["data"], "\"part one\" \"part \\\"two\\\"\"");
    let b = json_get(&sim, "nothing.acme-corp.io", "TXT").await;
    assert_eq!(b["Status"], 3);
    assert_eq!(b["Authority"][0]["type"], 6);
    assert!(b.get("Answer").is_none());
    // Loops answer SERVFAIL.
    sim.add_dns("loop1.acme-corp.io", "CNAME", json!("loop2.acme-corp.io"))
        .await;
    sim.add_dns("loop2.acme-corp.io", "CNAME", json!("loop1.acme-corp.io"))
        .await;
    assert_eq!(json_get(&sim, "loop1.acme-corp.io", "A").await["Status"], 2);
    // Preflight for browsers.
    let r = sim
        .http
        .request(reqwest::Method::OPTIONS, format!("{}/dns-query", sim.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204);
    assert_eq!(r.headers()["access-control-allow-origin"], "*");
    sim.stop().await;
}

#[tokio::test]
async fn admin_dns_editing() {
    let sim = start().await;
    let (s, _) = sim
        .admin(
            reqwest::Method::POST,
            "/dns",
            json!({ "name": "x.acme-corp.io", "type": "A", "value": "not-an-ip" }),
        )
        .await;
    assert_eq!(s, 400);
    sim.add_dns("x.acme-corp.io", "A", json!("198.51.100.1"))
        .await;
    let (s, _) = sim
        .admin(
            reqwest::Method::POST,
            "/dns",
            json!({ "name": "x.acme-corp.io", "type": "CNAME", "value": "y.acme-corp.io" }),
        )
        .await;
    assert_eq!(s, 409, "CNAME and other data cannot coexist");
    let (_, b) = sim
        .admin(
            reqwest::Method::GET,
            "/dns?name=x.acme-corp.io",
            Value::Null,
        )
        .await;
    assert_eq!(b["records"][0]["value"], "198.51.100.1");
    sim.remove_dns("x.acme-corp.io", "A").await;
    assert_eq!(json_get(&sim, "x.acme-corp.io", "A").await["Status"], 3);
    sim.stop().await;
}
