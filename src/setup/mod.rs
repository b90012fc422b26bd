//! The SaaS provider's own setup, checked before the first customer
//! (Cloudflare's "get started" step 1; `spec/cloudflare-for-saas.md` §1).
//!
//! Traffic for a custom hostname goes customer name → CNAME target (a
//! proxied record in the SaaS zone) → fallback origin (a proxied
//! A/AAAA/CNAME record named through the fallback-origin API, §2, §3.6).
//! When that chain is broken every new hostname stays `pending` with
//! "Zone does not have a fallback origin set." or "Fallback origin is in a
//! status of ..." (§7.4), whatever the customer does. [`check_setup`] reads
//! what the API and DNS-over-HTTPS returned ([`SetupInput`]) and judges
//! each link; it does no I/O (the CLI's `doctor` and the Worker's
//! `GET /api/setup` fetch, then call it).
//!
//! Checks (stable codes), in setup order:
//! - `custom_hostnames_enabled`: the quota is readable and not exhausted
//!   (403/1404 = no quota allocated; `used ≥ hard_cap` refuses creates, §7.5);
//! - `fallback_origin_set`: the fallback-origin API names an origin;
//! - `fallback_origin_active`: its status is `active` (§5.3; its `errors[]`
//!   quoted, §4.4);
//! - `fallback_origin_record`: the SaaS zone has an A/AAAA/CNAME record at
//!   that name (§3.6);
//! - `fallback_origin_proxied`: that record is proxied (§3.6, §4.4);
//! - `cname_target_record`: the zone has a proxied record at the CNAME target
//!   (or a wildcard covering it), ideally a CNAME to the fallback origin (§1);
//! - `cname_target_resolves`: public DNS resolves the target, to the
//!   fallback origin (CNAME chain) or to the same edge addresses (proxied);
//! - `wildcard_cname_target`: a name under the target resolves the same way
//!   (required when the provider hands out `<customer>.<target>` names).
//!
//! Wording is for the provider's developers (API paths, spec sections).

mod model;

use std::collections::BTreeSet;
use std::net::IpAddr;

pub use model::{
    ApiAnswer, ApiFailure, DnsLookup, SetupCheck, SetupInput, SetupLookups, SetupReport,
    SetupVerdict, ZoneRecord,
};

use serde_json::Value;

use crate::api::{FallbackOrigin, FallbackOriginStatus, Quota};
use crate::doh::{DnsAnswer, Rcode, RecordData, parse_json};

/// Cloudflare's code for "no fallback origin" on GET (cf-sim answers
/// 404/1551; the real code is unconfirmed, so a 404 counts too).
const NO_FALLBACK_CODE: i64 = 1551;
/// 1404: no custom hostname quota allocated (§7.2).
const NO_QUOTA_CODE: i64 = 1404;

/// What the fallback-origin API said.
enum Fallback {
    NotAsked,
    Unreadable(String),
    NoneSet,
    Set(FallbackOrigin, String),
}

/// What a DNS-over-HTTPS question gave.
enum Lookup {
    NotAsked,
    Failed(String),
    Answer(DnsAnswer),
}

/// Checks the provider's setup from what the API and DNS returned.
pub fn check_setup(input: &SetupInput) -> SetupReport {
    let target = normalize(&input.cname_target);
    let fallback = fallback(input.fallback_origin.as_ref());
    let records = records(input.dns_records.as_ref());
    let origin = match &fallback {
        Fallback::Set(_, name) => Some(name.clone()),
        _ => None,
    };
    let origin_lookup = lookup(input.lookups.fallback_origin.as_ref());
    let mut checks = vec![quota(input.quota.as_ref())];
    checks.extend(fallback_checks(&fallback, &records));
    checks.push(target_record(&target, origin.as_deref(), &records));
    checks.push(resolves(
        "cname_target_resolves",
        format!("{target} resolves to the fallback origin"),
        &lookup(input.lookups.cname_target.as_ref()),
        input
            .lookups
            .cname_target
            .as_ref()
            .map_or(target.as_str(), |l| l.name.as_str()),
        origin.as_deref(),
        &origin_lookup,
        true,
    ));
    let wildcard_in_zone = records.as_ref().is_ok_and(|rs| {
        rs.iter()
            .any(|r| normalize(&r.name) == format!("*.{target}"))
    });
    let probe = input.lookups.wildcard_probe.as_ref();
    checks.push(resolves(
        "wildcard_cname_target",
        format!("names under {target} (*.{target}) resolve to the fallback origin"),
        &lookup(probe),
        probe.map_or("", |l| l.name.as_str()),
        origin.as_deref(),
        &origin_lookup,
        input.expect_wildcard.unwrap_or(wildcard_in_zone),
    ));
    SetupReport {
        ok: checks
            .iter()
            .all(|c| !c.required || c.verdict == SetupVerdict::Ok),
        fallback_origin: origin,
        cname_target: target,
        checks,
    }
}

fn check(
    code: &str,
    verdict: SetupVerdict,
    title: impl Into<String>,
    detail: String,
) -> SetupCheck {
    SetupCheck {
        code: code.to_owned(),
        verdict,
        required: true,
        title: title.into(),
        detail,
        fix: None,
    }
}

fn failed(code: &str, title: impl Into<String>, detail: String, fix: String) -> SetupCheck {
    SetupCheck {
        fix: Some(fix),
        ..check(code, SetupVerdict::Failed, title, detail)
    }
}

fn unknown(code: &str, title: impl Into<String>, detail: String) -> SetupCheck {
    check(code, SetupVerdict::Unknown, title, detail)
}

/// Lower case, no trailing dot, trimmed.
fn normalize(name: &str) -> String {
    name.trim().trim_end_matches('.').to_ascii_lowercase()
}

fn not_asked(what: &str) -> String {
    format!("{what} was not read")
}

fn fallback(answer: Option<&ApiAnswer>) -> Fallback {
    let Some(answer) = answer else {
        return Fallback::NotAsked;
    };
    if let Some(error) = &answer.error {
        if error.http_status == Some(404) || error.has_code(&[NO_FALLBACK_CODE]) {
            return Fallback::NoneSet;
        }
        return Fallback::Unreadable(error.message.clone());
    }
    match &answer.result {
        None | Some(Value::Null) => Fallback::NoneSet,
        Some(value) => match FallbackOrigin::from_json_value(value) {
            Ok(f) => match f.origin.as_deref().map(normalize) {
                Some(name) if !name.is_empty() => Fallback::Set(f, name),
                _ => Fallback::NoneSet,
            },
            Err(e) => Fallback::Unreadable(e.to_string()),
        },
    }
}

/// The zone's records: an array, or an envelope / outcome with `result`.
fn records(answer: Option<&ApiAnswer>) -> Result<Vec<ZoneRecord>, String> {
    let Some(answer) = answer else {
        return Err(not_asked("the SaaS zone's DNS records list"));
    };
    if let Some(error) = &answer.error {
        return Err(format!(
            "the SaaS zone's DNS records could not be read: {}",
            error.message
        ));
    }
    let items = match &answer.result {
        Some(Value::Array(items)) => items,
        Some(Value::Object(o)) => match o.get("result") {
            Some(Value::Array(items)) => items,
            _ => return Err("the DNS records answer has no list".to_owned()),
        },
        _ => return Err("the DNS records answer has no list".to_owned()),
    };
    Ok(items
        .iter()
        .filter_map(|item| serde_json::from_value::<ZoneRecord>(item.clone()).ok())
        .collect())
}

fn lookup(l: Option<&DnsLookup>) -> Lookup {
    let Some(l) = l else {
        return Lookup::NotAsked;
    };
    if let Some(error) = &l.error {
        return Lookup::Failed(error.clone());
    }
    let parsed = match &l.answer {
        None | Some(Value::Null) => return Lookup::NotAsked,
        Some(Value::String(text)) => parse_json(text),
        Some(other) => parse_json(&other.to_string()),
    };
    match parsed {
        Ok(answer) if answer.truncated => Lookup::Failed("the answer was truncated".to_owned()),
        Ok(answer) if !answer.rcode.is_definitive() => {
            Lookup::Failed(format!("the resolver answered {:?}", answer.rcode))
        }
        Ok(answer) => Lookup::Answer(answer),
        Err(e) => Lookup::Failed(format!("unreadable DNS answer: {e}")),
    }
}

fn addresses(answer: &DnsAnswer) -> BTreeSet<IpAddr> {
    answer
        .answers
        .iter()
        .filter_map(|r| match r.data {
            RecordData::A(ip) => Some(IpAddr::V4(ip)),
            RecordData::Aaaa(ip) => Some(IpAddr::V6(ip)),
            _ => None,
        })
        .collect()
}

fn list<T: std::fmt::Display>(items: impl IntoIterator<Item = T>) -> String {
    items
        .into_iter()
        .map(|x| x.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn quota(answer: Option<&ApiAnswer>) -> SetupCheck {
    const CODE: &str = "custom_hostnames_enabled";
    const TITLE: &str = "custom hostnames are enabled on the zone (quota readable)";
    let Some(answer) = answer else {
        return unknown(CODE, TITLE, not_asked("the quota"));
    };
    if let Some(error) = &answer.error {
        if error.has_code(&[NO_QUOTA_CODE]) || error.http_status == Some(403) {
            return failed(
                CODE,
                TITLE,
                format!("the quota is refused: {}", error.message),
                "enable Cloudflare for SaaS (custom hostnames) on the SaaS zone, and give the \
                 token \"SSL and Certificates\" permission on it (§2, §7.2 1404)"
                    .to_owned(),
            );
        }
        return unknown(
            CODE,
            TITLE,
            format!("the quota could not be read: {}", error.message),
        );
    }
    let parsed = answer
        .result
        .as_ref()
        .map(Quota::from_json_value)
        .transpose();
    let q = match parsed {
        Ok(Some(q)) => q,
        Ok(None) => return unknown(CODE, TITLE, "the quota answer is empty".to_owned()),
        Err(e) => return unknown(CODE, TITLE, format!("the quota answer is unreadable: {e}")),
    };
    let used = q.used.unwrap_or(0);
    let text = |n: Option<i64>| n.map_or_else(|| "?".to_owned(), |n| n.to_string());
    let summary = format!(
        "{used} used of {} allocated (hard cap {})",
        text(q.allocated),
        text(q.hard_cap)
    );
    if q.allocated == Some(0) && q.hard_cap.is_none_or(|cap| cap == 0) {
        return failed(
            CODE,
            TITLE,
            format!("no custom hostnames are allocated: {summary}"),
            "enable Cloudflare for SaaS on the zone (a plan with custom hostnames, §7.5)"
                .to_owned(),
        );
    }
    if q.hard_cap.is_some_and(|cap| cap > 0 && used >= cap) {
        return failed(
            CODE,
            TITLE,
            format!("the hard cap is reached: {summary}; new hostnames are refused (1405)"),
            "delete stale hostnames (pending ones count too) or raise the plan's limit (§7.5)"
                .to_owned(),
        );
    }
    let note = if q.exceeded == Some(true) {
        "; above the allocated quota, each new hostname is billed"
    } else {
        ""
    };
    check(CODE, SetupVerdict::Ok, TITLE, format!("{summary}{note}"))
}

fn fallback_checks(
    fallback: &Fallback,
    records: &Result<Vec<ZoneRecord>, String>,
) -> Vec<SetupCheck> {
    const SET: &str = "fallback_origin_set";
    const ACTIVE: &str = "fallback_origin_active";
    const RECORD: &str = "fallback_origin_record";
    const PROXIED: &str = "fallback_origin_proxied";
    let set_title = "a fallback origin is set";
    let active_title = "the fallback origin is active";
    let record_title = "the fallback origin has an A/AAAA/CNAME record in the SaaS zone";
    let proxied_title = "the fallback origin's record is proxied";
    let (origin, name) = match fallback {
        Fallback::Set(origin, name) => (origin, name),
        other => {
            let (first, why) = match other {
                Fallback::NotAsked => (
                    unknown(SET, set_title, not_asked("the fallback origin")),
                    "the fallback origin is unknown",
                ),
                Fallback::Unreadable(message) => (
                    unknown(
                        SET,
                        set_title,
                        format!("the fallback origin could not be read: {message}"),
                    ),
                    "the fallback origin is unknown",
                ),
                _ => (
                    failed(
                        SET,
                        set_title,
                        "no fallback origin is set: every new hostname stays pending with \
                         \"Zone does not have a fallback origin set.\" (§7.4)"
                            .to_owned(),
                        "create a proxied A/AAAA record for the origin in the SaaS zone, then \
                         PUT /zones/{zone_id}/custom_hostnames/fallback_origin {\"origin\": \
                         \"<that name>\"} (§2, §3.6)"
                            .to_owned(),
                    ),
                    "no fallback origin is set",
                ),
            };
            return vec![
                first,
                unknown(ACTIVE, active_title, why.to_owned()),
                unknown(RECORD, record_title, why.to_owned()),
                unknown(PROXIED, proxied_title, why.to_owned()),
            ];
        }
    };
    let mut out = vec![check(
        SET,
        SetupVerdict::Ok,
        set_title,
        format!("fallback origin {name}"),
    )];
    let errors = list(origin.errors.iter().map(|e| e.0.as_str()));
    let errors_note = if errors.is_empty() {
        String::new()
    } else {
        format!("; errors: {errors}")
    };
    out.push(match &origin.status {
        Some(FallbackOriginStatus::Active) => check(
            ACTIVE,
            SetupVerdict::Ok,
            active_title,
            format!("{name} is active"),
        ),
        Some(status) => failed(
            ACTIVE,
            active_title,
            format!(
                "{name} is {}{errors_note}; until it is active new hostnames stay pending with \
                 \"Fallback origin is in a status of ...\" (§5.3, §7.4)",
                status.as_str()
            ),
            if matches!(status, FallbackOriginStatus::DeploymentTimedOut) {
                "fix the origin's record (proxied A/AAAA/CNAME in the SaaS zone), then PUT the \
                 fallback origin again to restart deployment (§3.6, §5.3)"
                    .to_owned()
            } else {
                "make sure the origin's record exists and is proxied; deployment then \
                 completes by itself (§4.4, §5.3)"
                    .to_owned()
            },
        ),
        None => unknown(
            ACTIVE,
            active_title,
            format!("the API reports no status for {name}"),
        ),
    });
    let records = match records {
        Ok(records) => records,
        Err(why) => {
            out.push(unknown(RECORD, record_title, why.clone()));
            out.push(unknown(PROXIED, proxied_title, why.clone()));
            return out;
        }
    };
    let at: Vec<&ZoneRecord> = records
        .iter()
        .filter(|r| normalize(&r.name) == *name && is_routing(&r.record_type))
        .collect();
    if at.is_empty() {
        let other = list(
            records
                .iter()
                .filter(|r| normalize(&r.name) == *name)
                .map(|r| r.record_type.as_str()),
        );
        let found = if other.is_empty() {
            "no record".to_owned()
        } else {
            format!("only {other}")
        };
        out.push(failed(
            RECORD,
            record_title,
            format!("the SaaS zone has {found} at {name}"),
            format!(
                "create a proxied A or AAAA record at {name} pointing at your origin server \
                 (POST /zones/{{zone_id}}/dns_records, \"proxied\": true; §3.6)"
            ),
        ));
        out.push(unknown(
            PROXIED,
            proxied_title,
            format!("no record at {name}"),
        ));
        return out;
    }
    out.push(check(
        RECORD,
        SetupVerdict::Ok,
        record_title,
        list(at.iter().map(|r| describe(r))),
    ));
    let dns_only: Vec<&&ZoneRecord> = at.iter().filter(|r| !r.proxied).collect();
    out.push(if dns_only.is_empty() {
        check(
            PROXIED,
            SetupVerdict::Ok,
            proxied_title,
            format!("{name} is proxied"),
        )
    } else {
        failed(
            PROXIED,
            proxied_title,
            format!(
                "{} is DNS only: the fallback origin does not deploy (\"Origin should be a \
                 proxied A/AAAA/CNAME dns record\", §4.4)",
                list(dns_only.iter().map(|r| describe(r)))
            ),
            format!(
                "turn the proxy on: PATCH /zones/{{zone_id}}/dns_records/{} {{\"proxied\": true}}",
                dns_only.first().map_or("<id>", |r| r.id.as_str())
            ),
        )
    });
    out
}

fn is_routing(record_type: &str) -> bool {
    matches!(
        record_type.to_ascii_uppercase().as_str(),
        "A" | "AAAA" | "CNAME"
    )
}

fn describe(r: &ZoneRecord) -> String {
    format!(
        "{} {} {}{}",
        normalize(&r.name),
        r.record_type.to_ascii_uppercase(),
        r.content,
        if r.proxied {
            " (proxied)"
        } else {
            " (DNS only)"
        }
    )
}

/// The records that answer for `name`: those at it, else the wildcard of
/// its parent (RFC 4592, closest encloser one level up).
fn answering<'a>(records: &'a [ZoneRecord], name: &str) -> Vec<&'a ZoneRecord> {
    let exact: Vec<&ZoneRecord> = records
        .iter()
        .filter(|r| normalize(&r.name) == name && is_routing(&r.record_type))
        .collect();
    if !exact.is_empty() {
        return exact;
    }
    let Some((_, parent)) = name.split_once('.') else {
        return Vec::new();
    };
    let wildcard = format!("*.{parent}");
    records
        .iter()
        .filter(|r| normalize(&r.name) == wildcard && is_routing(&r.record_type))
        .collect()
}

fn target_record(
    target: &str,
    origin: Option<&str>,
    records: &Result<Vec<ZoneRecord>, String>,
) -> SetupCheck {
    const CODE: &str = "cname_target_record";
    let title = format!("{target} is a proxied record in the SaaS zone");
    let records = match records {
        Ok(records) => records,
        Err(why) => return unknown(CODE, title, why.clone()),
    };
    if target.is_empty() {
        return unknown(CODE, title, "no CNAME target was given".to_owned());
    }
    let at = answering(records, target);
    if at.is_empty() {
        return failed(
            CODE,
            title,
            format!("the SaaS zone has no A/AAAA/CNAME record at {target}"),
            format!(
                "create {target} CNAME {} with \"proxied\": true (POST \
                 /zones/{{zone_id}}/dns_records; §1)",
                origin.unwrap_or("<fallback origin>")
            ),
        );
    }
    let found = list(at.iter().map(|r| describe(r)));
    if at.iter().any(|r| !r.proxied) {
        return failed(
            CODE,
            title,
            format!("{found}: DNS only, so customers' CNAMEs would bypass Cloudflare"),
            format!(
                "turn the proxy on: PATCH /zones/{{zone_id}}/dns_records/{} {{\"proxied\": true}}",
                at.iter()
                    .find(|r| !r.proxied)
                    .map_or("<id>", |r| r.id.as_str())
            ),
        );
    }
    let to_origin = origin.is_some_and(|o| {
        at.iter()
            .any(|r| r.record_type.eq_ignore_ascii_case("CNAME") && normalize(&r.content) == o)
    });
    let note = match origin {
        Some(o) if !to_origin => format!(
            "; not a CNAME to {o} (Cloudflare's setup points the target at the fallback origin)"
        ),
        _ => String::new(),
    };
    check(CODE, SetupVerdict::Ok, title, format!("{found}{note}"))
}

fn resolves(
    code: &str,
    title: String,
    answer: &Lookup,
    name: &str,
    origin: Option<&str>,
    origin_lookup: &Lookup,
    required: bool,
) -> SetupCheck {
    let mut c = resolution(code, title, answer, name, origin, origin_lookup);
    c.required = required;
    c
}

fn resolution(
    code: &str,
    title: String,
    answer: &Lookup,
    name: &str,
    origin: Option<&str>,
    origin_lookup: &Lookup,
) -> SetupCheck {
    let answer = match answer {
        Lookup::NotAsked => return unknown(code, title, "not looked up".to_owned()),
        Lookup::Failed(why) => {
            return unknown(code, title, format!("{name} could not be looked up: {why}"));
        }
        Lookup::Answer(answer) => answer,
    };
    let name = normalize(name);
    let fix = format!(
        "create (or fix) the record in the SaaS zone: {name} (or a wildcard above it) as a \
         proxied CNAME to {} (§1)",
        origin.unwrap_or("the fallback origin")
    );
    let ips = addresses(answer);
    if ips.is_empty() {
        let what = if answer.rcode == Rcode::NxDomain {
            "does not exist (NXDOMAIN)"
        } else {
            "has no address (no data)"
        };
        return failed(code, title, format!("{name} {what}"), fix);
    }
    let chain = answer.cname_chain(&name);
    if let Some(o) = origin
        && chain.iter().any(|n| n == o)
    {
        return check(
            code,
            SetupVerdict::Ok,
            title,
            format!("{name} → {} → {}", list(&chain), list(&ips)),
        );
    }
    let origin_ips = match origin_lookup {
        Lookup::Answer(a) => addresses(a),
        _ => BTreeSet::new(),
    };
    if origin_ips.is_empty() {
        return check(
            code,
            SetupVerdict::Ok,
            title,
            format!(
                "{name} resolves to {} (not compared with the fallback origin's addresses)",
                list(&ips)
            ),
        );
    }
    if ips.intersection(&origin_ips).next().is_some() {
        return check(
            code,
            SetupVerdict::Ok,
            title,
            format!(
                "{name} resolves to {}, as the fallback origin does (proxied: Cloudflare's edge)",
                list(&ips)
            ),
        );
    }
    failed(
        code,
        title,
        format!(
            "{name} resolves to {}, the fallback origin{} to {}",
            list(&ips),
            origin.map(|o| format!(" {o}")).unwrap_or_default(),
            list(&origin_ips)
        ),
        fix,
    )
}

#[cfg(test)]
mod tests;
