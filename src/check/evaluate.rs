//! From answers to verdicts, one expected record at a time.

use std::collections::BTreeMap;

use super::caa::{allows, ca_domains, caa_set, climb};
use super::{CheckRequest, ExpectedRecord, Lookup, LookupResult, norm};
use crate::doh::{DnsAnswer, Rcode, RecordData, RecordType};
use crate::observation::{CheckStatus, DnsObservation, RecordCheck, RecordPurpose};

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
    let ctx = Ctx { results };
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
    }
}

struct Ctx<'a> {
    results: &'a BTreeMap<Lookup, LookupResult>,
}

fn verdict(
    r: &ExpectedRecord,
    status: CheckStatus,
    observed: Vec<String>,
    ttl: Option<u32>,
    detail: Option<String>,
) -> RecordCheck {
    RecordCheck {
        purpose: r.purpose,
        record_type: r.record_type.clone(),
        fqdn: r.fqdn.trim_end_matches('.').to_owned(),
        expected: r.value.clone(),
        status,
        observed,
        ttl_remaining: ttl,
        detail,
    }
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
            (RecordPurpose::Caa, _) => self.caa_explicit(r),
            (_, "CNAME") => self.delegation_cname(r),
            (_, "TXT") => self.txt(r),
            (_, "A") => self.address(r, RecordType::A),
            (_, "AAAA") => self.address(r, RecordType::Aaaa),
            _ => return None,
        })
    }

    fn traffic_cname(&self, r: &ExpectedRecord) -> RecordCheck {
        let name = probe_name(&r.fqdn);
        let target = norm(&r.value);
        let a = match self.answer(&name, RecordType::A) {
            Ok(a) => a,
            Err(e) => return verdict(r, CheckStatus::LookupFailed, vec![], None, Some(e)),
        };
        let chain = a.cname_chain(&name);
        let first_ttl = a.answers.iter().find(|x| x.name == name).map(|x| x.ttl);
        if chain.contains(&target) {
            return verdict(r, CheckStatus::Ok, chain, first_ttl, None);
        }
        if let Some(first) = chain.first() {
            let detail = format!("{} points to {first}, not to {target}", r.fqdn);
            return verdict(r, CheckStatus::WrongValue, chain, first_ttl, Some(detail));
        }
        let addrs = addresses(a, &name);
        if addrs.is_empty() {
            return verdict(r, CheckStatus::Missing, vec![], None, None);
        }
        let target_addrs = self
            .answer(&target, RecordType::A)
            .map(all_addresses)
            .unwrap_or_default();
        if !target_addrs.is_empty() && addrs.iter().all(|x| target_addrs.contains(x)) {
            let detail = "resolves to the target's addresses without a visible CNAME (flattened, ALIAS or proxied)";
            return verdict(
                r,
                CheckStatus::Ok,
                addrs,
                first_ttl,
                Some(detail.to_owned()),
            );
        }
        let detail = format!(
            "{} has address records ({}) instead of a CNAME to {target}",
            r.fqdn,
            addrs.join(", ")
        );
        verdict(r, CheckStatus::WrongValue, addrs, first_ttl, Some(detail))
    }

    fn delegation_cname(&self, r: &ExpectedRecord) -> RecordCheck {
        let name = norm(&r.fqdn);
        let target = norm(&r.value);
        let a = match self.answer(&name, RecordType::Cname) {
            Ok(a) => a,
            Err(e) => return verdict(r, CheckStatus::LookupFailed, vec![], None, Some(e)),
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
            Some((t, ttl)) if own_txt.is_empty() => {
                verdict(r, CheckStatus::Ok, vec![t.clone()], Some(*ttl), None)
            }
            Some(_) => verdict(
                r,
                CheckStatus::Conflict,
                own_txt,
                None,
                Some(format!(
                    "TXT records at {name} break the delegation: remove them"
                )),
            ),
            None if !cnames.is_empty() => {
                let observed: Vec<String> = cnames.into_iter().map(|(t, _)| t).collect();
                let detail = format!("{name} points to {}, not to {target}", observed.join(", "));
                verdict(r, CheckStatus::WrongValue, observed, None, Some(detail))
            }
            None if !own_txt.is_empty() => verdict(
                r,
                CheckStatus::Conflict,
                own_txt,
                None,
                Some(format!(
                    "a TXT record at {name} is in the way: remove it and add the CNAME"
                )),
            ),
            None => verdict(r, CheckStatus::Missing, vec![], None, None),
        }
    }

    fn txt(&self, r: &ExpectedRecord) -> RecordCheck {
        let name = norm(&r.fqdn);
        let a = match self.answer(&name, RecordType::Txt) {
            Ok(a) => a,
            Err(e) => return verdict(r, CheckStatus::LookupFailed, vec![], None, Some(e)),
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
                found.iter().map(|(v, _)| v.clone()).collect(),
                Some(*ttl),
                None,
            );
        }
        if found.is_empty() {
            return verdict(r, CheckStatus::Missing, vec![], None, None);
        }
        let quoted = format!("\"{}\"", r.value);
        let detail = if found.iter().any(|(v, _)| v.trim() == quoted) {
            "the value was entered with literal quotation marks: remove them".to_owned()
        } else {
            format!("{} holds other TXT values", r.fqdn)
        };
        verdict(
            r,
            CheckStatus::WrongValue,
            found.into_iter().map(|(v, _)| v).collect(),
            None,
            Some(detail),
        )
    }

    fn address(&self, r: &ExpectedRecord, rtype: RecordType) -> RecordCheck {
        let name = norm(&r.fqdn);
        let a = match self.answer(&name, rtype) {
            Ok(a) => a,
            Err(e) => return verdict(r, CheckStatus::LookupFailed, vec![], None, Some(e)),
        };
        let found = addresses(a, &name);
        let ttl = a.answers.iter().find(|x| x.name == name).map(|x| x.ttl);
        let expected = r.value.trim();
        let status = if found.iter().any(|x| x == expected) {
            CheckStatus::Ok
        } else if found.is_empty() {
            CheckStatus::Missing
        } else {
            CheckStatus::WrongValue
        };
        verdict(r, status, found, ttl, None)
    }

    fn removed(&self, r: &ExpectedRecord, rtype: RecordType) -> RecordCheck {
        let name = norm(&r.fqdn);
        let a = match self.answer(&name, rtype) {
            Ok(a) => a,
            Err(e) => return verdict(r, CheckStatus::LookupFailed, vec![], None, Some(e)),
        };
        // Only records owned by the name itself count (not ones reached through a CNAME).
        let still: Vec<String> = a
            .answers
            .iter()
            .filter(|x| x.name == name && x.rtype == rtype.code())
            .map(|x| x.data.to_presentation())
            .filter(|v| r.value.is_empty() || r.value == "*" || *v == r.value)
            .collect();
        if still.is_empty() {
            verdict(r, CheckStatus::Ok, vec![], None, None)
        } else {
            let detail = format!(
                "{} {} {} is still there: remove it",
                name,
                rtype.as_str(),
                still.join(", ")
            );
            verdict(r, CheckStatus::Conflict, still, None, Some(detail))
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
        };
        let mut c = self.caa_for(&request, &[issuer]);
        c.purpose = r.purpose;
        c.expected = r.value.clone();
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
        };
        for level in climb(&request.hostname, &request.zone) {
            let a = match self.answer(&level, RecordType::Caa) {
                Ok(a) => a,
                Err(e) => {
                    base.fqdn = level;
                    return verdict(&base, CheckStatus::LookupFailed, vec![], None, Some(e));
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
                verdict(&base, CheckStatus::Ok, observed, None, None)
            } else {
                let detail = format!(
                    "the CAA records at {level} do not allow {}",
                    domains.join(" or ")
                );
                verdict(&base, CheckStatus::Conflict, observed, None, Some(detail))
            };
        }
        verdict(
            &base,
            CheckStatus::Ok,
            vec![],
            None,
            Some("no CAA records: any certificate authority may issue".to_owned()),
        )
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
