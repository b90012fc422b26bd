//! Test helpers: start a simulator, call the API with schema checks, drive the admin API.

use std::sync::OnceLock;

use cf_sim::schema::{Doc, Spec};
use cf_sim::{Config, Running};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

pub const ZONE: &str = "023e105f4ecef8ad9ca31a8372d0c353";

fn spec() -> &'static Spec {
    static SPEC: OnceLock<Spec> = OnceLock::new();
    SPEC.get_or_init(|| Spec::load().unwrap())
}

pub struct Sim {
    pub running: Running,
    pub http: reqwest::Client,
    pub base: String,
}

pub struct Resp {
    pub status: StatusCode,
    pub headers: reqwest::header::HeaderMap,
    pub body: Value,
}

impl Resp {
    pub fn code(&self) -> i64 {
        self.body["errors"][0]["code"].as_i64().unwrap_or(0)
    }
}

/// Which response schema applies to an API call.
pub fn doc_for(method: &Method, path: &str, status: StatusCode) -> Doc {
    if path.contains("/dns_records") {
        return if !status.is_success() {
            Doc::DnsFailure
        } else if path.ends_with("/dns_records") && *method == Method::GET {
            Doc::DnsListOk
        } else if *method == Method::DELETE {
            Doc::DnsDeleteOk
        } else {
            Doc::DnsSingleOk
        };
    }
    let quota = path.ends_with("/quota");
    if !status.is_success() {
        return if quota {
            Doc::QuotaFailure
        } else {
            Doc::Failure
        };
    }
    if quota {
        Doc::QuotaOk
    } else if path.ends_with("/fallback_origin") {
        Doc::FallbackOk
    } else if path.ends_with("/dcv_delegation/uuid") {
        Doc::DcvOk
    } else if path.ends_with("/custom_hostnames") && *method == Method::GET {
        Doc::ListOk
    } else if *method == Method::DELETE {
        Doc::DeleteOk
    } else {
        Doc::SingleOk
    }
}

pub async fn start_with(f: impl FnOnce(&mut Config)) -> Sim {
    let mut cfg = Config::for_tests();
    f(&mut cfg);
    let running = cf_sim::start(cfg).await.unwrap();
    let base = running.url();
    Sim {
        running,
        http: reqwest::Client::new(),
        base,
    }
}

pub async fn start() -> Sim {
    start_with(|c| c.fallback_origin = Some("fallback.saasprovider.com".into())).await
}

impl Sim {
    pub fn zone_path(&self, rest: &str) -> String {
        format!("/zones/{ZONE}{rest}")
    }

    /// Raw API call with the default token; the response body must be JSON
    /// and valid against the schema of that operation.
    pub async fn api(&self, method: Method, path: &str, body: Option<Value>) -> Resp {
        self.api_with(method, path, body, Some("sim-token")).await
    }

    pub async fn api_with(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
        token: Option<&str>,
    ) -> Resp {
        let url = format!("{}/client/v4{path}", self.base);
        let mut req = self.http.request(method.clone(), &url);
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        if let Some(b) = body {
            req = req.json(&b);
        }
        let resp = req.send().await.unwrap();
        let status = resp.status();
        let headers = resp.headers().clone();
        let text = resp.text().await.unwrap();
        let body: Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{method} {path}: not JSON ({e}): {text}"));
        let doc = doc_for(&method, path.split('?').next().unwrap_or(path), status);
        if let Err(v) = spec().check(doc, &body) {
            panic!(
                "{method} {path} -> {status}: response violates {doc:?}: {:?}\n{body:#}",
                v.first().map(|x| (&x.pointer, &x.message))
            );
        }
        Resp {
            status,
            headers,
            body,
        }
    }

    pub async fn create(&self, body: Value) -> Resp {
        self.api(
            Method::POST,
            &self.zone_path("/custom_hostnames"),
            Some(body),
        )
        .await
    }

    pub async fn get(&self, id: &str) -> Value {
        let r = self
            .api(
                Method::GET,
                &self.zone_path(&format!("/custom_hostnames/{id}")),
                None,
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{:#}", r.body);
        r.body["result"].clone()
    }

    pub async fn patch(&self, id: &str, body: Value) -> Resp {
        self.api(
            Method::PATCH,
            &self.zone_path(&format!("/custom_hostnames/{id}")),
            Some(body),
        )
        .await
    }

    /// Create and return the result, asserting success.
    pub async fn create_ok(&self, body: Value) -> Value {
        let r = self.create(body).await;
        assert!(r.status.is_success(), "{:#}", r.body);
        r.body["result"].clone()
    }

    /// A DoH JSON-form answer.
    pub async fn doh_json(&self, name: &str, rtype: &str) -> Value {
        self.http
            .get(format!("{}/dns-query?name={name}&type={rtype}", self.base))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    }

    pub async fn admin(&self, method: Method, path: &str, body: Value) -> (StatusCode, Value) {
        let r = self
            .http
            .request(method, format!("{}/__sim{path}", self.base))
            .json(&body)
            .send()
            .await
            .unwrap();
        let s = r.status();
        (s, r.json().await.unwrap_or(Value::Null))
    }

    pub async fn add_dns(&self, name: &str, rtype: &str, value: Value) {
        let (s, b) = self
            .admin(
                Method::POST,
                "/dns",
                json!({ "name": name, "type": rtype, "value": value }),
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{b}");
    }

    pub async fn remove_dns(&self, name: &str, rtype: &str) {
        let (s, b) = self
            .admin(
                Method::DELETE,
                "/dns",
                json!({ "name": name, "type": rtype }),
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{b}");
    }

    pub async fn advance(&self, secs: f64) {
        let (s, b) = self
            .admin(Method::POST, "/clock", json!({ "advanceSeconds": secs }))
            .await;
        assert_eq!(s, StatusCode::OK, "{b}");
    }

    /// Advance in steps of `step` seconds until `pred(hostname)` holds (at most `max` seconds).
    pub async fn advance_until(
        &self,
        id: &str,
        step: f64,
        max: f64,
        pred: impl Fn(&Value) -> bool,
    ) -> Value {
        let mut waited = 0.0;
        loop {
            let h = self.get(id).await;
            if pred(&h) {
                return h;
            }
            assert!(
                waited < max,
                "condition not reached after {max} simulated seconds: {h:#}"
            );
            self.advance(step).await;
            waited += step;
        }
    }

    pub async fn schema_violations(&self) -> u64 {
        let (_, b) = self.admin(Method::GET, "/state", Value::Null).await;
        b["schemaViolations"].as_u64().unwrap()
    }

    pub async fn stop(self) {
        assert_eq!(
            self.schema_violations().await,
            0,
            "the server produced a response outside the schema"
        );
        self.running.stop().await;
    }
}
