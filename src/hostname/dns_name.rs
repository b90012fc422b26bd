//! Names of DNS records, which are not hostnames.
//!
//! A record owner name such as `_acme-challenge.app.example.com` or
//! `_cf-custom-hostname.app.example.com` may hold underscores (RFC 8552
//! attribute leaves) and a leading `*` label, and is written relative to a
//! zone in DNS provider forms and zone files (`@` for the apex, RFC 1035 §5.1).
//! Following addr's split between `Name` and `dns::Name`, it is its own type.
//! Input must already be ASCII (IDN is handled by [`super::Hostname`]).

use crate::error_codes::ErrorCode;
use std::fmt;

use super::Hostname;
use super::rules::{MAX_LABEL_LEN, MAX_NAME_LEN};
use crate::diagnostic::Coded;

/// A record owner name: lower-case ASCII labels of letters, digits, `-` and
/// `_` (and `*` as a whole leftmost label), no trailing dot.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DnsName(String);

/// Why a string is not a record owner name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DnsNameError {
    /// Empty name.
    #[error("the record name is empty")]
    Empty,
    /// Longer than 253 characters.
    #[error("the record name `{0}` is longer than 253 characters")]
    TooLong(String),
    /// An empty label (two dots in a row).
    #[error("the record name `{0}` has an empty label")]
    EmptyLabel(String),
    /// A label over 63 characters.
    #[error("label `{0}` is longer than 63 characters")]
    LabelTooLong(String),
    /// A character outside letters, digits, `-`, `_`.
    #[error("character `{character}` is not allowed in record name label `{label}`")]
    InvalidCharacter {
        /// The character (shown escaped when invisible).
        character: char,
        /// The label.
        label: String,
    },
}

impl Coded for DnsNameError {
    fn code(&self) -> &'static str {
        match self {
            Self::Empty => ErrorCode::EmptyRecordName.as_str(),
            Self::TooLong(_) => ErrorCode::RecordNameTooLong.as_str(),
            Self::EmptyLabel(_) => ErrorCode::EmptyRecordLabel.as_str(),
            Self::LabelTooLong(_) => ErrorCode::RecordLabelTooLong.as_str(),
            Self::InvalidCharacter { .. } => ErrorCode::InvalidRecordNameCharacter.as_str(),
        }
    }
}

impl DnsName {
    /// Parses an ASCII owner name; one trailing dot is accepted and dropped,
    /// upper case is lowered.
    ///
    /// # Errors
    /// A [`DnsNameError`] naming the offending label or character.
    pub fn parse(name: &str) -> Result<Self, DnsNameError> {
        let name = name.strip_suffix('.').unwrap_or(name);
        if name.is_empty() {
            return Err(DnsNameError::Empty);
        }
        if name.len() > MAX_NAME_LEN {
            return Err(DnsNameError::TooLong(name.to_owned()));
        }
        for (i, label) in name.split('.').enumerate() {
            if label.is_empty() {
                return Err(DnsNameError::EmptyLabel(name.to_owned()));
            }
            if label.len() > MAX_LABEL_LEN {
                return Err(DnsNameError::LabelTooLong(label.to_owned()));
            }
            if i == 0 && label == "*" {
                continue;
            }
            if let Some(c) = label
                .chars()
                .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
            {
                return Err(DnsNameError::InvalidCharacter {
                    character: c,
                    label: label.to_owned(),
                });
            }
        }
        Ok(Self(name.to_ascii_lowercase()))
    }

    /// The record name of a hostname (its ASCII form).
    pub fn from_hostname(hostname: &Hostname) -> Self {
        Self(hostname.ascii().to_owned())
    }

    /// `label.self`, e.g. `_acme-challenge.app.example.com`.
    ///
    /// # Errors
    /// When the label is invalid or the result is too long.
    pub fn child(&self, label: &str) -> Result<Self, DnsNameError> {
        Self::parse(&format!("{label}.{}", self.0))
    }

    /// The name without trailing dot.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The absolute form with the root dot, as zone files and `dig` print it.
    pub fn fqdn(&self) -> String {
        format!("{}.", self.0)
    }

    /// Whether the name is `zone` or below it.
    pub fn is_within(&self, zone: &DnsName) -> bool {
        self.0 == zone.0
            || self
                .0
                .strip_suffix(&zone.0)
                .is_some_and(|rest| rest.ends_with('.'))
    }

    /// The name relative to `zone`: `@` at the apex, `app` for
    /// `app.example.com` in `example.com`; `None` when outside the zone.
    pub fn relative_to(&self, zone: &DnsName) -> Option<String> {
        if self.0 == zone.0 {
            return Some("@".to_owned());
        }
        let rest = self.0.strip_suffix(&zone.0)?;
        rest.strip_suffix('.').map(str::to_owned)
    }

    /// Labels from left to right.
    pub fn labels(&self) -> impl Iterator<Item = &str> {
        self.0.split('.')
    }

    /// The parent name, or `None` for a single label.
    pub fn parent(&self) -> Option<DnsName> {
        self.0.split_once('.').map(|(_, p)| Self(p.to_owned()))
    }
}

impl fmt::Display for DnsName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for DnsName {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn record_names() {
        let zone = DnsName::parse("Example.COM.").unwrap();
        assert_eq!(zone.as_str(), "example.com");
        let host = DnsName::parse("app.example.com").unwrap();
        let acme = host.child("_acme-challenge").unwrap();
        assert_eq!(acme.as_str(), "_acme-challenge.app.example.com");
        assert_eq!(acme.relative_to(&zone).unwrap(), "_acme-challenge.app");
        assert_eq!(zone.relative_to(&zone).unwrap(), "@");
        assert_eq!(
            DnsName::parse("notexample.com").unwrap().relative_to(&zone),
            None
        );
        assert!(acme.is_within(&zone));
        assert_eq!(acme.fqdn(), "_acme-challenge.app.example.com.");
        assert_eq!(
            DnsName::parse("a b.com").unwrap_err().code(),
            "invalid_record_name_character"
        );
        assert_eq!(
            DnsName::parse("a.*.com").unwrap_err().code(),
            "invalid_record_name_character"
        );
        assert!(DnsName::parse("*.example.com").is_ok());
    }
}
