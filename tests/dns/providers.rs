//! The provider table: it parses, is complete, detects providers from NS
//! names, and — the done-when check — gives every provider a
//! correct, provider-shaped CNAME for the seed example, whose zone file
//! loads in the real parser.

use std::collections::BTreeSet;

use custom_hostnames::dns::providers::{NameForm, TrailingDot, TxtQuoting, table};
use custom_hostnames::dns::{
    Format, RecordType, RenderOptions, Request, detect_provider, instructions, render,
};
use custom_hostnames::observation::RecordPurpose;

use super::zonefile::kzonecheck;

/// Field paths an `unconfirmed` entry may name.
const PATHS: &[&str] = &[
    "nameServers",
    "nameField",
    "nameField.form",
    "nameField.appendsZone",
    "nameField.apex",
    "targetTrailingDot",
    "txtQuoting",
    "apexFlattening",
    "fieldLabels",
    "minTtl",
    "helpUrl",
    "domainConnect",
    "domainConnect.syncUxUrl",
    "domainConnect.signatureRequired",
];

#[test]
fn table_parses_and_is_complete() {
    let table = table().expect("data/dns-providers.json parses");
    assert_eq!(table.version, 1);
    assert!(
        table.providers.len() >= 18,
        "{} providers",
        table.providers.len()
    );
    let ids: BTreeSet<_> = table.providers.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids.len(), table.providers.len(), "duplicate ids");
    for id in [
        "cloudflare",
        "route53",
        "google-cloud-dns",
        "azure",
        "godaddy",
        "namecheap",
        "squarespace",
        "digitalocean",
        "hetzner",
        "ovhcloud",
        "gandi",
        "ionos",
        "porkbun",
        "namecom",
        "vercel",
        "netlify",
        "hover",
        "bluehost",
    ] {
        assert!(ids.contains(id), "missing provider {id}");
    }
    for p in &table.providers {
        assert!(!p.name.is_empty() && !p.name_servers.is_empty(), "{}", p.id);
        assert!(p.help_url.starts_with("https://"), "{} help url", p.id);
        assert!(
            matches!(p.name_field.apex.as_str(), "@" | ""),
            "{} apex",
            p.id
        );
        let labels = &p.field_labels;
        for label in [
            &labels.record_type,
            &labels.name,
            &labels.value,
            &labels.ttl,
        ] {
            assert!(!label.is_empty(), "{} label", p.id);
        }
        assert!(
            !p.sources.is_empty() || !p.unconfirmed.is_empty(),
            "{}: neither sources nor unconfirmed facts",
            p.id
        );
        for u in &p.unconfirmed {
            assert!(
                PATHS.contains(&u.as_str()),
                "{}: unknown unconfirmed path {u}",
                p.id
            );
        }
        if let Some(flat) = &p.apex_flattening {
            assert!(matches!(
                flat.record_type.as_str(),
                "CNAME" | "ALIAS" | "ANAME"
            ));
        }
        for ns in &p.name_servers {
            assert!(
                ns == &ns.to_ascii_lowercase() && !ns.ends_with('.'),
                "{} {ns}",
                p.id
            );
        }
    }
}

#[test]
fn detects_providers_from_ns_names() {
    let cases: &[(&[&str], Option<&str>)] = &[
        (
            &["kate.ns.cloudflare.com", "rob.ns.cloudflare.com."],
            Some("cloudflare"),
        ),
        (
            &[
                "ns-1536.awsdns-00.co.uk",
                "ns-0.awsdns-00.com",
                "ns-1024.awsdns-00.org",
                "ns-512.awsdns-00.net",
            ],
            Some("route53"),
        ),
        (
            &["NS41.DOMAINCONTROL.COM", "ns42.domaincontrol.com"],
            Some("godaddy"),
        ),
        (
            &["dns1.registrar-servers.com", "dns2.registrar-servers.com"],
            Some("namecheap"),
        ),
        (&["ns-cloud-a1.googledomains.com"], Some("google-cloud-dns")),
        (
            &["ns1-01.azure-dns.com", "ns2-01.azure-dns.net"],
            Some("azure"),
        ),
        (
            &[
                "ns1.digitalocean.com",
                "ns2.digitalocean.com",
                "ns3.digitalocean.com",
            ],
            Some("digitalocean"),
        ),
        (
            &[
                "hydrogen.ns.hetzner.com",
                "oxygen.ns.hetzner.com",
                "helium.ns.hetzner.de",
            ],
            Some("hetzner"),
        ),
        (&["ns-65-a.gandi.net", "ns-22-b.gandi.net"], Some("gandi")),
        (&["ns1045.ui-dns.com", "ns1110.ui-dns.biz"], Some("ionos")),
        (
            &["curitiba.ns.porkbun.com", "fortaleza.ns.porkbun.com"],
            Some("porkbun"),
        ),
        (
            &["ns1.vercel-dns.com", "ns2.vercel-dns.com"],
            Some("vercel"),
        ),
        (
            &["dns1.p01.nsone.net", "dns2.p01.nsone.net"],
            Some("netlify"),
        ),
        (&["ns1.example.net", "ns2.example.net"], None),
        (&[], None),
        // Mid-migration: one of four is not enough.
        (
            &[
                "kate.ns.cloudflare.com",
                "a.example.net",
                "b.example.net",
                "c.example.net",
            ],
            None,
        ),
    ];
    for (ns, want) in cases {
        assert_eq!(detect_provider(ns).map(|p| p.id.as_str()), *want, "{ns:?}");
    }
}

fn seed(provider: &str) -> Request {
    Request {
        hostname: "app.customer.com".to_owned(),
        cname_target: "john.customers.saasprovider.com".to_owned(),
        provider: Some(provider.to_owned()),
        ..Request::default()
    }
}

#[test]
fn seed_example_gives_every_provider_a_correct_cname() {
    let table = table().unwrap();
    for p in &table.providers {
        let instr = instructions(&seed(&p.id)).unwrap();
        assert_eq!(instr.zone, "customer.com");
        assert_eq!(instr.provider.as_ref().unwrap().id, p.id);
        let traffic: Vec<_> = instr
            .records
            .iter()
            .filter(|r| r.purpose == RecordPurpose::Traffic)
            .collect();
        assert_eq!(traffic.len(), 1, "{}", p.id);
        let r = traffic[0];
        assert_eq!(r.record_type, RecordType::Cname);
        assert_eq!(r.fqdn, "app.customer.com");
        assert_eq!(r.name, "app");
        assert_eq!(r.value, "john.customers.saasprovider.com");
        assert!(r.required);
        assert!(r.ttl >= p.min_ttl);
        let d = &r.display;
        assert_eq!(d.record_type, "CNAME", "{}", p.id);
        let want_name = match p.name_field.form {
            NameForm::Relative => "app",
            NameForm::Fqdn => "app.customer.com",
        };
        assert_eq!(d.name, want_name, "{}", p.id);
        // Never the doubled name a zone-appending panel would produce.
        assert!(!(p.name_field.appends_zone && d.name.ends_with("customer.com")));
        let want_value = match p.target_trailing_dot {
            TrailingDot::Required => "john.customers.saasprovider.com.",
            TrailingDot::Omit | TrailingDot::Accepted => "john.customers.saasprovider.com",
        };
        assert_eq!(d.value, want_value, "{}", p.id);
        let want_label = p
            .field_labels
            .cname_value
            .as_ref()
            .unwrap_or(&p.field_labels.value);
        assert_eq!(&d.field_labels.value, want_label, "{}", p.id);
        assert_eq!(d.field_labels.name, p.field_labels.name, "{}", p.id);
        // The message names the provider's fields.
        let text = render(&instr, Format::Text, &RenderOptions::default()).unwrap();
        assert!(
            text.contains(&format!("{}:", p.field_labels.name)),
            "{}",
            p.id
        );
        assert!(text.contains(want_value), "{}", p.id);
        // And the zone file loads in the real parser.
        let zone = render(&instr, Format::Zonefile, &RenderOptions::default()).unwrap();
        assert!(
            zone.contains("app 300 IN CNAME john.customers.saasprovider.com.")
                || zone.contains(&format!(
                    "app {} IN CNAME john.customers.saasprovider.com.",
                    r.ttl
                )),
            "{}:\n{zone}",
            p.id
        );
        if std::process::Command::new("kzonecheck")
            .arg("--version")
            .output()
            .is_ok()
        {
            kzonecheck("customer.com", &zone).unwrap_or_else(|e| panic!("{}: {e}", p.id));
        }
    }
}

#[test]
fn txt_quoting_follows_the_provider() {
    let mut request = seed("route53");
    request.custom_hostname = Some(serde_json::json!({
        "hostname": "app.customer.com",
        "ownership_verification": { "type": "txt", "name": "_cf-custom-hostname.app.customer.com", "value": "tok\"en" }
    }));
    request.live = true;
    for (provider, want) in [("route53", "\"tok\\\"en\""), ("cloudflare", "tok\"en")] {
        request.provider = Some(provider.to_owned());
        let instr = instructions(&request).unwrap();
        let own = instr
            .records
            .iter()
            .find(|r| r.purpose == RecordPurpose::Ownership)
            .unwrap();
        assert_eq!(own.value, "tok\"en");
        assert_eq!(own.display.value, want, "{provider}");
        let quoting = custom_hostnames::dns::providers::provider(provider)
            .unwrap()
            .txt_quoting;
        assert_eq!(quoting == TxtQuoting::Required, provider == "route53");
    }
}

#[test]
fn unknown_provider_gets_both_forms() {
    let instr = instructions(&seed("no-such-dns")).unwrap();
    assert!(instr.provider.is_none());
    assert!(instr.warnings.iter().any(|w| w.code == "unknown_provider"));
    let r = instr
        .records
        .iter()
        .find(|r| r.purpose == RecordPurpose::Traffic)
        .unwrap();
    assert_eq!(r.display.name, "app");
    assert_eq!(
        r.display.alternative_name.as_deref(),
        Some("app.customer.com")
    );
}
