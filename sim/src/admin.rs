//! Admin API under `/__sim` (no token; the server only listens on loopback):
//! edit the simulated DNS, move the clock, inject faults, force states, set
//! quota and rate limit, reset, dump. Documented in `sim/README.md`.

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::{Value, json};

use crate::dns::{DEFAULT_TTL, Rec, RecData, normalize};
use crate::faults::FaultSpec;
use crate::server::App;
use crate::state::{Schedule, World};

fn ok(v: Value) -> Response {
    (StatusCode::OK, axum::Json(v)).into_response()
}

fn bad(status: StatusCode, msg: impl Into<String>) -> Response {
    (status, axum::Json(json!({ "error": msg.into() }))).into_response()
}

fn body_json(b: &[u8]) -> Result<Value, Box<Response>> {
    if b.iter().all(u8::is_ascii_whitespace) {
        return Ok(json!({}));
    }
    serde_json::from_slice(b)
        .map_err(|e| Box::new(bad(StatusCode::BAD_REQUEST, format!("invalid JSON: {e}"))))
}

/// The admin router (mounted at `/__sim`).
pub fn router() -> Router<Arc<App>> {
    Router::new()
        .route("/dns", get(dns_list).post(dns_add).delete(dns_remove))
        .route("/clock", get(clock_get).post(clock_advance))
        .route(
            "/faults",
            get(faults_list).post(faults_add).delete(faults_clear),
        )
        .route("/hostnames/{id}/status", post(force_status))
        .route("/reset", post(reset))
        .route("/quota", post(quota))
        .route("/ratelimit", post(ratelimit))
        .route("/state", get(state))
        .route("/seed", post(seed))
}

/// Largest bulk seed in one request.
const MAX_SEED: u64 = 200_000;

/// `POST /__sim/seed {count, tenants?, offset?, zoneId?, status?}`: adds
/// `count` hostnames at once (`h<i>.tenant<k>.seed-<offset>.example-shop.io`,
/// `custom_metadata.tenant = "tenant<k>"`, `k = (offset + i) mod tenants`), active with
/// an issued certificate (`status: "active"`, the default) or pending
/// (`"pending"`). For scale runs: creating 100,000 hostnames through the API
/// takes minutes; this takes a fraction of a second. Raises the zone's quota
/// to fit. Answers `{ added, total }`.
async fn seed(State(app): State<Arc<App>>, body: Bytes) -> Response {
    let v = match body_json(&body) {
        Ok(v) => v,
        Err(r) => return *r,
    };
    let count = v.get("count").and_then(Value::as_u64).unwrap_or(0);
    if count == 0 || count > MAX_SEED {
        return bad(
            StatusCode::BAD_REQUEST,
            format!("count must be 1 to {MAX_SEED}"),
        );
    }
    let tenants = v.get("tenants").and_then(Value::as_u64).unwrap_or(1).max(1);
    let offset = v.get("offset").and_then(Value::as_u64).unwrap_or(0);
    let active = match v.get("status").and_then(Value::as_str).unwrap_or("active") {
        "active" => true,
        "pending" => false,
        other => {
            return bad(
                StatusCode::BAD_REQUEST,
                format!("status {other:?} must be active or pending"),
            );
        }
    };
    let (mut w, now) = app.sync();
    let zone_id = match v.get("zoneId").and_then(Value::as_str) {
        Some(z) => z.to_string(),
        None => match w.zones.keys().next() {
            Some(z) => z.clone(),
            None => return bad(StatusCode::NOT_FOUND, "no zone"),
        },
    };
    let Some(zone) = w.zones.get_mut(&zone_id) else {
        return bad(StatusCode::NOT_FOUND, format!("no zone {zone_id}"));
    };
    let req = crate::lifecycle::SslRequest {
        method: "txt".into(),
        kind: "dv".into(),
        ca: None,
        wildcard: false,
        bundle_method: "ubiquitous".into(),
        settings: None,
        cloudflare_branding: None,
    };
    let mut added = 0_u64;
    for i in 0..count {
        let k = (offset + i) % tenants;
        let name = format!("h{i}.tenant{k}.seed-{offset}.example-shop.io");
        if zone.by_name(&name).is_some() {
            continue;
        }
        added += 1;
        let id = crate::lifecycle::uuid();
        let mut ssl = crate::lifecycle::new_ssl(&name, &req, now);
        let mut metadata = serde_json::Map::new();
        metadata.insert("tenant".into(), Value::String(format!("tenant{k}")));
        let mut h = crate::state::Hostname {
            id: id.clone(),
            hostname: name.clone(),
            created_at: now,
            status: if active { "active" } else { "pending" }.into(),
            status_since: now,
            verification_errors: Vec::new(),
            ownership_token: crate::lifecycle::uuid(),
            ownership_http_id: id,
            custom_metadata: Some(metadata),
            custom_origin_server: None,
            custom_origin_sni: None,
            sched: Schedule {
                attempt: 0,
                next: (!active).then_some(now),
            },
            ssl: None,
            frozen: false,
            by_traffic: false,
        };
        if active {
            crate::lifecycle::issue(&h, &mut ssl, now);
        }
        h.ssl = Some(ssl);
        zone.push(h);
    }
    let total = zone.hostnames.len();
    let needed = i64::try_from(total).unwrap_or(i64::MAX);
    zone.quota.allocated = zone.quota.allocated.max(needed);
    zone.quota.hard_cap = zone.quota.hard_cap.max(needed.saturating_mul(2));
    w.touch();
    ok(json!({ "added": added, "total": total }))
}

fn rec_json(name: &str, r: &Rec, source: &str) -> Value {
    let value = match &r.data {
        RecData::Txt(parts) if parts.len() == 1 => json!(parts.first()),
        RecData::Txt(parts) => json!(parts),
        other => json!(other.presentation().trim_end_matches('.')),
    };
    json!({ "name": name, "type": r.data.rtype(), "value": value, "ttl": r.ttl, "source": source })
}

async fn dns_list(
    State(app): State<Arc<App>>,
    Query(q): Query<std::collections::HashMap<String, String>>,
) -> Response {
    let (w, _) = app.sync();
    let want = q.get("name").map(|n| normalize(n));
    let mut out: Vec<Value> = w
        .dns
        .iter()
        .filter(|(n, _)| want.as_ref().is_none_or(|x| x == *n))
        .map(|(n, r)| rec_json(n, r, "admin"))
        .collect();
    for (n, recs) in w.dynamic_records() {
        if want.as_ref().is_none_or(|x| *x == n) {
            out.extend(recs.iter().map(|r| rec_json(&n, r, "cloudflare")));
        }
    }
    ok(json!({ "records": out }))
}

fn parse_record(v: &Value) -> Result<(String, Rec), Box<Response>> {
    let name = v
        .get("name")
        .and_then(Value::as_str)
        .ok_or_else(|| Box::new(bad(StatusCode::BAD_REQUEST, "name is required")))?;
    let rtype = v
        .get("type")
        .and_then(Value::as_str)
        .ok_or_else(|| Box::new(bad(StatusCode::BAD_REQUEST, "type is required")))?;
    let value = v
        .get("value")
        .ok_or_else(|| Box::new(bad(StatusCode::BAD_REQUEST, "value is required")))?;
    let data = RecData::parse(rtype, value)
        .map_err(|e| Box::new(bad(StatusCode::BAD_REQUEST, e.to_string())))?;
    let ttl = v
        .get("ttl")
        .and_then(Value::as_u64)
        .map(|t| u32::try_from(t).unwrap_or(u32::MAX))
        .unwrap_or(DEFAULT_TTL);
    Ok((name.to_string(), Rec { ttl, data }))
}

async fn dns_add(State(app): State<Arc<App>>, body: Bytes) -> Response {
    let v = match body_json(&body) {
        Ok(v) => v,
        Err(r) => return *r,
    };
    let (name, rec) = match parse_record(&v) {
        Ok(x) => x,
        Err(r) => return *r,
    };
    let mut w = app.lock();
    match w.dns.add(&name, rec.clone()) {
        Ok(()) => {
            w.touch();
            ok(json!({ "added": rec_json(&normalize(&name), &rec, "admin") }))
        }
        Err(e) => bad(StatusCode::CONFLICT, e.to_string()),
    }
}

async fn dns_remove(State(app): State<Arc<App>>, body: Bytes) -> Response {
    let v = match body_json(&body) {
        Ok(v) => v,
        Err(r) => return *r,
    };
    let Some(name) = v.get("name").and_then(Value::as_str) else {
        return bad(StatusCode::BAD_REQUEST, "name is required");
    };
    let Some(rtype) = v.get("type").and_then(Value::as_str) else {
        return bad(StatusCode::BAD_REQUEST, "type is required");
    };
    let data = match v.get("value") {
        Some(val) => match RecData::parse(rtype, val) {
            Ok(d) => Some(d),
            Err(e) => return bad(StatusCode::BAD_REQUEST, e.to_string()),
        },
        None => None,
    };
    let mut w = app.lock();
    let removed = w.dns.remove(name, rtype, data.as_ref());
    w.dirty |= removed > 0;
    if removed == 0 {
        return bad(
            StatusCode::NOT_FOUND,
            format!("no matching {rtype} record at {name}"),
        );
    }
    ok(json!({ "removed": removed }))
}

async fn clock_get(State(app): State<Arc<App>>) -> Response {
    ok(json!({ "now": crate::clock::rfc3339(app.now()), "speed": app.clock.speed() }))
}

async fn clock_advance(State(app): State<Arc<App>>, body: Bytes) -> Response {
    let v = match body_json(&body) {
        Ok(v) => v,
        Err(r) => return *r,
    };
    let Some(secs) = v
        .get("advanceSeconds")
        .and_then(Value::as_f64)
        .filter(|s| s.is_finite() && *s >= 0.0)
    else {
        return bad(
            StatusCode::BAD_REQUEST,
            "advanceSeconds (number >= 0) is required",
        );
    };
    app.clock.advance(secs);
    let (_w, now) = app.sync();
    ok(json!({ "now": crate::clock::rfc3339(now) }))
}

async fn faults_list(State(app): State<Arc<App>>) -> Response {
    ok(json!({ "faults": app.faults_snapshot().rules }))
}

async fn faults_add(State(app): State<Arc<App>>, body: Bytes) -> Response {
    let v = match body_json(&body) {
        Ok(v) => v,
        Err(r) => return *r,
    };
    let specs: Vec<Value> = match v {
        Value::Array(a) => a,
        other => vec![other],
    };
    let mut parsed = Vec::new();
    for s in specs {
        match serde_json::from_value::<FaultSpec>(s) {
            Ok(f) => parsed.push(f),
            Err(e) => return bad(StatusCode::BAD_REQUEST, format!("invalid fault: {e}")),
        }
    }
    {
        let mut f = match app.faults.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        for p in parsed {
            if let Err(e) = f.add(p) {
                return bad(StatusCode::BAD_REQUEST, e);
            }
        }
    }
    ok(json!({ "faults": app.faults_snapshot().rules }))
}

async fn faults_clear(State(app): State<Arc<App>>) -> Response {
    match app.faults.lock() {
        Ok(mut g) => g.rules.clear(),
        Err(p) => p.into_inner().rules.clear(),
    }
    ok(json!({ "faults": [] }))
}

fn enum_values(app: &App, pointer: &str) -> Vec<String> {
    let _ = app;
    let spec: Value = serde_json::from_str(crate::schema::OPENAPI).unwrap_or(Value::Null);
    spec.pointer(pointer)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn strings(v: &Value) -> Option<Vec<String>> {
    v.as_array().map(|a| {
        a.iter()
            .filter_map(|x| {
                x.as_str()
                    .map(str::to_string)
                    .or_else(|| x.get("message").and_then(Value::as_str).map(str::to_string))
            })
            .collect()
    })
}

async fn force_status(
    State(app): State<Arc<App>>,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let v = match body_json(&body) {
        Ok(v) => v,
        Err(r) => return *r,
    };
    let host_enum = enum_values(
        &app,
        "/components/schemas/tls-certificates-and-hostnames_status-3/enum",
    );
    let ssl_enum = enum_values(
        &app,
        "/components/schemas/tls-certificates-and-hostnames_ssl/oneOf/0/properties/status/enum",
    );
    let status = v.get("status").and_then(Value::as_str);
    let ssl_status = v.get("sslStatus").and_then(Value::as_str);
    if let Some(s) = status.filter(|s| !host_enum.iter().any(|e| e == s)) {
        return bad(
            StatusCode::BAD_REQUEST,
            format!("status {s:?} is not in the schema enum"),
        );
    }
    if let Some(s) = ssl_status.filter(|s| !ssl_enum.iter().any(|e| e == s)) {
        return bad(
            StatusCode::BAD_REQUEST,
            format!("sslStatus {s:?} is not in the schema enum"),
        );
    }
    let (mut w, now) = app.sync();
    let mut found = None;
    for z in w.zones.values_mut() {
        let dcv_uuid = z.dcv_uuid.clone();
        if let Some(h) = z.get_mut(&id) {
            if let Some(s) = status {
                h.status = s.to_string();
                h.status_since = now;
                h.frozen = !matches!(s, "pending" | "moved");
                h.sched = Schedule {
                    attempt: 0,
                    next: (s == "pending").then_some(now),
                };
            }
            if let Some(errs) = v.get("verificationErrors").and_then(strings) {
                h.verification_errors = errs;
            }
            if ssl_status.is_some() || v.get("validationErrors").is_some() {
                let host = h.clone();
                let Some(ssl) = h.ssl.as_mut() else {
                    return bad(StatusCode::CONFLICT, "this hostname has no ssl object");
                };
                if let Some(s) = ssl_status {
                    ssl.status = s.to_string();
                    ssl.stage_since = now;
                    ssl.frozen = !matches!(
                        s,
                        "initializing"
                            | "pending_validation"
                            | "pending_issuance"
                            | "pending_deployment"
                            | "active"
                    );
                    ssl.sched = Schedule {
                        attempt: 0,
                        next: Some(now),
                    };
                    if s == "active" {
                        crate::lifecycle::issue(&host, ssl, now);
                    }
                }
                if let Some(errs) = v.get("validationErrors").and_then(strings) {
                    ssl.validation_errors = errs;
                }
            }
            found = Some(crate::api::render::hostname(h, &dcv_uuid));
            break;
        }
    }
    w.touch();
    match found {
        Some(h) => ok(json!({ "result": h })),
        None => bad(
            StatusCode::NOT_FOUND,
            format!("no custom hostname with id {id}"),
        ),
    }
}

async fn reset(State(app): State<Arc<App>>) -> Response {
    let now = app.now();
    *app.lock() = World::new(&app.cfg, now);
    match app.faults.lock() {
        Ok(mut g) => g.rules.clear(),
        Err(p) => p.into_inner().rules.clear(),
    }
    app.limiter_reset(None);
    ok(json!({ "reset": true }))
}

async fn quota(State(app): State<Arc<App>>, body: Bytes) -> Response {
    let v = match body_json(&body) {
        Ok(v) => v,
        Err(r) => return *r,
    };
    let mut w = app.lock();
    let zone_id = v
        .get("zoneId")
        .and_then(Value::as_str)
        .map(str::to_string)
        .or_else(|| w.zones.keys().next().cloned());
    let Some(z) = zone_id.and_then(|id| w.zones.get_mut(&id)) else {
        return bad(StatusCode::NOT_FOUND, "unknown zone");
    };
    if let Some(a) = v.get("allocated").and_then(Value::as_i64) {
        z.quota.allocated = a;
    }
    if let Some(h) = v
        .get("hardCap")
        .or_else(|| v.get("hard_cap"))
        .and_then(Value::as_i64)
    {
        z.quota.hard_cap = h;
    }
    let q = json!({ "zoneId": z.id, "allocated": z.quota.allocated, "hardCap": z.quota.hard_cap });
    w.touch();
    ok(q)
}

async fn ratelimit(State(app): State<Arc<App>>, body: Bytes) -> Response {
    let v = match body_json(&body) {
        Ok(v) => v,
        Err(r) => return *r,
    };
    let limit = v
        .get("limit")
        .and_then(Value::as_u64)
        .map(|l| u32::try_from(l).unwrap_or(u32::MAX));
    let window = v.get("windowSeconds").and_then(Value::as_u64);
    let (l, w) = app.limiter_reset(Some((limit, window)));
    ok(json!({ "limit": l, "windowSeconds": w }))
}

/// Above this many hostnames `GET /__sim/state` leaves `world` out unless
/// `?world=1` asks for it (at 68k it was 73 MB, and the process kept 1.25 GB).
const STATE_WORLD_MAX: usize = 10_000;

/// `GET /__sim/state[?world=0|1]`: `{now, speed, schemaViolations, faults,
/// counts, world?}`. `counts` = hostnames per zone and status. The world is
/// serialized straight to text (no intermediate JSON tree).
async fn state(
    State(app): State<Arc<App>>,
    Query(q): Query<std::collections::HashMap<String, String>>,
) -> Response {
    let (w, now) = app.sync();
    let total: usize = w.zones.values().map(|z| z.hostnames.len()).sum();
    let include = match q.get("world").map(String::as_str) {
        Some("1") => true,
        Some("0") => false,
        _ => total <= STATE_WORLD_MAX,
    };
    let mut counts = serde_json::Map::new();
    for (id, z) in &w.zones {
        let mut by_status: std::collections::BTreeMap<&str, u64> =
            std::collections::BTreeMap::new();
        for h in &z.hostnames {
            *by_status.entry(h.status.as_str()).or_default() += 1;
        }
        counts.insert(
            id.clone(),
            json!({ "hostnames": z.hostnames.len(), "byStatus": by_status }),
        );
    }
    let head = json!({
        "now": crate::clock::rfc3339(now),
        "speed": app.clock.speed(),
        "schemaViolations": w.schema_violations,
        "faults": app.faults_snapshot().rules,
        "counts": counts,
    });
    let world = if include {
        serde_json::to_string(&*w).unwrap_or_else(|_| "null".into())
    } else {
        String::new()
    };
    drop(w);
    let mut text = head.to_string();
    if include {
        text.pop(); // the closing brace
        text.push_str(",\"world\":");
        text.push_str(&world);
        text.push('}');
    }
    (
        StatusCode::OK,
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        text,
    )
        .into_response()
}
