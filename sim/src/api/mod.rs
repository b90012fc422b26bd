//! The Cloudflare API surface under `/client/v4` (reference §2): routing,
//! authentication, the rate limit, Cloudflare envelopes and errors, and the
//! schema check of every response produced.

pub mod dns_records;
pub mod hostnames;
pub mod list;
pub mod render;
pub mod zone;

use std::sync::Arc;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde_json::{Value, json};

use crate::schema::Doc;
use crate::server::App;

/// Set `key` on a JSON object (no-op on other values; never panics).
pub fn set(v: &mut Value, key: &str, val: Value) {
    if let Some(o) = v.as_object_mut() {
        o.insert(key.to_string(), val);
    }
}

/// A Cloudflare-shaped error (§7.2): HTTP status, `errors[0].code`, message.
#[derive(Debug, Clone)]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// Cloudflare error code.
    pub code: u32,
    /// Message.
    pub message: String,
    /// JSON pointer of the offending request part.
    pub pointer: Option<String>,
    /// Which failure schema the envelope follows.
    pub doc: Doc,
}

impl ApiError {
    /// Error with a status.
    pub fn new(status: StatusCode, code: u32, message: impl Into<String>) -> Self {
        ApiError {
            status,
            code,
            message: message.into(),
            pointer: None,
            doc: Doc::Failure,
        }
    }

    /// 400 error.
    pub fn bad(code: u32, message: String) -> Self {
        ApiError::new(StatusCode::BAD_REQUEST, code, message)
    }

    /// 404 1436 (§7.2).
    pub fn hostname_not_found() -> Self {
        ApiError::new(
            StatusCode::NOT_FOUND,
            1436,
            "The custom hostname was not found.",
        )
    }

    /// Cloudflare's answer to an unknown zone id.
    pub fn unknown_zone(path: &str) -> Self {
        let path = path.strip_prefix("/client/v4").unwrap_or(path);
        ApiError::new(
            StatusCode::NOT_FOUND,
            7003,
            format!("Could not route to {path}, perhaps your object identifier is invalid?"),
        )
    }

    /// Set the pointer.
    pub fn at(mut self, pointer: impl Into<String>) -> Self {
        self.pointer = Some(pointer.into());
        self
    }

    /// The failure envelope.
    pub fn body(&self) -> Value {
        let mut err = json!({ "code": self.code, "message": self.message });
        if let Some(p) = &self.pointer {
            set(&mut err, "source", json!({ "pointer": p }));
        }
        json!({ "success": false, "errors": [err], "messages": [], "result": null })
    }
}

/// A response with the schema it must satisfy.
#[derive(Debug)]
pub struct Reply {
    /// HTTP status.
    pub status: StatusCode,
    /// JSON body.
    pub body: Value,
    /// Schema of the body.
    pub doc: Doc,
}

impl Reply {
    /// Success envelope with custom-hostname `messages` (strings).
    pub fn ok(status: StatusCode, result: Value, doc: Doc) -> Reply {
        Reply {
            status,
            body: json!({ "success": true, "errors": [], "messages": [], "result": result }),
            doc,
        }
    }
}

impl From<ApiError> for Reply {
    fn from(e: ApiError) -> Reply {
        Reply {
            status: e.status,
            body: e.body(),
            doc: e.doc,
        }
    }
}

/// Handler result.
pub type ApiResult = Result<Reply, ApiError>;

/// Turn a reply into an HTTP response, checking it against the schema first
/// (a violation is counted in `/__sim/state` and logged on stderr).
pub fn finish(app: &App, r: Reply) -> Response {
    if let Err(v) = app.spec.check(r.doc, &r.body) {
        let mut w = app.lock();
        w.schema_violations += 1;
        drop(w);
        for x in v.iter().take(5) {
            eprintln!(
                "cf-sim: response schema violation ({:?}) at {}: {}",
                r.doc, x.pointer, x.message
            );
        }
    }
    let mut resp = (r.status, axum::Json(r.body)).into_response();
    resp.headers_mut()
        .insert("cf-ray", HeaderValue::from_static("00000000000000-SIM"));
    resp
}

/// Answer an error.
pub fn fail(app: &App, e: ApiError) -> Response {
    finish(app, e.into())
}

/// Answer a handler result.
pub fn respond(app: &App, r: ApiResult) -> Response {
    match r {
        Ok(r) => finish(app, r),
        Err(e) => fail(app, e),
    }
}

/// Parse a JSON request body (400/1400 when it is not JSON, §7.2).
pub fn parse_body(bytes: &[u8], required: bool) -> Result<Value, ApiError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return if required {
            Err(ApiError::bad(
                1400,
                "Unable to parse JSON body: the body is empty.".into(),
            ))
        } else {
            Ok(json!({}))
        };
    }
    serde_json::from_slice(bytes)
        .map_err(|e| ApiError::bad(1400, format!("Unable to parse JSON body: {e}")))
}

/// Validate a body against its OpenAPI request schema (generic 400/1400 with a pointer).
pub fn schema_check(app: &App, doc: Doc, body: &Value) -> Result<(), ApiError> {
    match app.spec.check(doc, body) {
        Ok(()) => Ok(()),
        Err(v) => {
            let first = v.into_iter().next();
            let (ptr, msg) = first.map(|x| (x.pointer, x.message)).unwrap_or_default();
            Err(ApiError::bad(1400, format!("Invalid request body at '{ptr}': {msg}")).at(ptr))
        }
    }
}

/// Authentication (§2: `Authorization: Bearer <token>`) and the API rate
/// limit (§7.5), in that order, for every `/client/v4` request.
async fn guard(State(app): State<Arc<App>>, req: Request, next: Next) -> Response {
    let token = match bearer(req.headers()) {
        Ok(t) => t,
        Err(e) => return fail(&app, e),
    };
    if !app.cfg.tokens.contains(&token) {
        return fail(
            &app,
            ApiError::new(StatusCode::UNAUTHORIZED, 1000, "Invalid API Token"),
        );
    }
    let decision = app.limiter_check(&token);
    if let Some(retry) = decision.blocked_for {
        let e = ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            1015,
            "You are being rate limited",
        );
        let mut resp = fail(&app, e);
        decision.apply(resp.headers_mut(), Some(retry));
        return resp;
    }
    let mut resp = next.run(req).await;
    decision.apply(resp.headers_mut(), None);
    resp
}

fn bearer(h: &HeaderMap) -> Result<String, ApiError> {
    let Some(v) = h.get("authorization") else {
        return Err(ApiError::bad(
            1403,
            "No Authorization header was found.".into(),
        ));
    };
    let v = v.to_str().unwrap_or("");
    match v.split_once(' ') {
        Some((scheme, tok)) if scheme.eq_ignore_ascii_case("bearer") && !tok.trim().is_empty() => {
            Ok(tok.trim().to_string())
        }
        _ => Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            1001,
            "Invalid Authorization header: expected `Bearer <token>`.",
        )),
    }
}

async fn no_route(State(app): State<Arc<App>>) -> Response {
    fail(
        &app,
        ApiError::new(StatusCode::NOT_FOUND, 7003, "No route for the URI"),
    )
}

async fn bad_method(State(app): State<Arc<App>>) -> Response {
    fail(
        &app,
        ApiError::new(
            StatusCode::METHOD_NOT_ALLOWED,
            7001,
            "Method not allowed for this route",
        ),
    )
}

/// The `/client/v4` router.
pub fn router(app: Arc<App>) -> Router<Arc<App>> {
    use axum::routing::MethodRouter;
    let m = |r: MethodRouter<Arc<App>>| r.fallback(bad_method);
    Router::new()
        .route(
            "/zones/{zone_id}/custom_hostnames",
            m(get(list::list).post(hostnames::create)),
        )
        .route(
            "/zones/{zone_id}/custom_hostnames/quota",
            m(get(zone::quota)),
        )
        .route(
            "/zones/{zone_id}/custom_hostnames/fallback_origin",
            m(get(zone::fallback_get)
                .put(zone::fallback_put)
                .delete(zone::fallback_delete)),
        )
        .route(
            "/zones/{zone_id}/custom_hostnames/{custom_hostname_id}",
            m(get(hostnames::get_one)
                .patch(hostnames::edit)
                .delete(hostnames::delete)),
        )
        .route(
            "/zones/{zone_id}/dns_records",
            m(get(dns_records::list).post(dns_records::create)),
        )
        .route(
            "/zones/{zone_id}/dns_records/{dns_record_id}",
            m(get(dns_records::get_one)
                .patch(dns_records::edit)
                .delete(dns_records::delete)),
        )
        .route(
            "/zones/{zone_id}/dcv_delegation/uuid",
            m(get(zone::dcv_uuid)),
        )
        .fallback(no_route)
        .layer(middleware::from_fn_with_state(app, guard))
}

/// Check the zone path parameter; 404/7003 when unknown.
pub fn zone_ok(app: &App, zone_id: &str, path: &str) -> Result<(), ApiError> {
    if app.spec.check_param("zone_id", zone_id).is_err() || !app.lock().zones.contains_key(zone_id)
    {
        return Err(ApiError::unknown_zone(path));
    }
    Ok(())
}
