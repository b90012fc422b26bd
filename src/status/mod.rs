//! Interpreting a custom hostname's validation state: one verdict, who acts
//! next, and why.
//!
//! A custom hostname has two independent tracks (`spec/cloudflare-for-saas.md`
//! §1): hostname ownership (`status`, §5.1, 16 values) and the certificate
//! (`ssl.status`, §5.2, 21 values), each with error strings (§7.3, §7.4),
//! a retry back-off (§9) and token lifetimes per CA (§8.3, §10).
//! [`assess`] merges them, optionally with a live look at the customer's DNS
//! ([`crate::observation::DnsObservation`]), into an [`Assessment`]:
//!
//! - [`Phase`]: a closed set a UI can switch on (table in
//!   `src/status/README.md`, one doc line per variant);
//! - `ready` and [`Actor`] (customer, provider, Cloudflare, nobody);
//! - each track's raw status, meaning and errors;
//! - ordered [`Step`]s with DNS record references or the API operation;
//! - every error message matched against the [`catalogue`];
//! - [`Deadline`]s and a poll interval following the back-off.
//!
//! [`AssessmentSummary`] is the same verdict as one dashboard row.
//!
//! Pure: time is an input ([`Context::now`]); every sentence comes from the
//! catalogues of [`crate::messages`]: customer text (the summary, the
//! customer's steps, deadlines, the DNS finding, each error in plain words)
//! in the context's locale, provider text (track meanings, the provider's
//! steps, error causes and fixes, `providerSummary`) in technical English.
//! [`interpret_webhook`] reads certificate notifications into the same
//! vocabulary.

pub mod catalogue;
mod context;
mod decide;
mod dns;
mod edge;
mod model;
mod phase;
mod steps;
mod summary;
pub mod timing;
pub(crate) mod tracks;
mod webhook;

pub use crate::messages::{Audience, Locale};
pub use context::{Context, ContextError, ContextInput, TimeInput, unix_seconds};
pub use edge::{EdgeFindings, EdgeObservation, EdgeObservationInput, EdgeVerdict, name_covers};
pub use model::{
    Assessment, Deadline, DnsFindings, DnsVerdict, ErrorMatch, OperationRef, RecordRef, SslPatch,
    Step, Track, TrackState,
};
pub use phase::{Actor, Phase};
pub use summary::AssessmentSummary;
pub use webhook::{WebhookAssessment, WebhookOutcome, WebhookStage, interpret_webhook};

use crate::api::{CustomHostname, DcvMethod, SslStatus};
use crate::hostname::display_name;
use crate::messages::{customer_text, provider_text};
use crate::observation::{CheckStatus, RecordPurpose};
use catalogue::classify;
use decide::{Facts, Verdict, Why, decide};
use timing::{
    DAY, MAX_DELAY, VALIDATION_WINDOW, backoff_delay, deadline, renewal_window,
    seconds_to_next_check, token_lifetime_days,
};
use tracks::{
    HostnameClass, SslClass, certificate_track, hostname_class, hostname_track, ssl_class,
};

/// Interprets one custom hostname.
pub fn assess(object: &CustomHostname, context: &Context) -> Assessment {
    let locale = context.locale;
    let host = object.hostname.as_str();
    let host_unicode = if host.is_empty() {
        customer_text(locale, "term.the_hostname", &[])
    } else {
        display_name(host)
    };
    let ssl = object.ssl.as_ref();
    let hostname_errors: Vec<ErrorMatch> = object
        .verification_errors
        .iter()
        .map(|error| classify(error.as_str(), Track::Hostname, host, locale))
        .collect();
    let certificate_errors: Vec<ErrorMatch> = ssl
        .iter()
        .flat_map(|ssl| ssl.validation_errors.iter())
        .map(|error| classify(&error.message, Track::Certificate, host, locale))
        .collect();
    let errors: Vec<ErrorMatch> = hostname_errors
        .iter()
        .chain(&certificate_errors)
        .cloned()
        .collect();

    let created = object
        .created_at
        .as_ref()
        .and_then(|t| t.unix_seconds().ok());
    let expires = ssl
        .and_then(|ssl| ssl.expires_on.as_ref())
        .and_then(|t| t.unix_seconds().ok());
    let issued = ssl
        .and_then(|ssl| ssl.uploaded_on.as_ref())
        .and_then(|t| t.unix_seconds().ok())
        .or(created);
    let hostname_class = hostname_class(object.status.as_ref());
    let ssl_class = ssl_class(ssl.is_some(), ssl.and_then(|ssl| ssl.status.as_ref()));
    // Both tracks active: records due after validation (the zero-downtime
    // switch of the routing record) are due now.
    let cutover = tracks::live_tracks(object) == (true, true);
    let observation = context.observation.as_ref();
    let dns = observation.map(|o| dns::findings(o, cutover, &host_unicode, locale));
    let wildcard =
        object.is_wildcard_hostname() || ssl.and_then(|ssl| ssl.wildcard).unwrap_or(false);
    let elapsed = context.now.zip(created).map(|(now, created)| now - created);
    let edge = context
        .edge
        .as_ref()
        .map(|seen| edge::findings(seen, object, context.now));
    let facts = Facts {
        edge: edge.as_ref().map(|e| e.verdict),
        hostname: hostname_class,
        ssl: ssl_class,
        errors: &errors,
        dns: dns.as_ref(),
        method: ssl.and_then(|ssl| ssl.method.as_ref()),
        wildcard,
        elapsed,
        expires_in: context.now.zip(expires).map(|(now, at)| at - now),
        renewal_window: expires.map_or(timing::RENEWAL_WINDOW, |at| renewal_window(at, issued)),
        caa_wrong: observation.is_some_and(|o| {
            o.for_purpose(RecordPurpose::Caa)
                .any(|check| check.status == CheckStatus::Conflict)
        }),
        required_problems: observation
            .is_some_and(|o| !dns::problems(o, cutover, false).is_empty()),
    };
    let verdict = decide(&facts);

    let expired_by_date = facts.expires_in.is_some_and(|left| left <= 0);
    // With an observation, live means the routing was seen right (whatever
    // the verdict's phase says about other problems).
    let routing_proven = dns
        .as_ref()
        .is_none_or(|d| d.traffic == Some(DnsVerdict::Right));
    let ready = cutover
        && !expired_by_date
        && routing_proven
        && edge.as_ref().is_none_or(|e| {
            !matches!(e.verdict, EdgeVerdict::NotCovering | EdgeVerdict::OutOfDate)
        });

    let steps = steps::Builder::new(object, context, wildcard, cutover).build(&verdict, &errors);
    let poll_after_seconds = if verdict.phase == Phase::RoutingUnconfirmed {
        // A failed lookup is worth repeating soon; Cloudflare is not waited on.
        Some(backoff_delay(0))
    } else if verdict.phase.is_in_progress() {
        Some(elapsed.map_or(backoff_delay(0), seconds_to_next_check))
    } else if verdict.phase == Phase::ActiveNeedsAttention {
        Some(MAX_DELAY)
    } else {
        None
    };
    let deadlines = deadlines(
        object,
        context,
        &host_unicode,
        hostname_class,
        ssl_class,
        created,
        expires,
        issued,
    );
    let status_text = object
        .status
        .as_ref()
        .map(|s| s.as_str())
        .or_else(|| {
            ssl.and_then(|ssl| ssl.status.as_ref())
                .map(SslStatus::as_str)
        })
        .unwrap_or_default();
    let provider_host = if host.is_empty() {
        "the hostname"
    } else {
        host
    };
    let provider_key = match verdict.phase {
        Phase::Active if dns.is_none() => "phase.active.unchecked".to_owned(),
        phase => format!("phase.{}", phase.as_str()),
    };
    let mut warnings = context.warnings.clone();
    if let Some(o) = observation {
        warnings.extend(o.warnings.iter().cloned());
    }
    Assessment {
        id: object.id.clone(),
        name: object.hostname.clone(),
        phase: verdict.phase,
        summary: customer_text(
            locale,
            &summary_key(
                &verdict,
                &errors,
                dns.is_some(),
                ssl.and_then(|s| s.method.as_ref()),
            ),
            &[("host", &host_unicode)],
        ),
        provider_summary: provider_text(
            &provider_key,
            &[("host", provider_host), ("status", status_text)],
        ),
        locale,
        ready,
        live_routing_checked: dns.as_ref().is_some_and(|d| d.routing_checked),
        actor: verdict.actor,
        hostname: hostname_track(object.status.as_ref(), hostname_errors),
        certificate: certificate_track(
            ssl.is_some(),
            ssl.and_then(|ssl| ssl.status.as_ref()),
            certificate_errors,
        ),
        steps,
        errors,
        deadlines,
        poll_after_seconds,
        refresh_recommended: verdict.refresh,
        dns,
        edge,
        warnings,
    }
}

/// The customer catalogue key of the one-line summary: the phase, refined
/// where the situation changes what the customer must hear.
fn summary_key(
    verdict: &Verdict,
    errors: &[ErrorMatch],
    observed: bool,
    method: Option<&DcvMethod>,
) -> String {
    let phase = verdict.phase.as_str();
    let refinement = match (verdict.phase, verdict.why) {
        (Phase::AwaitingCustomerDns, Why::RoutingNotLive | Why::TrafficWrong) => Some("routing"),
        (Phase::AwaitingCustomerDns, Why::CaaWrong) => Some("caa"),
        (Phase::AwaitingCustomerDns, Why::ProxiedByOwnZone) => Some("proxied"),
        (Phase::AwaitingCustomerDns, Why::DcvCustomer)
            if matches!(method, Some(DcvMethod::Email)) =>
        {
            Some("email")
        }
        (Phase::AwaitingCustomerDns, Why::CustomerError) => {
            // The customer's fix as the catalogue names it: allowing the CA
            // (CAA), or repairing the domain's DNS servers (SERVFAIL, DNSSEC).
            let fix = |step: &str| {
                errors.iter().any(|e| {
                    catalogue::entry(&e.code).and_then(|known| known.customer_step) == Some(step)
                })
            };
            if fix("allow_certificate_authority") {
                Some("caa")
            } else if fix("fix_dns_servers") {
                Some("dns_error")
            } else {
                None
            }
        }
        (Phase::VerifyingOwnership, Why::OwnershipDnsInconclusive) => Some("lookup_failed"),
        (Phase::Active, _) if !observed => Some("unchecked"),
        (Phase::RoutingUnconfirmed, Why::RoutingUnverifiable) => Some("unverifiable"),
        (Phase::RoutingUnconfirmed, Why::ProxiedByOwnZone) => Some("proxied"),
        (Phase::ActiveNeedsAttention, Why::Renewal) if verdict.actor == Actor::Customer => {
            Some("renewal")
        }
        _ => None,
    };
    match refinement {
        Some(r) => format!("summary.{phase}.{r}"),
        None => format!("summary.{phase}"),
    }
}

/// Interprets many custom hostnames with one context.
pub fn assess_many(objects: &[CustomHostname], context: &Context) -> Vec<Assessment> {
    objects
        .iter()
        .map(|object| assess(object, context))
        .collect()
}

/// The deadlines that apply (§9), soonest first (unknown times last).
#[allow(clippy::too_many_arguments)]
fn deadlines(
    object: &CustomHostname,
    context: &Context,
    host: &str,
    hostname: HostnameClass,
    ssl_class: SslClass,
    created: Option<i64>,
    expires: Option<i64>,
    issued: Option<i64>,
) -> Vec<Deadline> {
    let locale: Locale = context.locale;
    let now = context.now;
    let ssl = object.ssl.as_ref();
    let host_param = [("host", host)];
    let mut out = Vec::new();
    if matches!(
        hostname,
        HostnameClass::Pending | HostnameClass::CloudflareSide
    ) {
        let at = created.map(|created| created + VALIDATION_WINDOW);
        out.push(deadline(
            "hostname_validation_ends",
            at,
            now,
            false,
            &host_param,
            locale,
        ));
    }
    if hostname == HostnameClass::Moved {
        out.push(deadline(
            "moved_hostname_deleted",
            None,
            now,
            true,
            &host_param,
            locale,
        ));
    }
    let has_tokens = ssl.is_some_and(|ssl| {
        !ssl.validation_records.is_empty() || !ssl.dcv_delegation_records.is_empty()
    });
    let token_method = ssl
        .and_then(|ssl| ssl.method.as_ref())
        .is_some_and(|m| matches!(m, DcvMethod::Txt | DcvMethod::Http | DcvMethod::Email));
    if matches!(ssl_class, SslClass::Initializing | SslClass::Validation)
        && has_tokens
        && token_method
    {
        let ca = ssl
            .and_then(|ssl| ssl.certificate_authority.as_ref())
            .or(context.certificate_authority.as_ref());
        let (days, _) = token_lifetime_days(ca);
        let days_text = days.to_string();
        let at = created.map(|created| created + days * DAY);
        // Always estimated: the token's issue time is taken as created_at
        // (a refresh issues newer tokens), and the default CA as the
        // shortest lifetime.
        out.push(deadline(
            "dcv_token_expires",
            at,
            now,
            true,
            &[("host", host), ("days", &days_text)],
            locale,
        ));
    }
    if let Some(expires) = expires {
        out.push(deadline(
            "renewal_window_opens",
            Some(expires - renewal_window(expires, issued)),
            now,
            false,
            &host_param,
            locale,
        ));
        out.push(deadline(
            "certificate_expires",
            Some(expires),
            now,
            false,
            &host_param,
            locale,
        ));
    }
    out.sort_by_key(|d| d.at.unwrap_or(i64::MAX));
    out
}
