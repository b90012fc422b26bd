//! The provider table: it parses; every fact of every entry is either tied
//! to a locatable source or listed as unconfirmed; detection is run over the
//! real name-server names of `tests/fixtures/dns/name-servers.json`
//! (shared name servers come out ambiguous); every provider gets a correct
//! CNAME for the seed example, whose zone file loads in the real parser; and
//! unconfirmed facts are presented generically.

use std::collections::BTreeSet;

use custom_hostnames::dns::providers::{
    Detection, FACT_PATHS, NameForm, Provider, TrailingDot, TtlUnit, TxtQuoting, detect, provider,
    table,
};
use custom_hostnames::dns::{
    Format, RecordType, RenderOptions, Request, detect_provider, instructions, render,
};
use custom_hostnames::observation::RecordPurpose;
use serde::Deserialize;

use super::zonefile::kzonecheck;
use crate::common::fixture;

/// Whether `key` is `path` or one of its parents.
fn covers(key: &str, path: &str) -> bool {
    key == path
        || path
            .strip_prefix(key)
            .is_some_and(|rest| rest.starts_with('.'))
}

/// The schema rule: every fact is sourced or unconfirmed, never both and
/// never neither; keys are known fact paths; citations say where to read
/// them. Returns the violations.
fn schema_violations(p: &Provider) -> Vec<String> {
    let mut out = Vec::new();
    for key in p.sources.keys().chain(&p.unconfirmed) {
        if !FACT_PATHS.contains(&key.as_str()) {
            out.push(format!("unknown fact path {key}"));
        }
    }
    for (key, citations) in &p.sources {
        if citations.is_empty() {
            out.push(format!("{key}: empty source list"));
        }
        for c in citations {
            if !c.is_locatable() || c.says.trim().is_empty() {
                out.push(format!(
                    "{key}: citation without a place or a summary: {c:?}"
                ));
            }
        }
    }
    for path in p.fact_paths() {
        let sourced = p.sources.keys().any(|k| covers(k, path));
        let unconfirmed = p.unconfirmed.iter().any(|u| covers(u, path));
        match (sourced, unconfirmed) {
            (true, true) => out.push(format!("{path}: both sourced and unconfirmed")),
            (false, false) => out.push(format!("{path}: neither sourced nor unconfirmed")),
            _ => {}
        }
        assert_eq!(
            p.is_confirmed(path),
            sourced && !unconfirmed,
            "{} {path}",
            p.id
        );
    }
    out
}

#[test]
fn table_parses_and_is_complete() {
    let table = table().expect("data/dns-providers.json parses");
    assert_eq!(
        table.version,
        custom_hostnames::dns::providers::SCHEMA_VERSION
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
        "ns1",
        "hover",
        "bluehost",
    ] {
        assert!(ids.contains(id), "missing provider {id}");
    }
    let mut violations = Vec::new();
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
        violations.extend(
            schema_violations(p)
                .into_iter()
                .map(|v| format!("{}: {v}", p.id)),
        );
    }
    assert!(violations.is_empty(), "{}", violations.join("\n"));
}

#[test]
fn schema_check_catches_a_fact_without_source() {
    let mut p = provider("ovhcloud").unwrap().clone();
    assert!(schema_violations(&p).is_empty());
    p.sources.remove("targetTrailingDot");
    let v = schema_violations(&p);
    assert_eq!(
        v,
        ["targetTrailingDot: neither sourced nor unconfirmed"],
        "{v:?}"
    );
    p.unconfirmed.push("targetTrailingDot".to_owned());
    assert!(schema_violations(&p).is_empty());
    p.unconfirmed.push("helpUrl.nope".to_owned());
    p.unconfirmed.push("minTtl".to_owned());
    p.sources
        .insert("minTtl".to_owned(), p.sources["nameServers"].clone());
    let v = schema_violations(&p);
    assert!(
        v.iter()
            .any(|e| e.contains("unknown fact path helpUrl.nope"))
    );
    assert!(v.iter().any(|e| e.contains("minTtl: both")));
}

#[test]
fn confirmation_api_answers_per_field() {
    let azure = provider("azure").unwrap();
    assert!(azure.is_confirmed("ttlUnit"));
    assert!(azure.is_confirmed("fieldLabels.cnameValue"));
    assert!(!azure.is_confirmed("fieldLabels.value"));
    assert!(azure.is_unconfirmed("fieldLabels.value"));
    let sources = azure.sources_for("ttlUnit");
    assert!(sources.iter().any(|c| {
        c.repo.as_deref() == Some("MicrosoftDocs/azure-docs")
            && c.path.as_deref() == Some("articles/dns/dns-custom-domain.md")
    }));
    // A parent key confirms its children.
    let vercel = provider("vercel").unwrap();
    assert!(vercel.is_confirmed("fieldLabels.name"));
    assert!(!vercel.sources_for("fieldLabels.ttl").is_empty());
    // Nothing confirms a fact of an entry without sources.
    let hover = provider("hover").unwrap();
    assert!(hover.sources.is_empty());
    assert!(hover.fact_paths().iter().all(|f| !hover.is_confirmed(f)));
}

#[derive(Deserialize)]
struct NsFixture {
    zones: Vec<NsZone>,
    shared: Vec<NsShared>,
    unknown: Vec<NsUnknown>,
}

#[derive(Deserialize)]
struct NsZone {
    provider: String,
    ns: Vec<String>,
    seen: String,
}

#[derive(Deserialize)]
struct NsShared {
    candidates: Vec<String>,
    ns: Vec<String>,
    seen: String,
}

#[derive(Deserialize)]
struct NsUnknown {
    ns: Vec<String>,
    seen: String,
}

fn ids(ps: &[&Provider]) -> Vec<String> {
    ps.iter().map(|p| p.id.clone()).collect()
}

#[test]
fn detection_over_real_name_servers() {
    let f: NsFixture = serde_json::from_str(&fixture("dns/name-servers.json")).unwrap();
    let mut covered = BTreeSet::new();
    for z in &f.zones {
        assert!(!z.seen.is_empty());
        match detect(&z.ns) {
            Detection::Provider(p) => assert_eq!(p.id, z.provider, "{:?}", z.ns),
            other => panic!("{:?}: {other:?}, want {}", z.ns, z.provider),
        }
        assert_eq!(
            detect_provider(&z.ns).map(|p| p.id.as_str()),
            Some(z.provider.as_str())
        );
        covered.insert(z.provider.clone());
    }
    for s in &f.shared {
        assert!(!s.seen.is_empty());
        let d = detect(&s.ns);
        assert!(matches!(d, Detection::Ambiguous(_)), "{:?}: {d:?}", s.ns);
        assert_eq!(ids(&d.candidates()), s.candidates, "{:?}", s.ns);
        // Never a confident answer for shared name servers: no Cloud DNS
        // instructions for a Squarespace customer, no Netlify instructions
        // for an NS1 customer.
        assert_eq!(detect_provider(&s.ns), None, "{:?}", s.ns);
        covered.extend(s.candidates.iter().cloned());
    }
    for u in &f.unknown {
        assert!(!u.seen.is_empty());
        assert_eq!(detect(&u.ns), Detection::Unknown, "{:?}", u.ns);
    }
    // Every provider of the table is exercised by real names.
    for p in &table().unwrap().providers {
        assert!(
            covered.contains(&p.id),
            "no name-server sample for {}",
            p.id
        );
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
        // The provider's name form only where confirmed; otherwise both.
        if p.is_confirmed("nameField.form") {
            let want_name = match p.name_field.form {
                NameForm::Relative => "app",
                NameForm::Fqdn => "app.customer.com",
            };
            assert_eq!(d.name, want_name, "{}", p.id);
            assert_eq!(d.alternative_name, None, "{}", p.id);
        } else {
            assert_eq!(d.name, "app", "{}", p.id);
            assert_eq!(
                d.alternative_name.as_deref(),
                Some("app.customer.com"),
                "{}",
                p.id
            );
        }
        // Never the doubled name a zone-appending panel would produce.
        assert!(!(p.name_field.appends_zone && d.name.ends_with("customer.com")));
        let dot =
            p.is_confirmed("targetTrailingDot") && p.target_trailing_dot == TrailingDot::Required;
        let want_value = if dot {
            "john.customers.saasprovider.com."
        } else {
            "john.customers.saasprovider.com"
        };
        assert_eq!(d.value, want_value, "{}", p.id);
        let (path, own) = match &p.field_labels.cname_value {
            Some(c) => ("fieldLabels.cnameValue", c),
            None => ("fieldLabels.value", &p.field_labels.value),
        };
        let want_label = if p.is_confirmed(path) {
            own.as_str()
        } else {
            "Target / Points to"
        };
        assert_eq!(d.field_labels.value, want_label, "{}", p.id);
        let want_name_label = if p.is_confirmed("fieldLabels.name") {
            p.field_labels.name.as_str()
        } else {
            "Name / Host"
        };
        assert_eq!(d.field_labels.name, want_name_label, "{}", p.id);
        // The message names the form's fields.
        let text = render(&instr, Format::Text, &RenderOptions::default()).unwrap();
        assert!(text.contains(&format!("{want_name_label}:")), "{}", p.id);
        assert!(text.contains(want_value), "{}", p.id);
        // And the zone file loads in the real parser.
        let zone = render(&instr, Format::Zonefile, &RenderOptions::default()).unwrap();
        assert!(
            zone.contains(&format!(
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
fn confirmed_facts_are_the_providers_own() {
    // IONOS: the CNAME form's labels are sourced ("Hostname", "Point to").
    let instr = instructions(&seed("ionos")).unwrap();
    let d = &instr
        .records
        .iter()
        .find(|r| r.purpose == RecordPurpose::Traffic)
        .unwrap()
        .display;
    assert_eq!(d.field_labels.name, "Hostname");
    assert_eq!(d.field_labels.value, "Point to");
    assert_eq!(d.name, "app");
    assert_eq!(d.alternative_name, None);
    // The record type label is not sourced: generic.
    assert_eq!(d.field_labels.record_type, "Type");
    // OVHcloud: the trailing dot is sourced, the labels are not.
    let instr = instructions(&seed("ovhcloud")).unwrap();
    let d = &instr
        .records
        .iter()
        .find(|r| r.purpose == RecordPurpose::Traffic)
        .unwrap()
        .display;
    assert_eq!(d.value, "john.customers.saasprovider.com.");
    assert_eq!(d.field_labels.name, "Name / Host");
    assert_eq!(d.alternative_name.as_deref(), Some("app.customer.com"));
}

#[test]
fn unconfirmed_facts_fall_back_to_the_generic_form() {
    // Hover: nothing is sourced, so its guessed labels never show.
    let instr = instructions(&seed("hover")).unwrap();
    let r = instr
        .records
        .iter()
        .find(|r| r.purpose == RecordPurpose::Traffic)
        .unwrap();
    let generic = instructions(&seed("no-such-dns")).unwrap();
    let g = generic
        .records
        .iter()
        .find(|r| r.purpose == RecordPurpose::Traffic)
        .unwrap();
    assert_eq!(r.display, g.display);
    assert_ne!(r.display.field_labels.name, "Hostname");
}

#[test]
fn txt_quoting_follows_the_provider_where_confirmed() {
    let mut request = seed("route53");
    request.custom_hostname = Some(serde_json::json!({
        "hostname": "app.customer.com",
        "ownership_verification": { "type": "txt", "name": "_cf-custom-hostname.app.customer.com", "value": "tok\"en" }
    }));
    request.live = true;
    // Route 53 quoting is sourced; Google Cloud DNS "optional" and Hetzner
    // "optional" are not, and Cloudflare takes bare text: bare.
    for (provider, want) in [
        ("route53", "\"tok\\\"en\""),
        ("cloudflare", "tok\"en"),
        ("hetzner", "tok\"en"),
    ] {
        request.provider = Some(provider.to_owned());
        let instr = instructions(&request).unwrap();
        let own = instr
            .records
            .iter()
            .find(|r| r.purpose == RecordPurpose::Ownership)
            .unwrap();
        assert_eq!(own.value, "tok\"en");
        assert_eq!(own.display.value, want, "{provider}");
    }
    let r53 = provider("route53").unwrap();
    assert!(r53.is_confirmed("txtQuoting") && r53.txt_quoting == TxtQuoting::Required);
}

#[test]
fn ttl_is_typed_in_the_fields_unit() {
    let record = |id: &str, ttl: Option<u32>| {
        let mut request = seed(id);
        request.ttl = ttl;
        let instr = instructions(&request).unwrap();
        instr
            .records
            .into_iter()
            .find(|r| r.purpose == RecordPurpose::Traffic)
            .unwrap()
    };
    // Azure: a unit selector, Hours by default: 300 s is typed as 5 with
    // Minutes chosen, never "300" left in hours.
    let r = record("azure", None);
    assert_eq!(r.ttl, 300);
    assert_eq!(
        (r.display.ttl.as_str(), r.display.ttl_unit),
        ("5", Some(TtlUnit::Minutes))
    );
    let r = record("azure", Some(7200));
    assert_eq!(
        (r.display.ttl.as_str(), r.display.ttl_unit),
        ("2", Some(TtlUnit::Hours))
    );
    let r = record("azure", Some(61));
    assert_eq!(
        (r.display.ttl.as_str(), r.display.ttl_unit),
        ("61", Some(TtlUnit::Seconds))
    );
    // Vercel's field is confirmed to take seconds: the number alone.
    let r = record("vercel", Some(120));
    assert_eq!((r.display.ttl.as_str(), r.display.ttl_unit), ("120", None));
    // Unknown provider or unconfirmed field: seconds, said so.
    let r = record("no-such-dns", None);
    assert_eq!(
        (r.display.ttl.as_str(), r.display.ttl_unit),
        ("300", Some(TtlUnit::Seconds))
    );
    // Bluehost's minimum is respected (the default 300 is raised).
    let r = record("bluehost", None);
    assert_eq!(r.ttl, 14400);
    assert_eq!(r.display.ttl, "14400");
    let text = render(
        &instructions(&seed("azure")).unwrap(),
        Format::Text,
        &RenderOptions::default(),
    )
    .unwrap();
    assert!(
        text.lines()
            .any(|l| l.trim_start().starts_with("TTL:") && l.ends_with(" 5 minutes")),
        "{text}"
    );
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

/// A live check whose zone answers NS with these names (everything else
/// NXDOMAIN), evaluated with the real detection.
fn observe_with_ns(names: &[&str]) -> custom_hostnames::observation::DnsObservation {
    use custom_hostnames::check::{CheckRequest, LookupResult, evaluate, plan};
    use custom_hostnames::doh::parse_json;
    let req = CheckRequest {
        hostname: "app.customer.com".into(),
        zone: "customer.com".into(),
        records: Vec::new(),
        certificate_authority: None,
        check_caa: false,
        locale: None,
    };
    let answers: Vec<String> = names
        .iter()
        .map(|n| format!(r#"{{"name":"customer.com.","type":2,"TTL":300,"data":"{n}."}}"#))
        .collect();
    let ns_body = format!(r#"{{"Status":0,"Answer":[{}]}}"#, answers.join(","));
    let results = plan(&req)
        .into_iter()
        .map(|l| {
            let body = if l.name.trim_end_matches('.') == "customer.com" && l.rtype.as_str() == "NS"
            {
                ns_body.clone()
            } else {
                r#"{"Status":3}"#.to_owned()
            };
            (l, LookupResult::Answer(parse_json(&body).unwrap()))
        })
        .collect();
    evaluate(&req, &results, None, |ns| {
        detect_provider(ns).map(|p| p.id.clone())
    })
}

#[test]
fn observation_names_the_candidates_of_shared_name_servers() {
    let o = observe_with_ns(&["dns1.p03.nsone.net", "dns2.p03.nsone.net"]);
    assert_eq!(o.provider, None);
    assert_eq!(o.provider_candidates, ["netlify", "ns1"]);
    let json = serde_json::to_value(&o).unwrap();
    assert_eq!(
        json["providerCandidates"],
        serde_json::json!(["netlify", "ns1"])
    );
    let o = observe_with_ns(&["nsa1.squarespacedns.com", "nsa2.squarespacedns.com"]);
    assert_eq!(o.provider.as_deref(), Some("squarespace"));
    assert!(o.provider_candidates.is_empty());
    let json = serde_json::to_value(&o).unwrap();
    assert!(json.get("providerCandidates").is_none());
}
