//! What the caller knows besides the custom hostname object: the current
//! time (an input, never read from a clock), the provider's CNAME target, a
//! live DNS observation and the provider's certificate authority.

use crate::error_codes::ErrorCode;
use serde::{Deserialize, Serialize};

use super::edge::{EdgeObservation, EdgeObservationInput};
use crate::api::{CertificateAuthority, TimestampError, rfc3339_to_unix_seconds};
use crate::diagnostic::Warning;
use crate::messages::Locale;
use crate::observation::DnsObservation;

/// The interpreter's inputs besides the object (all optional).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Context {
    /// Current time, Unix seconds: enables deadlines' `secondsLeft`, the
    /// renewal window check and back-off based polling.
    pub now: Option<i64>,
    /// The provider's CNAME target (e.g. `customers.saasprovider.com`, §8.1).
    pub cname_target: Option<String>,
    /// A live look at the customer's DNS.
    pub observation: Option<DnsObservation>,
    /// The CA the provider orders with, when the object does not say (§10).
    pub certificate_authority: Option<CertificateAuthority>,
    /// What a TLS handshake at the edge saw (`edge.rs`).
    pub edge: Option<EdgeObservation>,
    /// Language of the customer text.
    pub locale: Locale,
    /// Remarks about the context itself (an unknown locale).
    pub warnings: Vec<Warning>,
}

/// `now` as JS passes it: Unix seconds or an RFC 3339 string.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(untagged)]
pub enum TimeInput {
    /// Unix seconds (fractions allowed, truncated).
    Seconds(f64),
    /// RFC 3339, e.g. `2026-11-27T06:00:00Z`.
    Text(String),
}

/// [`Context`] as it arrives from JSON/JS (camelCase, all optional).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct ContextInput {
    /// Unix seconds or RFC 3339.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub now: Option<TimeInput>,
    /// The provider's CNAME target.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub cname_target: Option<String>,
    /// A live DNS observation (the runtime's `checkDns` result).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub observation: Option<DnsObservation>,
    /// `google`, `lets_encrypt`, `ssl_com`, `digicert` or `""`.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub certificate_authority: Option<String>,
    /// What a TLS handshake with SNI = the hostname saw at the edge.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub edge: Option<EdgeObservationInput>,
    /// Language of the customer text: `en` (default), `de`, `fr`, `es`,
    /// `ja`, `pt-BR` (any BCP 47 tag; an unknown one gives English and a
    /// warning).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub locale: Option<String>,
}

/// A context that cannot be used.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum ContextError {
    /// `now` is a string but not RFC 3339.
    #[error("context.now: {0}")]
    InvalidTime(#[from] TimestampError),
    /// `now` is a number that is not a finite time.
    #[error("context.now: {0} is not a finite number of Unix seconds")]
    TimeOutOfRange(f64),
}

impl crate::diagnostic::Coded for ContextError {
    fn code(&self) -> &'static str {
        match self {
            Self::InvalidTime(_) => ErrorCode::InvalidTimestamp.as_str(),
            Self::TimeOutOfRange(_) => ErrorCode::InvalidTime.as_str(),
        }
    }
}

/// Unix seconds from a [`TimeInput`].
pub fn unix_seconds(input: &TimeInput) -> Result<i64, ContextError> {
    match input {
        TimeInput::Text(text) => Ok(rfc3339_to_unix_seconds(text)?),
        TimeInput::Seconds(value) => {
            // ±1e15 s is far beyond any real date and well inside i64.
            if value.is_finite() && value.abs() < 1e15 {
                #[allow(clippy::cast_possible_truncation)]
                // Finite and bounded just above.
                Ok(value.floor() as i64)
            } else {
                Err(ContextError::TimeOutOfRange(*value))
            }
        }
    }
}

impl TryFrom<ContextInput> for Context {
    type Error = ContextError;

    fn try_from(input: ContextInput) -> Result<Self, Self::Error> {
        let (locale, warning) = Locale::negotiate(input.locale.as_deref());
        Ok(Self {
            now: input.now.as_ref().map(unix_seconds).transpose()?,
            cname_target: input.cname_target.filter(|target| !target.is_empty()),
            observation: input.observation,
            certificate_authority: input
                .certificate_authority
                .as_deref()
                .map(CertificateAuthority::from_wire),
            edge: input.edge.map(EdgeObservation::try_from).transpose()?,
            locale,
            warnings: warning.into_iter().collect(),
        })
    }
}
