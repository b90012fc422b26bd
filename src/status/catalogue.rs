//! The catalogue of known Cloudflare validation messages: hostname
//! `verification_errors` (spec §7.4, docs
//! `hostname-validation/error-codes.mdx`) and certificate
//! `ssl.validation_errors` (spec §7.3, docs `dcv-troubleshooting.mdx`,
//! `status-codes/certificate-authority-specific.mdx`), plus the fallback
//! origin's DNS error (§4.4), and the newer CA error strings of §11.1
//! (multi-perspective CAA checks and issuance corroboration, SERVFAIL,
//! DNSSEC bogus, CA rate limits and refusals; docs
//! `ssl/edge-certificates/changing-dcv-method/troubleshooting.mdx`).
//!
//! Matching is case-insensitive and by substring, because the wording varies
//! (`verification` / `validation`, lower-case in API output, host names
//! embedded). Entries are tried in order and the first match wins, so more
//! specific patterns come first. A message no entry matches is kept verbatim
//! with code `unrecognised`: nothing is ever dropped.

use super::model::{ErrorMatch, Track};
use super::phase::Actor;
use crate::hostname::display_name;
use crate::messages::{Locale, customer, customer_text, provider_text};

/// How an error affects the merged verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// The customer's DNS must change before anything progresses.
    CustomerBlocks,
    /// Only the provider can unblock it.
    ProviderBlocks,
    /// Cloudflare or the CA retries by itself.
    Transient,
}

/// One known message.
#[derive(Debug, Clone, Copy)]
pub struct KnownError {
    /// Stable code (also the catalogue key `error.<code>.cause|fix`).
    pub code: &'static str,
    /// Who must act.
    pub actor: Actor,
    /// How it affects the verdict.
    pub effect: Effect,
    /// Alternatives; each is a list of lower-case substrings that must all occur.
    pub patterns: &'static [&'static [&'static str]],
    /// Operation tag of the API call that fixes it, if any.
    pub op: Option<&'static str>,
    /// The customer step (catalogue `step.<code>`) that fixes it, for
    /// errors the customer acts on without a record of the instructions.
    pub customer_step: Option<&'static str>,
}

/// The catalogue, most specific first.
pub static CATALOGUE: &[KnownError] = &[
    KnownError {
        code: "fallback_origin_missing",
        actor: Actor::Provider,
        effect: Effect::ProviderBlocks,
        patterns: &[&["does not have a fallback origin"]],
        op: Some("updateFallbackOrigin"),
        customer_step: None,
    },
    KnownError {
        code: "fallback_origin_not_active",
        actor: Actor::Provider,
        effect: Effect::ProviderBlocks,
        patterns: &[&["fallback origin is in a status"]],
        op: None,
        customer_step: None,
    },
    KnownError {
        code: "fallback_origin_dns",
        actor: Actor::Provider,
        effect: Effect::ProviderBlocks,
        patterns: &[
            &["origin should be a proxied"],
            &["dns records are not setup correctly"],
        ],
        op: Some("updateFallbackOrigin"),
        customer_step: None,
    },
    KnownError {
        code: "held_zone",
        actor: Actor::Customer,
        effect: Effect::CustomerBlocks,
        patterns: &[&["held zone"], &["hold removed"]],
        op: None,
        customer_step: None,
    },
    KnownError {
        code: "not_cname_to_zone",
        actor: Actor::Customer,
        effect: Effect::CustomerBlocks,
        patterns: &[&["does not cname to this zone"], &["not cname to"]],
        op: None,
        customer_step: None,
    },
    KnownError {
        code: "a_records_not_owned",
        actor: Actor::Customer,
        effect: Effect::CustomerBlocks,
        patterns: &[&["a or aaaa records are owned"], &["a/aaaa records"]],
        op: None,
        customer_step: None,
    },
    KnownError {
        code: "ownership_token_not_found",
        actor: Actor::Customer,
        effect: Effect::CustomerBlocks,
        patterns: &[
            &["ownership verification token", "not found"],
            &["ownership validation token", "not found"],
        ],
        op: None,
        customer_step: None,
    },
    KnownError {
        code: "caa_servfail",
        actor: Actor::Customer,
        effect: Effect::CustomerBlocks,
        patterns: &[&["servfail", "caa"]],
        op: None,
        customer_step: Some("fix_dns_servers"),
    },
    KnownError {
        code: "dnssec_bogus",
        actor: Actor::Customer,
        effect: Effect::CustomerBlocks,
        patterns: &[&["dnssec"]],
        op: None,
        customer_step: Some("fix_dns_servers"),
    },
    KnownError {
        code: "ca_dns_servfail",
        actor: Actor::Customer,
        effect: Effect::CustomerBlocks,
        patterns: &[&["servfail"]],
        op: None,
        customer_step: Some("fix_dns_servers"),
    },
    KnownError {
        code: "caa_multi_perspective",
        actor: Actor::Customer,
        effect: Effect::CustomerBlocks,
        patterns: &[
            &["multiple perspective", "caa"],
            &["multi-perspective", "caa"],
        ],
        op: None,
        customer_step: Some("fix_dns_servers"),
    },
    KnownError {
        code: "caa_blocked",
        actor: Actor::Customer,
        effect: Effect::CustomerBlocks,
        patterns: &[
            &["caa records block"],
            &["blocked by a caa"],
            &["caa_error"],
            &["caa error"],
            &["caa record", "prevents issuance"],
        ],
        op: None,
        customer_step: Some("allow_certificate_authority"),
    },
    KnownError {
        // Let's Encrypt's multi-perspective issuance corroboration (MPIC):
        // a remote vantage point saw another answer than the primary one.
        // After the CAA and SERVFAIL entries, which match the more
        // specific "During secondary validation: …" messages first.
        code: "mpic_corroboration_failed",
        actor: Actor::Customer,
        effect: Effect::CustomerBlocks,
        patterns: &[
            &["during secondary validation"],
            &["secondary validation failed"],
            &["corroborat"],
        ],
        op: None,
        customer_step: Some("fix_dns_servers"),
    },
    KnownError {
        code: "ca_refuses_domain",
        actor: Actor::Provider,
        effect: Effect::ProviderBlocks,
        patterns: &[&["will not issue for this domain"]],
        op: Some("edit"),
        customer_step: None,
    },
    KnownError {
        code: "ca_rate_limited",
        actor: Actor::Provider,
        effect: Effect::ProviderBlocks,
        patterns: &[&["rate limit"], &["ratelimit"]],
        op: Some("edit"),
        customer_step: None,
    },
    KnownError {
        code: "ca_internal_error",
        actor: Actor::Cloudflare,
        effect: Effect::Transient,
        patterns: &[&["internal error with certificate authority"]],
        op: None,
        customer_step: None,
    },
    KnownError {
        code: "risk_flagged",
        actor: Actor::Provider,
        effect: Effect::ProviderBlocks,
        patterns: &[
            &["reported as potential risk"],
            &["google_safe_browsing"],
            &["risky_keywords"],
            &["phishtank"],
        ],
        op: None,
        customer_step: None,
    },
    KnownError {
        code: "dcv_failed",
        actor: Actor::Provider,
        effect: Effect::ProviderBlocks,
        patterns: &[&["domain validation failed"]],
        op: Some("refresh"),
        customer_step: None,
    },
    KnownError {
        code: "common_name_too_long",
        actor: Actor::Provider,
        effect: Effect::ProviderBlocks,
        patterns: &[&["common name being too long"], &["64 characters or fewer"]],
        op: Some("edit"),
        customer_step: None,
    },
];

/// The catalogue entry matching `message`, if any.
pub fn lookup(message: &str) -> Option<&'static KnownError> {
    let lower = message.to_lowercase();
    CATALOGUE.iter().find(|entry| {
        entry
            .patterns
            .iter()
            .any(|all| all.iter().all(|needle| lower.contains(needle)))
    })
}

/// The risk source named after `potential risk:` (e.g. `google_safe_browsing`).
fn risk_reason(message: &str) -> &str {
    let lower = message.to_lowercase();
    lower
        .find("risk:")
        .and_then(|at| message.get(at + "risk:".len()..))
        .map(str::trim)
        .filter(|reason| !reason.is_empty())
        .unwrap_or("unspecified")
}

/// Matches one raw message; `host` (ASCII, as the API has it) fills the
/// `{host}` placeholders: as it is in the provider texts, in Unicode in the
/// customer text.
pub fn classify(message: &str, track: Track, host: &str, locale: Locale) -> ErrorMatch {
    let known = lookup(message);
    let (code, actor) = match known {
        Some(entry) => (entry.code, entry.actor),
        None => ("unrecognised", Actor::Provider),
    };
    let unicode = if host.is_empty() {
        customer_text(locale, "term.the_hostname", &[])
    } else {
        display_name(host)
    };
    let provider_host = if host.is_empty() {
        "the hostname"
    } else {
        host
    };
    let reason = risk_reason(message);
    let provider_params = [("host", provider_host), ("reason", reason)];
    let customer_key = format!("error.{code}");
    let customer_key = if customer::template(Locale::En, &customer_key).is_some() {
        customer_key
    } else {
        match known.map(|entry| entry.effect) {
            Some(Effect::Transient) => "error.transient".to_owned(),
            Some(_) => "error.provider_side".to_owned(),
            None => "error.unrecognised".to_owned(),
        }
    };
    ErrorMatch {
        code: code.to_owned(),
        track,
        actor,
        cause: provider_text(&format!("error.{code}.cause"), &provider_params),
        fix: provider_text(&format!("error.{code}.fix"), &provider_params),
        customer: customer_text(locale, &customer_key, &[("host", &unicode)]),
        raw: message.to_owned(),
    }
}

/// The catalogue entry for a code (`None` for `unrecognised`).
pub fn entry(code: &str) -> Option<&'static KnownError> {
    CATALOGUE.iter().find(|entry| entry.code == code)
}
