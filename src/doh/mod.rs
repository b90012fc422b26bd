//! DNS-over-HTTPS, transport-free: build the HTTP request for a question and
//! read the answer, in both forms public resolvers offer.
//!
//! - RFC 8484 wire format (`application/dns-message`), GET with `?dns=`
//!   (base64url, no padding) or POST; the DNS message is RFC 1035, encoded and
//!   decoded with the `simple-dns` crate. Message id 0, as RFC 8484 §4.1 asks
//!   of DoH clients (it keeps answers cacheable).
//! - The JSON form (`application/dns-json`, Google's and Cloudflare's shape:
//!   `Status`, `TC`, `Answer[{name, type, TTL, data}]`).
//!
//! Sending is someone else's job (the Wasm runtime uses `fetch`), so this
//! module is pure and tested natively.

mod answer;
mod json;
mod query;
mod wire;

pub use answer::{DnsAnswer, Rcode, RecordData, ResourceRecord};
pub use json::parse_json;
pub use query::{DohFormat, DohRequest, RecordType, request};
pub use wire::{encode_query, parse_wire};

use crate::diagnostic::Coded;
use crate::error_codes::ErrorCode;

/// Largest DoH response read (a DNS message is at most 64 KiB).
pub const MAX_RESPONSE_BYTES: usize = 65_535;

/// A question could not be asked or an answer could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DohError {
    /// The name cannot be put in a DNS question.
    #[error("`{0}` cannot be asked in DNS")]
    InvalidName(String),
    /// The answer is not a DNS message (or not the JSON form).
    #[error("the resolver's answer could not be read: {0}")]
    Malformed(String),
    /// The answer is larger than a DNS message can be.
    #[error("the resolver's answer is {0} bytes, more than a DNS message can hold")]
    TooLarge(usize),
    /// The resolver URL is not an http(s) URL.
    #[error("`{0}` is not an http(s) resolver URL")]
    InvalidResolver(String),
}

impl Coded for DohError {
    fn code(&self) -> &'static str {
        match self {
            Self::InvalidName(_) => ErrorCode::DohInvalidName.as_str(),
            Self::Malformed(_) => ErrorCode::DohMalformedAnswer.as_str(),
            Self::TooLarge(_) => ErrorCode::DohAnswerTooLarge.as_str(),
            Self::InvalidResolver(_) => ErrorCode::DohInvalidResolver.as_str(),
        }
    }
}
