//! Ownership and certificate-validation steps from the custom hostname's
//! tokens: `_cf-custom-hostname` TXT or HTTP ownership (spec §8.2),
//! `_acme-challenge` TXT tokens (§8.3), the HTTP DCV file (§8.4), approver
//! e-mails (§8.5), and the DCV delegation CNAME (§8.6).

use super::build::{Builder, Phase, same_name};
use super::error::Error;
use super::model::{DnsRecordType, HttpFile, When};
use super::request::{DcvPreference, DnsRequest};
use crate::api::{DcvMethod, ValidationRecord};
use crate::diagnostic::Warning;
use crate::hostname::{DnsName, display_name};
use crate::observation::RecordPurpose;

/// Suffix of Cloudflare's DCV delegation targets (spec §8.6).
const DELEGATION_SUFFIX: &str = "dcv.cloudflare.com";

impl Builder<'_> {
    /// Adds ownership and DCV steps.
    pub(crate) fn tokens(&mut self, request: &DnsRequest) -> Result<(), Error> {
        let flattened = self.apex
            && self
                .drafts
                .iter()
                .any(|d| d.record.record_type == DnsRecordType::Alias);
        // CNAME-based validation cannot work: pre-validate with tokens.
        let prevalidate = self.live || flattened;
        self.validation_first = prevalidate;
        self.ownership(prevalidate);
        self.dcv(request)
    }

    fn ownership(&mut self, prevalidate: bool) {
        let txt = self
            .custom
            .as_ref()
            .and_then(|c| c.ownership_txt())
            .map(|(n, v)| (n.to_owned(), v.to_owned()));
        let http = self
            .custom
            .as_ref()
            .and_then(|c| c.ownership_http())
            .map(|(u, b)| (u.to_owned(), b.to_owned()));
        // Once verified the token has done its job (§8.2: removable).
        let (required, when) = if self.verified {
            (false, When::Removable)
        } else if prevalidate {
            (true, When::Now)
        } else {
            (false, When::Optional)
        };
        let removable = self.say("record.ownership_removable", &[]);
        let mut placed = false;
        if let Some((name, value)) = txt {
            if let Some(fqdn) = self.name_in_zone(&name, "ownership_verification.name") {
                self.push(
                    Phase::Ownership,
                    RecordPurpose::Ownership,
                    DnsRecordType::Txt,
                    &fqdn,
                    value,
                    required,
                    when,
                    if self.verified {
                        removable.clone()
                    } else {
                        self.say("record.ownership_txt", &[])
                    },
                );
                placed = true;
            }
        }
        if let Some((url, body)) = http {
            // HTTP ownership needs a server already answering at the name.
            if !placed && self.live && !self.verified {
                let host = self.host_name.clone();
                let explanation = self.say("record.ownership_http", &[]);
                self.push(
                    Phase::Ownership,
                    RecordPurpose::Ownership,
                    DnsRecordType::Http,
                    &host,
                    url.clone(),
                    required,
                    when,
                    explanation,
                );
                self.attach_http(url, body, true);
                placed = true;
            }
        }
        if !placed && prevalidate && !self.verified {
            self.warnings.push(Warning::new(
                "ownership_token_missing",
                "pre-validation needs the ownership token: pass the custom hostname returned by the API as customHostname (ownership_verification)",
            ));
        }
    }

    fn dcv(&mut self, request: &DnsRequest) -> Result<(), Error> {
        let ssl = self.custom.as_ref().and_then(|c| c.ssl.clone());
        let method = ssl.as_ref().and_then(|s| s.method.clone());
        let wildcard_cert =
            self.host.is_wildcard() || ssl.as_ref().and_then(|s| s.wildcard) == Some(true);
        let delegation = self.delegation_record(request, ssl.as_ref())?;
        let txt_like = matches!(method, None | Some(DcvMethod::Txt));
        let use_delegation = match request.dcv {
            DcvPreference::Delegation => {
                if delegation.is_none() {
                    return Err(Error::DelegationUnavailable);
                }
                if !txt_like {
                    self.warnings.push(Warning::new(
                        "delegation_needs_txt_method",
                        "DCV delegation is used with ssl.method \"txt\": PATCH the custom hostname with method txt",
                    ));
                }
                true
            }
            DcvPreference::Txt => false,
            DcvPreference::Auto => delegation.is_some() && txt_like,
        };
        if let (true, Some((name, target))) = (use_delegation, delegation) {
            // Needed before issuance when validation cannot go through the
            // routing record (wildcards, a flattened apex, zero downtime);
            // otherwise a recommendation that makes renewals automatic.
            // Once issued it stays: renewals use it (§8.6).
            let needed = wildcard_cert || self.validation_first;
            let when = if self.issued {
                When::Keep
            } else if needed {
                When::Now
            } else {
                When::Optional
            };
            let explanation = self.say("record.dcv_delegation", &[]);
            self.push(
                Phase::Dcv,
                RecordPurpose::DcvDelegation,
                DnsRecordType::Cname,
                &name,
                target.to_string(),
                needed,
                when,
                explanation,
            );
            if !self.issued {
                self.stale_acme_records(&name);
            }
            return Ok(());
        }
        let records: Vec<ValidationRecord> = ssl
            .as_ref()
            .map(|s| s.validation_records.clone())
            .unwrap_or_default();
        match method {
            Some(DcvMethod::Txt) => self.dcv_txt(&records, wildcard_cert),
            Some(DcvMethod::Http) => {
                if wildcard_cert {
                    self.wildcard_warning();
                }
                self.dcv_http(&records);
            }
            Some(DcvMethod::Email) => self.dcv_email(&records),
            Some(DcvMethod::Cname) => self.dcv_legacy_cname(&records),
            Some(DcvMethod::Unknown(_)) => {}
            None => {
                if wildcard_cert {
                    self.wildcard_warning();
                }
                if self.custom.is_none() {
                    self.warnings.push(Warning::new(
                        "custom_hostname_missing",
                        "no custom hostname was given: create it first and pass the API's answer as customHostname, since the ownership and certificate tokens come from it",
                    ));
                }
            }
        }
        Ok(())
    }

    fn wildcard_warning(&mut self) {
        self.warnings.push(Warning::new(
            "wildcard_needs_txt_or_delegation",
            format!(
                "{} needs a wildcard certificate, which HTTP validation cannot issue: use ssl.method \"txt\" with TXT tokens or DCV delegation (spec §8.3, §8.6)",
                self.host.ascii()
            ),
        ));
    }

    /// The delegation CNAME `(name, target)`: from the API's
    /// `dcv_delegation_records`, else built from the uuid.
    fn delegation_record(
        &mut self,
        request: &DnsRequest,
        ssl: Option<&crate::api::Ssl>,
    ) -> Result<Option<(DnsName, DnsName)>, Error> {
        let from_api = ssl
            .into_iter()
            .flat_map(|s| s.dcv_delegation_records.iter())
            .find_map(|r| Some((r.cname.clone()?, r.cname_target.clone()?)));
        if let Some((name, target)) = from_api {
            let name = self.name_in_zone(&name, "dcv_delegation_records.cname");
            let target = DnsName::parse(&target).ok();
            if let (Some(name), Some(target)) = (name, target) {
                return Ok(Some((name, target)));
            }
        }
        let Some(uuid) = request.dcv_delegation_uuid.as_deref().map(str::trim) else {
            return Ok(None);
        };
        let valid = !uuid.is_empty()
            && uuid.len() <= 63
            && uuid.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
        if !valid {
            return Err(Error::InvalidDelegationUuid(uuid.to_owned()));
        }
        let base = self.base_name.clone();
        let name = base
            .child("_acme-challenge")
            .map_err(|_| Error::InvalidDelegationUuid(uuid.to_owned()))?;
        let target = DnsName::parse(&format!("{base}.{uuid}.{DELEGATION_SUFFIX}"))
            .map_err(|_| Error::InvalidDelegationUuid(uuid.to_owned()))?;
        Ok(Some((name, target)))
    }

    /// Stale `_acme-challenge` TXT (or another CNAME) breaks delegation.
    fn stale_acme_records(&mut self, name: &DnsName) {
        let shown = display_name(name.as_str());
        let target = self
            .drafts
            .iter()
            .rev()
            .find(|d| d.record.purpose == RecordPurpose::DcvDelegation)
            .map(|d| d.record.value.clone())
            .unwrap_or_default();
        match self.existing_at(name) {
            Some(found) => {
                for r in found {
                    let t = r.record_type.to_ascii_uppercase();
                    let stale = t == "TXT" || (t == "CNAME" && !same_name(&r.value, &target));
                    if !stale {
                        continue;
                    }
                    let record_type = if t == "TXT" {
                        DnsRecordType::Txt
                    } else {
                        DnsRecordType::Cname
                    };
                    let explanation = self.say("record.remove_stale_acme", &[("name", &shown)]);
                    self.push(
                        Phase::RemoveStale,
                        RecordPurpose::Remove,
                        record_type,
                        name,
                        r.value.clone(),
                        true,
                        When::Now,
                        explanation,
                    );
                }
            }
            None => {
                let explanation =
                    self.say("record.remove_stale_acme_if_present", &[("name", &shown)]);
                self.push(
                    Phase::RemoveStale,
                    RecordPurpose::Remove,
                    DnsRecordType::Txt,
                    name,
                    String::new(),
                    false,
                    When::IfPresent,
                    explanation,
                );
            }
        }
    }

    fn dcv_txt(&mut self, records: &[ValidationRecord], wildcard_cert: bool) {
        let default_name = self.base_name.child("_acme-challenge").ok();
        // One-time tokens: needed before issuance when validation cannot go
        // through the routing record (wildcards, a flattened apex, zero
        // downtime); otherwise Cloudflare validates over HTTP once the
        // routing record resolves (§8.3), so they only speed things up.
        // Once issued they may go (§8.3: renewals get new tokens).
        let needed = wildcard_cert || self.validation_first;
        let (required, when, key) = if self.issued {
            (false, When::Removable, "record.dcv_removable")
        } else if needed {
            (true, When::Now, "record.dcv_txt")
        } else {
            (false, When::Optional, "record.dcv_txt")
        };
        let explanation = self.say(key, &[]);
        let mut placed = 0;
        for r in records.iter().filter(|r| r.is_txt()) {
            let Some(value) = r.txt_value.clone() else {
                continue;
            };
            let name = match &r.txt_name {
                Some(n) => self.name_in_zone(n, "validation_records.txt_name"),
                None => default_name.clone(),
            };
            let Some(name) = name else { continue };
            self.push(
                Phase::Dcv,
                RecordPurpose::Dcv,
                DnsRecordType::Txt,
                &name,
                value,
                required,
                when,
                explanation.clone(),
            );
            placed += 1;
        }
        if placed == 0 && !self.issued {
            self.warnings.push(Warning::new(
                "dcv_tokens_not_ready",
                "the custom hostname has no TXT validation tokens yet: fetch it again in a few seconds (spec §4.3)",
            ));
        } else if let Some(name) = default_name {
            // Another provider's delegation CNAME would hide the tokens.
            if let Some(found) = self.existing_at(&name) {
                for r in found
                    .into_iter()
                    .filter(|r| r.record_type.eq_ignore_ascii_case("CNAME"))
                {
                    let shown = display_name(name.as_str());
                    let explanation =
                        self.say("record.remove_cname_beside_txt", &[("name", &shown)]);
                    self.push(
                        Phase::RemoveStale,
                        RecordPurpose::Remove,
                        DnsRecordType::Cname,
                        &name,
                        r.value.clone(),
                        true,
                        When::Now,
                        explanation,
                    );
                }
            }
        }
    }

    fn dcv_http(&mut self, records: &[ValidationRecord]) {
        let files: Vec<(String, String)> = records
            .iter()
            .filter_map(|r| Some((r.http_url.clone()?, r.http_body.clone()?)))
            .collect();
        // Without a live server at the name there is nobody to serve the
        // file: Cloudflare validates itself once the routing record resolves.
        if self.issued {
            return;
        }
        if files.is_empty() || !self.live {
            let note = self.say("note.http_dcv_automatic", &[]);
            self.notes.push(note);
            return;
        }
        let explanation = self.say("record.dcv_http", &[]);
        let host = self.host_name.clone();
        for (url, body) in files {
            self.push(
                Phase::Dcv,
                RecordPurpose::Dcv,
                DnsRecordType::Http,
                &host,
                url.clone(),
                true,
                When::Now,
                explanation.clone(),
            );
            self.attach_http(url, body, false);
        }
    }

    fn dcv_email(&mut self, records: &[ValidationRecord]) {
        let emails: Vec<String> = records.iter().flat_map(|r| r.emails.clone()).collect();
        self.warnings.push(Warning::new(
            "email_dcv_deprecated",
            "e-mail validation belongs to the retired DigiCert flow and is going away: prefer ssl.method \"txt\" or \"http\" (spec §8.5, §10)",
        ));
        if emails.is_empty() || self.issued {
            return;
        }
        let host = self.host_name.clone();
        let explanation = self.say("record.dcv_email", &[]);
        self.push(
            Phase::Dcv,
            RecordPurpose::Dcv,
            DnsRecordType::Email,
            &host,
            emails.join(", "),
            true,
            When::Now,
            explanation,
        );
        if let Some(last) = self.drafts.last_mut() {
            last.record.emails = emails;
        }
    }

    fn dcv_legacy_cname(&mut self, records: &[ValidationRecord]) {
        if self.issued {
            return;
        }
        let explanation = self.say("record.dcv_cname", &[]);
        for r in records {
            let (Some(name), Some(target)) = (&r.cname, &r.cname_target) else {
                continue;
            };
            let Some(name) = self.name_in_zone(name, "validation_records.cname") else {
                continue;
            };
            let Ok(target) = DnsName::parse(target) else {
                continue;
            };
            self.push(
                Phase::Dcv,
                RecordPurpose::Dcv,
                DnsRecordType::Cname,
                &name,
                target.to_string(),
                true,
                When::Now,
                explanation.clone(),
            );
        }
    }

    /// Attaches the HTTP file details to the last pushed record.
    fn attach_http(&mut self, url: String, body: String, ownership: bool) {
        let mut rules = vec![
            self.say("rule.http_200", &[]),
            self.say("rule.exact_body", &[]),
        ];
        rules.push(self.say(
            if ownership {
                "rule.user_agent"
            } else {
                "rule.well_known"
            },
            &[],
        ));
        if let Some(last) = self.drafts.last_mut() {
            last.record.http = Some(HttpFile { url, body, rules });
        }
    }

    /// Parses a record name from the API and checks it is in the zone;
    /// otherwise warns and returns `None`.
    fn name_in_zone(&mut self, name: &str, field: &str) -> Option<DnsName> {
        match DnsName::parse(name.trim()) {
            Ok(parsed) if parsed.is_within(&self.zone) => Some(parsed),
            Ok(parsed) => {
                self.warnings.push(Warning::new(
                    "record_outside_zone",
                    format!(
                        "{field} `{parsed}` is outside the zone {}; left out",
                        self.zone
                    ),
                ));
                None
            }
            Err(e) => {
                self.warnings.push(Warning::new(
                    "invalid_record_name",
                    format!("{field} `{name}` is not a record name ({e}); left out"),
                ));
                None
            }
        }
    }
}
