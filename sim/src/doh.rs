//! `/dns-query`: DNS-over-HTTPS for the simulated public DNS.
//! * RFC 8484 wire format: `GET ?dns=<base64url>` and `POST` with
//!   `content-type: application/dns-message`.
//! * JSON form (Google / Cloudflare `application/dns-json`):
//!   `GET ?name=&type=` → `{Status, TC, RD, RA, AD, CD, Question[], Answer[], Authority[]}`.
//!
//! CORS is open (`access-control-allow-origin: *`) so a browser page can query it.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use hickory_proto::op::{Message, MessageType, ResponseCode};
use serde_json::{Value, json};

use crate::dns::resolve::Resolution;
use crate::dns::{Rcode, wire};
use crate::server::App;

const WIRE: &str = "application/dns-message";
const JSON: &str = "application/dns-json";

fn cors(mut r: Response) -> Response {
    let h = r.headers_mut();
    h.insert("access-control-allow-origin", HeaderValue::from_static("*"));
    h.insert(
        "access-control-allow-methods",
        HeaderValue::from_static("GET, POST, OPTIONS"),
    );
    h.insert(
        "access-control-allow-headers",
        HeaderValue::from_static("content-type, accept"),
    );
    h.insert("access-control-max-age", HeaderValue::from_static("86400"));
    r
}

fn error(status: StatusCode, msg: &str) -> Response {
    cors(
        (
            status,
            [("content-type", "application/json")],
            json!({ "error": msg }).to_string(),
        )
            .into_response(),
    )
}

/// CORS preflight.
pub async fn options() -> Response {
    cors(StatusCode::NO_CONTENT.into_response())
}

/// `GET /dns-query`: wire (`dns=`) or JSON (`name=`).
pub async fn get(State(app): State<Arc<App>>, RawQuery(q): RawQuery) -> Response {
    let q = q.unwrap_or_default();
    let params: Vec<(String, String)> = form_urlencoded::parse(q.as_bytes()).into_owned().collect();
    let param = |k: &str| params.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    if let Some(b64) = param("dns") {
        return match base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(b64.trim_end_matches('='))
        {
            Ok(bytes) => answer_wire(&app, &bytes),
            Err(_) => error(StatusCode::BAD_REQUEST, "dns parameter is not base64url"),
        };
    }
    let Some(name) = param("name") else {
        return error(
            StatusCode::BAD_REQUEST,
            "missing name (JSON) or dns (wire) parameter",
        );
    };
    answer_json(
        &app,
        &name,
        param("type").as_deref().unwrap_or("A"),
        param("cd").as_deref() == Some("1"),
    )
}

/// `POST /dns-query` with an `application/dns-message` body.
pub async fn post(State(app): State<Arc<App>>, headers: HeaderMap, body: Bytes) -> Response {
    let ct = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if !ct.starts_with(WIRE) {
        return error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "content-type must be application/dns-message",
        );
    }
    answer_wire(&app, &body)
}

fn lookup(app: &App, name: &str, rtype: &str) -> Resolution {
    let (w, _) = app.sync();
    w.with_view(|v| crate::dns::resolve(v, name, rtype))
}

fn answer_wire(app: &App, bytes: &[u8]) -> Response {
    let Ok(query) = Message::from_vec(bytes) else {
        return error(StatusCode::BAD_REQUEST, "not a DNS message");
    };
    let mut resp = Message::new();
    resp.set_id(query.id())
        .set_message_type(MessageType::Response)
        .set_op_code(query.op_code())
        .set_recursion_desired(query.recursion_desired())
        .set_recursion_available(true)
        .set_checking_disabled(query.checking_disabled());
    let mut min_ttl = 300u32;
    match query.queries().first() {
        None => {
            resp.set_response_code(ResponseCode::FormErr);
        }
        Some(q) => {
            resp.add_query(q.clone());
            let name = q.name().to_ascii();
            let r = lookup(app, &name, &q.query_type().to_string());
            resp.set_response_code(match r.rcode {
                Rcode::NoError => ResponseCode::NoError,
                Rcode::NxDomain => ResponseCode::NXDomain,
                Rcode::ServFail => ResponseCode::ServFail,
            });
            for (owner, rec) in &r.answers {
                min_ttl = min_ttl.min(rec.ttl);
                if let Some(x) = wire::to_record(owner, rec) {
                    resp.add_answer(x);
                }
            }
            for (owner, rec) in &r.authority {
                if let Some(x) = wire::to_record(owner, rec) {
                    resp.add_name_server(x);
                }
            }
        }
    }
    match resp.to_vec() {
        Ok(out) => cors(
            (
                StatusCode::OK,
                [
                    ("content-type", WIRE.to_string()),
                    ("cache-control", format!("max-age={min_ttl}")),
                ],
                out,
            )
                .into_response(),
        ),
        Err(_) => error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "could not encode the answer",
        ),
    }
}

fn rr_json(owner: &str, rec: &crate::dns::Rec) -> Value {
    json!({ "name": owner, "type": wire::type_code(rec.data.rtype()), "TTL": rec.ttl, "data": rec.data.presentation() })
}

fn answer_json(app: &App, name: &str, rtype: &str, cd: bool) -> Response {
    let Some(t) = wire::type_name(rtype) else {
        return error(StatusCode::BAD_REQUEST, "unknown type");
    };
    if crate::dns::valid_name(name).is_err() {
        return error(StatusCode::BAD_REQUEST, "invalid name");
    }
    let qname = crate::dns::normalize(name);
    let r = lookup(app, &qname, &t);
    let mut body = json!({
        "Status": r.rcode.code(),
        "TC": false,
        "RD": true,
        "RA": true,
        "AD": false,
        "CD": cd,
        "Question": [{ "name": qname, "type": wire::type_code(&t) }],
    });
    if !r.answers.is_empty() {
        let a = r.answers.iter().map(|(o, rec)| rr_json(o, rec)).collect();
        crate::api::set(&mut body, "Answer", Value::Array(a));
    }
    if !r.authority.is_empty() {
        let a = r.authority.iter().map(|(o, rec)| rr_json(o, rec)).collect();
        crate::api::set(&mut body, "Authority", Value::Array(a));
    }
    cors((StatusCode::OK, [("content-type", JSON)], body.to_string()).into_response())
}
