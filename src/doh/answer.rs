//! A resolver's answer, decoded into owned data whatever form it came in.

use std::net::{Ipv4Addr, Ipv6Addr};

use serde::{Deserialize, Serialize};

use super::RecordType;

/// Response code (RFC 1035 §4.1.1, RFC 6895).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rcode {
    /// NOERROR (0).
    NoError,
    /// SERVFAIL (2): the resolver could not get an answer (DNSSEC failure, unreachable servers).
    ServFail,
    /// NXDOMAIN (3): the name does not exist.
    NxDomain,
    /// REFUSED (5).
    Refused,
    /// Any other code.
    Other(u16),
}

impl Rcode {
    /// From the numeric code.
    pub fn from_code(code: u16) -> Self {
        match code {
            0 => Self::NoError,
            2 => Self::ServFail,
            3 => Self::NxDomain,
            5 => Self::Refused,
            other => Self::Other(other),
        }
    }

    /// Whether the answer is authoritative about existence (NOERROR or NXDOMAIN).
    pub fn is_definitive(self) -> bool {
        matches!(self, Self::NoError | Self::NxDomain)
    }
}

/// Record data the library understands; other types are kept as text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RecordData {
    /// IPv4 address.
    A(Ipv4Addr),
    /// IPv6 address.
    Aaaa(Ipv6Addr),
    /// Alias target (lower case, no trailing dot).
    Cname(String),
    /// Name server (lower case, no trailing dot).
    Ns(String),
    /// TXT character-strings, in order (RFC 1035 §3.3.14). Their concatenation is the value.
    Txt(Vec<String>),
    /// CAA (RFC 8659 §4.1).
    Caa {
        /// Flags octet (128 = issuer critical).
        flags: u8,
        /// Property tag, lower case (`issue`, `issuewild`, `iodef`).
        tag: String,
        /// Property value.
        value: String,
    },
    /// SOA: only the primary name server is kept.
    Soa(String),
    /// Any other type, in presentation form when known.
    Other(String),
}

impl RecordData {
    /// Presentation form, as `dig` would print it (TXT unquoted and joined).
    pub fn to_presentation(&self) -> String {
        match self {
            Self::A(ip) => ip.to_string(),
            Self::Aaaa(ip) => ip.to_string(),
            Self::Cname(n) | Self::Ns(n) | Self::Soa(n) => n.clone(),
            Self::Txt(parts) => parts.concat(),
            Self::Caa { flags, tag, value } => format!("{flags} {tag} \"{value}\""),
            Self::Other(s) => s.clone(),
        }
    }
}

/// One resource record of an answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResourceRecord {
    /// Owner name, lower case, no trailing dot.
    pub name: String,
    /// Type code.
    pub rtype: u16,
    /// Time to live, seconds.
    pub ttl: u32,
    /// The data.
    pub data: RecordData,
}

impl ResourceRecord {
    /// The type, if one of ours.
    pub fn record_type(&self) -> Option<RecordType> {
        RecordType::from_code(self.rtype)
    }
}

/// A decoded answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DnsAnswer {
    /// Response code.
    pub rcode: Rcode,
    /// The TC bit: the answer was cut.
    pub truncated: bool,
    /// The answer section (CNAME chain included, in order).
    pub answers: Vec<ResourceRecord>,
    /// The authority section (SOA for NXDOMAIN / no data).
    pub authority: Vec<ResourceRecord>,
}

impl DnsAnswer {
    /// Records of the answer section of type `t` owned by `name`.
    pub fn records_at<'a>(
        &'a self,
        name: &'a str,
        t: RecordType,
    ) -> impl Iterator<Item = &'a ResourceRecord> {
        self.answers
            .iter()
            .filter(move |r| r.rtype == t.code() && r.name.eq_ignore_ascii_case(name))
    }

    /// Follows the CNAME chain from `name` in the answer section; returns
    /// the names visited after `name`, in order (bounded against loops).
    pub fn cname_chain(&self, name: &str) -> Vec<String> {
        let mut chain = Vec::new();
        let mut current = normalize(name);
        for _ in 0..16 {
            let next = self.answers.iter().find_map(|r| match &r.data {
                RecordData::Cname(target) if r.name == current => Some(target.clone()),
                _ => None,
            });
            match next {
                Some(t) if !chain.contains(&t) => {
                    chain.push(t.clone());
                    current = t;
                }
                _ => break,
            }
        }
        chain
    }
}

/// Lower case, no trailing dot.
pub(crate) fn normalize(name: &str) -> String {
    name.trim_end_matches('.').to_ascii_lowercase()
}
