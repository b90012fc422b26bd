//! The simulated public DNS: a flat store of records (the whole "internet"
//! the simulator knows), edited through the admin API and read by the
//! lifecycle checks and the DoH endpoint.
//!
//! Records use presentation-format values (RFC 1035 §5.1): `A 192.0.2.1`,
//! `CNAME target.example.`, `TXT` one or several character-strings,
//! `CAA 0 issue "letsencrypt.org"` (RFC 8659 §4.1), `SOA mname rname serial
//! refresh retry expire minimum`, `NS`, `MX pref host`.

pub mod resolve;
pub mod wire;

use std::collections::BTreeMap;
use std::net::{Ipv4Addr, Ipv6Addr};

use serde::{Deserialize, Serialize};

pub use resolve::{Rcode, Resolution, resolve};

/// Default TTL for records added without one.
pub const DEFAULT_TTL: u32 = 300;

/// Lower-case a DNS name and drop one trailing dot.
pub fn normalize(name: &str) -> String {
    let n = name.trim().to_ascii_lowercase();
    n.strip_suffix('.').map(str::to_string).unwrap_or(n)
}

/// The data of one record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "data")]
pub enum RecData {
    /// IPv4 address.
    A(Ipv4Addr),
    /// IPv6 address.
    #[serde(rename = "AAAA")]
    Aaaa(Ipv6Addr),
    /// Alias (normalized target name).
    #[serde(rename = "CNAME")]
    Cname(String),
    /// Name server.
    #[serde(rename = "NS")]
    Ns(String),
    /// Mail exchanger.
    #[serde(rename = "MX")]
    Mx(u16, String),
    /// One record with one or more character-strings.
    #[serde(rename = "TXT")]
    Txt(Vec<String>),
    /// Certification Authority Authorization (RFC 8659).
    #[serde(rename = "CAA")]
    Caa {
        /// Flags (128 = issuer critical).
        flags: u8,
        /// Property tag (`issue`, `issuewild`, `iodef`, ...).
        tag: String,
        /// Property value (without quotes).
        value: String,
    },
    /// Start of authority.
    #[serde(rename = "SOA")]
    Soa {
        /// Primary name server.
        mname: String,
        /// Responsible mailbox.
        rname: String,
        /// Serial.
        serial: u32,
        /// Refresh.
        refresh: i32,
        /// Retry.
        retry: i32,
        /// Expire.
        expire: i32,
        /// Negative-caching TTL.
        minimum: u32,
    },
}

/// Error when a record given to the admin API cannot be parsed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RecordError {
    /// The type is not one the simulator serves.
    #[error("unsupported record type {0:?} (A, AAAA, CNAME, NS, MX, TXT, CAA, SOA)")]
    UnsupportedType(String),
    /// The value does not parse for that type.
    #[error("invalid {rtype} value {value:?}: {why}")]
    BadValue {
        /// Record type.
        rtype: String,
        /// Value given.
        value: String,
        /// Reason.
        why: String,
    },
    /// A CNAME cannot coexist with other data at the same name (RFC 1034 §3.6.2).
    #[error("{0}: a CNAME cannot coexist with other records at the same name")]
    CnameConflict(String),
    /// The name is not a DNS name.
    #[error("invalid DNS name {0:?}")]
    BadName(String),
}

impl RecData {
    /// Record type mnemonic.
    pub fn rtype(&self) -> &'static str {
        match self {
            RecData::A(_) => "A",
            RecData::Aaaa(_) => "AAAA",
            RecData::Cname(_) => "CNAME",
            RecData::Ns(_) => "NS",
            RecData::Mx(..) => "MX",
            RecData::Txt(_) => "TXT",
            RecData::Caa { .. } => "CAA",
            RecData::Soa { .. } => "SOA",
        }
    }

    /// Parse an admin API value. `value` is a JSON string, or for TXT an array
    /// of strings (several character-strings in one record).
    pub fn parse(rtype: &str, value: &serde_json::Value) -> Result<RecData, RecordError> {
        let rtype_u = rtype.trim().to_ascii_uppercase();
        let bad = |why: &str| RecordError::BadValue {
            rtype: rtype_u.clone(),
            value: value.to_string(),
            why: why.to_string(),
        };
        if rtype_u == "TXT" {
            return match value {
                serde_json::Value::String(s) => Ok(RecData::Txt(split_255(s))),
                serde_json::Value::Array(items) => {
                    let mut out = Vec::new();
                    for i in items {
                        let s = i
                            .as_str()
                            .ok_or_else(|| bad("TXT array items must be strings"))?;
                        out.push(s.to_string());
                    }
                    if out.is_empty() || out.iter().any(|s| s.len() > 255) {
                        return Err(bad("1..n strings of at most 255 bytes"));
                    }
                    Ok(RecData::Txt(out))
                }
                _ => Err(bad("expected a string or an array of strings")),
            };
        }
        let s = value
            .as_str()
            .ok_or_else(|| bad("expected a string"))?
            .trim();
        match rtype_u.as_str() {
            "A" => s
                .parse()
                .map(RecData::A)
                .map_err(|_| bad("not an IPv4 address")),
            "AAAA" => s
                .parse()
                .map(RecData::Aaaa)
                .map_err(|_| bad("not an IPv6 address")),
            "CNAME" => Ok(RecData::Cname(
                valid_name(s).map_err(|_| bad("not a DNS name"))?,
            )),
            "NS" => Ok(RecData::Ns(
                valid_name(s).map_err(|_| bad("not a DNS name"))?,
            )),
            "MX" => {
                let mut it = s.split_whitespace();
                let pref = it
                    .next()
                    .and_then(|p| p.parse().ok())
                    .ok_or_else(|| bad("expected `preference host`"))?;
                let host = it.next().ok_or_else(|| bad("expected `preference host`"))?;
                Ok(RecData::Mx(
                    pref,
                    valid_name(host).map_err(|_| bad("not a DNS name"))?,
                ))
            }
            "CAA" => parse_caa(s).ok_or_else(|| {
                bad("expected `flags tag \"value\"`, e.g. 0 issue \"letsencrypt.org\"")
            }),
            "SOA" => {
                let f: Vec<&str> = s.split_whitespace().collect();
                let num = |i: usize| f.get(i).and_then(|x| x.parse::<i64>().ok());
                match (f.first(), f.get(1), num(2), num(3), num(4), num(5), num(6)) {
                    (
                        Some(m),
                        Some(r),
                        Some(serial),
                        Some(refresh),
                        Some(retry),
                        Some(expire),
                        Some(min),
                    ) => Ok(RecData::Soa {
                        mname: valid_name(m).map_err(|_| bad("bad mname"))?,
                        rname: valid_name(r).map_err(|_| bad("bad rname"))?,
                        serial: u32::try_from(serial).map_err(|_| bad("serial"))?,
                        refresh: i32::try_from(refresh).map_err(|_| bad("refresh"))?,
                        retry: i32::try_from(retry).map_err(|_| bad("retry"))?,
                        expire: i32::try_from(expire).map_err(|_| bad("expire"))?,
                        minimum: u32::try_from(min).map_err(|_| bad("minimum"))?,
                    }),
                    _ => Err(bad(
                        "expected `mname rname serial refresh retry expire minimum`",
                    )),
                }
            }
            other => Err(RecordError::UnsupportedType(other.to_string())),
        }
    }

    /// Presentation form as used in DoH JSON `data` (names absolute, TXT quoted).
    pub fn presentation(&self) -> String {
        match self {
            RecData::A(a) => a.to_string(),
            RecData::Aaaa(a) => a.to_string(),
            RecData::Cname(n) | RecData::Ns(n) => format!("{n}."),
            RecData::Mx(p, n) => format!("{p} {n}."),
            RecData::Txt(parts) => parts.iter().map(|p| quote(p)).collect::<Vec<_>>().join(" "),
            RecData::Caa { flags, tag, value } => format!("{flags} {tag} {}", quote(value)),
            RecData::Soa {
                mname,
                rname,
                serial,
                refresh,
                retry,
                expire,
                minimum,
            } => {
                format!("{mname}. {rname}. {serial} {refresh} {retry} {expire} {minimum}")
            }
        }
    }
}

fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        if c == '"' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// Split a long TXT value into 255-byte character-strings (RFC 1035 §3.3.14),
/// at char boundaries.
fn split_255(s: &str) -> Vec<String> {
    if s.is_empty() {
        return vec![String::new()];
    }
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in s.chars() {
        if cur.len() + c.len_utf8() > 255 {
            out.push(std::mem::take(&mut cur));
        }
        cur.push(c);
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn parse_caa(s: &str) -> Option<RecData> {
    let mut it = s.splitn(3, char::is_whitespace);
    let flags: u8 = it.next()?.parse().ok()?;
    let tag = it.next()?.trim().to_ascii_lowercase();
    if tag.is_empty() || !tag.chars().all(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let raw = it.next()?.trim();
    let value = raw
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .unwrap_or(raw)
        .to_string();
    Some(RecData::Caa { flags, tag, value })
}

/// Validate and normalize a DNS name (labels 1..63 bytes, total ≤ 253).
pub fn valid_name(s: &str) -> Result<String, RecordError> {
    let n = normalize(s);
    let ok = !n.is_empty()
        && n.len() <= 253
        && n.split('.').all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && l.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'*')
        });
    if ok {
        Ok(n)
    } else {
        Err(RecordError::BadName(s.to_string()))
    }
}

/// One stored record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rec {
    /// TTL in seconds.
    pub ttl: u32,
    /// Type and data.
    #[serde(flatten)]
    pub data: RecData,
}

/// All records, by normalized owner name.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct DnsStore {
    records: BTreeMap<String, Vec<Rec>>,
}

impl DnsStore {
    /// Add one record (idempotent for an identical record: the TTL is updated).
    pub fn add(&mut self, name: &str, rec: Rec) -> Result<(), RecordError> {
        let name = valid_name(name)?;
        let list = self.records.entry(name.clone()).or_default();
        let is_cname = matches!(rec.data, RecData::Cname(_));
        let has_cname = list.iter().any(|r| matches!(r.data, RecData::Cname(_)));
        if (is_cname && list.iter().any(|r| r.data != rec.data)) || (!is_cname && has_cname) {
            if list.is_empty() {
                self.records.remove(&name);
            }
            return Err(RecordError::CnameConflict(name));
        }
        if let Some(existing) = list.iter_mut().find(|r| r.data == rec.data) {
            existing.ttl = rec.ttl;
        } else {
            list.push(rec);
        }
        Ok(())
    }

    /// Remove records at `name`: of type `rtype` (all of that type when `data`
    /// is `None`, else the one equal to `data`). Returns how many were removed.
    pub fn remove(&mut self, name: &str, rtype: &str, data: Option<&RecData>) -> usize {
        let name = normalize(name);
        let rtype = rtype.to_ascii_uppercase();
        let Some(list) = self.records.get_mut(&name) else {
            return 0;
        };
        let before = list.len();
        list.retain(|r| !(r.data.rtype() == rtype && data.is_none_or(|d| *d == r.data)));
        let removed = before - list.len();
        if list.is_empty() {
            self.records.remove(&name);
        }
        removed
    }

    /// Records at exactly `name`.
    pub fn at(&self, name: &str) -> &[Rec] {
        self.records.get(name).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Whether some record exists strictly below `name` (empty non-terminal).
    pub fn has_descendant(&self, name: &str) -> bool {
        let suffix = format!(".{name}");
        self.records.keys().any(|k| k.ends_with(&suffix))
    }

    /// Every record, for listing.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Rec)> {
        self.records
            .iter()
            .flat_map(|(n, l)| l.iter().map(move |r| (n, r)))
    }
}
