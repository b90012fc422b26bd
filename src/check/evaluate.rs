//! From answers to verdicts, one expected record at a time, each with a
//! machine [`CheckReason`] and a customer sentence rendered from it.

use std::collections::BTreeMap;

use super::caa::{allows, ca_domains, caa_set, climb};
use super::cloudflare_ips::is_cloudflare;
use super::{CheckRequest, ExpectedRecord, Lookup, LookupResult, norm, routing_targets};
use crate::doh::{DnsAnswer, Rcode, RecordData, RecordType};
use crate::hostname::display_name;
use crate::messages::{Locale, customer_text};
use crate::observation::{
    CheckReason, CheckStatus, DnsObservation, RecordCheck, RecordPurpose, When,
};

/// Label used to probe a wildcard hostname: any name under it must resolve
/// through the wildcard record.
pub(crate) const WILDCARD_PROBE: &str = "wildcard-probe";

/// Judges every expected record (and the CAA set) from the answers to the
/// questions of [`plan`](super::plan). A missing answer counts as a failed lookup.
/// `detect_provider` maps the zone's name servers to a DNS provider id.
pub fn evaluate(
    request: &CheckRequest,
    results: &BTreeMap<Lookup, LookupResult>,
    checked_at: Option<i64>,
    detect_provider: impl Fn(&[String]) -> Option<String>,
) -> DnsObservation {
    let (locale, locale_warning) = Locale::negotiate(request.locale.as_deref());
    let ctx = Ctx {
        results,
        targets: routing_targets(request),
    };
    let mut records: Vec<RecordCheck> = request
        .records
        .iter()
        .filter_map(|r| ctx.check(r))
        .collect();
    let explicit_caa = request
        .records
        .iter()
        .any(|r| r.purpose == RecordPurpose::Caa);
    if request.check_caa && !explicit_caa {
        records.push(ctx.caa(request));
    }
    for record in &mut records {
        record.detail = describe(record, locale);
    }
    let nameservers: Vec<String> = ctx
        .answer(&request.zone, RecordType::Ns)
        .map(|a| {
            a.answers
                .iter()
                .filter_map(|r| match &r.data {
                    RecordData::Ns(n) => Some(n.clone()),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default();
    let provider = if nameservers.is_empty() {
        None
    } else {
        detect_provider(&nameservers)
    };
    // Shared name servers: name the candidates instead of one provider.
    let provider_candidates = match crate::dns::providers::detect(&nameservers) {
        crate::dns::providers::Detection::Ambiguous(ps) if provider.is_none() => {
            ps.iter().map(|p| p.id.clone()).collect()
        }
        _ => Vec::new(),
    };
    DnsObservation {
        checked_at,
        records,
        provider,
        provider_candidates,
        warnings: locale_warning.into_iter().collect(),
    }
}

struct Ctx<'a> {
    results: &'a BTreeMap<Lookup, LookupResult>,
    /// The routing records' targets (CNAME or flattening), lower case.
    targets: Vec<String>,
}

/// A check before its customer sentence is rendered.
fn verdict(
    r: &ExpectedRecord,
    status: CheckStatus,
    reason: CheckReason,
    observed: Vec<String>,
    ttl: Option<u32>,
) -> RecordCheck {
    RecordCheck {
        purpose: r.purpose,
        record_type: r.record_type.clone(),
        fqdn: r.fqdn.trim_end_matches('.').to_owned(),
        expected: r.value.clone(),
        status,
        reason,
        required: r.required,
        when: r.when,
        observed,
        ttl_remaining: ttl,
        detail: String::new(),
        technical: None,
    }
}

/// A failed lookup, with the resolver's reason for the provider.
fn failed(r: &ExpectedRecord, why: String) -> RecordCheck {
    RecordCheck {
        technical: Some(why),
        ..verdict(
            r,
            CheckStatus::LookupFailed,
            CheckReason::LookupFailed,
            vec![],
            None,
        )
    }
}

/// The customer sentence for a check (names in Unicode).
fn describe(check: &RecordCheck, locale: Locale) -> String {
    let name = display_name(&check.fqdn);
    let expected = if matches!(check.record_type.as_str(), "CNAME" | "ALIAS") {
        display_name(&check.expected)
    } else {
        check.expected.clone()
    };
    let found = check
        .observed
        .iter()
        .map(|v| display_name(v))
        .collect::<Vec<_>>()
        .join(", ");
    let seconds = check.ttl_remaining.unwrap_or_default().to_string();
    let params = [
        ("name", name.as_str()),
        ("expected", expected.as_str()),
        ("found", found.as_str()),
        ("type", check.record_type.as_str()),
        ("seconds", seconds.as_str()),
    ];
    if check.when == When::Removable && check.status == CheckStatus::Missing {
        return customer_text(locale, "check.not_needed", &params);
    }
    let key = match check.reason {
        CheckReason::Unspecified => match check.status {
            CheckStatus::Ok => "check.found",
            CheckStatus::Missing => "check.missing",
            CheckStatus::Absent => "check.absent",
            CheckStatus::LookupFailed => "check.lookup_failed",
            CheckStatus::WrongValue | CheckStatus::Conflict => "check.other_values",
        },
        CheckReason::Found => "check.found",
        CheckReason::Flattened => "check.flattened",
        CheckReason::ProxiedByOwnZone => "check.proxied_by_own_zone",
        CheckReason::Missing => "check.missing",
        CheckReason::PointsElsewhere => "check.points_elsewhere",
        CheckReason::AddressesInsteadOfCname => "check.addresses_instead_of_cname",
        CheckReason::AddressesElsewhere => "check.addresses_elsewhere",
        CheckReason::QuotedValue => "check.quoted_value",
        CheckReason::OtherValues => "check.other_values",
        CheckReason::TxtBesideDelegation => "check.txt_beside_delegation",
        CheckReason::TxtInTheWay => "check.txt_in_the_way",
        CheckReason::StillPresent => "check.still_present",
        CheckReason::Absent => "check.absent",
        CheckReason::CaaForbids => "check.caa_forbids",
        CheckReason::CaaAllows => "check.caa_allows",
        CheckReason::NoCaa => "check.no_caa",
        CheckReason::LookupFailed => "check.lookup_failed",
    };
    customer_text(locale, key, &params)
}

impl Ctx<'_> {
    /// The answer to a question, or why there is none. SERVFAIL, REFUSED and
    /// truncated answers are failures to look, not evidence of absence.
    fn answer(&self, name: &str, rtype: RecordType) -> Result<&DnsAnswer, String> {
        let key = Lookup {
            name: norm(name),
            rtype,
        };
        match self.results.get(&key) {
            None => Err(format!("{} {} was not looked up", key.name, rtype.as_str())),
            Some(LookupResult::Failed(why)) => Err(why.clone()),
            Some(LookupResult::Answer(a)) if a.truncated => {
                Err("the resolver's answer was truncated".to_owned())
            }
            Some(LookupResult::Answer(a)) => match a.rcode {
                Rcode::NoError | Rcode::NxDomain => Ok(a),
                Rcode::ServFail => Err(format!(
                    "the resolver answered SERVFAIL for {} {}",
                    key.name,
                    rtype.as_str()
                )),
                Rcode::Refused => Err(format!(
                    "the resolver refused {} {}",
                    key.name,
                    rtype.as_str()
                )),
                Rcode::Other(c) => Err(format!(
                    "the resolver answered rcode {c} for {} {}",
                    key.name,
                    rtype.as_str()
                )),
            },
        }
    }

    fn check(&self, r: &ExpectedRecord) -> Option<RecordCheck> {
        Some(match (r.purpose, r.record_type.as_str()) {
            (RecordPurpose::Remove, t) => self.removed(r, RecordType::from_str_opt(t)?),
            (RecordPurpose::Traffic, "CNAME") => self.traffic_cname(r),
            (RecordPurpose::Traffic, "ALIAS") => self.flattened(r),
            (RecordPurpose::Caa, _) => self.caa_explicit(r),
            (_, "CNAME") => self.delegation_cname(r),
            (_, "TXT") => self.txt(r),
            (_, "A") => self.address(r, RecordType::A),
            (_, "AAAA") => self.address(r, RecordType::Aaaa),
            _ => return None,
        })
    }

    /// Every A and AAAA address of `name` (the end of its chain), or why
    /// they could not be read.
    fn resolved_addresses(&self, name: &str) -> Result<Vec<String>, String> {
        let mut out = all_addresses(self.answer(name, RecordType::A)?);
        if let Ok(v6) = self.answer(name, RecordType::Aaaa) {
            out.extend(all_addresses(v6));
        }
        Ok(out)
    }

    /// Addresses that answer without a visible CNAME: the target's own
    /// (flattened or proxied through the same account), Cloudflare's but
    /// not the target's (the customer's own zone proxies the name), or
    /// someone else's.
    fn judge_addresses(
        &self,
        r: &ExpectedRecord,
        addrs: Vec<String>,
        ttl: Option<u32>,
        target: &str,
        elsewhere: CheckReason,
    ) -> RecordCheck {
        let target_addrs = match self.resolved_addresses(target) {
            Ok(found) => found,
            Err(e) => return failed(r, e),
        };
        if !target_addrs.is_empty() && addrs.iter().all(|x| target_addrs.contains(x)) {
            return verdict(r, CheckStatus::Ok, CheckReason::Flattened, addrs, ttl);
        }
        if addrs.iter().all(|x| is_cloudflare(x)) {
            return verdict(
                r,
                CheckStatus::Conflict,
                CheckReason::ProxiedByOwnZone,
                addrs,
                ttl,
            );
        }
        verdict(r, CheckStatus::WrongValue, elsewhere, addrs, ttl)
    }

    fn traffic_cname(&self, r: &ExpectedRecord) -> RecordCheck {
        let name = probe_name(&r.fqdn);
        let target = norm(&r.value);
        let a = match self.answer(&name, RecordType::A) {
            Ok(a) => a,
            Err(e) => return failed(r, e),
        };
        let chain = a.cname_chain(&name);
        let first_ttl = a.answers.iter().find(|x| x.name == name).map(|x| x.ttl);
        if chain.contains(&target) {
            return verdict(r, CheckStatus::Ok, CheckReason::Found, chain, first_ttl);
        }
        if !chain.is_empty() {
            return verdict(
                r,
                CheckStatus::WrongValue,
                CheckReason::PointsElsewhere,
                chain,
                first_ttl,
            );
        }
        let addrs = addresses(a, &name);
        if addrs.is_empty() {
            return verdict(r, CheckStatus::Missing, CheckReason::Missing, vec![], None);
        }
        self.judge_addresses(
            r,
            addrs,
            first_ttl,
            &target,
            CheckReason::AddressesInsteadOfCname,
        )
    }

    /// An apex flattening record (ALIAS / ANAME / flattened CNAME): not
    /// visible as such, so judged by its effect, the apex answering with the
    /// target's own addresses (`spec/cloudflare-for-saas.md` §8.1).
    fn flattened(&self, r: &ExpectedRecord) -> RecordCheck {
        let name = norm(&r.fqdn);
        let target = norm(&r.value);
        let a = match self.answer(&name, RecordType::A) {
            Ok(a) => a,
            Err(e) => return failed(r, e),
        };
        let chain = a.cname_chain(&name);
        let ttl = a.answers.iter().find(|x| x.name == name).map(|x| x.ttl);
        if chain.contains(&target) {
            return verdict(r, CheckStatus::Ok, CheckReason::Found, chain, ttl);
        }
        if !chain.is_empty() {
            return verdict(
                r,
                CheckStatus::WrongValue,
                CheckReason::PointsElsewhere,
                chain,
                ttl,
            );
        }
        let mut addrs = addresses(a, &name);
        match self.answer(&name, RecordType::Aaaa) {
            Ok(v6) => addrs.extend(addresses(v6, &name)),
            Err(e) if addrs.is_empty() => return failed(r, e),
            Err(_) => {}
        }
        if addrs.is_empty() {
            return verdict(r, CheckStatus::Missing, CheckReason::Missing, vec![], None);
        }
        self.judge_addresses(r, addrs, ttl, &target, CheckReason::AddressesElsewhere)
    }

    fn delegation_cname(&self, r: &ExpectedRecord) -> RecordCheck {
        let name = norm(&r.fqdn);
        let target = norm(&r.value);
        let a = match self.answer(&name, RecordType::Cname) {
            Ok(a) => a,
            Err(e) => return failed(r, e),
        };
        let cnames: Vec<(String, u32)> = a
            .answers
            .iter()
            .filter(|x| x.name == name)
            .filter_map(|x| match &x.data {
                RecordData::Cname(t) => Some((t.clone(), x.ttl)),
                _ => None,
            })
            .collect();
        let own_txt = self
            .answer(&name, RecordType::Txt)
            .map(|t| own_txt(t, &name))
            .unwrap_or_default();
        match cnames.iter().find(|(t, _)| *t == target) {
            Some((t, ttl)) if own_txt.is_empty() => verdict(
                r,
                CheckStatus::Ok,
                CheckReason::Found,
                vec![t.clone()],
                Some(*ttl),
            ),
            Some(_) => verdict(
                r,
                CheckStatus::Conflict,
                CheckReason::TxtBesideDelegation,
                own_txt,
                None,
            ),
            None if !cnames.is_empty() => {
                let observed: Vec<String> = cnames.into_iter().map(|(t, _)| t).collect();
                verdict(
                    r,
                    CheckStatus::WrongValue,
                    CheckReason::PointsElsewhere,
                    observed,
                    None,
                )
            }
            None if !own_txt.is_empty() => verdict(
                r,
                CheckStatus::Conflict,
                CheckReason::TxtInTheWay,
                own_txt,
                None,
            ),
            None => verdict(r, CheckStatus::Missing, CheckReason::Missing, vec![], None),
        }
    }

    fn txt(&self, r: &ExpectedRecord) -> RecordCheck {
        let name = norm(&r.fqdn);
        let a = match self.answer(&name, RecordType::Txt) {
            Ok(a) => a,
            Err(e) => return failed(r, e),
        };
        let found: Vec<(String, u32)> = a
            .answers
            .iter()
            .filter_map(|x| match &x.data {
                RecordData::Txt(parts) => Some((parts.concat(), x.ttl)),
                _ => None,
            })
            .collect();
        if let Some((_, ttl)) = found.iter().find(|(v, _)| *v == r.value) {
            return verdict(
                r,
                CheckStatus::Ok,
                CheckReason::Found,
                found.iter().map(|(v, _)| v.clone()).collect(),
                Some(*ttl),
            );
        }
        if found.is_empty() {
            return verdict(r, CheckStatus::Missing, CheckReason::Missing, vec![], None);
        }
        let quoted = format!("\"{}\"", r.value);
        let reason = if found.iter().any(|(v, _)| v.trim() == quoted) {
            CheckReason::QuotedValue
        } else {
            CheckReason::OtherValues
        };
        verdict(
            r,
            CheckStatus::WrongValue,
            reason,
            found.into_iter().map(|(v, _)| v).collect(),
            None,
        )
    }

    fn address(&self, r: &ExpectedRecord, rtype: RecordType) -> RecordCheck {
        let name = norm(&r.fqdn);
        let a = match self.answer(&name, rtype) {
            Ok(a) => a,
            Err(e) => return failed(r, e),
        };
        let found = addresses(a, &name);
        let ttl = a.answers.iter().find(|x| x.name == name).map(|x| x.ttl);
        let expected = r.value.trim();
        if found.iter().any(|x| x == expected) {
            verdict(r, CheckStatus::Ok, CheckReason::Found, found, ttl)
        } else if found.is_empty() {
            verdict(r, CheckStatus::Missing, CheckReason::Missing, found, ttl)
        } else {
            verdict(
                r,
                CheckStatus::WrongValue,
                CheckReason::AddressesElsewhere,
                found,
                ttl,
            )
        }
    }

    /// A record to remove. Only records owned by the name itself count
    /// (not ones reached through a CNAME), and an address that is a routing
    /// target's own is the flattened routing record answering, never a
    /// leftover. Nothing there is `absent`: nothing to do, not a pass.
    fn removed(&self, r: &ExpectedRecord, rtype: RecordType) -> RecordCheck {
        let name = norm(&r.fqdn);
        let a = match self.answer(&name, rtype) {
            Ok(a) => a,
            Err(e) => return failed(r, e),
        };
        let mut still: Vec<String> = a
            .answers
            .iter()
            .filter(|x| x.name == name && x.rtype == rtype.code())
            .map(|x| x.data.to_presentation())
            .filter(|v| r.value.is_empty() || r.value == "*" || *v == r.value)
            .collect();
        if matches!(rtype, RecordType::A | RecordType::Aaaa) && !still.is_empty() {
            let mut routing = Vec::new();
            for target in &self.targets {
                match self.resolved_addresses(target) {
                    Ok(found) => routing.extend(found),
                    Err(e) => return failed(r, e),
                }
            }
            still.retain(|v| !routing.contains(v));
        }
        if still.is_empty() {
            verdict(r, CheckStatus::Absent, CheckReason::Absent, vec![], None)
        } else {
            verdict(
                r,
                CheckStatus::Conflict,
                CheckReason::StillPresent,
                still,
                None,
            )
        }
    }

    fn caa_explicit(&self, r: &ExpectedRecord) -> RecordCheck {
        // The record asks to allow the CA named by its value's issuer domain.
        let issuer = r
            .value
            .split('"')
            .nth(1)
            .unwrap_or(&r.value)
            .split(';')
            .next()
            .unwrap_or_default()
            .trim();
        let request = CheckRequest {
            hostname: r.fqdn.clone(),
            zone: r.fqdn.clone(),
            records: vec![],
            certificate_authority: None,
            check_caa: true,
            locale: None,
        };
        let mut c = self.caa_for(&request, &[issuer]);
        c.purpose = r.purpose;
        c.expected = r.value.clone();
        c.required = r.required;
        c.when = r.when;
        c
    }

    fn caa(&self, request: &CheckRequest) -> RecordCheck {
        self.caa_for(
            request,
            ca_domains(request.certificate_authority.as_deref()),
        )
    }

    fn caa_for(&self, request: &CheckRequest, domains: &[&str]) -> RecordCheck {
        let wildcard = request.hostname.starts_with("*.");
        let mut base = ExpectedRecord {
            purpose: RecordPurpose::Caa,
            record_type: "CAA".to_owned(),
            fqdn: norm(&request.hostname),
            value: domains.join(" or "),
            required: true,
            when: When::Now,
        };
        for level in climb(&request.hostname, &request.zone) {
            let a = match self.answer(&level, RecordType::Caa) {
                Ok(a) => a,
                Err(e) => {
                    base.fqdn = level;
                    return failed(&base, e);
                }
            };
            let set = caa_set(a);
            if set.is_empty() {
                continue;
            }
            base.fqdn = level.clone();
            let observed: Vec<String> = set
                .iter()
                .map(|(f, t, v)| format!("{f} {t} \"{v}\""))
                .collect();
            return if allows(&set, domains, wildcard) {
                verdict(
                    &base,
                    CheckStatus::Ok,
                    CheckReason::CaaAllows,
                    observed,
                    None,
                )
            } else {
                verdict(
                    &base,
                    CheckStatus::Conflict,
                    CheckReason::CaaForbids,
                    observed,
                    None,
                )
            };
        }
        verdict(&base, CheckStatus::Absent, CheckReason::NoCaa, vec![], None)
    }
}

/// The name to ask for a traffic record: a wildcard's probe name.
pub(crate) fn probe_name(fqdn: &str) -> String {
    let n = fqdn.trim_end_matches('.').to_ascii_lowercase();
    match n.strip_prefix("*.") {
        Some(base) => format!("{WILDCARD_PROBE}.{base}"),
        None => n,
    }
}

/// A/AAAA addresses owned by `name` in the answer.
fn addresses(a: &DnsAnswer, name: &str) -> Vec<String> {
    a.answers
        .iter()
        .filter(|x| x.name == name && matches!(x.data, RecordData::A(_) | RecordData::Aaaa(_)))
        .map(|x| x.data.to_presentation())
        .collect()
}

/// Every A/AAAA address in the answer (the end of a chain).
fn all_addresses(a: &DnsAnswer) -> Vec<String> {
    a.answers
        .iter()
        .filter(|x| matches!(x.data, RecordData::A(_) | RecordData::Aaaa(_)))
        .map(|x| x.data.to_presentation())
        .collect()
}

/// TXT values owned by `name` itself.
fn own_txt(a: &DnsAnswer, name: &str) -> Vec<String> {
    a.answers
        .iter()
        .filter(|x| x.name == name)
        .filter_map(|x| match &x.data {
            RecordData::Txt(p) => Some(p.concat()),
            _ => None,
        })
        .collect()
}

impl RecordType {
    /// From a mnemonic (`"TXT"`), if one of ours.
    pub fn from_str_opt(s: &str) -> Option<Self> {
        [
            Self::A,
            Self::Ns,
            Self::Cname,
            Self::Soa,
            Self::Txt,
            Self::Aaaa,
            Self::Caa,
        ]
        .into_iter()
        .find(|t| t.as_str().eq_ignore_ascii_case(s))
    }
}
