//! Zone-level endpoints: fallback origin (§2, §3.6, §4.4), quota (§2, §7.5),
//! DCV delegation uuid (§2, §8.6).

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{OriginalUri, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::{Value, json};

use super::{ApiError, Reply, parse_body, render, respond, schema_check, zone_ok};
use crate::schema::Doc;
use crate::server::App;
use crate::state::{Fallback, Schedule};

fn fb_ok(result: Value) -> Reply {
    // Generic envelope: `messages` items are objects here (§4), an empty list is valid.
    Reply::ok(StatusCode::OK, result, Doc::FallbackOk)
}

/// `GET .../custom_hostnames/fallback_origin`. No origin set: 404 (the exact
/// Cloudflare answer is unconfirmed; see README).
pub async fn fallback_get(
    State(app): State<Arc<App>>,
    Path(zone_id): Path<String>,
    uri: OriginalUri,
) -> Response {
    let r = (|| {
        zone_ok(&app, &zone_id, uri.path())?;
        let (w, _) = app.sync();
        let f = w.zones.get(&zone_id).and_then(|z| z.fallback.as_ref());
        match f {
            Some(f) => Ok(fb_ok(render::fallback(f))),
            None => Err(ApiError::new(
                StatusCode::NOT_FOUND,
                1551,
                "No fallback origin is set for this zone.",
            )),
        }
    })();
    respond(&app, r)
}

/// `PUT .../custom_hostnames/fallback_origin` `{origin}`: `pending_deployment`
/// until the origin is a record in the SaaS zone, then `active`.
pub async fn fallback_put(
    State(app): State<Arc<App>>,
    Path(zone_id): Path<String>,
    uri: OriginalUri,
    body: Bytes,
) -> Response {
    let r = (|| {
        zone_ok(&app, &zone_id, uri.path())?;
        let body = parse_body(&body, true)?;
        schema_check(&app, Doc::FallbackBody, &body)?;
        let origin = body
            .get("origin")
            .and_then(Value::as_str)
            .map(crate::dns::normalize)
            .unwrap_or_default();
        crate::dns::valid_name(&origin)
            .map_err(|e| ApiError::bad(1400, e.to_string()).at("/origin"))?;
        let (mut w, now) = app.sync();
        let zone = w
            .zones
            .get_mut(&zone_id)
            .ok_or_else(|| ApiError::unknown_zone(uri.path()))?;
        let created_at = zone
            .fallback
            .as_ref()
            .filter(|f| f.origin == origin)
            .map(|f| f.created_at)
            .unwrap_or(now);
        zone.fallback = Some(Fallback {
            origin,
            status: "pending_deployment".into(),
            errors: Vec::new(),
            created_at,
            updated_at: now,
            sched: Schedule {
                attempt: 0,
                next: Some(now + crate::lifecycle::INIT_DELAY),
            },
        });
        w.touch();
        let f = w
            .zones
            .get(&zone_id)
            .and_then(|z| z.fallback.as_ref())
            .map(render::fallback)
            .unwrap_or(Value::Null);
        Ok(fb_ok(f))
    })();
    respond(&app, r)
}

/// `DELETE .../custom_hostnames/fallback_origin`: answers the removed origin
/// in `pending_deletion`; hostnames without a custom origin lose routing.
pub async fn fallback_delete(
    State(app): State<Arc<App>>,
    Path(zone_id): Path<String>,
    uri: OriginalUri,
    body: Bytes,
) -> Response {
    let r = (|| {
        zone_ok(&app, &zone_id, uri.path())?;
        parse_body(&body, false)?;
        let (mut w, now) = app.sync();
        let zone = w
            .zones
            .get_mut(&zone_id)
            .ok_or_else(|| ApiError::unknown_zone(uri.path()))?;
        let Some(mut f) = zone.fallback.take() else {
            return Err(ApiError::new(
                StatusCode::NOT_FOUND,
                1551,
                "No fallback origin is set for this zone.",
            ));
        };
        f.status = "pending_deletion".into();
        f.updated_at = now;
        w.touch();
        Ok(fb_ok(render::fallback(&f)))
    })();
    respond(&app, r)
}

/// `GET .../custom_hostnames/quota`.
pub async fn quota(
    State(app): State<Arc<App>>,
    Path(zone_id): Path<String>,
    uri: OriginalUri,
) -> Response {
    let r = (|| {
        zone_ok(&app, &zone_id, uri.path()).map_err(|mut e| {
            e.doc = Doc::QuotaFailure;
            e
        })?;
        let (w, _) = app.sync();
        let z = w
            .zones
            .get(&zone_id)
            .ok_or_else(|| ApiError::unknown_zone(uri.path()))?;
        let used = z.used();
        Ok(Reply::ok(
            StatusCode::OK,
            json!({ "allocated": z.quota.allocated, "used": used, "exceeded": used > z.quota.allocated, "hard_cap": z.quota.hard_cap }),
            Doc::QuotaOk,
        ))
    })();
    respond(&app, r)
}

/// `GET /zones/{zone_id}/dcv_delegation/uuid`.
pub async fn dcv_uuid(
    State(app): State<Arc<App>>,
    Path(zone_id): Path<String>,
    uri: OriginalUri,
) -> Response {
    let r = (|| {
        zone_ok(&app, &zone_id, uri.path())?;
        let w = app.lock();
        let z = w
            .zones
            .get(&zone_id)
            .ok_or_else(|| ApiError::unknown_zone(uri.path()))?;
        Ok(Reply::ok(
            StatusCode::OK,
            json!({ "uuid": z.dcv_uuid }),
            Doc::DcvOk,
        ))
    })();
    respond(&app, r)
}
