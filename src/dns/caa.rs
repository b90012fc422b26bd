//! CAA (spec §8.7, RFC 8659): the first level at or above the hostname that
//! has CAA records decides which CAs may issue. With DNS evidence, add the
//! CA's `issue` (and `issuewild`) records there only when they are missing;
//! without evidence, give them as a conditional note at the zone apex.

use super::build::{Builder, Phase};
use super::model::{DnsRecordType, When};
use super::request::DnsRequest;
use crate::api::CertificateAuthority;
use crate::diagnostic::Warning;
use crate::hostname::{DnsName, display_name};
use crate::observation::RecordPurpose;

/// The CAA issuer domain and the value Cloudflare documents for each CA
/// (spec §8.7 table).
fn issuers(ca: &CertificateAuthority) -> Vec<(&'static str, &'static str)> {
    const GOOGLE: (&str, &str) = ("pki.goog", "pki.goog; cansignhttpexchanges=yes");
    const LETS_ENCRYPT: (&str, &str) = ("letsencrypt.org", "letsencrypt.org");
    const SSL_COM: (&str, &str) = ("ssl.com", "ssl.com");
    const DIGICERT: (&str, &str) = ("digicert.com", "digicert.com; cansignhttpexchanges=yes");
    match ca {
        CertificateAuthority::Google => vec![GOOGLE],
        CertificateAuthority::LetsEncrypt => vec![LETS_ENCRYPT],
        CertificateAuthority::SslCom => vec![SSL_COM],
        CertificateAuthority::Digicert => vec![DIGICERT],
        // Default CA (or one this library does not know): Cloudflare picks
        // among the three, so allow all three (spec §8.7).
        _ => vec![GOOGLE, LETS_ENCRYPT, SSL_COM],
    }
}

/// A parsed CAA value: flags, tag, issuer domain (value up to `;`).
fn parse_caa(value: &str) -> Option<(String, String)> {
    let mut parts = value.trim().splitn(3, char::is_whitespace);
    let _flags = parts.next()?;
    let tag = parts.next()?.to_ascii_lowercase();
    let raw = parts.next()?.trim();
    let unquoted = raw
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .unwrap_or(raw);
    let domain = unquoted
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    Some((tag, domain))
}

impl Builder<'_> {
    /// Adds CAA steps.
    pub(crate) fn caa(&mut self, request: &DnsRequest) {
        let ca = request
            .certificate_authority
            .clone()
            .or_else(|| {
                self.custom
                    .as_ref()
                    .and_then(|c| c.ssl.as_ref())
                    .and_then(|s| s.certificate_authority.clone())
            })
            .unwrap_or(CertificateAuthority::Default);
        if ca.is_known() && ca != CertificateAuthority::Default {
            self.certificate_authority = Some(ca.as_str().to_owned());
        }
        if ca == CertificateAuthority::Google && self.host.ascii().contains("xn--") {
            self.warnings.push(Warning::new(
                "google_idn_unsupported",
                format!(
                    "Google Trust Services does not issue for internationalized names such as {}: choose Let's Encrypt or SSL.com (spec §10)",
                    self.host.unicode()
                ),
            ));
        }
        let wildcard = self.host.is_wildcard()
            || self
                .custom
                .as_ref()
                .and_then(|c| c.ssl.as_ref())
                .and_then(|s| s.wildcard)
                == Some(true);
        let needed = issuers(&ca);
        let Some(level) = self.caa_level() else {
            // Without evidence, conditional CAA records, until the
            // certificate is issued (nothing blocked it then).
            if self.existing.is_none() && !self.issued {
                let zone = self.zone.clone();
                self.add_caa(&zone, &needed, wildcard, false);
            }
            return;
        };
        let found: Vec<(String, String)> = self
            .existing_at(&level)
            .unwrap_or_default()
            .iter()
            .filter(|r| r.record_type.eq_ignore_ascii_case("CAA"))
            .filter_map(|r| parse_caa(&r.value))
            .collect();
        let allows = |tag: &str, domain: &str| found.iter().any(|(t, d)| t == tag && d == domain);
        let has_issuewild = found.iter().any(|(t, _)| t == "issuewild");
        let allowed = |domain: &str| {
            allows("issue", domain) && (!wildcard || !has_issuewild || allows("issuewild", domain))
        };
        // Default CA: one allowed issuer is enough for Cloudflare to pick it.
        let blocked = if ca.is_known() && ca != CertificateAuthority::Default {
            needed.iter().any(|(domain, _)| !allowed(domain))
        } else {
            !needed.iter().any(|(domain, _)| allowed(domain))
        };
        if blocked {
            self.warnings.push(Warning::new(
                "caa_blocks_ca",
                format!(
                    "the CAA records at {level} do not allow the certificate authority: the CAA steps add it (spec §8.7)"
                ),
            ));
            self.add_caa(&level, &needed, wildcard, true);
        }
    }

    /// The closest name at or above the hostname (up to the zone apex) with
    /// CAA records in the evidence.
    fn caa_level(&self) -> Option<DnsName> {
        let existing = self.existing.as_ref()?;
        let mut name = Some(self.base_name.clone());
        while let Some(current) = name {
            if existing
                .iter()
                .any(|(n, r)| *n == current && r.record_type.eq_ignore_ascii_case("CAA"))
            {
                return Some(current);
            }
            if current == self.zone {
                return None;
            }
            name = current.parent();
        }
        None
    }

    fn add_caa(&mut self, at: &DnsName, needed: &[(&str, &str)], wildcard: bool, definite: bool) {
        let tags: &[&str] = if wildcard {
            &["issue", "issuewild"]
        } else {
            &["issue"]
        };
        let shown = display_name(at.as_str());
        for (_, value) in needed {
            for tag in tags {
                let (required, when, key) = match (definite, self.issued) {
                    (true, true) => (true, When::Keep, "record.caa_keep"),
                    (true, false) => (true, When::Now, "record.caa_add"),
                    (false, _) => (false, When::IfPresent, "record.caa_if_present"),
                };
                let explanation = self.say(key, &[("at", &shown)]);
                self.push(
                    if definite {
                        Phase::Caa
                    } else {
                        Phase::CaaIfPresent
                    },
                    RecordPurpose::Caa,
                    DnsRecordType::Caa,
                    at,
                    format!("0 {tag} \"{value}\""),
                    required,
                    when,
                    explanation,
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_caa_values() {
        assert_eq!(
            parse_caa("0 issue \"letsencrypt.org\""),
            Some(("issue".to_owned(), "letsencrypt.org".to_owned()))
        );
        assert_eq!(
            parse_caa("0 issuewild \"pki.goog; cansignhttpexchanges=yes\""),
            Some(("issuewild".to_owned(), "pki.goog".to_owned()))
        );
        assert_eq!(parse_caa("garbage"), None);
    }
}
