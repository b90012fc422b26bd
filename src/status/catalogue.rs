//! The catalogue of known Cloudflare validation messages: hostname
//! `verification_errors` (spec §7.4, docs
//! `hostname-validation/error-codes.mdx`) and certificate
//! `ssl.validation_errors` (spec §7.3, docs `dcv-troubleshooting.mdx`,
//! `status-codes/certificate-authority-specific.mdx`), plus the fallback
//! origin's DNS error (§4.4).
//!
//! Matching is case-insensitive and by substring, because the wording varies
//! (`verification` / `validation`, lower-case in API output, host names
//! embedded). Entries are tried in order and the first match wins, so more
//! specific patterns come first. A message no entry matches is kept verbatim
//! with code `unrecognised`: nothing is ever dropped.

use super::messages::{Locale, render};
use super::model::{ErrorMatch, Track};
use super::phase::Actor;

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
}

/// The catalogue, most specific first.
pub static CATALOGUE: &[KnownError] = &[
    KnownError {
        code: "fallback_origin_missing",
        actor: Actor::Provider,
        effect: Effect::ProviderBlocks,
        patterns: &[&["does not have a fallback origin"]],
        op: Some("updateFallbackOrigin"),
    },
    KnownError {
        code: "fallback_origin_not_active",
        actor: Actor::Provider,
        effect: Effect::ProviderBlocks,
        patterns: &[&["fallback origin is in a status"]],
        op: None,
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
    },
    KnownError {
        code: "held_zone",
        actor: Actor::Customer,
        effect: Effect::CustomerBlocks,
        patterns: &[&["held zone"], &["hold removed"]],
        op: None,
    },
    KnownError {
        code: "not_cname_to_zone",
        actor: Actor::Customer,
        effect: Effect::CustomerBlocks,
        patterns: &[&["does not cname to this zone"], &["not cname to"]],
        op: None,
    },
    KnownError {
        code: "a_records_not_owned",
        actor: Actor::Customer,
        effect: Effect::CustomerBlocks,
        patterns: &[&["a or aaaa records are owned"], &["a/aaaa records"]],
        op: None,
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
    },
    KnownError {
        code: "caa_servfail",
        actor: Actor::Customer,
        effect: Effect::CustomerBlocks,
        patterns: &[&["servfail", "caa"]],
        op: None,
    },
    KnownError {
        code: "dnssec_bogus",
        actor: Actor::Customer,
        effect: Effect::CustomerBlocks,
        patterns: &[&["dnssec"]],
        op: None,
    },
    KnownError {
        code: "ca_dns_servfail",
        actor: Actor::Customer,
        effect: Effect::CustomerBlocks,
        patterns: &[&["servfail"]],
        op: None,
    },
    KnownError {
        code: "caa_multi_perspective",
        actor: Actor::Customer,
        effect: Effect::CustomerBlocks,
        patterns: &[&["multiple perspective"], &["multi-perspective"]],
        op: None,
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
        ],
        op: None,
    },
    KnownError {
        code: "ca_rate_limited",
        actor: Actor::Provider,
        effect: Effect::ProviderBlocks,
        patterns: &[&["rate limit"], &["ratelimit"]],
        op: Some("edit"),
    },
    KnownError {
        code: "ca_internal_error",
        actor: Actor::Cloudflare,
        effect: Effect::Transient,
        patterns: &[&["internal error with certificate authority"]],
        op: None,
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
    },
    KnownError {
        code: "dcv_failed",
        actor: Actor::Provider,
        effect: Effect::ProviderBlocks,
        patterns: &[&["domain validation failed"]],
        op: Some("refresh"),
    },
    KnownError {
        code: "common_name_too_long",
        actor: Actor::Provider,
        effect: Effect::ProviderBlocks,
        patterns: &[&["common name being too long"], &["64 characters or fewer"]],
        op: Some("edit"),
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

/// Matches one raw message; `host` fills the `{host}` placeholders.
pub fn classify(message: &str, track: Track, host: &str, locale: Locale) -> ErrorMatch {
    let (code, actor) = match lookup(message) {
        Some(entry) => (entry.code, entry.actor),
        None => ("unrecognised", Actor::Provider),
    };
    let fallback;
    let host = if host.is_empty() {
        fallback = render(locale, "term.the_hostname", &[]);
        fallback.as_str()
    } else {
        host
    };
    let params = [("host", host), ("reason", risk_reason(message))];
    ErrorMatch {
        code: code.to_owned(),
        track,
        actor,
        cause: render(locale, &format!("error.{code}.cause"), &params),
        fix: render(locale, &format!("error.{code}.fix"), &params),
        raw: message.to_owned(),
    }
}

/// The catalogue entry for a code (`None` for `unrecognised`).
pub fn entry(code: &str) -> Option<&'static KnownError> {
    CATALOGUE.iter().find(|entry| entry.code == code)
}
