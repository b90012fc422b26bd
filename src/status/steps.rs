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
use super::messages::render;
use super::model::{ErrorMatch, OperationRef, RecordRef, SslPatch, Step};
use super::phase::Actor;
use crate::api::{CustomHostname, DcvMethod, HostnameStatus, Ssl};
use crate::observation::RecordPurpose;

/// Builds the steps.
pub struct Builder<'a> {
    object: &'a CustomHostname,
    context: &'a Context,
    wildcard: bool,
    steps: Vec<Step>,
}

impl<'a> Builder<'a> {
    /// A builder for one object.
    pub fn new(object: &'a CustomHostname, context: &'a Context, wildcard: bool) -> Self {
        Self {
            object,
            context,
            wildcard,
            steps: Vec::new(),
        }
    }

    fn host(&self) -> &str {
        &self.object.hostname
    }

    fn ssl(&self) -> Option<&'a Ssl> {
        self.object.ssl.as_ref()
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
        if self.steps.iter().any(|step| step.code == code) {
            return;
        }
        self.steps.push(Step {
            code: code.to_owned(),
            actor,
            text: render(self.context.locale, &format!("step.{code}"), params),
            optional,
            records,
            operation,
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
        RecordRef {
            purpose: RecordPurpose::Traffic,
            name: self.host().to_owned(),
            record_type: "CNAME".to_owned(),
            value: self.context.cname_target.clone(),
            check: None,
        }
    }

    fn add_routing(&mut self, restore: bool) {
        let record = self.routing_record();
        let (code, params) = match &self.context.cname_target {
            Some(target) => (
                if restore {
                    "restore_routing_record"
                } else {
                    "create_routing_record"
                },
                vec![("host", self.host().to_owned()), ("target", target.clone())],
            ),
            None => (
                if restore {
                    "restore_routing_record_no_target"
                } else {
                    "create_routing_record_no_target"
                },
                vec![("host", self.host().to_owned())],
            ),
        };
        let params: Vec<(&str, &str)> = params.iter().map(|(k, v)| (*k, v.as_str())).collect();
        self.push(code, Actor::Customer, false, &params, vec![record], None);
    }

    fn add_ownership_tokens(&mut self) {
        if let Some((name, value)) = self.object.ownership_txt() {
            let record = RecordRef {
                purpose: RecordPurpose::Ownership,
                name: name.to_owned(),
                record_type: "TXT".to_owned(),
                value: Some(value.to_owned()),
                check: None,
            };
            let params = [("name", name), ("value", value)];
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
            let record = RecordRef {
                purpose: RecordPurpose::Ownership,
                name: url.to_owned(),
                record_type: "HTTP".to_owned(),
                value: Some(body.to_owned()),
                check: None,
            };
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
        let delegation: Vec<RecordRef> = ssl
            .dcv_delegation_records
            .iter()
            .filter_map(|r| Some((r.cname.as_deref()?, r.cname_target.as_deref()?)))
            .map(|(name, target)| RecordRef {
                purpose: RecordPurpose::DcvDelegation,
                name: name.to_owned(),
                record_type: "CNAME".to_owned(),
                value: Some(target.to_owned()),
                check: None,
            })
            .collect();
        let method = ssl.method.as_ref();
        if let Some(first) = delegation.first() {
            let (name, target) = (first.name.clone(), first.value.clone().unwrap_or_default());
            let params = [("name", name.as_str()), ("target", target.as_str())];
            let optional = !matches!(method, Some(DcvMethod::Txt)) || !self.wildcard;
            self.push(
                "add_dcv_delegation",
                Actor::Customer,
                optional,
                &params,
                delegation.clone(),
                None,
            );
        }
        let txt: Vec<RecordRef> = ssl
            .validation_records
            .iter()
            .filter_map(|r| Some((r.txt_name.as_deref()?, r.txt_value.as_deref()?)))
            .map(|(name, value)| RecordRef {
                purpose: RecordPurpose::Dcv,
                name: name.to_owned(),
                record_type: "TXT".to_owned(),
                value: Some(value.to_owned()),
                check: None,
            })
            .collect();
        if let Some(first) = txt.first() {
            let name = first.name.clone();
            let count = txt.len().to_string();
            let params = [("name", name.as_str()), ("count", count.as_str())];
            let code = if delegation.is_empty() {
                "add_dcv_txt"
            } else {
                "add_dcv_txt_alternative"
            };
            let optional = !delegation.is_empty() || !self.wildcard;
            self.push(code, Actor::Customer, optional, &params, txt, None);
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
                let legacy: Vec<RecordRef> = ssl
                    .validation_records
                    .iter()
                    .filter_map(|r| Some((r.cname.as_deref()?, r.cname_target.as_deref()?)))
                    .map(|(name, target)| RecordRef {
                        purpose: RecordPurpose::Dcv,
                        name: name.to_owned(),
                        record_type: "CNAME".to_owned(),
                        value: Some(target.to_owned()),
                        check: None,
                    })
                    .collect();
                if let Some(first) = legacy.first() {
                    let (name, target) =
                        (first.name.clone(), first.value.clone().unwrap_or_default());
                    let params = [("name", name.as_str()), ("target", target.as_str())];
                    self.push(
                        "add_dcv_cname",
                        Actor::Customer,
                        false,
                        &params,
                        legacy,
                        None,
                    );
                }
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
                    .find_map(|r| r.http_body.clone());
                let record = RecordRef {
                    purpose: RecordPurpose::Dcv,
                    name: url.to_owned(),
                    record_type: "HTTP".to_owned(),
                    value: body,
                    check: None,
                };
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

    /// The customer's DNS work: the observation's problems when there is an
    /// observation, otherwise everything the object asks for.
    fn add_customer_dns(&mut self, ownership: bool) {
        if let Some(observation) = &self.context.observation {
            let wrong = problems(observation);
            if !wrong.is_empty() {
                let count = wrong.len().to_string();
                self.push(
                    "fix_dns_records",
                    Actor::Customer,
                    false,
                    &[("count", &count)],
                    wrong,
                    None,
                );
                return;
            }
        }
        if ownership {
            self.add_routing(false);
            self.add_ownership_tokens();
        }
        self.add_dcv(ownership);
    }

    fn add_refresh(&mut self, code: &str, optional: bool) {
        let op = self.operation("refresh");
        self.push(code, Actor::Provider, optional, &[], Vec::new(), Some(op));
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
            self.steps.push(Step {
                code,
                actor: known.actor,
                text: error.fix.clone(),
                optional: false,
                records: Vec::new(),
                operation,
            });
        }
    }

    /// All steps for `verdict`, in order.
    pub fn build(mut self, verdict: &Verdict, errors: &[ErrorMatch]) -> Vec<Step> {
        let status = self
            .object
            .status
            .as_ref()
            .map(|s| s.as_str().to_owned())
            .unwrap_or_default();
        let ssl_status = self
            .ssl()
            .and_then(|ssl| ssl.status.as_ref())
            .map(|s| s.as_str().to_owned())
            .unwrap_or_default();
        match verdict.why {
            Why::NothingReported => self.push(
                "check_object",
                Actor::Provider,
                false,
                &[],
                Vec::new(),
                None,
            ),
            Why::HostnameUnknown => self.push(
                "investigate_status",
                Actor::Provider,
                false,
                &[("status", &status)],
                Vec::new(),
                None,
            ),
            Why::CertificateUnknown => self.push(
                "investigate_status",
                Actor::Provider,
                false,
                &[("status", &ssl_status)],
                Vec::new(),
                None,
            ),
            Why::HostnameDeleted => {
                let op = self.operation("refresh");
                self.push(
                    "revive_hostname",
                    Actor::Provider,
                    true,
                    &[],
                    Vec::new(),
                    Some(op),
                );
            }
            Why::HostnameDeleting | Why::CertificateDeleting => {
                self.push(
                    "wait_for_deletion",
                    Actor::Cloudflare,
                    false,
                    &[],
                    Vec::new(),
                    None,
                );
            }
            Why::CertificateDeleted | Why::Active => {}
            Why::HostnameBlocked => {
                self.add_error_steps(errors);
                let op = self.operation("refresh");
                self.push(
                    "contact_support",
                    Actor::Provider,
                    false,
                    &[],
                    Vec::new(),
                    Some(op),
                );
            }
            Why::Moved => {
                if !verdict.refresh && verdict.actor == Actor::Customer {
                    self.add_routing(true);
                }
                if verdict.actor == Actor::Nobody {
                    self.push("recheck_dns", Actor::Nobody, false, &[], Vec::new(), None);
                }
                self.add_refresh("refresh_validation", false);
                let op = self.operation("delete");
                self.push(
                    "delete_if_customer_left",
                    Actor::Provider,
                    true,
                    &[],
                    Vec::new(),
                    Some(op),
                );
            }
            Why::HostnameFailed | Why::CertificateTimedOut => {
                self.add_error_steps(errors);
                self.add_refresh("refresh_validation", false);
            }
            Why::DeletionTimedOut => {
                let op = self.operation("delete");
                self.push(
                    "retry_deletion",
                    Actor::Provider,
                    false,
                    &[],
                    Vec::new(),
                    Some(op),
                );
            }
            Why::NoCertificate => {
                let op = self.operation("refresh");
                self.push(
                    "order_certificate",
                    Actor::Provider,
                    false,
                    &[],
                    Vec::new(),
                    Some(op),
                );
            }
            Why::NotServing | Why::ExpiredByDate => self.add_refresh("refresh_validation", false),
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
                    }
                    self.add_refresh("refresh_after_dns_fixed", true);
                }
            }
            Why::OwnershipPending | Why::DcvCustomer => {
                self.add_customer_dns(verdict.why == Why::OwnershipPending);
                self.add_refresh("refresh_after_dns_fixed", true);
            }
            Why::TrafficWrong | Why::CaaWrong => {
                self.add_customer_dns(false);
                if self.steps.is_empty() {
                    self.add_routing(true);
                }
            }
            Why::OwnershipDnsRight | Why::DcvDnsRight => {
                if verdict.refresh {
                    self.add_refresh("refresh_validation", false);
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
                self.push("recheck_dns", Actor::Nobody, false, &[], Vec::new(), None);
            }
            Why::CloudflareSide => self.push(
                "wait_for_cloudflare",
                Actor::Cloudflare,
                false,
                &[],
                Vec::new(),
                None,
            ),
            Why::Initializing | Why::DcvCloudflare | Why::Issuance | Why::Deployment => {
                self.add_error_steps(errors);
                self.push(
                    "wait_for_certificate",
                    Actor::Cloudflare,
                    false,
                    &[],
                    Vec::new(),
                    None,
                );
            }
            Why::Renewal if verdict.actor == Actor::Customer => {
                let name = format!("_acme-challenge.{}", self.host().trim_start_matches("*."));
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
            Why::Renewal => self.push(
                "wait_for_renewal",
                Actor::Cloudflare,
                false,
                &[],
                Vec::new(),
                None,
            ),
            Why::Edge(edge) => self.push(
                edge.step_code(),
                verdict.actor,
                false,
                &[],
                Vec::new(),
                None,
            ),
        }
        self.steps
    }
}
