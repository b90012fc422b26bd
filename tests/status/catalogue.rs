//! Every catalogue entry against the real message texts quoted in
//! `spec/cloudflare-for-saas.md` §7.3 / §7.4 / §4.4 / §5.1 and in the
//! fixtures; unknown messages pass through as `unrecognised`.

use std::collections::BTreeSet;

use custom_hostnames::messages::Locale;
use custom_hostnames::status::catalogue::{CATALOGUE, classify, lookup};
use custom_hostnames::status::{Actor, Track};

/// (message as Cloudflare sends it, expected code, who acts).
const REAL_MESSAGES: &[(&str, &str, Actor)] = &[
    // §7.4 hostname validation errors.
    (
        "Zone does not have a fallback origin set.",
        "fallback_origin_missing",
        Actor::Provider,
    ),
    (
        "Fallback origin is in a status of initializing, pending_deployment, pending_deletion, or deleted.",
        "fallback_origin_not_active",
        Actor::Provider,
    ),
    (
        "custom hostname does not CNAME to this zone.",
        "not_cname_to_zone",
        Actor::Customer,
    ),
    (
        "Custom hostname does not CNAME to this zone.",
        "not_cname_to_zone",
        Actor::Customer,
    ),
    (
        "None of the A or AAAA records are owned by this account and the pre-generated ownership verification token was not found.",
        "a_records_not_owned",
        Actor::Customer,
    ),
    (
        "This account and the pre-generated ownership validation token was not found.",
        "ownership_token_not_found",
        Actor::Customer,
    ),
    // §5.1 blocked (held zone).
    (
        "The hostname is associated with a held zone. Please contact the owner of this domain to have the hold removed.",
        "held_zone",
        Actor::Customer,
    ),
    // §4.4 fallback origin errors.
    (
        "DNS records are not setup correctly. Origin should be a proxied A/AAAA/CNAME dns record",
        "fallback_origin_dns",
        Actor::Provider,
    ),
    // §7.3 certificate errors.
    (
        "Certificate authority encountered a SERVFAIL during DNS lookup, please check your DNS reachability.",
        "ca_dns_servfail",
        Actor::Customer,
    ),
    (
        "dns problem: looking up caa for shop.example.net: dnssec: bogus",
        "dnssec_bogus",
        Actor::Customer,
    ),
    (
        "CAA records block issuance. Please remove all CAA records or add records for this authority.",
        "caa_blocked",
        Actor::Customer,
    ),
    (
        "Certificate authority encountered a multiple perspective CAA check error, please ensure your DNS is configured to allow CAA queries from all geographic perspectives.",
        "caa_multi_perspective",
        Actor::Customer,
    ),
    (
        "The authority has rate limited these domains. Please wait for the rate limit to expire or try another authority.",
        "ca_rate_limited",
        Actor::Provider,
    ),
    (
        "Internal error with Certificate Authority. Please check later.",
        "ca_internal_error",
        Actor::Cloudflare,
    ),
    (
        "blog.example.com reported as potential risk: google_safe_browsing",
        "risk_flagged",
        Actor::Provider,
    ),
    (
        "blog.example.com reported as potential risk: risky_keywords",
        "risk_flagged",
        Actor::Provider,
    ),
    (
        "blog.example.com reported as potential risk: phishtank",
        "risk_flagged",
        Actor::Provider,
    ),
    (
        "Domain validation failed for blog.example.com",
        "dcv_failed",
        Actor::Provider,
    ),
    (
        "Issuance blocked by a CAA error for blog.example.com",
        "caa_blocked",
        Actor::Customer,
    ),
    (
        "Issuance blocked due to the Common Name being too long (over 64 characters).",
        "common_name_too_long",
        Actor::Provider,
    ),
    (
        "Since no host is 64 characters or fewer, Cloudflare Branding is required",
        "common_name_too_long",
        Actor::Provider,
    ),
    (
        "SERVFAIL looking up CAA for example.com",
        "caa_servfail",
        Actor::Customer,
    ),
    (
        "caa_error: blog.example.com",
        "caa_blocked",
        Actor::Customer,
    ),
    // §11.1: the CA error strings of the DCV troubleshooting page
    // (cloudflare-docs `ssl/edge-certificates/changing-dcv-method/troubleshooting.mdx`)
    // and Let's Encrypt's multi-perspective corroboration (Boulder VA).
    (
        "the Certificate Authority had trouble performing a DNS lookup: dns problem: looking up caa for shop.example.net: dnssec: bogus",
        "dnssec_bogus",
        Actor::Customer,
    ),
    (
        "Certificate authority encountered a SERVFAIL during DNS lookup, please check your DNS reachability.",
        "ca_dns_servfail",
        Actor::Customer,
    ),
    (
        "Certificate authority encountered a multiple perspective CAA check error, please ensure your DNS is configured to allow CAA queries",
        "caa_multi_perspective",
        Actor::Customer,
    ),
    (
        "During secondary validation: Incorrect TXT record \"abc\" found at _acme-challenge.shop.example.net",
        "mpic_corroboration_failed",
        Actor::Customer,
    ),
    (
        "During secondary validation: DNS problem: SERVFAIL looking up CAA for shop.example.net - the domain's nameservers may be malfunctioning",
        "caa_servfail",
        Actor::Customer,
    ),
    (
        "During secondary validation: CAA record for shop.example.net prevents issuance",
        "caa_blocked",
        Actor::Customer,
    ),
    (
        "The authority has rate limited these domains. Please wait for the rate limit to expire or try another authority.",
        "ca_rate_limited",
        Actor::Provider,
    ),
    (
        "The certificate authority will not issue for this domain.",
        "ca_refuses_domain",
        Actor::Provider,
    ),
    (
        "Internal error with Certificate Authority",
        "ca_internal_error",
        Actor::Cloudflare,
    ),
];

#[test]
fn every_real_message_is_recognised() {
    for (message, code, actor) in REAL_MESSAGES {
        let matched = classify(message, Track::Certificate, "shop.example.net", Locale::En);
        assert_eq!(matched.code, *code, "{message}");
        assert_eq!(matched.actor, *actor, "{message}");
        assert_eq!(matched.raw, *message, "raw kept verbatim");
        assert!(!matched.cause.is_empty() && !matched.fix.is_empty());
        assert!(
            !matched.cause.contains('{') && !matched.fix.contains('{'),
            "{message}"
        );
        // The customer reads it in plain words, their name in Unicode.
        super::customer_text::assert_rendered_customer_text(&matched.customer, message);
    }
    let idn = classify(
        "custom hostname does not CNAME to this zone.",
        Track::Hostname,
        "shop.xn--bcher-kva.de",
        Locale::En,
    );
    assert!(idn.customer.contains("shop.bücher.de"), "{}", idn.customer);
    assert!(idn.cause.contains("shop.xn--bcher-kva.de"), "{}", idn.cause);
}

#[test]
fn every_catalogue_entry_has_a_real_message() {
    let tested: BTreeSet<&str> = REAL_MESSAGES.iter().map(|(_, code, _)| *code).collect();
    for entry in CATALOGUE {
        assert!(
            tested.contains(entry.code),
            "no real-message test for {}",
            entry.code
        );
    }
    let codes: BTreeSet<&str> = CATALOGUE.iter().map(|e| e.code).collect();
    assert_eq!(codes.len(), CATALOGUE.len(), "duplicate catalogue codes");
}

#[test]
fn matching_ignores_case_and_surrounding_text() {
    for message in [
        "CUSTOM HOSTNAME DOES NOT CNAME TO THIS ZONE.",
        "Error: custom hostname does not cname to this zone (checked 3 times)",
    ] {
        assert_eq!(
            lookup(message).map(|e| e.code),
            Some("not_cname_to_zone"),
            "{message}"
        );
    }
}

#[test]
fn unknown_messages_pass_through() {
    let message = "Something entirely new happened to this certificate.";
    let matched = classify(message, Track::Hostname, "shop.example.net", Locale::En);
    assert_eq!(matched.code, "unrecognised");
    assert_eq!(matched.raw, message);
    assert_eq!(matched.track, Track::Hostname);
}

#[test]
fn risk_reason_is_quoted_in_the_cause() {
    let matched = classify(
        "blog.example.com reported as potential risk: phishtank",
        Track::Certificate,
        "blog.example.com",
        Locale::En,
    );
    assert!(matched.cause.contains("phishtank"), "{}", matched.cause);
    assert!(
        matched.cause.contains("blog.example.com"),
        "{}",
        matched.cause
    );
}
