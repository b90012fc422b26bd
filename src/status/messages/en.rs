//! English catalogue. Wording paraphrases `spec/cloudflare-for-saas.md`
//! (§5 for status meanings, §7.3/§7.4 for error causes and fixes, §8 for
//! the records, §9 for timings).

use std::collections::HashMap;
use std::sync::OnceLock;

/// `(key, template)` pairs; `{name}` placeholders are filled by `render`.
static ENTRIES: &[(&str, &str)] = &[
    // Terms.
    ("term.the_hostname", "the hostname"),
    ("term.default_ca", "default certificate authority"),
    // Phases.
    (
        "phase.awaiting_customer_dns",
        "Waiting for the domain owner to set up DNS for {host}.",
    ),
    (
        "phase.verifying_ownership",
        "The DNS for {host} looks right; Cloudflare is confirming ownership.",
    ),
    (
        "phase.validating_certificate",
        "Cloudflare is validating {host} for its certificate.",
    ),
    (
        "phase.issuing_certificate",
        "The certificate authority is issuing the certificate for {host}.",
    ),
    (
        "phase.deploying_certificate",
        "The certificate for {host} is being deployed to Cloudflare's edge.",
    ),
    ("phase.active", "{host} is live with an active certificate."),
    (
        "phase.active_needs_attention",
        "{host} is live, but something needs attention before it breaks.",
    ),
    (
        "phase.provider_action_required",
        "{host} is stuck until the service provider acts.",
    ),
    (
        "phase.timed_out",
        "Cloudflare stopped retrying validation for {host}; a refresh is needed.",
    ),
    (
        "phase.blocked",
        "Cloudflare has blocked {host}; it will not be retried automatically.",
    ),
    (
        "phase.moved",
        "{host} no longer points to this service; it will be deleted after 7 days unless fixed.",
    ),
    ("phase.deleting", "{host} is being deleted."),
    ("phase.deleted", "{host} has been deleted."),
    (
        "phase.unknown",
        "{host} is in a state this library does not know ({status}).",
    ),
    // Hostname (ownership) statuses, spec §5.1.
    (
        "hostname.active",
        "Ownership verified; Cloudflare routes traffic for the hostname.",
    ),
    (
        "hostname.pending",
        "Waiting for ownership validation (routing CNAME, A/AAAA, TXT or HTTP token).",
    ),
    (
        "hostname.active_redeploying",
        "Active; a change is being deployed.",
    ),
    (
        "hostname.moved",
        "Validation lapsed or the hostname stopped pointing to the service.",
    ),
    ("hostname.pending_deletion", "Deletion in progress."),
    ("hostname.deleted", "Deleted."),
    (
        "hostname.pending_blocked",
        "Being blocked (undocumented state).",
    ),
    (
        "hostname.pending_migration",
        "Migration in progress on Cloudflare's side (undocumented state).",
    ),
    (
        "hostname.pending_provisioned",
        "Provisioning in progress on Cloudflare's side (undocumented state).",
    ),
    (
        "hostname.test_pending",
        "Pre-migration check re-queued (SSL for SaaS v1 to v2 tool).",
    ),
    (
        "hostname.test_active",
        "Pre-migration CNAME check passed (SSL for SaaS v1 to v2 tool).",
    ),
    (
        "hostname.test_active_apex",
        "Pre-migration apex check passed (SSL for SaaS v1 to v2 tool).",
    ),
    (
        "hostname.test_blocked",
        "Pre-migration check found a banned zone.",
    ),
    (
        "hostname.test_failed",
        "Pre-migration check failed 25 times.",
    ),
    (
        "hostname.provisioned",
        "Pre-provisioned on Cloudflare's side (undocumented state).",
    ),
    (
        "hostname.blocked",
        "Blocked by Cloudflare (abuse flag or held zone); never retried automatically.",
    ),
    (
        "hostname.unknown",
        "A hostname status this library does not know: {status}.",
    ),
    ("hostname.unreported", "No hostname status was reported."),
    // Certificate statuses, spec §5.2.
    (
        "certificate.initializing",
        "Certificate order being created.",
    ),
    (
        "certificate.pending_validation",
        "Waiting for domain control validation (DCV).",
    ),
    ("certificate.deleted", "Certificate deleted."),
    (
        "certificate.pending_issuance",
        "Validated; the certificate authority is issuing.",
    ),
    (
        "certificate.pending_deployment",
        "Issued; deploying to Cloudflare's edge.",
    ),
    (
        "certificate.pending_deletion",
        "Certificate deletion in progress.",
    ),
    (
        "certificate.pending_expiration",
        "Serving, nearing expiry; renewal in progress.",
    ),
    ("certificate.expired", "Certificate expired."),
    ("certificate.active", "Certificate active and serving."),
    (
        "certificate.initializing_timed_out",
        "Timed out while initializing.",
    ),
    (
        "certificate.validation_timed_out",
        "Timed out waiting for domain control validation.",
    ),
    (
        "certificate.issuance_timed_out",
        "Timed out waiting for the certificate authority to issue.",
    ),
    (
        "certificate.deployment_timed_out",
        "Timed out while deploying.",
    ),
    (
        "certificate.deletion_timed_out",
        "Timed out while deleting.",
    ),
    (
        "certificate.pending_cleanup",
        "Cleanup in progress (undocumented state).",
    ),
    (
        "certificate.staging_deployment",
        "Staging certificate being deployed.",
    ),
    (
        "certificate.staging_active",
        "A staging certificate is active, not a production one.",
    ),
    ("certificate.deactivating", "Certificate being deactivated."),
    (
        "certificate.inactive",
        "Certificate deactivated; not serving.",
    ),
    (
        "certificate.backup_issued",
        "A backup certificate was issued (undocumented state).",
    ),
    (
        "certificate.holding_deployment",
        "Certificate waiting to deploy until the hostname is validated.",
    ),
    (
        "certificate.unknown",
        "A certificate status this library does not know: {status}.",
    ),
    (
        "certificate.unreported",
        "The certificate object carries no status.",
    ),
    ("certificate.none", "No certificate has been ordered."),
    // Steps.
    (
        "step.create_routing_record",
        "Create a CNAME record for {host} pointing to {target}.",
    ),
    (
        "step.create_routing_record_no_target",
        "Create a CNAME record for {host} pointing to the service's CNAME target.",
    ),
    (
        "step.restore_routing_record",
        "Point {host} back to {target} with a CNAME record.",
    ),
    (
        "step.restore_routing_record_no_target",
        "Point {host} back to the service's CNAME target with a CNAME record.",
    ),
    (
        "step.add_ownership_txt",
        "Alternatively, prove ownership before switching traffic: create a TXT record {name} with the value {value}.",
    ),
    (
        "step.serve_ownership_http",
        "Alternatively, serve {body} at {url} over plain HTTP.",
    ),
    (
        "step.add_dcv_delegation",
        "Create a CNAME record {name} pointing to {target} so Cloudflare can validate and renew the certificate.",
    ),
    (
        "step.add_dcv_txt",
        "Create {count} TXT record(s) named {name} with the certificate validation token(s).",
    ),
    (
        "step.add_dcv_txt_alternative",
        "Alternatively, create {count} TXT record(s) named {name} with the certificate validation token(s).",
    ),
    (
        "step.serve_dcv_http",
        "Optionally, to get the certificate before switching traffic, serve the validation file at {url}.",
    ),
    (
        "step.approve_dcv_email",
        "Approve the certificate authority's e-mail sent to one of: {emails}.",
    ),
    (
        "step.add_dcv_cname",
        "Create a CNAME record {name} pointing to {target} for certificate validation.",
    ),
    (
        "step.fix_dns_records",
        "Fix the {count} DNS record(s) that are missing or wrong.",
    ),
    (
        "step.recheck_dns",
        "The DNS lookup failed; check the records again in a few minutes.",
    ),
    (
        "step.wait_for_cloudflare",
        "Nothing to do: Cloudflare re-checks automatically.",
    ),
    (
        "step.wait_for_certificate",
        "Nothing to do: Cloudflare and the certificate authority are working on the certificate.",
    ),
    (
        "step.wait_for_deletion",
        "Nothing to do: the deletion completes by itself.",
    ),
    (
        "step.wait_for_renewal",
        "Nothing to do yet: Cloudflare renews the certificate automatically.",
    ),
    (
        "step.update_renewal_tokens",
        "Renewal of this wildcard certificate needs the new TXT validation tokens at {name}, or a DCV delegation CNAME.",
    ),
    (
        "step.refresh_validation",
        "Send the refresh call (PATCH with the same ssl method and type) to restart validation now.",
    ),
    (
        "step.refresh_after_dns_fixed",
        "Once the records are in place, send the refresh call to have Cloudflare re-check at once.",
    ),
    ("step.retry_deletion", "Send the DELETE call again."),
    (
        "step.order_certificate",
        "Order a certificate: send a PATCH with an ssl method and type.",
    ),
    (
        "step.contact_support",
        "Find out why Cloudflare blocked the hostname (contact Cloudflare support); refresh once resolved.",
    ),
    (
        "step.delete_if_customer_left",
        "If the customer no longer uses the service, delete the custom hostname.",
    ),
    (
        "step.revive_hostname",
        "If it is still wanted, send a PATCH to restart validation (or create it again).",
    ),
    (
        "step.check_object",
        "The object reports neither a hostname status nor a certificate; fetch it again.",
    ),
    (
        "step.investigate_status",
        "Look up the meaning of status {status}; this library does not know it yet.",
    ),
    // Error catalogue, spec §7.3 and §7.4.
    (
        "error.fallback_origin_missing.cause",
        "The SaaS zone has no fallback origin, so hostnames cannot validate.",
    ),
    (
        "error.fallback_origin_missing.fix",
        "Set the zone's fallback origin to a proxied A/AAAA/CNAME record.",
    ),
    (
        "error.fallback_origin_not_active.cause",
        "The SaaS zone's fallback origin is not active yet.",
    ),
    (
        "error.fallback_origin_not_active.fix",
        "Check the fallback origin's status and its DNS record; wait until it is active.",
    ),
    (
        "error.fallback_origin_dns.cause",
        "The fallback origin's DNS record is not set up correctly.",
    ),
    (
        "error.fallback_origin_dns.fix",
        "Make the fallback origin a proxied A/AAAA/CNAME record in the SaaS zone.",
    ),
    (
        "error.not_cname_to_zone.cause",
        "{host} does not point to the service yet (normal right after creation).",
    ),
    (
        "error.not_cname_to_zone.fix",
        "Create the CNAME record for {host} pointing to the service's target, or use an ownership token.",
    ),
    (
        "error.a_records_not_owned.cause",
        "{host}'s A/AAAA records do not point to this account and no ownership token was found.",
    ),
    (
        "error.a_records_not_owned.fix",
        "Point {host} at the service (CNAME, or the assigned apex IPs) or add the ownership TXT record.",
    ),
    (
        "error.ownership_token_not_found.cause",
        "The ownership token for {host} was not found.",
    ),
    (
        "error.ownership_token_not_found.fix",
        "Create the _cf-custom-hostname TXT record (or serve the HTTP token) exactly as given.",
    ),
    (
        "error.held_zone.cause",
        "{host} belongs to a zone on hold at Cloudflare.",
    ),
    (
        "error.held_zone.fix",
        "The domain's owner must have the hold removed; then the provider refreshes.",
    ),
    (
        "error.caa_servfail.cause",
        "The DNS servers for {host} failed (SERVFAIL) when the CA looked up CAA records.",
    ),
    (
        "error.caa_servfail.fix",
        "Fix the domain's DNS servers so CAA queries get an answer (even an empty one).",
    ),
    (
        "error.ca_dns_servfail.cause",
        "The certificate authority got SERVFAIL looking up {host}.",
    ),
    (
        "error.ca_dns_servfail.fix",
        "Make sure the domain's DNS servers answer from everywhere (check DNSSEC and firewalls).",
    ),
    (
        "error.dnssec_bogus.cause",
        "DNSSEC validation fails for {host}.",
    ),
    (
        "error.dnssec_bogus.fix",
        "Fix or remove the domain's DNSSEC configuration (DS record at the registrar).",
    ),
    (
        "error.caa_multi_perspective.cause",
        "CAA lookups for {host} failed from some of the CA's vantage points.",
    ),
    (
        "error.caa_multi_perspective.fix",
        "Allow DNS queries from all locations (no geo-blocking) on the domain's DNS servers.",
    ),
    (
        "error.caa_blocked.cause",
        "CAA records on {host} or a parent domain forbid the certificate authority.",
    ),
    (
        "error.caa_blocked.fix",
        "Remove the CAA records or add ones allowing the certificate authority.",
    ),
    (
        "error.ca_rate_limited.cause",
        "The certificate authority rate-limited this domain.",
    ),
    (
        "error.ca_rate_limited.fix",
        "Wait for the limit to expire (up to 7 days for Let's Encrypt) or switch to another certificate authority.",
    ),
    (
        "error.ca_internal_error.cause",
        "The certificate authority had an internal error.",
    ),
    (
        "error.ca_internal_error.fix",
        "Wait; Cloudflare retries. If it persists for 24 hours, switch certificate authority.",
    ),
    (
        "error.risk_flagged.cause",
        "The certificate authority flagged {host} as a potential risk ({reason}).",
    ),
    (
        "error.risk_flagged.fix",
        "Open a ticket with Cloudflare support; flagged domains need a manual review.",
    ),
    (
        "error.dcv_failed.cause",
        "Domain validation failed, usually because the validation tokens expired.",
    ),
    (
        "error.dcv_failed.fix",
        "Send the refresh call to get new tokens, then have them placed again.",
    ),
    (
        "error.common_name_too_long.cause",
        "The hostname is too long to be the certificate's common name.",
    ),
    (
        "error.common_name_too_long.fix",
        "Enable Cloudflare branding on the certificate (ssl.cloudflare_branding).",
    ),
    (
        "error.unrecognised.cause",
        "A message this library does not recognise.",
    ),
    (
        "error.unrecognised.fix",
        "Read the raw message; report it so it can be added to the catalogue.",
    ),
    // Deadlines, spec §9.
    (
        "deadline.hostname_validation_ends",
        "Cloudflare stops retrying ownership validation (and removes or moves the hostname).",
    ),
    (
        "deadline.dcv_token_expires",
        "The certificate validation tokens expire ({ca}: {days} days); a refresh issues new ones.",
    ),
    (
        "deadline.moved_hostname_deleted",
        "A moved hostname is deleted 7 days after it became moved.",
    ),
    (
        "deadline.renewal_window_opens",
        "The certificate's renewal window opens (30 days before expiry).",
    ),
    ("deadline.certificate_expires", "The certificate expires."),
    // DNS observation summaries.
    // What the edge serves (edge.rs): a TLS handshake for the hostname.
    (
        "edge.serving",
        "Secure connections to {host} use its certificate from {issuer}, valid until {date}.",
    ),
    (
        "edge.old_certificate",
        "Secure connections to {host} still use the previous certificate (valid until {date}); the new one is not in place everywhere yet.",
    ),
    (
        "edge.not_covering",
        "Secure connections to {host} use a certificate for other names ({names}), so browsers will warn.",
    ),
    (
        "edge.out_of_date",
        "Secure connections to {host} use a certificate that is not valid today (valid until {date}), so browsers will warn.",
    ),
    (
        "edge.no_certificate",
        "No secure connection could be made to {host} ({reason}).",
    ),
    (
        "step.edge_serving",
        "Nothing to do: the right certificate is in use.",
    ),
    (
        "step.edge_wait_for_deployment",
        "Nothing to do yet: the new certificate is being put in place; check again in a few minutes.",
    ),
    (
        "step.edge_certificate_mismatch",
        "The service provider must check which certificate is in use for this hostname and renew or re-order it.",
    ),
    (
        "step.edge_certificate_out_of_date",
        "The service provider must renew the certificate in use for this hostname.",
    ),
    ("dns.right", "The live DNS records are right."),
    ("dns.wrong", "Some live DNS records are missing or wrong."),
    (
        "dns.inconclusive",
        "Some DNS lookups failed; nobody can tell yet whether the records are right.",
    ),
    ("dns.empty", "The DNS observation holds no checks."),
    // Webhook events, spec §4.5.
    (
        "webhook.validation.succeeded",
        "Certificate validation succeeded.",
    ),
    (
        "webhook.validation.failed",
        "Certificate validation failed (sent again on each retry).",
    ),
    ("webhook.issuance.succeeded", "The certificate was issued."),
    (
        "webhook.issuance.failed",
        "Certificate issuance failed (sent again on each retry).",
    ),
    (
        "webhook.deployment.succeeded",
        "The certificate was deployed.",
    ),
    (
        "webhook.deployment.failed",
        "Certificate deployment failed (sent again on each retry).",
    ),
    ("webhook.deletion.succeeded", "The certificate was deleted."),
    ("webhook.deletion.failed", "Certificate deletion failed."),
    ("webhook.renewal.succeeded", "The certificate was renewed."),
    ("webhook.renewal.failed", "Certificate renewal failed."),
    (
        "webhook.renewal.upcoming_certificate_expiration_notification",
        "The certificate expires soon and has not been renewed yet.",
    ),
    (
        "webhook.unknown",
        "A notification type this library does not know: {type}.",
    ),
];

/// Every key, in catalogue order.
pub(super) fn keys() -> impl Iterator<Item = &'static str> {
    ENTRIES.iter().map(|(key, _)| *key)
}

/// The template for `key` (a hash map built once: lookups happen for every
/// sentence of every assessment).
pub(super) fn template(key: &str) -> Option<&'static str> {
    static INDEX: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    INDEX
        .get_or_init(|| ENTRIES.iter().copied().collect())
        .get(key)
        .copied()
}
