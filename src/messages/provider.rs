//! Provider catalogue: English text for the SaaS provider's developers and
//! operators. Technical on purpose: it names statuses, API calls and fields
//! and cites `spec/cloudflare-for-saas.md` (§5 statuses, §7.3/§7.4 error
//! causes and fixes, §3.2 the refresh PATCH, §4.5 webhooks, §9 timings).
//! Nothing here is shown to a customer by the library's own documents.

use std::collections::HashMap;
use std::sync::OnceLock;

/// `(key, template)` pairs; `{name}` placeholders are filled by the caller.
static ENTRIES: &[(&str, &str)] = &[
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
    (
        "step.refresh_validation",
        "Send the refresh PATCH (the same ssl.method and ssl.type) to restart validation now (spec §3.2, §12.6).",
    ),
    (
        "step.refresh_after_dns_fixed",
        "Once the customer's records are in place, send the refresh PATCH to have Cloudflare re-check at once instead of waiting for its back-off (spec §9).",
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
    // What a TLS handshake at the edge saw (src/status/edge.rs; the CLI's `cert`).
    (
        "edge.serving",
        "The edge serves {host} the certificate the API reports (issuer {issuer}, valid until {date}).",
    ),
    (
        "edge.old_certificate",
        "The edge still serves {host} the previous certificate (valid until {date}), not the one the API reports: deployment has not reached every edge yet.",
    ),
    (
        "edge.not_covering",
        "The certificate the edge serves for {host} covers only {names} (RFC 6125): clients get a name mismatch.",
    ),
    (
        "edge.out_of_date",
        "The certificate the edge serves for {host} is outside its validity (ends {date}): clients refuse it.",
    ),
    (
        "edge.no_certificate",
        "No TLS handshake with SNI {host} succeeded at the edge ({reason}).",
    ),
    (
        "step.edge_wait_for_deployment",
        "Wait: Cloudflare is deploying the certificate the API reports to its edge; check again (custom-hostnames cert) in a few minutes.",
    ),
    (
        "step.edge_certificate_mismatch",
        "Check which certificate the edge serves for this hostname (custom-hostnames cert) and re-order it with a refresh (PATCH with ssl, spec §3.2).",
    ),
    (
        "step.edge_certificate_out_of_date",
        "Renew the certificate the edge serves for this hostname: send a refresh (PATCH with ssl, spec §3.2, §9).",
    ),
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
    (
        "phase.routing_unconfirmed",
        "{host}: hostname and certificate are active ({status}), but the live DNS could not prove the routing record right (lookup failed, or no routing record was checked).",
    ),
    (
        "phase.active.unchecked",
        "{host} is active at Cloudflare (hostname and certificate); live routing was not checked (no DNS observation).",
    ),
    (
        "step.offer_apex_routing",
        "The customer's apex cannot be pointed at the CNAME target (no flattening at their DNS provider, no apex IPs configured): offer apex proxying IPs or ask for a subdomain (spec §8.1).",
    ),
    (
        "step.provide_cname_target",
        "Pass the CNAME target in the context (cnameTarget) so the routing record can be named and checked.",
    ),
    (
        "error.mpic_corroboration_failed.cause",
        "Multi-perspective issuance corroboration failed: the CA's remote vantage points saw a different answer than its primary one (Let's Encrypt \"During secondary validation\", spec §11.1).",
    ),
    (
        "error.mpic_corroboration_failed.fix",
        "The customer's authoritative DNS must answer the same everywhere (all name servers in sync, no geo-blocking, no stale record at one server); then refresh.",
    ),
    (
        "error.ca_refuses_domain.cause",
        "The certificate authority will not issue for this domain (spec §11.1).",
    ),
    (
        "error.ca_refuses_domain.fix",
        "Edit the custom hostname with another certificate_authority (ssl.method and ssl.type included), or contact the CA.",
    ),
];

/// Every key, in catalogue order.
pub fn keys() -> impl Iterator<Item = &'static str> {
    ENTRIES.iter().map(|(key, _)| *key)
}

/// The template for `key`.
pub fn template(key: &str) -> Option<&'static str> {
    static INDEX: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    INDEX
        .get_or_init(|| ENTRIES.iter().copied().collect())
        .get(key)
        .copied()
}
