//! Custom hostname create / details / edit / delete (reference §2, §3.1, §3.2).

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{OriginalUri, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::{Value, json};

use super::{ApiError, ApiResult, Reply, parse_body, render, respond, schema_check, zone_ok};
use crate::checks;
use crate::lifecycle::{self, new_ssl, refresh_dcv, restart_hostname};
use crate::schema::Doc;
use crate::server::App;
use crate::state::{Hostname, Schedule, World, Zone};

/// `POST /zones/{zone_id}/custom_hostnames` — 201 per the docs' status table (§7.1).
pub async fn create(
    State(app): State<Arc<App>>,
    Path(zone_id): Path<String>,
    uri: OriginalUri,
    body: Bytes,
) -> Response {
    respond(&app, do_create(&app, &zone_id, uri.path(), &body))
}

fn origin_fields(app: &App, body: &Value) -> Result<(Option<String>, Option<String>), ApiError> {
    let origin = match body.get("custom_origin_server").and_then(Value::as_str) {
        Some(o) => {
            let has = {
                let w = app.lock();
                let name = crate::dns::normalize(o);
                let routing = |t: &str| matches!(t, "A" | "AAAA" | "CNAME");
                w.dns.at(&name).iter().any(|r| routing(r.data.rtype()))
                    || w.zones
                        .values()
                        .any(|z| z.records.iter().any(|r| r.name == name && routing(&r.kind)))
            };
            Some(checks::custom_origin(o, &app.env.zone_name, has)?)
        }
        None => None,
    };
    let sni = body
        .get("custom_origin_sni")
        .and_then(Value::as_str)
        .map(str::to_string);
    Ok((origin, sni))
}

fn do_create(app: &App, zone_id: &str, path: &str, bytes: &[u8]) -> ApiResult {
    zone_ok(app, zone_id, path)?;
    let body = parse_body(bytes, true)?;
    let raw = body
        .get("hostname")
        .and_then(Value::as_str)
        .ok_or_else(|| {
            ApiError::bad(
                1407,
                "The hostname is required and must be a string.".into(),
            )
            .at("/hostname")
        })?;
    let host = checks::hostname(raw)?;
    let ssl_req = checks::ssl_request(&body, &host, false)?;
    let metadata = checks::metadata(&body)?;
    let (origin, sni) = origin_fields(app, &body)?;
    schema_check(app, Doc::CreateBody, &without_default_ca(&body))?;

    let (mut w, now) = app.sync();
    let zone = w
        .zones
        .get_mut(zone_id)
        .ok_or_else(|| ApiError::unknown_zone(path))?;
    if zone.by_name(&host).is_some_and(|h| h.status != "deleted") {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            1406,
            "Duplicate custom hostname found.",
        ));
    }
    if zone.by_name(&host).is_some() {
        zone.remove_where(|h| h.hostname == host);
    }
    if zone.used() >= zone.quota.hard_cap {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            1405,
            format!(
                "Quota exceeded: this zone may have at most {} custom hostnames.",
                zone.quota.hard_cap
            ),
        ));
    }
    // The HTTP ownership URL ends with the hostname id, as in the docs example (§4.1).
    let id = lifecycle::uuid();
    let h = Hostname {
        id: id.clone(),
        hostname: host.clone(),
        created_at: now,
        status: "pending".into(),
        status_since: now,
        verification_errors: Vec::new(),
        ownership_token: lifecycle::uuid(),
        ownership_http_id: id.clone(),
        custom_metadata: metadata,
        custom_origin_server: origin,
        custom_origin_sni: sni,
        sched: Schedule {
            attempt: 0,
            next: Some(now),
        },
        ssl: ssl_req.map(|r| new_ssl(&host, &r, now)),
        frozen: false,
        by_traffic: false,
    };
    zone.push(h);
    let over_soft = zone.used() > zone.quota.allocated;
    w.touch();
    app.tick_locked(&mut w, now);
    let (zone, h) = find(&w, zone_id, &id, path)?;
    let mut reply = Reply::ok(
        StatusCode::CREATED,
        render::hostname(h, &zone.dcv_uuid),
        Doc::SingleOk,
    );
    if over_soft {
        super::set(
            &mut reply.body,
            "messages",
            json!([format!(
                "This zone has more custom hostnames than its allocated quota of {}; additional hostnames are billed.",
                zone.quota.allocated
            )]),
        );
    }
    Ok(reply)
}

/// The docs accept `certificate_authority: ""` (default CA) although the
/// schema enum lacks it (§3.3): drop it before the schema check.
fn without_default_ca(body: &Value) -> Value {
    let mut b = body.clone();
    if b.pointer("/ssl/certificate_authority") == Some(&json!(""))
        && let Some(ssl) = b.get_mut("ssl").and_then(Value::as_object_mut)
    {
        ssl.remove("certificate_authority");
    }
    b
}

/// The zone and one of its hostnames, or Cloudflare's "unknown zone" /
/// "custom hostname not found" errors.
fn find<'w>(
    w: &'w World,
    zone_id: &str,
    id: &str,
    path: &str,
) -> Result<(&'w Zone, &'w Hostname), ApiError> {
    let zone = w
        .zones
        .get(zone_id)
        .ok_or_else(|| ApiError::unknown_zone(path))?;
    let h = zone.get(id).ok_or_else(ApiError::hostname_not_found)?;
    Ok((zone, h))
}

fn id_ok(app: &App, id: &str) -> Result<(), ApiError> {
    app.spec
        .check_param("custom_hostname_id", id)
        .map(|_| ())
        .map_err(|e| ApiError::bad(1435, format!("Invalid custom hostname id {id:?}: {e}")))
}

/// `GET /zones/{zone_id}/custom_hostnames/{id}`.
pub async fn get_one(
    State(app): State<Arc<App>>,
    Path((zone_id, id)): Path<(String, String)>,
    uri: OriginalUri,
) -> Response {
    let r = (|| {
        zone_ok(&app, &zone_id, uri.path())?;
        id_ok(&app, &id)?;
        let (w, _) = app.sync();
        let (zone, h) = find(&w, &zone_id, &id, uri.path())?;
        Ok(Reply::ok(
            StatusCode::OK,
            render::hostname(h, &zone.dcv_uuid),
            Doc::SingleOk,
        ))
    })();
    respond(&app, r)
}

/// `PATCH /zones/{zone_id}/custom_hostnames/{id}` — 202 per the docs (§7.1).
/// Repeating `ssl.method`+`ssl.type` re-checks now and resets the back-off (§3.2, §9).
pub async fn edit(
    State(app): State<Arc<App>>,
    Path((zone_id, id)): Path<(String, String)>,
    uri: OriginalUri,
    body: Bytes,
) -> Response {
    respond(&app, do_edit(&app, &zone_id, &id, uri.path(), &body))
}

fn do_edit(app: &App, zone_id: &str, id: &str, path: &str, bytes: &[u8]) -> ApiResult {
    zone_ok(app, zone_id, path)?;
    id_ok(app, id)?;
    let body = parse_body(bytes, true)?;
    let host = {
        let w = app.lock();
        let zone = w
            .zones
            .get(zone_id)
            .ok_or_else(|| ApiError::unknown_zone(path))?;
        zone.get(id)
            .map(|h| h.hostname.clone())
            .ok_or_else(ApiError::hostname_not_found)?
    };
    // Older SDKs echo the unchanged hostname in PATCH bodies; only a change is refused.
    if let Some(h) = body.get("hostname")
        && h.as_str().map(str::to_ascii_lowercase).as_deref() != Some(host.as_str())
    {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            1439,
            "Modifying the custom hostname is not supported.",
        )
        .at("/hostname"));
    }

    let ssl_req = checks::ssl_request(&body, &host, true)?;
    let metadata = checks::metadata(&body)?;
    let (origin, sni) = origin_fields(app, &body)?;
    schema_check(app, Doc::EditBody, &without_default_ca(&body))?;

    let (mut w, now) = app.sync();
    let zone = w
        .zones
        .get_mut(zone_id)
        .ok_or_else(|| ApiError::unknown_zone(path))?;
    let h = zone.get_mut(id).ok_or_else(ApiError::hostname_not_found)?;
    if body.get("custom_metadata").is_some() {
        h.custom_metadata = metadata.filter(|m| !m.is_empty());
    }
    if origin.is_some() {
        h.custom_origin_server = origin;
    }
    if sni.is_some() {
        h.custom_origin_sni = sni;
    }
    if let Some(req) = ssl_req {
        let same = h.ssl.as_ref().is_some_and(|s| {
            s.method == req.method
                && s.kind == req.kind
                && s.requested_ca == req.ca
                && s.wildcard == req.wildcard
        });
        if same {
            if let Some(ssl) = h.ssl.as_mut() {
                ssl.bundle_method = req.bundle_method.clone();
                if req.settings.is_some() {
                    ssl.settings = req.settings.clone();
                }
                refresh_dcv(&host, ssl, now);
            }
        } else {
            let mut ssl = new_ssl(&host, &req, now);
            ssl.status = "pending_validation".into();
            ssl.sched = Schedule {
                attempt: 0,
                next: Some(now),
            };
            h.ssl = Some(ssl);
        }
        restart_hostname(h, now);
    }
    w.touch();
    app.tick_locked(&mut w, now);
    let (zone, h) = find(&w, zone_id, id, path)?;
    Ok(Reply::ok(
        StatusCode::ACCEPTED,
        render::hostname(h, &zone.dcv_uuid),
        Doc::SingleOk,
    ))
}

/// `DELETE /zones/{zone_id}/custom_hostnames/{id}` — bare `{"id"}` body (§2).
/// The spec declares a JSON request body; an empty one is accepted as the SDKs send none.
pub async fn delete(
    State(app): State<Arc<App>>,
    Path((zone_id, id)): Path<(String, String)>,
    uri: OriginalUri,
    body: Bytes,
) -> Response {
    let r = (|| {
        zone_ok(&app, &zone_id, uri.path())?;
        id_ok(&app, &id)?;
        parse_body(&body, false)?;
        let (mut w, _) = app.sync();
        let zone = w
            .zones
            .get_mut(&zone_id)
            .ok_or_else(|| ApiError::unknown_zone(uri.path()))?;
        if zone.remove_where(|h| h.id == id) == 0 {
            return Err(ApiError::hostname_not_found());
        }
        w.touch();
        Ok(Reply {
            status: StatusCode::OK,
            body: json!({ "id": id }),
            doc: Doc::DeleteOk,
        })
    })();
    respond(&app, r)
}
