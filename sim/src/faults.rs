//! Injected failures (admin `POST /__sim/faults`): the next `count` requests
//! matching `pathPrefix` (default `/client/v4`) and optional `method` get a
//! chosen failure instead of (or on top of) the normal answer:
//! `status` (Cloudflare error envelope with that HTTP status, `retry-after`
//! when given; 429 also carries the rate-limit headers), `latency` (delay,
//! then the normal answer), `drop` (connection closed without any response),
//! `malformed_json` (a cut JSON text with `content-type: application/json`),
//! `truncated` (the normal answer, but the connection closes after half the
//! bytes announced by `content-length`).

use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http_body_util::BodyExt;
use serde::{Deserialize, Serialize};
use tokio::sync::Notify;

use crate::api::{ApiError, fail};
use crate::server::App;

/// Kind of failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FaultKind {
    /// Error status with a Cloudflare envelope.
    Status,
    /// Added latency.
    Latency,
    /// Closed connection, no response.
    Drop,
    /// Invalid JSON body.
    MalformedJson,
    /// Body cut short.
    Truncated,
}

/// One fault rule as given to the admin API.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FaultSpec {
    /// Kind.
    pub kind: FaultKind,
    /// HTTP status for `status` (default 500) and `malformed_json` (default 200).
    pub status: Option<u16>,
    /// `retry-after` seconds.
    pub retry_after: Option<u64>,
    /// Delay for `latency` (default 1000 ms).
    pub latency_ms: Option<u64>,
    /// Requests affected (default 1).
    pub count: Option<u32>,
    /// Path prefix matched (default `/client/v4`).
    pub path_prefix: Option<String>,
    /// HTTP method matched (any when absent).
    pub method: Option<String>,
    /// Error code in the envelope (default: 1015 for 429, else 1500).
    pub code: Option<u32>,
    /// Error message in the envelope.
    pub message: Option<String>,
}

/// A rule with its remaining count.
#[derive(Debug, Clone, Serialize)]
pub struct Rule {
    /// The rule.
    #[serde(flatten)]
    pub spec: FaultSpec,
    /// Requests still to affect.
    pub remaining: u32,
}

/// Pending rules, applied in order.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Faults {
    /// Rules.
    pub rules: Vec<Rule>,
}

impl Faults {
    /// Add a rule.
    pub fn add(&mut self, spec: FaultSpec) -> Result<(), String> {
        if let Some(s) = spec.status
            && (StatusCode::from_u16(s).is_err() || s < 200)
        {
            return Err(format!("invalid status {s}"));
        }
        let remaining = spec.count.unwrap_or(1);
        self.rules.push(Rule { spec, remaining });
        Ok(())
    }

    /// Consume the first rule matching this request.
    pub fn take(&mut self, method: &str, path: &str) -> Option<FaultSpec> {
        let idx = self.rules.iter().position(|r| {
            r.remaining > 0
                && path.starts_with(r.spec.path_prefix.as_deref().unwrap_or("/client/v4"))
                && r.spec
                    .method
                    .as_deref()
                    .is_none_or(|m| m.eq_ignore_ascii_case(method))
        })?;
        let rule = self.rules.get_mut(idx)?;
        rule.remaining -= 1;
        let spec = rule.spec.clone();
        if rule.remaining == 0 {
            self.rules.remove(idx);
        }
        Some(spec)
    }
}

/// Per-connection switch the `drop` fault pulls to close the socket.
#[derive(Clone, Debug)]
pub struct ConnKill(pub Arc<Notify>);

/// Middleware applying faults to every request except `/__sim`.
pub async fn middleware(State(app): State<Arc<App>>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    if path.starts_with("/__sim") {
        return next.run(req).await;
    }
    let fault = {
        let mut f = match app.faults.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        f.take(req.method().as_str(), &path)
    };
    let Some(fault) = fault else {
        return next.run(req).await;
    };
    match fault.kind {
        FaultKind::Latency => {
            tokio::time::sleep(Duration::from_millis(fault.latency_ms.unwrap_or(1000))).await;
            next.run(req).await
        }
        FaultKind::Drop => {
            if let Some(k) = req.extensions().get::<ConnKill>() {
                k.0.notify_one();
            }
            std::future::pending::<Response>().await
        }
        FaultKind::Status => {
            let status = StatusCode::from_u16(fault.status.unwrap_or(500))
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            let mut resp = if path.starts_with("/client/v4") {
                let code = fault
                    .code
                    .unwrap_or(if status == StatusCode::TOO_MANY_REQUESTS {
                        1015
                    } else {
                        1500
                    });
                let msg = fault
                    .message
                    .clone()
                    .unwrap_or_else(|| match status.as_u16() {
                        429 => "You are being rate limited".into(),
                        _ => status
                            .canonical_reason()
                            .unwrap_or("Internal Server Error")
                            .to_string(),
                    });
                fail(&app, ApiError::new(status, code, msg))
            } else {
                (
                    status,
                    status.canonical_reason().unwrap_or("error").to_string(),
                )
                    .into_response()
            };
            let h = resp.headers_mut();
            if let Some(r) = fault.retry_after
                && let Ok(v) = HeaderValue::from_str(&r.to_string())
            {
                h.insert("retry-after", v);
            }
            if status == StatusCode::TOO_MANY_REQUESTS {
                let (q, w) = app.limiter_policy();
                let reset = fault.retry_after.unwrap_or(w);
                if let Ok(v) = HeaderValue::from_str(&format!("\"default\";r=0;t={reset}")) {
                    h.insert("ratelimit", v);
                }
                if let Ok(v) = HeaderValue::from_str(&format!("\"default\";q={q};w={w}")) {
                    h.insert("ratelimit-policy", v);
                }
            }
            resp
        }
        FaultKind::MalformedJson => {
            let status =
                StatusCode::from_u16(fault.status.unwrap_or(200)).unwrap_or(StatusCode::OK);
            let mut resp = (
                status,
                "{\"success\": true, \"errors\": [], \"result\": {\"id\": \"",
            )
                .into_response();
            resp.headers_mut()
                .insert("content-type", HeaderValue::from_static("application/json"));
            resp
        }
        FaultKind::Truncated => {
            let resp = next.run(req).await;
            let (mut parts, body) = resp.into_parts();
            let bytes = match body.collect().await {
                Ok(c) => c.to_bytes(),
                Err(_) => bytes::Bytes::new(),
            };
            let half = bytes.slice(0..bytes.len() / 2);
            if let Ok(v) = HeaderValue::from_str(&bytes.len().to_string()) {
                parts.headers.insert("content-length", v);
            }
            // Send the first half, give hyper time to flush it with the head,
            // then fail the body so the connection is cut mid-message.
            let stream = futures_util::stream::unfold(Some(half), |state| async move {
                match state {
                    Some(chunk) => Some((Ok::<bytes::Bytes, std::io::Error>(chunk), None)),
                    None => {
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        let e = std::io::Error::new(
                            std::io::ErrorKind::ConnectionAborted,
                            "cf-sim truncated fault",
                        );
                        Some((Err(e), None))
                    }
                }
            });
            Response::from_parts(parts, Body::from_stream(stream))
        }
    }
}
