//! Record owner names relative to the customer's zone.

use custom_hostnames::hostname::{DnsName, Hostname, ParseOptions};

#[test]
fn acme_and_ownership_names_relative_to_the_zone() {
    let h = Hostname::parse("App.Bücher.co.uk", &ParseOptions::default())
        .unwrap()
        .hostname;
    let zone = DnsName::parse(h.registrable_domain()).unwrap();
    let host = DnsName::from_hostname(&h);
    assert_eq!(host.relative_to(&zone).as_deref(), Some("app"));
    let acme = host.child("_acme-challenge").unwrap();
    assert_eq!(acme.as_str(), "_acme-challenge.app.xn--bcher-kva.co.uk");
    assert_eq!(
        acme.relative_to(&zone).as_deref(),
        Some("_acme-challenge.app")
    );
    let own = host.child("_cf-custom-hostname").unwrap();
    assert_eq!(
        own.relative_to(&zone).as_deref(),
        Some("_cf-custom-hostname.app")
    );
    assert_eq!(zone.relative_to(&zone).as_deref(), Some("@"));
    assert_eq!(host.parent().unwrap(), zone);
}

#[test]
fn a_child_past_the_length_limit_is_refused() {
    let long = format!(
        "{}.{}.{}.{}.co.uk",
        "a".repeat(63),
        "b".repeat(63),
        "c".repeat(63),
        "d".repeat(49)
    );
    assert_eq!(long.len(), 247);
    let name = DnsName::parse(&long).unwrap();
    assert!(name.child("_acme-challenge").is_err());
}
