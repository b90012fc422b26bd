//! `check::evaluate` on arbitrary DNS answers: the fuzz bytes decide, for
//! each question of the plan, whether it failed or what came back (rcode,
//! truncation, records with names, types and data mixing the expected
//! values with arbitrary ones). Invariants: no panic; one verdict per
//! expected record (plus CAA); verdicts serialize.
#![no_main]

use std::collections::BTreeMap;
use std::net::{Ipv4Addr, Ipv6Addr};

use arbitrary::{Result, Unstructured};
use custom_hostnames::check::{CheckRequest, ExpectedRecord, Lookup, LookupResult, evaluate, plan};
use custom_hostnames::doh::{DnsAnswer, Rcode, RecordData, ResourceRecord};
use custom_hostnames::observation::RecordPurpose;
use libfuzzer_sys::fuzz_target;

fn request(wildcard: bool, ca: Option<&str>) -> CheckRequest {
    let host = if wildcard {
        "*.app.customer.com"
    } else {
        "app.customer.com"
    };
    let record = |purpose, t: &str, fqdn: &str, value: &str| ExpectedRecord {
        purpose,
        record_type: t.to_owned(),
        fqdn: fqdn.to_owned(),
        value: value.to_owned(),
    };
    CheckRequest {
        hostname: host.to_owned(),
        zone: "customer.com".to_owned(),
        records: vec![
            record(
                RecordPurpose::Traffic,
                "CNAME",
                host,
                "customers.saasprovider.com",
            ),
            record(
                RecordPurpose::Ownership,
                "TXT",
                "_cf-custom-hostname.app.customer.com",
                "5cc0-own",
            ),
            record(
                RecordPurpose::Dcv,
                "TXT",
                "_acme-challenge.app.customer.com",
                "tok-1",
            ),
            record(
                RecordPurpose::DcvDelegation,
                "CNAME",
                "_acme-challenge.app.customer.com",
                "app.customer.com.abc123.dcv.cloudflare.com",
            ),
            record(RecordPurpose::Traffic, "A", "customer.com", "192.0.2.1"),
            record(
                RecordPurpose::Traffic,
                "AAAA",
                "customer.com",
                "2001:db8::1",
            ),
            record(RecordPurpose::Remove, "TXT", "app.customer.com", ""),
        ],
        certificate_authority: ca.map(str::to_owned),
        check_caa: true,
    }
}

const NAMES: [&str; 6] = [
    "app.customer.com",
    "customer.com",
    "customers.saasprovider.com",
    "_acme-challenge.app.customer.com",
    "wildcard-probe.app.customer.com",
    "com",
];
const TEXTS: [&str; 6] = [
    "customers.saasprovider.com",
    "5cc0-own",
    "tok-1",
    "letsencrypt.org",
    "pki.goog",
    "app.customer.com.abc123.dcv.cloudflare.com",
];

fn text(u: &mut Unstructured<'_>, pool: &[&str]) -> Result<String> {
    if u.ratio(3, 4)? {
        Ok((*u.choose(pool)?).to_owned())
    } else {
        u.arbitrary()
    }
}

fn record(u: &mut Unstructured<'_>, lookup: &Lookup) -> Result<ResourceRecord> {
    let name = if u.ratio(1, 2)? {
        lookup.name.clone()
    } else {
        text(u, &NAMES)?
    };
    let data = match u.int_in_range(0..=7)? {
        0 => RecordData::A(Ipv4Addr::from(u.arbitrary::<u32>()?)),
        1 => RecordData::Aaaa(Ipv6Addr::from(u.arbitrary::<u128>()?)),
        2 => RecordData::Cname(text(u, &TEXTS)?),
        3 => RecordData::Ns(text(u, &["ns1.cloudflare.com", "ns-1.awsdns-1.org"])?),
        4 => {
            let n = u.int_in_range(0..=3)?;
            RecordData::Txt((0..n).map(|_| text(u, &TEXTS)).collect::<Result<_>>()?)
        }
        5 => RecordData::Caa {
            flags: u.arbitrary()?,
            tag: text(u, &["issue", "issuewild", "iodef", "ISSUE"])?,
            value: text(u, &TEXTS)?,
        },
        6 => RecordData::Soa(text(u, &NAMES)?),
        _ => RecordData::Other(u.arbitrary()?),
    };
    Ok(ResourceRecord {
        name,
        rtype: if u.ratio(4, 5)? {
            lookup.rtype.code()
        } else {
            u.arbitrary()?
        },
        ttl: u.arbitrary()?,
        data,
    })
}

fn answer(u: &mut Unstructured<'_>, lookup: &Lookup) -> Result<LookupResult> {
    if u.ratio(1, 8)? {
        return Ok(LookupResult::Failed(u.arbitrary()?));
    }
    let answers = (0..u.int_in_range(0..=4)?)
        .map(|_| record(u, lookup))
        .collect::<Result<_>>()?;
    let authority = (0..u.int_in_range(0..=1)?)
        .map(|_| record(u, lookup))
        .collect::<Result<_>>()?;
    Ok(LookupResult::Answer(DnsAnswer {
        rcode: Rcode::from_code(u.int_in_range(0..=5)?),
        truncated: u.ratio(1, 10)?,
        answers,
        authority,
    }))
}

fn run(u: &mut Unstructured<'_>) -> Result<()> {
    let ca = *u.choose(&[
        None,
        Some("google"),
        Some("lets_encrypt"),
        Some("ssl_com"),
        Some("digicert"),
        Some(""),
    ])?;
    let request = request(u.arbitrary()?, ca);
    let mut results = BTreeMap::new();
    for lookup in plan(&request) {
        if u.ratio(1, 10)? {
            continue; // a missing answer
        }
        let result = answer(u, &lookup)?;
        results.insert(lookup, result);
    }
    let observation = evaluate(&request, &results, Some(0), |ns| ns.first().cloned());
    let expected = request.records.len() + 1;
    assert!(
        observation.records.len() <= expected,
        "{} verdicts for {expected} records",
        observation.records.len()
    );
    assert!(serde_json::to_string(&observation).is_ok());
    Ok(())
}

fuzz_target!(|data: &[u8]| {
    let _ = run(&mut Unstructured::new(data));
});
