//! Special-use domain names that can never be a customer's custom hostname.
//!
//! Sources: RFC 6761 §6 (`test`, `localhost`, `invalid`, `example` and
//! `example.com/net/org`), RFC 6762 (`local`, multicast DNS), RFC 7686
//! (`onion`), RFC 3172 (`arpa`, infrastructure, including `home.arpa` of
//! RFC 8375), RFC 9476 (`alt`), ICANN's 2024 reservation of `internal` for
//! private use; all listed in the IANA special-use domain names registry.
//! Cloudflare itself refuses the RFC 6761 names (API errors 1409 and 1411,
//! `spec/cloudflare-for-saas.md` §3.1).

/// `(domain, where it is reserved)`; a name matches when it is the domain or
/// ends with `.domain`.
const SPECIAL_USE: &[(&str, &str)] = &[
    ("localhost", "RFC 6761 §6.3"),
    ("invalid", "RFC 6761 §6.4"),
    ("test", "RFC 6761 §6.2"),
    ("example", "RFC 6761 §6.5"),
    ("example.com", "RFC 6761 §6.5"),
    ("example.net", "RFC 6761 §6.5"),
    ("example.org", "RFC 6761 §6.5"),
    ("local", "RFC 6762, multicast DNS"),
    ("onion", "RFC 7686, Tor onion services"),
    ("arpa", "RFC 3172, infrastructure domain"),
    ("alt", "RFC 9476, non-DNS namespaces"),
    ("internal", "reserved by ICANN for private use"),
];

/// The special-use domain `ascii` falls under, if any, with its source.
pub(crate) fn special_use(ascii: &str) -> Option<(&'static str, &'static str)> {
    // Every entry's last label is one of these: most names leave here.
    let tld = ascii.rsplit('.').next().unwrap_or(ascii);
    if !matches!(
        tld,
        "localhost"
            | "invalid"
            | "test"
            | "example"
            | "com"
            | "net"
            | "org"
            | "local"
            | "onion"
            | "arpa"
            | "alt"
            | "internal"
    ) {
        return None;
    }
    SPECIAL_USE.iter().copied().find(|(domain, _)| {
        ascii == *domain
            || ascii
                .strip_suffix(domain)
                .is_some_and(|rest| rest.ends_with('.'))
    })
}

#[cfg(test)]
mod tests {
    use super::special_use;

    #[test]
    fn matches_whole_labels_only() {
        assert!(special_use("shop.example.com").is_some());
        assert!(special_use("router.home.arpa").is_some());
        assert!(special_use("mytest.com").is_none());
        assert!(special_use("notexample.com").is_none());
        assert!(special_use("localhost.example.co.uk").is_none());
        // The last-label filter knows every entry's last label.
        for (domain, _) in super::SPECIAL_USE {
            assert_eq!(special_use(domain).map(|(d, _)| d), Some(*domain));
        }
    }
}
