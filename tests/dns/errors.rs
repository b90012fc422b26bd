//! Refused requests, their stable codes, and the behaviours the issue
//! names: warnings for wildcard + HTTP, apex without flattening, removal
//! steps from evidence, order selection.

use custom_hostnames::diagnostic::Coded;
use custom_hostnames::dns::{
    Format, OrderKind, RecordType, RenderOptions, Request, When, instructions, render,
};
use custom_hostnames::observation::RecordPurpose;
use serde_json::json;

fn request(value: serde_json::Value) -> Request {
    serde_json::from_value(value).unwrap()
}

fn code(value: serde_json::Value) -> &'static str {
    instructions(&request(value)).unwrap_err().code()
}

#[test]
fn refused_requests_have_stable_codes() {
    let t = "customers.saasprovider.com";
    assert_eq!(code(json!({"hostname": "", "cnameTarget": t})), "empty");
    assert_eq!(
        code(json!({"hostname": "a..b.com", "cnameTarget": t})),
        "empty_label"
    );
    assert_eq!(
        code(json!({"hostname": "app.customer.com", "cnameTarget": "192.0.2.1"})),
        "invalid_target"
    );
    assert_eq!(
        code(json!({"hostname": "app.customer.com", "cnameTarget": "not a host"})),
        "invalid_target"
    );
    assert_eq!(
        code(json!({"hostname": "app.customer.com", "cnameTarget": "*.x.com"})),
        "invalid_target"
    );
    assert_eq!(
        code(json!({"hostname": "app.customer.com", "cnameTarget": "localhost"})),
        "invalid_target"
    );
    // The SaaS provider's own zone or target.
    assert_eq!(
        code(json!({"hostname": "customers.saasprovider.com", "cnameTarget": t})),
        "hostname_in_provider_zone"
    );
    assert_eq!(
        code(json!({"hostname": "shop.saasprovider.com", "cnameTarget": t})),
        "hostname_in_provider_zone"
    );
    assert_eq!(
        code(json!({"hostname": "saasprovider.com", "cnameTarget": t})),
        "hostname_in_provider_zone"
    );
    assert_eq!(
        code(json!({"hostname": "app.customer.com", "cnameTarget": t, "zone": "other.com"})),
        "invalid_zone"
    );
    assert_eq!(
        code(json!({"hostname": "app.customer.co.uk", "cnameTarget": t, "zone": "co.uk"})),
        "invalid_zone"
    );
    assert_eq!(
        code(
            json!({"hostname": "app.customer.com", "cnameTarget": t, "customHostname": {"hostname": "other.customer.com"}})
        ),
        "custom_hostname_mismatch"
    );
    assert_eq!(
        code(
            json!({"hostname": "app.customer.com", "cnameTarget": t, "customHostname": "{not json"})
        ),
        "invalid_custom_hostname"
    );
    assert_eq!(
        code(json!({"hostname": "customer.com", "cnameTarget": t, "apex": {"ips": ["300.1.1.1"]}})),
        "invalid_apex_ip"
    );
    assert_eq!(
        code(json!({"hostname": "app.customer.com", "cnameTarget": t, "dcvDelegationUuid": "a.b"})),
        "invalid_dcv_delegation_uuid"
    );
    assert_eq!(
        code(json!({"hostname": "app.customer.com", "cnameTarget": t, "dcv": "delegation"})),
        "dcv_delegation_unavailable"
    );
}

fn warnings(value: serde_json::Value) -> Vec<String> {
    instructions(&request(value))
        .unwrap()
        .warnings
        .into_iter()
        .map(|w| w.code)
        .collect()
}

#[test]
fn warnings_name_the_problem() {
    let t = "customers.saasprovider.com";
    assert!(
        warnings(json!({"hostname": "*.customer.com", "cnameTarget": t,
        "customHostname": {"hostname": "*.customer.com", "ssl": {"method": "http"}}}))
        .contains(&"wildcard_needs_txt_or_delegation".to_owned())
    );
    assert!(
        warnings(json!({"hostname": "customer.com", "cnameTarget": t, "provider": "godaddy"}))
            .contains(&"apex_without_flattening".to_owned())
    );
    assert!(
        warnings(json!({"hostname": "customer.com", "cnameTarget": t}))
            .contains(&"apex_flattening_unverified".to_owned())
    );
    assert!(
        warnings(json!({"hostname": "app.customer.com", "cnameTarget": t, "live": true}))
            .contains(&"ownership_token_missing".to_owned())
    );
    assert!(
        warnings(json!({"hostname": "app.customer.com", "cnameTarget": t,
        "customHostname": {"hostname": "app.customer.com", "ssl": {"method": "txt"}}}))
        .contains(&"dcv_tokens_not_ready".to_owned())
    );
    assert!(warnings(json!({"hostname": "bücher.de", "cnameTarget": t, "certificateAuthority": "google", "provider": "cloudflare"}))
        .contains(&"google_idn_unsupported".to_owned()));
    assert!(warnings(json!({"hostname": "app.customer.com", "cnameTarget": t, "provider": "godaddy", "ttl": 60}))
        .contains(&"ttl_raised".to_owned()));
}

#[test]
fn orders_follow_the_live_flag() {
    let base = json!({"hostname": "app.customer.com", "cnameTarget": "customers.saasprovider.com",
        "customHostname": {"hostname": "app.customer.com",
            "ownership_verification": {"name": "_cf-custom-hostname.app.customer.com", "value": "tok"},
            "ssl": {"method": "txt", "dcv_delegation_records": [{"cname": "_acme-challenge.app.customer.com", "cname_target": "app.customer.com.0123456789abcdef.dcv.cloudflare.com"}]}}});
    let simple = instructions(&request(base.clone())).unwrap();
    assert_eq!(simple.order.kind, OrderKind::Simple);
    let first_traffic = simple
        .records
        .iter()
        .position(|r| r.purpose == RecordPurpose::Traffic)
        .unwrap();
    let first_own = simple
        .records
        .iter()
        .position(|r| r.purpose == RecordPurpose::Ownership)
        .unwrap();
    assert!(first_traffic < first_own);

    let mut live = base;
    live["live"] = json!(true);
    let zd = instructions(&request(live)).unwrap();
    assert_eq!(zd.order.kind, OrderKind::ZeroDowntime);
    let purposes: Vec<_> = zd.records.iter().map(|r| r.purpose).collect();
    let traffic = purposes
        .iter()
        .position(|p| *p == RecordPurpose::Traffic)
        .unwrap();
    let own = purposes
        .iter()
        .position(|p| *p == RecordPurpose::Ownership)
        .unwrap();
    let dele = purposes
        .iter()
        .position(|p| *p == RecordPurpose::DcvDelegation)
        .unwrap();
    assert!(own < traffic && dele < traffic, "{purposes:?}");
    let t = &zd.records[traffic];
    assert_eq!(t.when, When::AfterValidation);
    assert!(zd.records[own].required);
    // Steps are numbered in order.
    assert!(zd.records.windows(2).all(|w| w[0].step <= w[1].step));
}

#[test]
fn delegation_built_from_uuid_and_removals_from_evidence() {
    let instr = instructions(&request(json!({
        "hostname": "*.shop.customer.com", "cnameTarget": "customers.saasprovider.com",
        "dcvDelegationUuid": "abc123def456ghi7",
        "existingRecords": [
            {"name": "_acme-challenge.shop.customer.com.", "type": "TXT", "value": "stale"},
            {"name": "*.shop.customer.com", "type": "A", "value": "192.0.2.9"},
            {"name": "*.shop.customer.com", "type": "CNAME", "value": "customers.saasprovider.com."}
        ]
    })))
    .unwrap();
    let del = instr
        .records
        .iter()
        .find(|r| r.purpose == RecordPurpose::DcvDelegation)
        .unwrap();
    assert_eq!(del.fqdn, "_acme-challenge.shop.customer.com");
    assert_eq!(del.name, "_acme-challenge.shop");
    assert_eq!(
        del.value,
        "shop.customer.com.abc123def456ghi7.dcv.cloudflare.com"
    );
    let removals: Vec<_> = instr
        .records
        .iter()
        .filter(|r| r.purpose == RecordPurpose::Remove)
        .map(|r| (r.record_type, r.value.as_str(), r.required))
        .collect();
    // The CNAME already right is kept; the A and the stale TXT go.
    assert_eq!(
        removals,
        [
            (RecordType::Txt, "stale", true),
            (RecordType::A, "192.0.2.9", true)
        ]
    );
    // No CAA evidence in a DNS check that found none: no CAA step.
    assert!(
        instr
            .records
            .iter()
            .all(|r| r.purpose != RecordPurpose::Caa)
    );
}

#[test]
fn caa_allowed_ca_needs_nothing() {
    let instr = instructions(&request(json!({
        "hostname": "app.customer.com", "cnameTarget": "customers.saasprovider.com",
        "certificateAuthority": "lets_encrypt",
        "existingRecords": [{"name": "customer.com", "type": "CAA", "value": "0 issue \"letsencrypt.org\""}]
    })))
    .unwrap();
    assert!(
        instr
            .records
            .iter()
            .all(|r| r.purpose != RecordPurpose::Caa)
    );
    let wild = instructions(&request(json!({
        "hostname": "*.customer.com", "cnameTarget": "customers.saasprovider.com",
        "certificateAuthority": "lets_encrypt",
        "existingRecords": [
            {"name": "customer.com", "type": "CAA", "value": "0 issue \"letsencrypt.org\""},
            {"name": "customer.com", "type": "CAA", "value": "0 issuewild \"pki.goog\""}
        ]
    })))
    .unwrap();
    let caa: Vec<_> = wild
        .records
        .iter()
        .filter(|r| r.purpose == RecordPurpose::Caa)
        .map(|r| r.value.as_str())
        .collect();
    assert_eq!(
        caa,
        [
            "0 issue \"letsencrypt.org\"",
            "0 issuewild \"letsencrypt.org\""
        ]
    );
}

#[test]
fn domain_connect_refuses_what_it_cannot_do() {
    let apex = instructions(&request(json!({"hostname": "customer.com", "cnameTarget": "customers.saasprovider.com", "provider": "cloudflare"}))).unwrap();
    let err = render(&apex, Format::DomainConnect, &RenderOptions::default()).unwrap_err();
    assert_eq!(err.code(), "domain_connect_unavailable");
    let namecheap = instructions(&request(json!({"hostname": "app.customer.com", "cnameTarget": "customers.saasprovider.com", "provider": "namecheap"}))).unwrap();
    let err = render(&namecheap, Format::DomainConnect, &RenderOptions::default()).unwrap_err();
    assert!(
        err.to_string().contains("does not support Domain Connect"),
        "{err}"
    );
}

#[test]
fn shipped_template_matches_the_renderer() {
    let template: serde_json::Value =
        serde_json::from_str(custom_hostnames::dns::render::DOMAIN_CONNECT_TEMPLATE).unwrap();
    assert_eq!(template["providerId"], "saasprovider.com");
    assert_eq!(template["serviceId"], "customhostname");
    assert_eq!(template["hostRequired"], true);
    let groups: Vec<_> = template["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["groupId"].as_str().unwrap())
        .collect();
    assert_eq!(groups, ["routing", "ownership", "delegation"]);
    let text = serde_json::to_string(&template).unwrap();
    for var in ["%target%", "%ownership%", "%dcvuuid%"] {
        assert!(text.contains(var), "{var}");
    }
}

#[test]
fn instructions_are_a_check_dns_request_as_they_are() {
    for case in super::cases::all() {
        let instr = case.instructions();
        let json = serde_json::to_value(&instr).unwrap();
        let check: custom_hostnames::check::CheckRequest = serde_json::from_value(json).unwrap();
        assert_eq!(check.hostname, instr.hostname);
        assert_eq!(check.zone, instr.zone);
        assert_eq!(check.records.len(), instr.records.len());
        assert_eq!(check.certificate_authority, instr.certificate_authority);
    }
}
