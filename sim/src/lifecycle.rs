//! State machines of a custom hostname, driven by the simulated DNS and the
//! simulated clock (reference §1, §5, §8, §9).
//!
//! * Hostname `status`: `pending` → `active` when the hostname CNAMEs (maybe
//!   through a chain) to the CNAME target, or `_cf-custom-hostname.<host>` TXT
//!   holds the ownership token, or (apex proxying) its A/AAAA record is one of
//!   the `--apex-ip`s; and a fallback origin is active (or a custom origin is
//!   set). 75 failed checks → `moved`; `moved` → `deleted` after 7 days. An
//!   `active` hostname validated by its traffic record goes `moved` when that
//!   record (and the token) no longer reach the zone.
//! * `ssl.status`: `initializing` → `pending_validation` (tokens appear a few
//!   seconds after create) → `pending_issuance` (DCV passed) → CAA check
//!   (RFC 8659 climb) → `pending_deployment` → `active` (90-day certificate,
//!   renewal from 30 days before expiry, `expired` after).
//!   Exhausted schedules give `validation_timed_out` / `issuance_timed_out`.
//! * Checks follow the back-off of §9: after check n the next one is due
//!   `min(floor(60·1.05ⁿ), 4 h)` seconds later for n < 10, `min(floor(60·1.15ⁿ), 4 h)`
//!   afterwards; 75 checks span about 7 days.

use std::net::IpAddr;

use base64::Engine;
use rand::Rng;
use time::{Duration, OffsetDateTime};

use crate::dns::resolve::DnsView;
use crate::state::{Fallback, Hostname, Issued, Schedule, Ssl, World};
use crate::validation::{
    check_caa, check_dcv, check_ownership, delegated, token_published, traffic_live,
};

/// Checks in one schedule before it times out (§9: 75 retries ≈ 7 days).
pub const MAX_ATTEMPTS: u32 = 75;
/// Delay between create and the appearance of DCV tokens (§4.3 "a few seconds").
pub const INIT_DELAY: Duration = Duration::seconds(5);
/// First CA check after DCV passed.
pub const ISSUANCE_DELAY: Duration = Duration::seconds(15);
/// Deployment to the edge after issuance.
pub const DEPLOY_DELAY: Duration = Duration::seconds(30);
/// Re-check interval of an `active` hostname validated by its traffic record:
/// when the record no longer reaches the SaaS zone (and no ownership token is
/// published) it becomes `moved` (§5.1). Cloudflare's interval is not
/// documented; the back-off cap (4 h) is used.
pub const ACTIVE_RECHECK: Duration = Duration::hours(4);
/// `moved` → `deleted` (§5.1, §9).
pub const MOVED_TO_DELETED: Duration = Duration::days(7);
/// Certificate validity (§9: 90 days) and renewal window (30 days).
pub const VALIDITY: Duration = Duration::days(90);
/// Renewal opens this long before expiry.
pub const RENEW_BEFORE: Duration = Duration::days(30);

/// §7.4 texts.
pub const ERR_NO_CNAME: &str = "custom hostname does not CNAME to this zone.";
/// §7.4: A/AAAA present but not ours, and no ownership token.
pub const ERR_A_NOT_OWNED: &str = "None of the A or AAAA records are owned by this account and the pre-generated ownership verification token was not found.";
/// §7.4: no fallback origin.
pub const ERR_NO_FALLBACK: &str = "Zone does not have a fallback origin set.";
/// §7.4: fallback origin not active.
pub const ERR_FALLBACK_STATUS: &str = "Fallback origin is in a status of initializing, pending_deployment, pending_deletion, or deleted.";
/// §7.3: CAA forbids the CA.
pub const ERR_CAA: &str =
    "CAA records block issuance. Please remove all CAA records or add records for this authority.";
/// §4.4: fallback origin record missing.
pub const ERR_FALLBACK_DNS: &str =
    "DNS records are not setup correctly. Origin should be a proxied A/AAAA/CNAME dns record";

/// What the checks need from the configuration.
#[derive(Debug, Clone)]
pub struct Env {
    /// CNAME target (normalized).
    pub target: String,
    /// SaaS zone name (normalized).
    pub zone_name: String,
    /// Apex-proxying IPs.
    pub apex_ips: Vec<IpAddr>,
}

/// Back-off delay after check `n` (0-based), §9.
pub fn backoff(n: u32) -> Duration {
    let base: f64 = if n < 10 { 1.05 } else { 1.15 };
    let secs = (60.0 * base.powi(i32::try_from(n).unwrap_or(i32::MAX)))
        .floor()
        .min(14_400.0);
    Duration::seconds(secs as i64)
}

fn ca_issuer(ca: &str) -> &'static str {
    match ca {
        "google" => "GoogleTrustServices",
        "lets_encrypt" => "LetsEncrypt",
        "ssl_com" => "SSLCorp",
        _ => "DigiCertInc",
    }
}

fn rand_hex(n: usize) -> String {
    let mut rng = rand::rng();
    (0..n)
        .map(|_| char::from_digit(rng.random_range(0..16), 16).unwrap_or('0'))
        .collect()
}

/// A TXT DCV token like Cloudflare's (43 base64url chars, e.g. `28Rth8iq…`).
pub fn txt_token() -> String {
    let bytes: [u8; 32] = rand::rng().random();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// New random UUID string.
pub fn uuid() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// What a create/PATCH asked for in `ssl`.
#[derive(Debug, Clone, PartialEq)]
pub struct SslRequest {
    /// Method.
    pub method: String,
    /// Type.
    pub kind: String,
    /// CA (`None` = default).
    pub ca: Option<String>,
    /// Wildcard flag.
    pub wildcard: bool,
    /// Bundle method.
    pub bundle_method: String,
    /// Settings.
    pub settings: Option<serde_json::Value>,
    /// Branding.
    pub cloudflare_branding: Option<bool>,
}

/// A new certificate order in `initializing` with fresh tokens.
pub fn new_ssl(host: &str, req: &SslRequest, now: OffsetDateTime) -> Ssl {
    let mut ssl = Ssl {
        id: uuid(),
        status: "initializing".into(),
        method: req.method.clone(),
        kind: req.kind.clone(),
        requested_ca: req.ca.clone(),
        ca: req.ca.clone().unwrap_or_else(|| "google".into()),
        wildcard: req.wildcard,
        bundle_method: req.bundle_method.clone(),
        settings: req.settings.clone(),
        cloudflare_branding: req.cloudflare_branding,
        txt_tokens: Vec::new(),
        http_file: String::new(),
        http_body: String::new(),
        validation_errors: Vec::new(),
        stage_since: now,
        sched: Schedule::default(),
        issued: None,
        frozen: false,
    };
    new_tokens(&mut ssl, host);
    ssl
}

/// Fresh DCV tokens: one TXT per name on the certificate (apex + wildcard
/// for `wildcard: true`), doubled for SSL.com's RSA+ECDSA orders (§4.3, §10).
pub fn new_tokens(ssl: &mut Ssl, host: &str) {
    let mut n = if ssl.wildcard && !host.starts_with("*.") {
        2
    } else {
        1
    };
    if ssl.ca == "ssl_com" {
        n *= 2;
    }
    ssl.txt_tokens = (0..n).map(|_| txt_token()).collect();
    ssl.http_file = rand_hex(32);
    ssl.http_body = format!("ca3-{}", rand_hex(32));
}

/// Whether the certificate covers a wildcard name (HTTP DCV impossible, §8.4).
pub fn covers_wildcard(h: &Hostname, ssl: &Ssl) -> bool {
    ssl.wildcard || h.hostname.starts_with("*.")
}

/// Advance every state machine to `now`. Returns whether anything changed.
///
/// Every API request calls this (the world is advanced before it is read),
/// so it first asks, without allocating, whether any machine has something
/// due; only then does it build the DNS view (which walks every hostname).
/// Under load with thousands of pending hostnames that view was most of the
/// simulator's time per request (issue 11's load run).
pub fn tick(world: &mut World, env: &Env, now: OffsetDateTime) -> bool {
    if world.next_due.is_some_and(|t| t > now) {
        return false;
    }
    let next = next_due(world);
    if next > now {
        world.next_due = Some(next);
        return false;
    }
    let dynamic = world.dynamic_records();
    let World { zones, dns, .. } = world;
    let view = DnsView {
        store: dns,
        dynamic: &dynamic,
    };
    let mut changed = false;
    for zone in zones.values_mut() {
        if let Some(f) = zone.fallback.as_mut() {
            changed |= tick_fallback(&zone.records, env, f, now);
        }
        let fallback = zone.fallback.clone();
        for h in &mut zone.hostnames {
            changed |= tick_hostname(&view, env, h, fallback.as_ref(), now);
            changed |= tick_ssl(&view, env, h, &zone.dcv_uuid, now);
        }
    }
    world.next_due = Some(next_due(world));
    changed
}

/// The earliest time any machine has something due (the far future when
/// nothing is scheduled). Each machine's own `*_next` is the one place its
/// conditions are written; "due" is "its next time has come".
fn next_due(world: &World) -> OffsetDateTime {
    world
        .zones
        .values()
        .flat_map(|z| {
            let fallback = z.fallback.as_ref().and_then(fallback_next);
            let machines = z
                .hostnames
                .iter()
                .flat_map(|h| [hostname_next(h), ssl_next(h)]);
            std::iter::once(fallback).chain(machines)
        })
        .flatten()
        .min()
        .unwrap_or(
            OffsetDateTime::from_unix_timestamp(253_402_300_799)
                .unwrap_or(OffsetDateTime::UNIX_EPOCH),
        )
}

/// The sooner of two optional times.
fn sooner(a: Option<OffsetDateTime>, b: Option<OffsetDateTime>) -> Option<OffsetDateTime> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// When the fallback origin's deployment is next checked.
fn fallback_next(f: &Fallback) -> Option<OffsetDateTime> {
    (f.status == "pending_deployment")
        .then_some(f.sched.next)
        .flatten()
}

/// When the hostname's machine next acts: its next check while validating
/// (or while an active hostname is held by its traffic), and the end of the
/// moved period.
fn hostname_next(h: &Hostname) -> Option<OffsetDateTime> {
    let checking = !h.frozen && (h.status == "pending" || (h.status == "active" && h.by_traffic));
    let check = checking.then_some(h.sched.next).flatten();
    let moved_ends = (h.status == "moved").then(|| h.status_since + MOVED_TO_DELETED);
    sooner(check, moved_ends)
}

/// When the certificate's machine next acts: the end of initializing, the
/// expiry of an active certificate, and its scheduled step.
fn ssl_next(h: &Hostname) -> Option<OffsetDateTime> {
    let current = h.ssl.as_ref().filter(|ssl| !ssl.frozen)?;
    let expiry = (current.status == "active")
        .then(|| current.issued.as_ref().map(|i| i.expires_on))
        .flatten();
    let init_done = (current.status == "initializing").then(|| current.stage_since + INIT_DELAY);
    sooner(sooner(expiry, init_done), current.sched.next)
}

fn ssl_due(h: &Hostname, now: OffsetDateTime) -> bool {
    ssl_next(h).is_some_and(|t| t <= now)
}

fn due(s: &Schedule, now: OffsetDateTime) -> Option<OffsetDateTime> {
    s.next.filter(|t| *t <= now)
}

/// The fallback origin deploys once the zone has a proxied A/AAAA/CNAME
/// record at its name (§3.6, §4.4).
fn tick_fallback(
    records: &[crate::api::dns_records::ZoneRecord],
    env: &Env,
    f: &mut Fallback,
    now: OffsetDateTime,
) -> bool {
    let mut changed = false;
    while f.status == "pending_deployment" {
        let Some(t) = due(&f.sched, now) else { break };
        changed = true;
        let in_zone =
            f.origin == env.zone_name || f.origin.ends_with(&format!(".{}", env.zone_name));
        if in_zone && crate::api::dns_records::origin_ready(records, &f.origin) {
            f.status = "active".into();
            f.errors.clear();
            f.sched.next = None;
        } else {
            f.errors = vec![ERR_FALLBACK_DNS.into()];
            step(&mut f.sched, t);
            if f.sched.next.is_none() {
                f.status = "deployment_timed_out".into();
            }
        }
        f.updated_at = t;
    }
    changed
}

/// Record a failed check at `t`: next per back-off, or `None` when exhausted.
fn step(s: &mut Schedule, t: OffsetDateTime) {
    let n = s.attempt;
    s.attempt += 1;
    s.next = if s.attempt >= MAX_ATTEMPTS {
        None
    } else {
        Some(t + backoff(n))
    };
}

fn tick_hostname(
    view: &DnsView<'_>,
    env: &Env,
    h: &mut Hostname,
    fallback: Option<&Fallback>,
    now: OffsetDateTime,
) -> bool {
    let mut changed = false;
    if h.status == "pending" && !h.frozen {
        while let Some(t) = due(&h.sched, now) {
            changed = true;
            match check_ownership(view, env, h, fallback) {
                Ok(by_traffic) => {
                    h.status = "active".into();
                    h.status_since = t;
                    h.verification_errors.clear();
                    h.by_traffic = by_traffic;
                    // Traffic-validated names keep being watched (§5.1 `moved`).
                    h.sched = Schedule {
                        attempt: 0,
                        next: by_traffic.then_some(t + ACTIVE_RECHECK),
                    };
                }
                Err(errs) => {
                    h.verification_errors = errs;
                    step(&mut h.sched, t);
                    if h.sched.next.is_none() {
                        h.status = "moved".into();
                        h.status_since = t;
                    }
                }
            }
        }
    }
    if h.status == "active" && h.by_traffic && !h.frozen {
        while let Some(t) = due(&h.sched, now) {
            changed = true;
            if traffic_live(view, env, &h.hostname) || token_published(view, h) {
                h.sched.next = Some(t + ACTIVE_RECHECK);
            } else {
                h.status = "moved".into();
                h.status_since = t;
                h.verification_errors = vec![ERR_NO_CNAME.into()];
                h.sched.next = None;
            }
        }
    }
    if h.status == "moved" && now >= h.status_since + MOVED_TO_DELETED {
        h.status = "deleted".into();
        h.status_since += MOVED_TO_DELETED;
        changed = true;
    }
    changed
}

fn tick_ssl(
    view: &DnsView<'_>,
    env: &Env,
    h: &mut Hostname,
    uuid: &str,
    now: OffsetDateTime,
) -> bool {
    if !ssl_due(h, now) {
        return false;
    }
    let snapshot = h.clone();
    let Some(ssl) = h.ssl.as_mut() else {
        return false;
    };
    let mut changed = false;
    for _ in 0..(4 * MAX_ATTEMPTS) {
        match ssl.status.as_str() {
            "initializing" => {
                let t = ssl.stage_since + INIT_DELAY;
                if t > now {
                    break;
                }
                ssl.status = "pending_validation".into();
                ssl.stage_since = t;
                ssl.sched = Schedule {
                    attempt: 0,
                    next: Some(t),
                };
            }
            "pending_validation" => {
                let Some(t) = due(&ssl.sched, now) else { break };
                if check_dcv(view, env, &snapshot, ssl, uuid) {
                    ssl.status = "pending_issuance".into();
                    ssl.validation_errors.clear();
                    ssl.stage_since = t;
                    ssl.sched = Schedule {
                        attempt: 0,
                        next: Some(t + ISSUANCE_DELAY),
                    };
                } else {
                    step(&mut ssl.sched, t);
                    if ssl.sched.next.is_none() {
                        ssl.status = "validation_timed_out".into();
                        ssl.stage_since = t;
                    }
                }
            }
            "pending_issuance" => {
                let Some(t) = due(&ssl.sched, now) else { break };
                match check_caa(view, &snapshot, ssl) {
                    Some(ca) => {
                        ssl.ca = ca;
                        ssl.status = "pending_deployment".into();
                        ssl.validation_errors.clear();
                        ssl.stage_since = t;
                        ssl.sched = Schedule {
                            attempt: 0,
                            next: Some(t + DEPLOY_DELAY),
                        };
                    }
                    None => {
                        ssl.validation_errors = vec![ERR_CAA.into()];
                        step(&mut ssl.sched, t);
                        if ssl.sched.next.is_none() {
                            ssl.status = "issuance_timed_out".into();
                            ssl.stage_since = t;
                        }
                    }
                }
            }
            "pending_deployment" => {
                let Some(t) = due(&ssl.sched, now) else { break };
                issue(&snapshot, ssl, t);
            }
            "active" => {
                let Some(exp) = ssl.issued.as_ref().map(|i| i.expires_on) else {
                    break;
                };
                if now >= exp {
                    ssl.status = "expired".into();
                    ssl.stage_since = exp;
                    ssl.sched.next = None;
                } else if let Some(t) = due(&ssl.sched, now) {
                    let renewable = (!covers_wildcard(&snapshot, ssl)
                        && traffic_live(view, env, &snapshot.hostname))
                        || (ssl.method == "txt" && delegated(view, &snapshot, uuid));
                    if renewable {
                        issue(&snapshot, ssl, t);
                    } else {
                        let n = ssl.sched.attempt;
                        ssl.sched.attempt += 1;
                        ssl.sched.next = Some((t + backoff(n)).min(exp));
                    }
                } else {
                    break;
                }
            }
            _ => break,
        }
        changed = true;
    }
    changed
}

/// Put a (new) certificate in place at `t` (`ssl.status` becomes `active`).
pub fn issue(h: &Hostname, ssl: &mut Ssl, t: OffsetDateTime) {
    let mut hosts = vec![h.hostname.clone()];
    if ssl.wildcard && !h.hostname.starts_with("*.") {
        hosts.push(format!("*.{}", h.hostname));
    }
    let expires_on = t + VALIDITY;
    ssl.issued = Some(Issued {
        issuer: ca_issuer(&ssl.ca).into(),
        serial_number: rand_hex(36),
        signature: "ECDSAWithSHA256".into(),
        hosts,
        uploaded_on: t,
        expires_on,
    });
    ssl.status = "active".into();
    ssl.stage_since = t;
    ssl.validation_errors.clear();
    ssl.sched = Schedule {
        attempt: 0,
        next: Some(expires_on - RENEW_BEFORE),
    };
}

/// Restart hostname validation now (PATCH, §5.1: moved/deleted/blocked → pending).
pub fn restart_hostname(h: &mut Hostname, now: OffsetDateTime) {
    if h.status != "active" {
        h.status = "pending".into();
        h.status_since = now;
        h.sched = Schedule {
            attempt: 0,
            next: Some(now),
        };
    }
    h.frozen = false;
}

/// PATCH repeating method+type: re-check now with a fresh back-off; on a
/// timed-out/expired/failed order, restart with new tokens (§3.2, §9).
pub fn refresh_dcv(host: &str, ssl: &mut Ssl, now: OffsetDateTime) {
    ssl.frozen = false;
    match ssl.status.as_str() {
        "pending_validation" | "pending_issuance" => {
            ssl.sched = Schedule {
                attempt: 0,
                next: Some(now),
            }
        }
        "initializing" | "pending_deployment" | "active" | "pending_expiration" => {}
        _ => {
            new_tokens(ssl, host);
            ssl.validation_errors.clear();
            ssl.issued = None;
            ssl.status = "pending_validation".into();
            ssl.stage_since = now;
            ssl.sched = Schedule {
                attempt: 0,
                next: Some(now),
            };
        }
    }
}
