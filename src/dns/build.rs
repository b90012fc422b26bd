//! [`instructions`]: checks the request, then lays out the routing record,
//! the records to remove, and (in [`super::tokens`] and [`super::caa`]) the
//! ownership, DCV and CAA records, and numbers the steps in the order of
//! spec §8.8.

use std::net::IpAddr;

use serde_json::Value;

use super::error::Error;
use super::model::{DnsRecord, DnsRecordType, Instructions, Order, OrderKind, ProviderRef, When};
use super::present::{RecordView, display};
use super::providers::{self, Provider};
use super::request::{DnsRequest, ExistingRecord};
use crate::api::CustomHostname;
use crate::diagnostic::Warning;
use crate::hostname::{DnsName, Hostname, ParseOptions, display_name};
use crate::messages::{Locale, customer_text};
use crate::observation::RecordPurpose;

/// TTL used when the request gives none: short, so mistakes are cheap.
pub const DEFAULT_TTL: u32 = 300;

/// When a record is done, relative to the others (spec §8.8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Phase {
    /// Allow the CA before anything triggers issuance.
    Caa,
    /// Remove what breaks validation (stale `_acme-challenge` TXT).
    RemoveStale,
    /// Ownership token.
    Ownership,
    /// Certificate validation.
    Dcv,
    /// Remove what cannot coexist with the routing record.
    RemoveTraffic,
    /// The routing record.
    Traffic,
    /// Conditional CAA records (only if the zone has CAA records): last,
    /// as a note.
    CaaIfPresent,
}

impl Phase {
    fn rank(self, kind: OrderKind) -> u8 {
        match kind {
            OrderKind::ZeroDowntime | OrderKind::Connected => self as u8,
            // Simple: routing first; validation follows from it.
            OrderKind::Simple => match self {
                Self::Caa => 0,
                Self::RemoveStale => 1,
                Self::RemoveTraffic => 2,
                Self::Traffic => 3,
                Self::Ownership => 4,
                Self::Dcv => 5,
                Self::CaaIfPresent => 6,
            },
        }
    }
}

/// A record before its step number is known.
pub(crate) struct Draft {
    pub phase: Phase,
    pub record: DnsRecord,
}

/// Everything the record makers share.
pub(crate) struct Builder<'a> {
    pub host: Hostname,
    /// The hostname's record name (`*.x.com` for a wildcard).
    pub host_name: DnsName,
    /// The name without its wildcard label.
    pub base_name: DnsName,
    pub zone: DnsName,
    pub target: DnsName,
    pub apex: bool,
    pub live: bool,
    pub provider: Option<&'a Provider>,
    pub ttl: u32,
    pub custom: Option<CustomHostname>,
    /// Existing records, names normalised; `None` without a DNS check.
    pub existing: Option<Vec<(DnsName, ExistingRecord)>>,
    pub drafts: Vec<Draft>,
    /// Validation records go before the routing record even in the simple
    /// order (a flattened apex cannot be validated through its CNAME).
    pub validation_first: bool,
    /// The CA the CAA steps are for (`None`: Cloudflare's default choice).
    pub certificate_authority: Option<String>,
    pub warnings: Vec<Warning>,
    pub notes: Vec<String>,
    /// Language of the customer text.
    pub locale: Locale,
    /// The custom hostname's ownership is verified (`status` active).
    pub verified: bool,
    /// Its certificate is issued and serving (`ssl.status` active).
    pub issued: bool,
}

/// Builds the customer's DNS instructions (spec §8).
///
/// # Errors
/// An [`Error`] when the hostname, target, zone, custom hostname, apex IPs
/// or delegation uuid are unusable, or the hostname is in the SaaS
/// provider's own zone.
pub fn instructions(request: &DnsRequest) -> Result<Instructions, Error> {
    providers::table().map_err(|e| Error::ProviderTable(e.to_string()))?;
    let mut b = Builder::new(request)?;
    let apex_ips = parse_apex_ips(request)?;
    b.traffic(&apex_ips);
    b.tokens(request)?;
    b.caa(request);
    Ok(b.finish())
}

fn parse_apex_ips(request: &DnsRequest) -> Result<Vec<IpAddr>, Error> {
    let Some(apex) = &request.apex else {
        return Ok(Vec::new());
    };
    apex.ips
        .iter()
        .map(|s| {
            s.trim()
                .parse::<IpAddr>()
                .map_err(|_| Error::InvalidApexIp(s.clone()))
        })
        .collect()
}

fn parse_target(input: &str) -> Result<DnsName, Error> {
    let invalid = |reason: String| Error::InvalidTarget {
        target: input.to_owned(),
        reason,
    };
    let trimmed = input.trim();
    if trimmed.parse::<IpAddr>().is_ok() {
        return Err(invalid(
            "an IP address; a CNAME needs a hostname".to_owned(),
        ));
    }
    let name = DnsName::parse(trimmed).map_err(|e| invalid(e.to_string()))?;
    if name.labels().any(|l| l == "*") {
        return Err(invalid("a wildcard cannot be a CNAME target".to_owned()));
    }
    if name.labels().count() < 2 {
        return Err(invalid(
            "a single label is not a public hostname".to_owned(),
        ));
    }
    Ok(name)
}

/// The SaaS provider's zone: the target's registrable domain when the
/// public suffix list knows it, else the target itself.
fn provider_zone(target: &DnsName) -> DnsName {
    let options = ParseOptions {
        allow_special_use: true,
        allow_wildcard: false,
    };
    Hostname::parse(target.as_str(), &options)
        .ok()
        .and_then(|p| DnsName::parse(p.hostname.registrable_domain()).ok())
        .unwrap_or_else(|| target.clone())
}

fn parse_custom(value: Option<&Value>) -> Result<Option<CustomHostname>, Error> {
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => CustomHostname::from_json_str(text)
            .map(Some)
            .map_err(|e| Error::InvalidCustomHostname(e.to_string())),
        Some(v) => CustomHostname::from_json_value(v)
            .map(Some)
            .map_err(|e| Error::InvalidCustomHostname(e.to_string())),
    }
}

impl<'a> Builder<'a> {
    fn new(request: &DnsRequest) -> Result<Self, Error> {
        let (locale, locale_warning) =
            crate::messages::Locale::negotiate(request.locale.as_deref());
        let parsed = Hostname::parse(&request.hostname, &ParseOptions::default()).map_err(|e| {
            Error::Hostname {
                input: request.hostname.clone(),
                source: e,
            }
        })?;
        let host = parsed.hostname;
        let mut warnings: Vec<Warning> = parsed
            .warnings
            .into_iter()
            .filter(|w| w.code != "apex")
            .chain(locale_warning)
            .collect();
        let host_name = DnsName::from_hostname(&host);
        let base_name = DnsName::parse(host.base()).map_err(|e| Error::InvalidZone {
            zone: host.base().to_owned(),
            hostname: host.ascii().to_owned(),
            reason: e.to_string(),
        })?;

        let target = parse_target(&request.cname_target)?;
        let saas_zone = provider_zone(&target);
        if base_name == target || base_name.is_within(&saas_zone) {
            return Err(Error::HostnameInProviderZone {
                hostname: host.ascii().to_owned(),
                zone: saas_zone.to_string(),
                target: target.to_string(),
            });
        }

        let zone = resolve_zone(request.zone.as_deref(), &host, &base_name)?;
        let apex = !host.is_wildcard() && base_name == zone;

        let custom = parse_custom(request.custom_hostname.as_ref())?;
        if let Some(found) = custom.as_ref().map(|c| c.hostname.trim_end_matches('.')) {
            if !found.is_empty() && !found.eq_ignore_ascii_case(host.ascii()) {
                return Err(Error::CustomHostnameMismatch {
                    hostname: host.ascii().to_owned(),
                    found: found.to_owned(),
                });
            }
        }

        let provider = match request.provider.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(id) => {
                let found = providers::provider(id);
                if found.is_none() {
                    warnings.push(Warning::new(
                        "unknown_provider",
                        format!(
                            "DNS provider `{id}` is not in the provider table; records are shown in both relative and full form"
                        ),
                    ));
                }
                found
            }
        };
        let min_ttl = provider.map_or(0, |p| p.min_ttl);
        let wanted = request.ttl.unwrap_or(DEFAULT_TTL);
        if request.ttl.is_some() && wanted < min_ttl {
            warnings.push(Warning::new(
                "ttl_raised",
                format!("TTL {wanted} is below the provider's minimum; {min_ttl} is used"),
            ));
        }

        let existing = request.existing_records.as_ref().map(|records| {
            records
                .iter()
                .filter_map(|r| match DnsName::parse(r.name.trim()) {
                    Ok(name) => Some((name, r.clone())),
                    Err(e) => {
                        warnings.push(Warning::new(
                            "invalid_existing_record",
                            format!("existing record name `{}` ignored: {e}", r.name),
                        ));
                        None
                    }
                })
                .collect()
        });

        let (verified, issued) = custom
            .as_ref()
            .map_or((false, false), crate::status::tracks::live_tracks);
        Ok(Self {
            host,
            host_name,
            base_name,
            zone,
            target,
            apex,
            live: request.live,
            provider,
            ttl: wanted.max(min_ttl),
            custom,
            existing,
            drafts: Vec::new(),
            validation_first: false,
            certificate_authority: None,
            warnings,
            notes: Vec::new(),
            locale,
            verified,
            issued,
        })
    }

    /// A customer sentence in the instructions' locale.
    pub(crate) fn say(&self, key: &str, params: &[(&str, &str)]) -> String {
        customer_text(self.locale, key, params)
    }

    /// Hostname and certificate both active: the records are in place.
    pub(crate) fn connected(&self) -> bool {
        self.verified && self.issued
    }

    /// Connected with no zero-downtime switch ahead (a name live elsewhere
    /// still has the switch of its routing record to make).
    fn settled(&self) -> bool {
        self.connected() && !self.live
    }

    /// When the routing record applies: after validation in the
    /// zero-downtime order (due once both tracks are active: the switch),
    /// keep it once connected in the simple order (it was the first step),
    /// now otherwise.
    fn routing_when(&self) -> When {
        if self.live {
            When::AfterValidation
        } else if self.connected() {
            When::Keep
        } else {
            When::Now
        }
    }

    /// Adds a record; `name` must be within the zone (callers check).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn push(
        &mut self,
        phase: Phase,
        purpose: RecordPurpose,
        record_type: DnsRecordType,
        fqdn: &DnsName,
        value: String,
        required: bool,
        when: When,
        explanation: String,
    ) {
        let name = fqdn.relative_to(&self.zone).unwrap_or_else(|| fqdn.fqdn());
        let display = display(
            self.provider,
            RecordView {
                record_type,
                name: &name,
                fqdn: fqdn.as_str(),
                value: &value,
                ttl: self.ttl,
                locale: self.locale,
            },
        );
        self.drafts.push(Draft {
            phase,
            record: DnsRecord {
                step: 0,
                purpose,
                record_type,
                fqdn: fqdn.to_string(),
                name,
                value,
                ttl: self.ttl,
                required,
                when,
                explanation,
                display,
                http: None,
                emails: Vec::new(),
            },
        });
    }

    /// Existing records at `name` (an empty list without a DNS check).
    pub(crate) fn existing_at(&self, name: &DnsName) -> Option<Vec<ExistingRecord>> {
        self.existing.as_ref().map(|all| {
            all.iter()
                .filter(|(n, _)| n == name)
                .map(|(_, r)| r.clone())
                .collect()
        })
    }

    /// Which order the steps follow.
    pub(crate) fn order_kind(&self) -> OrderKind {
        // A name live elsewhere keeps the zero-downtime order after
        // validation: the switch of the routing record is then the step due,
        // and nothing says it happened (the caller stops passing `live` once
        // a check sees the name on the target).
        if self.live {
            OrderKind::ZeroDowntime
        } else if self.connected() {
            OrderKind::Connected
        } else {
            OrderKind::Simple
        }
    }

    fn traffic(&mut self, apex_ips: &[IpAddr]) {
        let when = self.routing_when();
        let target = self.target.clone();
        let host_name = self.host_name.clone();
        let host = self.host.unicode().to_owned();
        // Connected, with no zero-downtime switch ahead: the routing record
        // is one to keep. Otherwise each form says what to add.
        let settled = self.settled();
        let keep = self.say("record.routing_keep", &[]);
        if !self.apex {
            let explanation = if settled {
                keep
            } else {
                self.say("record.routing_cname", &[("host", &host)])
            };
            self.push(
                Phase::Traffic,
                RecordPurpose::Traffic,
                DnsRecordType::Cname,
                &host_name,
                target.to_string(),
                true,
                when,
                explanation,
            );
            self.removals_beside(&host_name, |r| {
                !(r.record_type.eq_ignore_ascii_case("CNAME")
                    && same_name(&r.value, target.as_str()))
            });
            return;
        }
        let zone = self.zone.clone();
        if !apex_ips.is_empty() {
            for ip in apex_ips {
                let record_type = if ip.is_ipv4() {
                    DnsRecordType::A
                } else {
                    DnsRecordType::Aaaa
                };
                let explanation = if settled {
                    keep.clone()
                } else {
                    self.say("record.routing_apex_ip", &[])
                };
                self.push(
                    Phase::Traffic,
                    RecordPurpose::Traffic,
                    record_type,
                    &zone,
                    ip.to_string(),
                    true,
                    when,
                    explanation,
                );
            }
            let kept: Vec<String> = apex_ips.iter().map(ToString::to_string).collect();
            self.removals_beside(&zone, |r| {
                let t = r.record_type.to_ascii_uppercase();
                (t == "A" || t == "AAAA") && !kept.iter().any(|k| k == r.value.trim())
                    || t == "CNAME"
                    || t == "ALIAS"
                    || t == "ANAME"
            });
            return;
        }
        let explanation = match self.provider.map(|p| p.apex_flattening.clone()) {
            Some(None) => {
                let name = self.provider.map(|p| p.name.clone()).unwrap_or_default();
                self.warnings.push(Warning::new(
                    "apex_without_flattening",
                    format!(
                        "{name} cannot point the apex {} at a hostname (no CNAME flattening, ALIAS or ANAME for external names): configure apex proxying IPs (apex.ips), use a subdomain such as www, or move the zone to a provider that flattens; live routing cannot be checked",
                        self.zone
                    ),
                ));
                let note = self.say("note.apex_no_flattening", &[]);
                self.notes.push(note);
                return;
            }
            None => {
                self.warnings.push(Warning::new(
                    "apex_flattening_unverified",
                    format!(
                        "{} is a zone apex: the record works only where the DNS provider flattens CNAMEs at the apex (ALIAS / ANAME / CNAME flattening); name the provider to check",
                        self.zone
                    ),
                ));
                self.say("record.routing_alias_unconfirmed", &[])
            }
            Some(Some(_)) => self.say("record.routing_alias", &[]),
        };
        let explanation = if settled { keep } else { explanation };
        self.push(
            Phase::Traffic,
            RecordPurpose::Traffic,
            DnsRecordType::Alias,
            &zone,
            target.to_string(),
            true,
            when,
            explanation,
        );
        if !settled {
            let note = self.say("note.flattened_apex", &[]);
            self.notes.push(note);
        }
        // A flattened apex answers with the target's addresses: only other
        // records are leftovers (the check tells them apart).
        self.removals_beside(&zone, |r| {
            let t = r.record_type.to_ascii_uppercase();
            t == "A" || t == "AAAA" || t == "CNAME" || t == "ALIAS" || t == "ANAME"
        });
    }

    /// Removal steps for records that cannot stay beside the routing record
    /// at `name`: definite with DNS evidence (those matching `conflicts`),
    /// conditional otherwise, and none once settled (the routing record is
    /// in place, so nothing was in its way). During the zero-downtime switch
    /// the records in its way are still there.
    fn removals_beside(&mut self, name: &DnsName, conflicts: impl Fn(&ExistingRecord) -> bool) {
        if self.settled() {
            return;
        }
        let when_definite = if self.live {
            When::AfterValidation
        } else {
            When::Now
        };
        let shown = display_name(name.as_str());
        match self.existing_at(name) {
            Some(found) => {
                for r in found.iter().filter(|r| conflicts(r)) {
                    let record_type = match r.record_type.to_ascii_uppercase().as_str() {
                        "A" => DnsRecordType::A,
                        "AAAA" => DnsRecordType::Aaaa,
                        "TXT" => DnsRecordType::Txt,
                        "CAA" => DnsRecordType::Caa,
                        "ALIAS" | "ANAME" => DnsRecordType::Alias,
                        _ => DnsRecordType::Cname,
                    };
                    let explanation = self.say("record.remove_beside_routing", &[("name", &shown)]);
                    self.push(
                        Phase::RemoveTraffic,
                        RecordPurpose::Remove,
                        record_type,
                        name,
                        r.value.clone(),
                        true,
                        when_definite,
                        explanation,
                    );
                }
            }
            None => {
                for record_type in [DnsRecordType::A, DnsRecordType::Aaaa] {
                    let explanation = self.say(
                        "record.remove_beside_routing_if_present",
                        &[("name", &shown), ("type", record_type.as_str())],
                    );
                    self.push(
                        Phase::RemoveTraffic,
                        RecordPurpose::Remove,
                        record_type,
                        name,
                        String::new(),
                        false,
                        When::IfPresent,
                        explanation,
                    );
                }
            }
        }
    }

    fn finish(mut self) -> Instructions {
        let kind = self.order_kind();
        let ranking = if self.validation_first || kind == OrderKind::Connected {
            OrderKind::ZeroDowntime
        } else {
            kind
        };
        // Conditional steps ("only if such a record exists") come after
        // everything the customer must do, so the required records lead.
        self.drafts.sort_by_key(|d| {
            (
                d.record.when == When::IfPresent,
                d.phase.rank(ranking),
                d.record.purpose == RecordPurpose::Remove,
            )
        });
        let host = self.host.unicode().to_owned();
        let key = match kind {
            OrderKind::Connected => "order.connected",
            OrderKind::ZeroDowntime if self.connected() => "order.zero_downtime_switch",
            OrderKind::ZeroDowntime => "order.zero_downtime",
            OrderKind::Simple if self.validation_first => "order.simple_validation_first",
            OrderKind::Simple => "order.simple",
        };
        let explanation = self.say(key, &[("host", &host)]);
        let mut records = Vec::with_capacity(self.drafts.len());
        let mut step = 0;
        let mut last: Option<Phase> = None;
        for draft in self.drafts {
            if last != Some(draft.phase) {
                step += 1;
                last = Some(draft.phase);
            }
            let mut record = draft.record;
            record.step = step;
            records.push(record);
        }
        Instructions {
            hostname: self.host.ascii().to_owned(),
            hostname_unicode: self.host.unicode().to_owned(),
            zone: self.zone.to_string(),
            target: self.target.to_string(),
            apex: self.apex,
            wildcard: self.host.is_wildcard(),
            certificate_authority: self.certificate_authority,
            provider: self.provider.map(|p| ProviderRef {
                id: p.id.clone(),
                name: p.name.clone(),
                help_url: p.help_url.clone(),
            }),
            order: Order { kind, explanation },
            records,
            warnings: self.warnings,
            notes: self.notes,
            locale: self.locale,
        }
    }
}

/// Compares two names ignoring case and a trailing dot.
pub(crate) fn same_name(a: &str, b: &str) -> bool {
    a.trim()
        .trim_end_matches('.')
        .eq_ignore_ascii_case(b.trim().trim_end_matches('.'))
}

fn resolve_zone(given: Option<&str>, host: &Hostname, base: &DnsName) -> Result<DnsName, Error> {
    let registrable =
        DnsName::parse(host.registrable_domain()).map_err(|e| Error::InvalidZone {
            zone: host.registrable_domain().to_owned(),
            hostname: host.ascii().to_owned(),
            reason: e.to_string(),
        })?;
    let Some(given) = given.map(str::trim).filter(|z| !z.is_empty()) else {
        return Ok(registrable);
    };
    let invalid = |reason: &str| Error::InvalidZone {
        zone: given.to_owned(),
        hostname: host.ascii().to_owned(),
        reason: reason.to_owned(),
    };
    let zone = DnsName::parse(given).map_err(|e| invalid(&e.to_string()))?;
    if !base.is_within(&zone) {
        return Err(invalid("the hostname is not inside this zone"));
    }
    if !zone.is_within(&registrable) {
        return Err(invalid(
            "the zone is above the registrable domain (a public suffix is nobody's zone)",
        ));
    }
    Ok(zone)
}
