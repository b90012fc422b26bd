//! The take-over challenge for a contested custom hostname.
//!
//! A SaaS serves many tenants from one Cloudflare zone, and a hostname can be
//! registered there only once (spec/cloudflare-for-saas.md §3.1, error 1406).
//! When tenant B has registered `acme-corp.io` first (squatting, or a stale
//! claim), Acme must be able to prove it controls the name's DNS and take it
//! over. The proof is a TXT record that only the claimant knows:
//!
//! ```text
//! _custom-hostname-claim.acme-corp.io.  TXT  "custom-hostname-claim=<token>"
//! ```
//!
//! The token is random, generated and stored by the caller (the Worker) per
//! claim; this module checks it, builds the record name and value, the
//! [`CheckRequest`] that `checkDns` accepts to look for it, and judges the
//! observation that comes back. The owner name sits under the hostname (for
//! `*.acme-corp.io`: under `acme-corp.io`), so only someone who can write the
//! hostname's own DNS can publish it; the `_` label keeps it apart from any
//! host name (RFC 8552 underscored names), and its name differs from
//! Cloudflare's `_cf-custom-hostname` so the two proofs never collide.

use crate::error_codes::ErrorCode;
use serde::{Deserialize, Serialize};

use crate::check::{CheckRequest, ExpectedRecord};
use crate::diagnostic::Coded;
use crate::hostname::{self, Hostname, ParseOptions};
use crate::observation::{CheckStatus, DnsObservation, RecordPurpose, When};

/// The underscored label the challenge record sits under.
pub const CLAIM_LABEL: &str = "_custom-hostname-claim";
/// What the TXT value starts with (the token follows).
pub const VALUE_PREFIX: &str = "custom-hostname-claim=";
/// Shortest token accepted: 22 base64url characters carry 128 bits.
pub const MIN_TOKEN_LEN: usize = 22;
/// Longest token accepted (a TXT string holds 255 bytes).
pub const MAX_TOKEN_LEN: usize = 128;

/// What the claimant publishes, and how to look for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ClaimChallenge {
    /// The contested hostname (ASCII, `*.` kept).
    pub hostname: String,
    /// Owner name of the TXT record (ASCII, no trailing dot).
    pub record_name: String,
    /// The TXT text, unquoted.
    pub record_value: String,
    /// The request to give `checkDns` (one TXT record, no CAA check).
    pub check: CheckRequest,
}

/// Why a challenge could not be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ClaimError {
    /// The token is too short, too long, or not base64url.
    #[error(
        "the claim token must be {MIN_TOKEN_LEN} to {MAX_TOKEN_LEN} characters of A-Z, a-z, 0-9, '-' and '_'"
    )]
    InvalidToken,
    /// The hostname itself is refused.
    #[error("{0}")]
    Hostname(#[from] hostname::Error),
}

impl Coded for ClaimError {
    fn code(&self) -> &'static str {
        match self {
            Self::InvalidToken => ErrorCode::InvalidClaimToken.as_str(),
            Self::Hostname(e) => e.code(),
        }
    }
}

fn token_ok(token: &str) -> bool {
    (MIN_TOKEN_LEN..=MAX_TOKEN_LEN).contains(&token.len())
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The challenge for `hostname` (as typed or stored; parsed with the
/// library's rules) and the caller's random `token`.
pub fn challenge(hostname: &str, token: &str) -> Result<ClaimChallenge, ClaimError> {
    if !token_ok(token) {
        return Err(ClaimError::InvalidToken);
    }
    let parsed = Hostname::parse(hostname, &ParseOptions::default())?.hostname;
    let record_name = format!("{CLAIM_LABEL}.{}", parsed.base());
    let record_value = format!("{VALUE_PREFIX}{token}");
    let check = CheckRequest {
        hostname: parsed.base().to_owned(),
        zone: parsed.registrable_domain().to_owned(),
        records: vec![ExpectedRecord {
            purpose: RecordPurpose::Ownership,
            record_type: "TXT".to_owned(),
            fqdn: record_name.clone(),
            value: record_value.clone(),
            required: true,
            when: When::default(),
        }],
        certificate_authority: None,
        check_caa: false,
        locale: None,
    };
    Ok(ClaimChallenge {
        hostname: parsed.ascii().to_owned(),
        record_name,
        record_value,
        check,
    })
}

/// Whether `observation` (what `checkDns` found for `challenge.check`)
/// proves the claim: the challenge's TXT record was seen with its value.
/// A failed lookup proves nothing.
pub fn is_proven(challenge: &ClaimChallenge, observation: &DnsObservation) -> bool {
    observation.records.iter().any(|r| {
        r.fqdn.eq_ignore_ascii_case(&challenge.record_name)
            && r.record_type.eq_ignore_ascii_case("TXT")
            && r.status == CheckStatus::Ok
            && r.expected == challenge.record_value
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;
    use crate::observation::RecordCheck;

    const TOKEN: &str = "k3Jd8s-Qp_2mZx91LwT0aa";

    #[test]
    fn record_sits_under_the_hostname_and_carries_the_token() {
        let c = challenge("Shop.Acme-Corp.io", TOKEN).unwrap();
        assert_eq!(c.hostname, "shop.acme-corp.io");
        assert_eq!(c.record_name, "_custom-hostname-claim.shop.acme-corp.io");
        assert_eq!(c.record_value, format!("custom-hostname-claim={TOKEN}"));
        assert_eq!(c.check.zone, "acme-corp.io");
        assert_eq!(c.check.records.len(), 1);
        assert!(!c.check.check_caa);
    }

    #[test]
    fn a_wildcard_is_proven_at_its_base() {
        let c = challenge("*.acme-corp.io", TOKEN).unwrap();
        assert_eq!(c.hostname, "*.acme-corp.io");
        assert_eq!(c.record_name, "_custom-hostname-claim.acme-corp.io");
    }

    #[test]
    fn an_idn_is_proven_under_its_ascii_form() {
        let c = challenge("bücher.example-shop.de", TOKEN).unwrap();
        assert_eq!(
            c.record_name,
            "_custom-hostname-claim.xn--bcher-kva.example-shop.de"
        );
    }

    #[test]
    fn weak_or_odd_tokens_and_bad_hostnames_are_refused() {
        for t in [
            "short",
            "",
            &"x".repeat(129),
            "has space in it 0123456789",
            "quote\"0123456789012345678",
        ] {
            assert_eq!(
                challenge("acme-corp.io", t).unwrap_err().code(),
                "invalid_claim_token",
                "{t}"
            );
        }
        assert_eq!(
            challenge("not a host!", TOKEN).unwrap_err().code(),
            "invalid_character"
        );
    }

    fn seen(c: &ClaimChallenge, status: CheckStatus, expected: &str) -> DnsObservation {
        DnsObservation {
            records: vec![RecordCheck::new(
                RecordPurpose::Ownership,
                "TXT",
                &c.record_name,
                expected,
                status,
            )],
            ..DnsObservation::default()
        }
    }

    #[test]
    fn only_an_ok_check_of_this_very_value_proves() {
        let c = challenge("acme-corp.io", TOKEN).unwrap();
        assert!(is_proven(&c, &seen(&c, CheckStatus::Ok, &c.record_value)));
        for s in [
            CheckStatus::Missing,
            CheckStatus::WrongValue,
            CheckStatus::LookupFailed,
            CheckStatus::Conflict,
        ] {
            assert!(!is_proven(&c, &seen(&c, s, &c.record_value)), "{s:?}");
        }
        let other = challenge("acme-corp.io", "another-token-0123456789").unwrap();
        assert!(!is_proven(
            &c,
            &seen(&c, CheckStatus::Ok, &other.record_value)
        ));
        assert!(!is_proven(&c, &DnsObservation::default()));
    }
}
