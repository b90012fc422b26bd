//! RFC 3339 timestamps as Cloudflare sends them (`created_at`,
//! `uploaded_on`, `expires_on`, `updated_at`: spec §4.1, §4.2, §4.4), e.g.
//! `2020-02-06T18:11:23.531995Z`.
//!
//! Timestamps are kept as the original string (nothing is lost when a
//! response is re-serialized) and parsed on demand. Parsing uses the `time`
//! crate (well kept, `no_std`-friendly, already pulled in by `x509-parser`)
//! with its well-known RFC 3339 parser.

use crate::error_codes::ErrorCode;
use std::fmt;

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// A timestamp string that failed RFC 3339 parsing.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{value:?} is not an RFC 3339 timestamp: {reason}")]
pub struct TimestampError {
    /// The input, verbatim.
    pub value: String,
    /// Why the parser refused it.
    pub reason: String,
}

impl crate::diagnostic::Coded for TimestampError {
    fn code(&self) -> &'static str {
        ErrorCode::InvalidTimestamp.as_str()
    }
}

fn parse(value: &str) -> Result<OffsetDateTime, TimestampError> {
    OffsetDateTime::parse(value.trim(), &Rfc3339).map_err(|error| TimestampError {
        value: value.to_owned(),
        reason: error.to_string(),
    })
}

/// Parses an RFC 3339 timestamp into whole seconds since the Unix epoch
/// (fractions are truncated toward negative infinity, offsets applied).
pub fn rfc3339_to_unix_seconds(value: &str) -> Result<i64, TimestampError> {
    parse(value).map(OffsetDateTime::unix_timestamp)
}

/// Parses an RFC 3339 timestamp into milliseconds since the Unix epoch
/// (the unit of JavaScript's `Date`).
pub fn rfc3339_to_unix_millis(value: &str) -> Result<i64, TimestampError> {
    let nanos = parse(value)?.unix_timestamp_nanos();
    i64::try_from(nanos.div_euclid(1_000_000)).map_err(|_| TimestampError {
        value: value.to_owned(),
        reason: "out of range".to_owned(),
    })
}

/// A timestamp exactly as received, parsed on demand.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(transparent)]
pub struct Timestamp(pub String);

impl Timestamp {
    /// The original string.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Seconds since the Unix epoch, see [`rfc3339_to_unix_seconds`].
    pub fn unix_seconds(&self) -> Result<i64, TimestampError> {
        rfc3339_to_unix_seconds(&self.0)
    }

    /// Milliseconds since the Unix epoch, see [`rfc3339_to_unix_millis`].
    pub fn unix_millis(&self) -> Result<i64, TimestampError> {
        rfc3339_to_unix_millis(&self.0)
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
