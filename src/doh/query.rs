//! Questions and the HTTP requests that carry them.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};

use super::{DohError, wire};

/// The record types the library asks about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum RecordType {
    /// IPv4 address (1).
    A,
    /// Name server (2).
    Ns,
    /// Alias (5).
    Cname,
    /// Start of authority (6).
    Soa,
    /// Text (16).
    Txt,
    /// IPv6 address (28).
    Aaaa,
    /// Certification authority authorization (257, RFC 8659).
    Caa,
}

impl RecordType {
    /// The IANA type code.
    pub fn code(self) -> u16 {
        match self {
            Self::A => 1,
            Self::Ns => 2,
            Self::Cname => 5,
            Self::Soa => 6,
            Self::Txt => 16,
            Self::Aaaa => 28,
            Self::Caa => 257,
        }
    }

    /// The type for a code, if it is one of ours.
    pub fn from_code(code: u16) -> Option<Self> {
        Some(match code {
            1 => Self::A,
            2 => Self::Ns,
            5 => Self::Cname,
            6 => Self::Soa,
            16 => Self::Txt,
            28 => Self::Aaaa,
            257 => Self::Caa,
            _ => return None,
        })
    }

    /// Mnemonic (`"TXT"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::A => "A",
            Self::Ns => "NS",
            Self::Cname => "CNAME",
            Self::Soa => "SOA",
            Self::Txt => "TXT",
            Self::Aaaa => "AAAA",
            Self::Caa => "CAA",
        }
    }
}

/// Which of the two DoH forms to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum DohFormat {
    /// RFC 8484 wire format with GET `?dns=`.
    #[default]
    WireGet,
    /// RFC 8484 wire format with POST.
    WirePost,
    /// The JSON form (`?name=&type=`, `accept: application/dns-json`).
    Json,
}

/// An HTTP request that asks one question. Any HTTP client can send it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DohRequest {
    /// `GET` or `POST`.
    pub method: &'static str,
    /// Full URL.
    pub url: String,
    /// Headers to send.
    pub headers: Vec<(&'static str, &'static str)>,
    /// Body (POST only).
    pub body: Option<Vec<u8>>,
}

/// Builds the request asking `name`/`rtype` of the resolver at `resolver`
/// (an `https://` or, for local test servers, `http://` URL).
///
/// # Errors
/// [`DohError::InvalidName`] or [`DohError::InvalidResolver`].
pub fn request(
    resolver: &str,
    name: &str,
    rtype: RecordType,
    format: DohFormat,
) -> Result<DohRequest, DohError> {
    if !(resolver.starts_with("https://") || resolver.starts_with("http://"))
        || resolver.contains(['#', ' '])
    {
        return Err(DohError::InvalidResolver(resolver.to_owned()));
    }
    let sep = if resolver.contains('?') { '&' } else { '?' };
    Ok(match format {
        DohFormat::WireGet => {
            let q = wire::encode_query(name, rtype)?;
            DohRequest {
                method: "GET",
                url: format!("{resolver}{sep}dns={}", URL_SAFE_NO_PAD.encode(q)),
                headers: vec![("accept", "application/dns-message")],
                body: None,
            }
        }
        DohFormat::WirePost => DohRequest {
            method: "POST",
            url: resolver.to_owned(),
            headers: vec![
                ("accept", "application/dns-message"),
                ("content-type", "application/dns-message"),
            ],
            body: Some(wire::encode_query(name, rtype)?),
        },
        DohFormat::Json => {
            // The name is validated by encoding it, then sent as-is: it is LDH
            // plus `_` and `*`, which need no escaping in a query string.
            wire::encode_query(name, rtype)?;
            DohRequest {
                method: "GET",
                url: format!(
                    "{resolver}{sep}name={}&type={}",
                    name.trim_end_matches('.'),
                    rtype.as_str()
                ),
                headers: vec![("accept", "application/dns-json")],
                body: None,
            }
        }
    })
}
