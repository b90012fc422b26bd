//! CAA (RFC 8659): which names to ask and whether the found set allows the
//! certificate authority (`spec/cloudflare-for-saas.md` §8.7, §10).

use crate::doh::{DnsAnswer, RecordData};

/// The CAA issuer domains of a Cloudflare `certificate_authority` value; for
/// the default choice (empty/absent) Cloudflare may use any of GTS, Let's
/// Encrypt and SSL.com, so any one of them being allowed is enough.
pub fn ca_domains(certificate_authority: Option<&str>) -> &'static [&'static str] {
    match certificate_authority.unwrap_or_default() {
        "google" => &["pki.goog"],
        "lets_encrypt" => &["letsencrypt.org"],
        "ssl_com" => &["ssl.com"],
        "digicert" => &["digicert.com"],
        _ => &["pki.goog", "letsencrypt.org", "ssl.com"],
    }
}

/// Names from the hostname up to the zone apex, leftmost first (RFC 8659
/// §4.1 climbs further, to the TLD; a CAA set above the customer's zone is
/// the registry's and is not the customer's to change, so it is not asked).
pub(crate) fn climb(hostname: &str, zone: &str) -> Vec<String> {
    let mut name = super::norm(hostname);
    let zone = super::norm(zone);
    let mut out = Vec::new();
    for _ in 0..127 {
        out.push(name.clone());
        if name == zone || !name.ends_with(&format!(".{zone}")) {
            break;
        }
        match name.split_once('.') {
            Some((_, parent)) => name = parent.to_owned(),
            None => break,
        }
    }
    out
}

/// The CAA records owned by `name` itself in an answer (a CNAME'd name's CAA
/// set is the target's, which the resolver puts in the answer under the target).
pub(crate) fn caa_set(answer: &DnsAnswer) -> Vec<(u8, String, String)> {
    answer
        .answers
        .iter()
        .filter_map(|r| match &r.data {
            RecordData::Caa { flags, tag, value } => Some((*flags, tag.clone(), value.clone())),
            _ => None,
        })
        .collect()
}

/// Whether a CAA set lets one of `domains` issue (`wildcard`: `issuewild`
/// governs when present, RFC 8659 §4.3). An unknown critical tag forbids all.
pub(crate) fn allows(set: &[(u8, String, String)], domains: &[&str], wildcard: bool) -> bool {
    if set.iter().any(|(flags, tag, _)| {
        flags & 128 != 0 && !matches!(tag.as_str(), "issue" | "issuewild" | "iodef")
    }) {
        return false;
    }
    let tag = if wildcard && set.iter().any(|(_, t, _)| t == "issuewild") {
        "issuewild"
    } else {
        "issue"
    };
    let relevant: Vec<&String> = set
        .iter()
        .filter(|(_, t, _)| t == tag)
        .map(|(_, _, v)| v)
        .collect();
    if relevant.is_empty() {
        // A set with only iodef (or only issuewild for a non-wildcard) does not restrict issuance.
        return !set.iter().any(|(_, t, _)| t == "issue" || t == "issuewild");
    }
    relevant.iter().any(|v| {
        let issuer = v.split(';').next().unwrap_or_default().trim();
        domains.iter().any(|d| issuer.eq_ignore_ascii_case(d))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(items: &[(u8, &str, &str)]) -> Vec<(u8, String, String)> {
        items
            .iter()
            .map(|(f, t, v)| (*f, (*t).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn rfc8659_rules() {
        let le = ca_domains(Some("lets_encrypt"));
        assert!(allows(&set(&[(0, "issue", "letsencrypt.org")]), le, false));
        assert!(!allows(
            &set(&[(0, "issue", "pki.goog; cansignhttpexchanges=yes")]),
            le,
            false
        ));
        assert!(allows(
            &set(&[(0, "issue", "pki.goog; cansignhttpexchanges=yes")]),
            ca_domains(Some("google")),
            false
        ));
        // issuewild governs wildcards when present
        let s = set(&[(0, "issue", "letsencrypt.org"), (0, "issuewild", ";")]);
        assert!(allows(&s, le, false));
        assert!(!allows(&s, le, true));
        // only iodef: no restriction; empty issue value ";" forbids all
        assert!(allows(&set(&[(0, "iodef", "mailto:x@y")]), le, false));
        assert!(!allows(&set(&[(0, "issue", ";")]), le, false));
        // unknown critical tag forbids
        assert!(!allows(
            &set(&[(128, "tbs", "x"), (0, "issue", "letsencrypt.org")]),
            le,
            false
        ));
        // default CA: one of the three is enough
        assert!(allows(
            &set(&[(0, "issue", "ssl.com")]),
            ca_domains(None),
            false
        ));
    }

    #[test]
    fn climbs_to_the_zone_only() {
        assert_eq!(
            climb("*.a.b.customer.co.uk", "customer.co.uk"),
            ["a.b.customer.co.uk", "b.customer.co.uk", "customer.co.uk"]
        );
        assert_eq!(climb("customer.com", "customer.com"), ["customer.com"]);
    }
}
