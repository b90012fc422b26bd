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
//! [`messages`] catalogue. [`interpret_webhook`] reads certificate
//! notifications into the same vocabulary.

pub mod catalogue;
mod context;
mod decide;
mod dns;
mod edge;
pub mod messages;
mod model;
mod phase;
mod steps;
mod summary;
pub mod timing;
mod tracks;
mod webhook;

pub use context::{Context, ContextError, ContextInput, TimeInput, unix_seconds};
pub use edge::{EdgeFindings, EdgeObservation, EdgeObservationInput, EdgeVerdict, name_covers};
pub use model::{
    Assessment, Deadline, DnsFindings, DnsVerdict, ErrorMatch, OperationRef, RecordRef, SslPatch,
    Step, Track, TrackState,
};
pub use phase::{Actor, Phase};
pub use summary::AssessmentSummary;
pub use webhook::{WebhookAssessment, WebhookOutcome, WebhookStage, interpret_webhook};

use crate::api::{CertificateAuthority, CustomHostname, DcvMethod, SslStatus};
use crate::observation::{CheckStatus, RecordPurpose};
use catalogue::classify;
use decide::{Facts, decide};
use messages::render;
use timing::{
    DAY, MAX_DELAY, RENEWAL_WINDOW, VALIDATION_WINDOW, backoff_delay, deadline,
    seconds_to_next_check, token_lifetime_days,
};
use tracks::{
    HostnameClass, SslClass, certificate_track, hostname_class, hostname_track, ssl_class,
};

/// Interprets one custom hostname.
pub fn assess(object: &CustomHostname, context: &Context) -> Assessment {
    let locale = context.locale;
    let host = object.hostname.as_str();
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

    let dns = context
        .observation
        .as_ref()
        .map(|observation| dns::findings(observation, locale));
    let created = object
        .created_at
        .as_ref()
        .and_then(|t| t.unix_seconds().ok());
    let expires = ssl
        .and_then(|ssl| ssl.expires_on.as_ref())
        .and_then(|t| t.unix_seconds().ok());
    let hostname_class = hostname_class(object.status.as_ref());
    let ssl_class = ssl_class(ssl.is_some(), ssl.and_then(|ssl| ssl.status.as_ref()));
    let wildcard =
        object.is_wildcard_hostname() || ssl.and_then(|ssl| ssl.wildcard).unwrap_or(false);
    let elapsed = context.now.zip(created).map(|(now, created)| now - created);
    let edge = context
        .edge
        .as_ref()
        .map(|seen| edge::findings(seen, object, context.now, locale));
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
        caa_wrong: context.observation.as_ref().is_some_and(|observation| {
            observation
                .for_purpose(RecordPurpose::Caa)
                .any(|check| !matches!(check.status, CheckStatus::Ok | CheckStatus::LookupFailed))
        }),
    };
    let verdict = decide(&facts);

    let traffic_wrong = dns.as_ref().and_then(|d| d.traffic) == Some(DnsVerdict::Wrong);
    let expired_by_date = facts.expires_in.is_some_and(|left| left <= 0);
    let ready = hostname_class == HostnameClass::Active
        && matches!(ssl_class, SslClass::Active | SslClass::Expiring)
        && !traffic_wrong
        && !expired_by_date
        && edge.as_ref().is_none_or(|e| {
            !matches!(e.verdict, EdgeVerdict::NotCovering | EdgeVerdict::OutOfDate)
        });

    let steps = steps::Builder::new(object, context, wildcard).build(&verdict, &errors);
    let poll_after_seconds = if verdict.phase.is_in_progress() {
        Some(elapsed.map_or(backoff_delay(0), seconds_to_next_check))
    } else if verdict.phase == Phase::ActiveNeedsAttention {
        Some(MAX_DELAY)
    } else {
        None
    };
    let deadlines = deadlines(object, context, hostname_class, ssl_class, created, expires);
    let status_text = object
        .status
        .as_ref()
        .map(|s| s.as_str())
        .or_else(|| {
            ssl.and_then(|ssl| ssl.status.as_ref())
                .map(SslStatus::as_str)
        })
        .unwrap_or_default();
    let host_param = if host.is_empty() {
        render(locale, "term.the_hostname", &[])
    } else {
        host.to_owned()
    };
    Assessment {
        id: object.id.clone(),
        name: object.hostname.clone(),
        phase: verdict.phase,
        summary: render(
            locale,
            &format!("phase.{}", verdict.phase.as_str()),
            &[("host", &host_param), ("status", status_text)],
        ),
        ready,
        actor: verdict.actor,
        hostname: hostname_track(object.status.as_ref(), hostname_errors, locale),
        certificate: certificate_track(
            ssl.is_some(),
            ssl.and_then(|ssl| ssl.status.as_ref()),
            certificate_errors,
            locale,
        ),
        steps,
        errors,
        deadlines,
        poll_after_seconds,
        refresh_recommended: verdict.refresh,
        dns,
        edge,
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
fn deadlines(
    object: &CustomHostname,
    context: &Context,
    hostname: HostnameClass,
    ssl_class: SslClass,
    created: Option<i64>,
    expires: Option<i64>,
) -> Vec<Deadline> {
    let locale = context.locale;
    let now = context.now;
    let ssl = object.ssl.as_ref();
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
            &[],
            locale,
        ));
    }
    if hostname == HostnameClass::Moved {
        out.push(deadline(
            "moved_hostname_deleted",
            None,
            now,
            true,
            &[],
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
        let ca_name = match ca {
            Some(ca) if *ca != CertificateAuthority::Default => ca.as_str().to_owned(),
            _ => render(locale, "term.default_ca", &[]),
        };
        let days_text = days.to_string();
        let at = created.map(|created| created + days * DAY);
        // Always estimated: the token's issue time is taken as created_at
        // (a refresh issues newer tokens).
        out.push(deadline(
            "dcv_token_expires",
            at,
            now,
            true,
            &[("ca", &ca_name), ("days", &days_text)],
            locale,
        ));
    }
    if let Some(expires) = expires {
        out.push(deadline(
            "renewal_window_opens",
            Some(expires - RENEWAL_WINDOW),
            now,
            false,
            &[],
            locale,
        ));
        out.push(deadline(
            "certificate_expires",
            Some(expires),
            now,
            false,
            &[],
            locale,
        ));
    }
    out.sort_by_key(|d| d.at.unwrap_or(i64::MAX));
    out
}
