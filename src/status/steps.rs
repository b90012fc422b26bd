//! Ordered, actionable steps for a verdict: which records the customer must
//! create (as [`RecordRef`]s the DNS-instructions module can join on
//! purpose + name), which API call the provider must send (as an
//! [`OperationRef`] tagged like the request builder's operations), or that
//! everyone should wait. Records follow `spec/cloudflare-for-saas.md` §8;
//! the refresh call is §3.2 / §12.6.

use super::catalogue::entry;
use super::context::Context;
use super::decide::{Verdict, Why};
use super::dns::problems;
use super::model::{ErrorMatch, OperationRef, RecordRef, SslPatch, Step};
use super::phase::Actor;
use crate::api::{CustomHostname, DcvMethod, HostnameStatus, Ssl, ValidationRecord};
use crate::hostname::{Hostname, ParseOptions, display_name};
use crate::messages::{Audience, counted, customer_text, text};
use crate::observation::{RecordPurpose, When};

/// Builds the steps.
pub struct Builder<'a> {
    object: &'a CustomHostname,
    context: &'a Context,
    wildcard: bool,
    /// Both tracks are active: records due after validation are due now.
    cutover: bool,
    /// The hostname is its zone's apex (a CNAME cannot go there).
    apex: bool,
    steps: Vec<Step>,
}

/// Who reads a step done by `actor`: the provider for its own API calls,
/// the customer for everything else (their records, or waiting).
fn audience_of(actor: Actor) -> Audience {
    match actor {
        Actor::Provider => Audience::Provider,
        Actor::Customer | Actor::Cloudflare | Actor::Nobody => Audience::Customer,
    }
}

/// A record the customer places, as a step refers to it.
fn record(purpose: RecordPurpose, record_type: &str, name: &str, value: Option<&str>) -> RecordRef {
    RecordRef {
        purpose,
        name: name.to_owned(),
        record_type: record_type.to_owned(),
        value: value.map(str::to_owned),
        check: None,
    }
}

/// The CNAME records (`cname` → `cname_target`) among `list`.
fn cname_records(list: &[ValidationRecord], purpose: RecordPurpose) -> Vec<RecordRef> {
    list.iter()
        .filter_map(|r| Some((r.cname.as_deref()?, r.cname_target.as_deref()?)))
        .map(|(name, target)| record(purpose, "CNAME", name, Some(target)))
        .collect()
}

impl<'a> Builder<'a> {
    /// A builder for one object.
    pub fn new(
        object: &'a CustomHostname,
        context: &'a Context,
        wildcard: bool,
        cutover: bool,
    ) -> Self {
        let options = ParseOptions {
            allow_special_use: true,
            allow_wildcard: true,
        };
        let apex = Hostname::parse(&object.hostname, &options)
            .is_ok_and(|parsed| parsed.hostname.is_apex());
        Self {
            object,
            context,
            wildcard,
            cutover,
            apex,
            steps: Vec::new(),
        }
    }

    fn host(&self) -> &str {
        &self.object.hostname
    }

    /// The hostname as the customer reads it (Unicode).
    fn host_unicode(&self) -> String {
        display_name(self.host())
    }

    fn ssl(&self) -> Option<&'a Ssl> {
        self.object.ssl.as_ref()
    }

    /// Adds a step (once per code) whose text is `step.<key>` for the
    /// actor's audience.
    #[allow(clippy::too_many_arguments)]
    fn push_keyed(
        &mut self,
        code: &str,
        key: &str,
        actor: Actor,
        optional: bool,
        params: &[(&str, &str)],
        records: Vec<RecordRef>,
        operation: Option<OperationRef>,
    ) {
        if self.steps.iter().any(|step| step.code == code) {
            return;
        }
        let audience = audience_of(actor);
        self.steps.push(Step {
            code: code.to_owned(),
            actor,
            audience,
            text: text(
                audience,
                self.context.locale,
                &format!("step.{key}"),
                params,
            ),
            optional,
            records,
            operation,
        });
    }

    fn push(
        &mut self,
        code: &str,
        actor: Actor,
        optional: bool,
        params: &[(&str, &str)],
        records: Vec<RecordRef>,
        operation: Option<OperationRef>,
    ) {
        self.push_keyed(code, code, actor, optional, params, records, operation);
    }

    /// A step that is a sentence only: no parameters, records or API call.
    fn say(&mut self, code: &str, actor: Actor) {
        self.push(code, actor, false, &[], Vec::new(), None);
    }

    /// A provider step that is one API call (`op`, see [`Self::operation`]).
    fn add_call(&mut self, code: &str, op: &str, optional: bool) {
        let op = self.operation(op);
        self.push(code, Actor::Provider, optional, &[], Vec::new(), Some(op));
    }

    /// A customer step about CNAME records, naming the first one.
    fn push_cname(&mut self, code: &str, optional: bool, records: Vec<RecordRef>) {
        let Some(first) = records.first() else { return };
        let name = display_name(&first.name);
        let target = display_name(first.value.as_deref().unwrap_or_default());
        let params = [("name", name.as_str()), ("target", target.as_str())];
        self.push(code, Actor::Customer, optional, &params, records, None);
    }

    /// A customer step of a counted sentence (`step.<code>.one|other`).
    fn push_counted(
        &mut self,
        code: &str,
        actor: Actor,
        optional: bool,
        params: &[(&str, &str)],
        records: Vec<RecordRef>,
    ) {
        let key = counted(code, records.len());
        let count = records.len().to_string();
        let mut all = params.to_vec();
        all.push(("count", &count));
        self.push_keyed(code, &key, actor, optional, &all, records, None);
    }

    /// Tells the customer there is nothing for them to do while the
    /// provider acts (every verdict has at least one customer step).
    fn add_wait_for_provider(&mut self) {
        if self
            .steps
            .iter()
            .any(|step| step.audience == Audience::Customer)
        {
            return;
        }
        let code = "wait_for_provider";
        self.steps.push(Step {
            code: code.to_owned(),
            actor: Actor::Provider,
            audience: Audience::Customer,
            text: customer_text(self.context.locale, &format!("step.{code}"), &[]),
            optional: false,
            records: Vec::new(),
            operation: None,
        });
    }

    /// The method to repeat in a refresh: the current one, except that the
    /// legacy `cname` (and no method at all) is not accepted in requests
    /// (§3.3), so HTTP (TXT for wildcards, §12.4) is proposed instead.
    fn refresh_method(&self) -> String {
        match self.ssl().and_then(|ssl| ssl.method.as_ref()) {
            Some(method @ (DcvMethod::Http | DcvMethod::Txt | DcvMethod::Email)) => {
                method.as_str().to_owned()
            }
            _ if self.wildcard => "txt".to_owned(),
            _ => "http".to_owned(),
        }
    }

    fn operation(&self, op: &str) -> OperationRef {
        let id = Some(self.object.id.clone()).filter(|id| !id.is_empty());
        OperationRef {
            op: op.to_owned(),
            // The fallback origin belongs to the zone, not to the hostname.
            custom_hostname_id: if op == "updateFallbackOrigin" {
                None
            } else {
                id
            },
            method: (op == "refresh").then(|| self.refresh_method()),
            ssl: (op == "edit").then(|| SslPatch {
                method: self.refresh_method(),
                validation_type: "dv".to_owned(),
                cloudflare_branding: None,
            }),
        }
    }

    fn routing_record(&self) -> RecordRef {
        let record_type = if self.apex { "ALIAS" } else { "CNAME" };
        let target = self.context.cname_target.as_deref();
        record(RecordPurpose::Traffic, record_type, self.host(), target)
    }

    fn add_routing(&mut self, restore: bool) {
        let code = match (self.context.cname_target.is_some(), restore) {
            (true, true) => "restore_routing_record",
            (false, true) => "restore_routing_record_no_target",
            // An apex takes an ALIAS or flattened CNAME, never a plain
            // CNAME, whether the target is known or not.
            (_, false) if self.apex => "create_routing_record_apex",
            (true, false) => "create_routing_record",
            (false, false) => "create_routing_record_no_target",
        };
        self.add_routing_step(code);
    }

    fn add_ownership_tokens(&mut self) {
        if let Some((name, value)) = self.object.ownership_txt() {
            let record = record(RecordPurpose::Ownership, "TXT", name, Some(value));
            let shown = display_name(name);
            let params = [("name", shown.as_str()), ("value", value)];
            self.push(
                "add_ownership_txt",
                Actor::Customer,
                true,
                &params,
                vec![record],
                None,
            );
        }
        if let Some((url, body)) = self.object.ownership_http() {
            let record = record(RecordPurpose::Ownership, "HTTP", url, Some(body));
            let params = [("url", url), ("body", body)];
            self.push(
                "serve_ownership_http",
                Actor::Customer,
                true,
                &params,
                vec![record],
                None,
            );
        }
    }

    /// Certificate DCV records the customer can place (§8.3–§8.6).
    fn add_dcv(&mut self, pre_issue_http: bool) {
        let Some(ssl) = self.ssl() else { return };
        let delegation = cname_records(&ssl.dcv_delegation_records, RecordPurpose::DcvDelegation);
        let method = ssl.method.as_ref();
        let optional = !matches!(method, Some(DcvMethod::Txt)) || !self.wildcard;
        let delegated = !delegation.is_empty();
        self.push_cname("add_dcv_delegation", optional, delegation);
        let txt: Vec<RecordRef> = ssl
            .validation_records
            .iter()
            .filter_map(|r| Some((r.txt_name.as_deref()?, r.txt_value.as_deref()?)))
            .map(|(name, value)| record(RecordPurpose::Dcv, "TXT", name, Some(value)))
            .collect();
        if let Some(first) = txt.first() {
            let name = display_name(&first.name);
            let params = [("name", name.as_str())];
            let code = if delegated {
                "add_dcv_txt_alternative"
            } else {
                "add_dcv_txt"
            };
            let optional = delegated || !self.wildcard;
            self.push_counted(code, Actor::Customer, optional, &params, txt);
        }
        match method {
            Some(DcvMethod::Email) => {
                let emails: Vec<&str> = ssl
                    .validation_records
                    .iter()
                    .flat_map(|r| r.emails.iter().map(String::as_str))
                    .collect();
                let joined = emails.join(", ");
                self.push(
                    "approve_dcv_email",
                    Actor::Customer,
                    false,
                    &[("emails", &joined)],
                    Vec::new(),
                    None,
                );
            }
            Some(DcvMethod::Cname) => {
                let legacy = cname_records(&ssl.validation_records, RecordPurpose::Dcv);
                self.push_cname("add_dcv_cname", false, legacy);
            }
            _ => {}
        }
        if pre_issue_http {
            if let Some(url) = ssl
                .validation_records
                .iter()
                .find_map(|r| r.http_url.as_deref())
            {
                let body = ssl
                    .validation_records
                    .iter()
                    .find_map(|r| r.http_body.as_deref());
                let record = record(RecordPurpose::Dcv, "HTTP", url, body);
                self.push(
                    "serve_dcv_http",
                    Actor::Customer,
                    true,
                    &[("url", url)],
                    vec![record],
                    None,
                );
            }
        }
    }

    /// The observation's problems as one "correct these records" step;
    /// `false` when there is no observation or nothing to correct.
    fn add_fix_records(&mut self, traffic: bool) -> bool {
        let Some(observation) = &self.context.observation else {
            return false;
        };
        let wrong = problems(observation, self.cutover, traffic);
        if wrong.is_empty() {
            return false;
        }
        self.push_counted("fix_dns_records", Actor::Customer, false, &[], wrong);
        true
    }

    /// The customer's DNS work: the observation's problems when there is an
    /// observation, otherwise everything the object asks for.
    fn add_customer_dns(&mut self, ownership: bool) {
        if self.add_fix_records(true) {
            return;
        }
        if ownership {
            self.add_routing(false);
            self.add_ownership_tokens();
        }
        self.add_dcv(ownership);
    }

    fn add_error_steps(&mut self, errors: &[ErrorMatch]) {
        for error in errors {
            let Some(known) = entry(&error.code) else {
                continue;
            };
            let mut operation = known.op.map(|op| self.operation(op));
            if error.code == "common_name_too_long" {
                if let Some(ssl) = operation.as_mut().and_then(|op| op.ssl.as_mut()) {
                    ssl.cloudflare_branding = Some(true);
                }
            }
            let code = format!("resolve_{}", error.code);
            if self.steps.iter().any(|step| step.code == code) {
                continue;
            }
            let audience = audience_of(known.actor);
            // The customer's fix in their words: its own step sentence, or
            // the plain-words description of the error.
            let text = match (audience, known.customer_step) {
                (Audience::Customer, Some(step)) => {
                    customer_text(self.context.locale, &format!("step.{step}"), &[])
                }
                (Audience::Customer, None) => error.customer.clone(),
                (Audience::Provider, _) => error.fix.clone(),
            };
            self.steps.push(Step {
                code,
                actor: known.actor,
                audience,
                text,
                optional: false,
                records: Vec::new(),
                operation,
            });
        }
    }

    /// A customer step about the routing record (`{host}` and `{target}` in
    /// the customer's words, the record attached).
    fn add_routing_step(&mut self, code: &str) {
        let host = self.host_unicode();
        let target = self
            .context
            .cname_target
            .as_deref()
            .map(display_name)
            .unwrap_or_else(|| customer_text(self.context.locale, "term.service_target", &[]));
        let record = self.routing_record();
        self.push(
            code,
            Actor::Customer,
            false,
            &[("host", &host), ("target", &target)],
            vec![record],
            None,
        );
    }

    /// The routing record is not live although both tracks are active: the
    /// zero-downtime switch (the record was due after validation), or the
    /// records seen wrong.
    fn add_routing_not_live(&mut self) {
        let switch_due = self.context.observation.as_ref().is_some_and(|o| {
            o.for_purpose(RecordPurpose::Traffic)
                .any(|c| c.when == When::AfterValidation && c.status.is_problem())
        });
        if switch_due && self.context.cname_target.is_some() {
            self.add_routing_step("switch_routing_record");
            return;
        }
        if !self.add_fix_records(true) {
            self.add_routing(true);
        }
    }

    /// Asks the provider to look into a status this library does not know.
    fn add_investigate(&mut self, status: Option<&str>) {
        let status = status.unwrap_or_default();
        let params = [("status", status)];
        self.push(
            "investigate_status",
            Actor::Provider,
            false,
            &params,
            Vec::new(),
            None,
        );
    }

    /// All steps for `verdict`, in order.
    pub fn build(mut self, verdict: &Verdict, errors: &[ErrorMatch]) -> Vec<Step> {
        match verdict.why {
            Why::NothingReported => self.say("check_object", Actor::Provider),
            Why::HostnameUnknown => {
                let status = self.object.status.as_ref().map(|s| s.as_str());
                self.add_investigate(status);
            }
            Why::CertificateUnknown => {
                let status = self.ssl().and_then(|ssl| ssl.status.as_ref());
                self.add_investigate(status.map(|s| s.as_str()));
            }
            Why::HostnameDeleted => {
                self.add_call("revive_hostname", "refresh", true);
            }
            Why::HostnameDeleting | Why::CertificateDeleting => {
                self.say("wait_for_deletion", Actor::Cloudflare);
            }
            Why::CertificateDeleted | Why::Active => {}
            Why::HostnameBlocked => {
                self.add_error_steps(errors);
                self.add_call("contact_support", "refresh", false);
            }
            Why::Moved => {
                if !verdict.refresh && verdict.actor == Actor::Customer {
                    self.add_routing(true);
                }
                if verdict.actor == Actor::Nobody {
                    self.say("recheck_dns", Actor::Nobody);
                }
                self.add_call("refresh_validation", "refresh", false);
                self.add_call("delete_if_customer_left", "delete", true);
            }
            Why::HostnameFailed | Why::CertificateTimedOut => {
                self.add_error_steps(errors);
                self.add_call("refresh_validation", "refresh", false);
            }
            Why::DeletionTimedOut => {
                self.add_call("retry_deletion", "delete", false);
            }
            Why::NoCertificate => {
                self.add_call("order_certificate", "refresh", false);
            }
            Why::NotServing | Why::ExpiredByDate => {
                self.add_call("refresh_validation", "refresh", false)
            }
            Why::ProviderError | Why::CustomerError => {
                self.add_error_steps(errors);
                if verdict.why == Why::CustomerError {
                    // Ownership still pending: the records are part of the
                    // fix. Certificate errors name their own fix (CAA, DNSSEC...).
                    let pending = self
                        .object
                        .status
                        .as_ref()
                        .is_some_and(|s| *s == HostnameStatus::Pending);
                    if pending {
                        self.add_customer_dns(true);
                    } else {
                        // Records seen wrong (the routing of a live name
                        // among them) are part of the fix too.
                        self.add_fix_records(true);
                    }
                    self.add_call("refresh_after_dns_fixed", "refresh", true);
                }
            }
            Why::OwnershipPending | Why::DcvCustomer => {
                self.add_customer_dns(verdict.why == Why::OwnershipPending);
                self.add_call("refresh_after_dns_fixed", "refresh", true);
            }
            Why::TrafficWrong | Why::CaaWrong => {
                self.add_customer_dns(false);
                if self.steps.is_empty() {
                    self.add_routing(true);
                }
            }
            Why::ProviderAndCustomer => {
                self.add_error_steps(errors);
                self.add_customer_dns(true);
            }
            Why::RequiredRecords | Why::KeepRecordsMissing => {
                self.add_customer_dns(false);
                if verdict.why == Why::RequiredRecords {
                    self.add_call("refresh_after_dns_fixed", "refresh", true);
                }
            }
            Why::ProxiedByOwnZone => {
                self.add_routing_step("unproxy_own_zone");
                self.add_call("refresh_after_dns_fixed", "refresh", true);
            }
            Why::RoutingNotLive => self.add_routing_not_live(),
            Why::RoutingLookupFailed => {
                self.say("recheck_dns", Actor::Nobody);
            }
            Why::RoutingUnverifiable => {
                if self.apex {
                    self.say("offer_apex_routing", Actor::Provider);
                }
                if self.context.cname_target.is_none() {
                    self.say("provide_cname_target", Actor::Provider);
                }
                self.add_routing_step("check_routing_unverifiable");
            }
            Why::OwnershipDnsRight | Why::DcvDnsRight => {
                if verdict.refresh {
                    self.add_call("refresh_validation", "refresh", false);
                }
                let code = if verdict.why == Why::OwnershipDnsRight {
                    "wait_for_cloudflare"
                } else {
                    "wait_for_certificate"
                };
                self.push(
                    code,
                    Actor::Cloudflare,
                    verdict.refresh,
                    &[],
                    Vec::new(),
                    None,
                );
            }
            Why::OwnershipDnsInconclusive | Why::DcvDnsInconclusive => {
                self.say("recheck_dns", Actor::Nobody);
            }
            Why::CloudflareSide => self.say("wait_for_cloudflare", Actor::Cloudflare),
            Why::Initializing | Why::DcvCloudflare | Why::Issuance | Why::Deployment => {
                self.add_error_steps(errors);
                self.say("wait_for_certificate", Actor::Cloudflare);
            }
            Why::Renewal if verdict.actor == Actor::Customer => {
                let name = display_name(&format!(
                    "_acme-challenge.{}",
                    self.host().trim_start_matches("*.")
                ));
                let before = self.steps.len();
                self.add_dcv(false);
                let records: Vec<RecordRef> =
                    self.steps.drain(before..).flat_map(|s| s.records).collect();
                self.push(
                    "update_renewal_tokens",
                    Actor::Customer,
                    false,
                    &[("name", &name)],
                    records,
                    None,
                );
            }
            Why::Renewal => self.say("wait_for_renewal", Actor::Cloudflare),
            Why::Edge(edge) => {
                if let Some((code, key)) = edge.step() {
                    self.push_keyed(code, key, verdict.actor, false, &[], Vec::new(), None);
                }
            }
        }
        if verdict.actor == Actor::Provider {
            self.add_wait_for_provider();
        }
        self.steps
    }
}
