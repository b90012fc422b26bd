//! `GET /zones/{zone_id}/custom_hostnames`: every filter of the schema,
//! ordering and pagination with `result_info` (reference §6).

use std::sync::Arc;

use axum::extract::{OriginalUri, Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::{Value, json};

use super::{ApiError, ApiResult, Reply, render, respond, zone_ok};
use crate::schema::Doc;
use crate::server::App;
use crate::state::Hostname;

const HOST_FILTERS: [&str; 4] = [
    "hostname",
    "hostname.exact",
    "hostname.startsWith",
    "hostname.contain",
];

/// List handler.
pub async fn list(
    State(app): State<Arc<App>>,
    Path(zone_id): Path<String>,
    uri: OriginalUri,
    RawQuery(q): RawQuery,
) -> Response {
    respond(
        &app,
        do_list(&app, &zone_id, uri.path(), q.as_deref().unwrap_or("")),
    )
}

fn do_list(app: &App, zone_id: &str, path: &str, query: &str) -> ApiResult {
    zone_ok(app, zone_id, path)?;
    let mut params: Vec<(String, Value)> = Vec::new();
    for (k, v) in form_urlencoded::parse(query.as_bytes()) {
        let val = app
            .spec
            .check_param(&k, &v)
            .map_err(|e| ApiError::bad(1400, format!("Invalid query parameter {e}")))?;
        params.push((k.into_owned(), val));
    }
    let get = |k: &str| {
        params
            .iter()
            .rev()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
    };
    let used_host_filters: Vec<&str> = HOST_FILTERS
        .iter()
        .copied()
        .filter(|f| get(f).is_some())
        .collect();
    if get("id").is_some() && !used_host_filters.is_empty() {
        return Err(ApiError::bad(
            1438,
            "The id filter cannot be combined with hostname filters.".into(),
        ));
    }
    if used_host_filters.len() > 1 {
        return Err(ApiError::bad(
            1438,
            format!(
                "The filters {} cannot be combined.",
                used_host_filters.join(", ")
            ),
        ));
    }
    if let Some(c) = get("hostname.contain").as_ref().and_then(Value::as_str)
        && (c.is_empty()
            || !c
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-.*_".contains(&b)))
    {
        return Err(ApiError::bad(
            1437,
            format!("Invalid hostname.contain value {c:?}."),
        ));
    }
    let page = get("page")
        .and_then(|v| v.as_f64())
        .unwrap_or(1.0)
        .floor()
        .max(1.0) as usize;
    let per_page = get("per_page")
        .and_then(|v| v.as_f64())
        .unwrap_or(20.0)
        .floor() as usize;

    let (w, _) = app.sync();
    let zone = w
        .zones
        .get(zone_id)
        .ok_or_else(|| ApiError::unknown_zone(path))?;
    let s = |k: &str| get(k).and_then(|v| v.as_str().map(|s| s.to_ascii_lowercase()));
    let matches = |h: &Hostname| -> bool {
        let ssl_status = h.ssl.as_ref().map(|x| x.status.as_str());
        s("hostname").is_none_or(|v| h.hostname == v)
            && s("hostname.exact").is_none_or(|v| h.hostname == v)
            && s("hostname.startsWith").is_none_or(|v| h.hostname.starts_with(&v))
            && s("hostname.contain").is_none_or(|v| h.hostname.contains(&v))
            && get("id")
                .and_then(|v| v.as_str().map(str::to_string))
                .is_none_or(|v| h.id == v)
            && s("ssl_status").is_none_or(|v| ssl_status == Some(v.as_str()))
            && s("hostname_status").is_none_or(|v| h.status == v)
            && s("certificate_authority").is_none_or(|v| h.ssl.as_ref().is_some_and(|x| x.ca == v))
            && get("wildcard")
                .and_then(|v| v.as_bool())
                .is_none_or(|v| h.ssl.as_ref().is_some_and(|x| x.wildcard) == v)
            && s("custom_origin_server")
                .is_none_or(|v| h.custom_origin_server.as_deref() == Some(v.as_str()))
            && (get("ssl").and_then(|v| v.as_i64()) != Some(1) || h.ssl.is_some())
    };
    // An exact name or id is looked up in the zone's index, not scanned for.
    let exact = s("hostname").or_else(|| s("hostname.exact"));
    let id = get("id").and_then(|v| v.as_str().map(str::to_string));
    let mut found: Vec<&Hostname> = match (exact, id) {
        (Some(name), _) => zone
            .by_name(&name)
            .into_iter()
            .filter(|h| matches(h))
            .collect(),
        (None, Some(id)) => zone.get(&id).into_iter().filter(|h| matches(h)).collect(),
        (None, None) => zone.hostnames.iter().filter(|h| matches(h)).collect(),
    };
    match s("order").as_deref() {
        Some("ssl_status") => found.sort_by_key(|a| ssl_key(a)),
        Some("ssl") => {
            found.sort_by_key(|h| (h.ssl.is_none(), h.ssl.as_ref().map(|x| x.method.clone())))
        }
        _ => {}
    }
    if s("direction").as_deref() == Some("desc") {
        found.reverse();
    }
    let total = found.len();
    let items: Vec<Value> = found
        .iter()
        .skip((page - 1).saturating_mul(per_page))
        .take(per_page)
        .map(|h| render::hostname(h, &zone.dcv_uuid))
        .collect();
    let mut reply = Reply::ok(StatusCode::OK, Value::Array(items.clone()), Doc::ListOk);
    super::set(
        &mut reply.body,
        "result_info",
        json!({
            "count": items.len(),
            "page": page,
            "per_page": per_page,
            "total_count": total,
            "total_pages": total.div_ceil(per_page.max(1)),
        }),
    );
    Ok(reply)
}

fn ssl_key(h: &Hostname) -> String {
    h.ssl.as_ref().map(|s| s.status.clone()).unwrap_or_default()
}
