//! The SaaS zone's own DNS records through the API
//! (`/zones/{zone_id}/dns_records`, `spec/dns-records.openapi.json`): the
//! fallback origin's record and the CNAME target live here, each with its
//! `proxied` flag (reference §1, §3.6, §4.4).
//!
//! What the public (simulated) DNS answers for them: a proxied A/AAAA/CNAME
//! record answers with the edge addresses ([`EDGE_V4`], [`EDGE_V6`]), as
//! Cloudflare's authoritative servers do for orange-clouded records; a
//! DNS-only record answers with its own content. The fallback origin becomes
//! `active` only once its record here exists and is proxied
//! ([`origin_ready`]).
//!
//! Error codes of this API (81044, 81053, 81057, 9004, 9005, 9006, 9007,
//! 1004) are taken from Cloudflare's public answers as commonly quoted; they
//! are not in the OpenAPI document and are unconfirmed here (`sim/README.md`).

use std::collections::BTreeMap;
use std::net::{Ipv4Addr, Ipv6Addr};
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{OriginalUri, Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use time::OffsetDateTime;

use super::{ApiError, ApiResult, Reply, parse_body, respond, schema_check, zone_ok};
use crate::clock::rfc3339;
use crate::config::Config;
use crate::dns::{Rec, RecData, normalize, valid_name};
use crate::schema::Doc;
use crate::server::App;
use crate::state::{World, Zone};

/// IPv4 address the simulated edge answers with for proxied records (and
/// where cf-sim's TLS edge listens conceptually; RFC 5737 documentation range).
pub const EDGE_V4: Ipv4Addr = Ipv4Addr::new(192, 0, 2, 10);
/// IPv6 edge address (RFC 3849).
pub const EDGE_V6: Ipv6Addr = Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, 0x10);
/// The fallback origin's server address in the seed (behind the proxy).
pub const ORIGIN_V4: Ipv4Addr = Ipv4Addr::new(192, 0, 2, 20);
/// TTL of published records ("automatic" = 300 s).
const AUTO_TTL: u32 = 300;

/// One record of a SaaS zone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ZoneRecord {
    /// 32 hex characters.
    pub id: String,
    /// Full name, lower case.
    pub name: String,
    /// `A`, `AAAA`, `CNAME` or `TXT`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Content as the API shows it.
    pub content: String,
    /// Orange cloud.
    pub proxied: bool,
    /// 1 = automatic.
    pub ttl: u32,
    /// Comment, if any.
    #[serde(default)]
    pub comment: Option<String>,
    /// Created.
    #[serde(with = "time::serde::rfc3339")]
    pub created_on: OffsetDateTime,
    /// Modified.
    #[serde(with = "time::serde::rfc3339")]
    pub modified_on: OffsetDateTime,
}

impl ZoneRecord {
    fn proxiable(&self) -> bool {
        matches!(self.kind.as_str(), "A" | "AAAA" | "CNAME")
    }

    /// What the public DNS answers for this record.
    fn published(&self) -> Vec<RecData> {
        if self.proxied && self.proxiable() {
            return vec![RecData::A(EDGE_V4), RecData::Aaaa(EDGE_V6)];
        }
        match RecData::parse(&self.kind, &json!(self.content)) {
            Ok(data) => vec![data],
            Err(_) => Vec::new(),
        }
    }
}

fn record_id() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

fn seeded(name: &str, kind: &str, content: &str, now: OffsetDateTime) -> ZoneRecord {
    ZoneRecord {
        id: record_id(),
        name: normalize(name),
        kind: kind.into(),
        content: content.into(),
        proxied: true,
        ttl: 1,
        comment: None,
        created_on: now,
        modified_on: now,
    }
}

/// A SaaS zone's records at start: the fallback origin
/// (`fallback.<zone>` A, proxied), the CNAME target and its wildcard
/// (CNAME to the fallback, proxied), and `--fallback-origin` when it names
/// another record (Cloudflare's setup guide, reference §1).
pub fn seed(cfg: &Config, now: OffsetDateTime) -> Vec<ZoneRecord> {
    let fallback = format!("fallback.{}", cfg.zone_name());
    let target = cfg.target();
    let mut out = vec![
        seeded(&fallback, "A", &ORIGIN_V4.to_string(), now),
        seeded(&target, "CNAME", &fallback, now),
        seeded(&format!("*.{target}"), "CNAME", &fallback, now),
    ];
    if let Some(o) = &cfg.fallback_origin {
        let o = normalize(o);
        if out.iter().all(|r| r.name != o) {
            out.push(seeded(&o, "A", &ORIGIN_V4.to_string(), now));
        }
    }
    out
}

/// Adds every zone's records, as the public DNS answers them, to `out`
/// (identical answers of several zones sharing a name appear once).
pub fn publish<'a>(zones: impl Iterator<Item = &'a Zone>, out: &mut BTreeMap<String, Vec<Rec>>) {
    for zone in zones {
        for r in &zone.records {
            let list = out.entry(r.name.clone()).or_default();
            for data in r.published() {
                if list.iter().all(|x| x.data != data) {
                    list.push(Rec {
                        ttl: AUTO_TTL,
                        data,
                    });
                }
            }
        }
    }
}

/// Whether the fallback origin can deploy: a proxied A/AAAA/CNAME record at
/// `origin` in the zone (reference §3.6, §4.4).
pub fn origin_ready(records: &[ZoneRecord], origin: &str) -> bool {
    records
        .iter()
        .any(|r| r.name == origin && r.proxied && r.proxiable())
}

fn render_record(r: &ZoneRecord, zone_id: &str, zone_name: &str) -> Value {
    let mut o = json!({
        "id": r.id,
        "zone_id": zone_id,
        "zone_name": zone_name,
        "name": r.name,
        "type": r.kind,
        "content": r.content,
        "proxiable": r.proxiable(),
        "proxied": r.proxied,
        "ttl": r.ttl,
        "settings": {},
        "meta": {},
        "comment": r.comment,
        "tags": [],
        "created_on": rfc3339(r.created_on),
        "modified_on": rfc3339(r.modified_on),
    });
    if r.comment.is_some() {
        super::set(&mut o, "comment_modified_on", json!(rfc3339(r.modified_on)));
    }
    o
}

fn dns_error(status: StatusCode, code: u32, message: impl Into<String>) -> ApiError {
    let mut e = ApiError::new(status, code, message);
    e.doc = Doc::DnsFailure;
    e
}

fn not_found() -> ApiError {
    dns_error(StatusCode::NOT_FOUND, 81044, "Record does not exist.")
}

/// What a POST or PATCH body asks for, checked.
struct Fields {
    name: String,
    kind: String,
    content: String,
    proxied: bool,
    ttl: u32,
    comment: Option<String>,
}

fn validate(zone_name: &str, f: &Fields) -> Result<(), ApiError> {
    let in_zone = f.name == zone_name || f.name.ends_with(&format!(".{zone_name}"));
    if valid_name(&f.name).is_err() || !in_zone {
        return Err(dns_error(
            StatusCode::BAD_REQUEST,
            1004,
            format!(
                "DNS Validation Error: {:?} is not a name in the zone {zone_name}.",
                f.name
            ),
        ));
    }
    let bad = |code, what: &str| {
        Err(dns_error(
            StatusCode::BAD_REQUEST,
            code,
            format!("Content for {} record {what}.", f.kind),
        ))
    };
    match f.kind.as_str() {
        "A" if f.content.parse::<Ipv4Addr>().is_err() => bad(9005, "must be a valid IPv4 address"),
        "AAAA" if f.content.parse::<Ipv6Addr>().is_err() => {
            bad(9006, "must be a valid IPv6 address")
        }
        "CNAME" if valid_name(&f.content).is_err() || normalize(&f.content) == f.name => {
            bad(9007, "is invalid")
        }
        "TXT" if f.proxied => Err(dns_error(
            StatusCode::BAD_REQUEST,
            9004,
            "This record type cannot be proxied.",
        )),
        "A" | "AAAA" | "CNAME" | "TXT" => Ok(()),
        other => Err(dns_error(
            StatusCode::BAD_REQUEST,
            1004,
            format!(
                "DNS Validation Error: cf-sim serves A, AAAA, CNAME and TXT records, not {other}."
            ),
        )),
    }
}

/// A/AAAA/CNAME cannot share a name with a CNAME (RFC 1034 §3.6.2; the
/// schema's own notes); an identical record exists already.
fn conflict(records: &[ZoneRecord], f: &Fields, except: Option<&str>) -> Result<(), ApiError> {
    for r in records
        .iter()
        .filter(|r| r.name == f.name && Some(r.id.as_str()) != except)
    {
        let routing = |k: &str| matches!(k, "A" | "AAAA" | "CNAME");
        if (r.kind == "CNAME" && routing(&f.kind)) || (f.kind == "CNAME" && routing(&r.kind)) {
            return Err(dns_error(
                StatusCode::BAD_REQUEST,
                81053,
                "An A, AAAA, or CNAME record with that host already exists.",
            ));
        }
        if r.kind == f.kind && r.content == f.content {
            return Err(dns_error(
                StatusCode::BAD_REQUEST,
                81057,
                "The record already exists.",
            ));
        }
    }
    Ok(())
}

fn fields(body: &Value, base: Option<&ZoneRecord>) -> Fields {
    let text = |k: &str| body.get(k).and_then(Value::as_str).map(str::to_owned);
    let kind = text("type")
        .map(|t| t.to_ascii_uppercase())
        .or_else(|| base.map(|b| b.kind.clone()))
        .unwrap_or_default();
    let content = text("content")
        .or_else(|| base.map(|b| b.content.clone()))
        .unwrap_or_default();
    let content = if kind == "CNAME" {
        normalize(&content)
    } else {
        content
    };
    Fields {
        name: text("name")
            .map(|n| normalize(&n))
            .or_else(|| base.map(|b| b.name.clone()))
            .unwrap_or_default(),
        kind,
        content,
        proxied: body
            .get("proxied")
            .and_then(Value::as_bool)
            .or_else(|| base.map(|b| b.proxied))
            .unwrap_or(false),
        ttl: body
            .get("ttl")
            .and_then(Value::as_f64)
            .map(|t| t as u32)
            .or_else(|| base.map(|b| b.ttl))
            .unwrap_or(1),
        comment: match body.get("comment") {
            Some(Value::String(c)) => Some(c.clone()),
            Some(Value::Null) => None,
            _ => base.and_then(|b| b.comment.clone()),
        },
    }
}

fn single(r: &ZoneRecord, zone_id: &str, zone_name: &str) -> Reply {
    Reply::ok(
        StatusCode::OK,
        render_record(r, zone_id, zone_name),
        Doc::DnsSingleOk,
    )
}

fn dns_zone_ok(app: &App, zone_id: &str, path: &str) -> Result<(), ApiError> {
    zone_ok(app, zone_id, path).map_err(|mut e| {
        e.doc = Doc::DnsFailure;
        e
    })
}

/// The zone of a DNS-records path (known to exist once [`dns_zone_ok`] passed).
fn zone_of<'w>(w: &'w World, zone_id: &str, path: &str) -> Result<&'w Zone, ApiError> {
    w.zones
        .get(zone_id)
        .ok_or_else(|| ApiError::unknown_zone(path))
}

/// [`zone_of`], to change the zone.
fn zone_mut<'w>(w: &'w mut World, zone_id: &str, path: &str) -> Result<&'w mut Zone, ApiError> {
    w.zones
        .get_mut(zone_id)
        .ok_or_else(|| ApiError::unknown_zone(path))
}

/// `GET /zones/{zone_id}/dns_records`: name/type/content/proxied filters,
/// ordering, pages (default 100 per page).
pub async fn list(
    State(app): State<Arc<App>>,
    Path(zone_id): Path<String>,
    uri: OriginalUri,
    RawQuery(q): RawQuery,
) -> Response {
    let r = (|| -> ApiResult {
        dns_zone_ok(&app, &zone_id, uri.path())?;
        let mut params: BTreeMap<String, Value> = BTreeMap::new();
        for (k, v) in form_urlencoded::parse(q.as_deref().unwrap_or("").as_bytes()) {
            let val = app.spec.check_dns_param(&k, &v).map_err(|e| {
                dns_error(
                    StatusCode::BAD_REQUEST,
                    1004,
                    format!("Invalid query parameter {e}"),
                )
            })?;
            params.insert(k.into_owned(), val);
        }
        let s = |k: &str| {
            params
                .get(k)
                .and_then(Value::as_str)
                .map(str::to_ascii_lowercase)
        };
        let (w, _) = app.sync();
        let zone = zone_of(&w, &zone_id, uri.path())?;
        let mut rows: Vec<&ZoneRecord> = zone
            .records
            .iter()
            .filter(|r| {
                let name_ok = s("name")
                    .or_else(|| s("name.exact"))
                    .is_none_or(|n| normalize(&n) == r.name)
                    && s("name.contains").is_none_or(|n| r.name.contains(&n))
                    && s("name.startswith").is_none_or(|n| r.name.starts_with(&n))
                    && s("name.endswith").is_none_or(|n| r.name.ends_with(&n));
                let type_ok = s("type").is_none_or(|t| t.eq_ignore_ascii_case(&r.kind));
                let content_ok = s("content")
                    .or_else(|| s("content.exact"))
                    .is_none_or(|c| c.eq_ignore_ascii_case(&r.content));
                let proxied_ok = params
                    .get("proxied")
                    .and_then(Value::as_bool)
                    .is_none_or(|p| p == r.proxied);
                name_ok && type_ok && content_ok && proxied_ok
            })
            .collect();
        match s("order").as_deref().unwrap_or("type") {
            "name" => rows.sort_by(|a, b| a.name.cmp(&b.name)),
            "content" => rows.sort_by(|a, b| a.content.cmp(&b.content)),
            "ttl" => rows.sort_by_key(|r| r.ttl),
            "proxied" => rows.sort_by_key(|r| r.proxied),
            _ => rows.sort_by(|a, b| (&a.kind, &a.name).cmp(&(&b.kind, &b.name))),
        }
        if s("direction").as_deref() == Some("desc") {
            rows.reverse();
        }
        let num = |k: &str, d: usize| {
            params
                .get(k)
                .and_then(Value::as_f64)
                .map_or(d, |f| f.max(1.0) as usize)
        };
        let per_page = num("per_page", 100).min(5_000_000);
        let page = num("page", 1);
        let total = rows.len();
        let result: Vec<Value> = rows
            .into_iter()
            .skip(per_page.saturating_mul(page - 1))
            .take(per_page)
            .map(|r| render_record(r, &zone_id, &app.env.zone_name))
            .collect();
        let count = result.len();
        let body = json!({
            "success": true, "errors": [], "messages": [], "result": result,
            "result_info": {
                "page": page, "per_page": per_page, "count": count,
                "total_count": total, "total_pages": total.div_ceil(per_page),
            },
        });
        Ok(Reply {
            status: StatusCode::OK,
            body,
            doc: Doc::DnsListOk,
        })
    })();
    respond(&app, r)
}

/// `POST /zones/{zone_id}/dns_records`.
pub async fn create(
    State(app): State<Arc<App>>,
    Path(zone_id): Path<String>,
    uri: OriginalUri,
    body: Bytes,
) -> Response {
    let r = (|| -> ApiResult {
        dns_zone_ok(&app, &zone_id, uri.path())?;
        let body = parse_body(&body, true).map_err(as_dns)?;
        schema_check(&app, Doc::DnsRecordBody, &body).map_err(as_dns)?;
        let f = fields(&body, None);
        validate(&app.env.zone_name, &f)?;
        let (mut w, now) = app.sync();
        let zone = zone_mut(&mut w, &zone_id, uri.path())?;
        conflict(&zone.records, &f, None)?;
        let rec = ZoneRecord {
            id: record_id(),
            name: f.name,
            kind: f.kind,
            content: f.content,
            proxied: f.proxied,
            ttl: f.ttl,
            comment: f.comment,
            created_on: now,
            modified_on: now,
        };
        zone.records.push(rec.clone());
        w.dirty = true;
        Ok(single(&rec, &zone_id, &app.env.zone_name))
    })();
    respond(&app, r)
}

fn as_dns(mut e: ApiError) -> ApiError {
    e.doc = Doc::DnsFailure;
    e
}

/// `GET /zones/{zone_id}/dns_records/{dns_record_id}`.
pub async fn get_one(
    State(app): State<Arc<App>>,
    Path((zone_id, id)): Path<(String, String)>,
    uri: OriginalUri,
) -> Response {
    let r = (|| -> ApiResult {
        dns_zone_ok(&app, &zone_id, uri.path())?;
        let (w, _) = app.sync();
        let zone = zone_of(&w, &zone_id, uri.path())?;
        let rec = zone
            .records
            .iter()
            .find(|r| r.id == id)
            .ok_or_else(not_found)?;
        Ok(single(rec, &zone_id, &app.env.zone_name))
    })();
    respond(&app, r)
}

/// `PATCH /zones/{zone_id}/dns_records/{dns_record_id}`: the fields given
/// replace the record's.
pub async fn edit(
    State(app): State<Arc<App>>,
    Path((zone_id, id)): Path<(String, String)>,
    uri: OriginalUri,
    body: Bytes,
) -> Response {
    let r = (|| -> ApiResult {
        dns_zone_ok(&app, &zone_id, uri.path())?;
        let body = parse_body(&body, true).map_err(as_dns)?;
        let (mut w, now) = app.sync();
        let zone = zone_mut(&mut w, &zone_id, uri.path())?;
        let base = zone
            .records
            .iter()
            .find(|r| r.id == id)
            .cloned()
            .ok_or_else(not_found)?;
        let f = fields(&body, Some(&base));
        // The schema's PATCH body is a whole record (name and type
        // included): check the merged record against it.
        let merged = json!({ "name": f.name, "type": f.kind, "content": f.content, "proxied": f.proxied, "ttl": f.ttl });
        schema_check(&app, Doc::DnsRecordPatchBody, &merged).map_err(as_dns)?;
        validate(&app.env.zone_name, &f)?;
        conflict(&zone.records, &f, Some(&id))?;
        let rec = zone
            .records
            .iter_mut()
            .find(|r| r.id == id)
            .ok_or_else(not_found)?;
        rec.name = f.name;
        rec.kind = f.kind;
        rec.content = f.content;
        rec.proxied = f.proxied;
        rec.ttl = f.ttl;
        rec.comment = f.comment;
        rec.modified_on = now;
        let out = rec.clone();
        w.dirty = true;
        Ok(single(&out, &zone_id, &app.env.zone_name))
    })();
    respond(&app, r)
}

/// `DELETE /zones/{zone_id}/dns_records/{dns_record_id}`: `{result: {id}}`.
pub async fn delete(
    State(app): State<Arc<App>>,
    Path((zone_id, id)): Path<(String, String)>,
    uri: OriginalUri,
) -> Response {
    let r = (|| -> ApiResult {
        dns_zone_ok(&app, &zone_id, uri.path())?;
        let (mut w, _) = app.sync();
        let zone = zone_mut(&mut w, &zone_id, uri.path())?;
        let before = zone.records.len();
        zone.records.retain(|r| r.id != id);
        if zone.records.len() == before {
            return Err(not_found());
        }
        w.dirty = true;
        Ok(Reply::ok(
            StatusCode::OK,
            json!({ "id": id }),
            Doc::DnsDeleteOk,
        ))
    })();
    respond(&app, r)
}
