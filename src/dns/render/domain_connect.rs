//! Domain Connect synchronous flow (draft-ietf-dconn-domainconnect; the
//! template shipped in `domain-connect/saasprovider.com.customhostname.json`,
//! documented in `domain-connect/README.md`): the apply URL for the
//! customer's DNS provider, and the exact string the SaaS provider signs
//! (RS256) when the provider requires signed requests. Signing stays with
//! the caller's private key.

use serde::{Deserialize, Serialize};

use crate::dns::error::RenderError;
use crate::dns::model::{DnsRecord, DnsRecordType, Instructions, OrderKind};
use crate::dns::providers;
use crate::observation::RecordPurpose;

use super::RenderOptions;

/// The shipped template (its groups and variables are what this renderer fills).
pub const DOMAIN_CONNECT_TEMPLATE: &str =
    include_str!("../../../domain-connect/saasprovider.com.customhostname.json");

/// Domain Connect parameters.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct DomainConnectOptions {
    /// The template's `providerId` (default `saasprovider.com`, the shipped template).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub provider_id: Option<String>,
    /// The template's `serviceId` (default `customhostname`).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub service_id: Option<String>,
    /// The DNS provider's `urlSyncUX` (from its settings document, found via
    /// the `_domainconnect` TXT record); default: the provider table's.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub sync_ux_url: Option<String>,
    /// Where the provider sends the customer back.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub redirect_uri: Option<String>,
    /// Opaque state echoed on the redirect.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub state: Option<String>,
    /// Host of the TXT record holding the signing public key under the
    /// template's `syncPubKeyDomain` (default `_dcpubkeyv1`).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub key_host: Option<String>,
}

/// The rendered result (serialized as JSON).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct DomainConnectOutput {
    provider_id: String,
    service_id: String,
    template_file: String,
    /// The apply URLs, in order (two in the zero-downtime order).
    applies: Vec<Apply>,
    signature_required: bool,
    key_host: String,
    how_to_sign: String,
    /// Steps the template does not cover; do them by hand.
    not_covered: Vec<String>,
}

/// One apply URL.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Apply {
    /// `now` or `after_validation`.
    when: String,
    /// Template groups applied.
    groups: Vec<String>,
    /// The apply URL without signature.
    apply_url: String,
    /// The exact bytes to sign: the query string of `apply_url`.
    signing_input: String,
}

/// Renders the Domain Connect JSON.
pub fn render(instructions: &Instructions, options: &RenderOptions) -> Result<String, RenderError> {
    let dc = options.domain_connect.clone().unwrap_or_default();
    let provider = instructions
        .provider
        .as_ref()
        .and_then(|p| providers::provider(&p.id));
    let support = provider.and_then(|p| p.domain_connect.clone());
    let sync_ux = dc
        .sync_ux_url
        .clone()
        .or_else(|| support.as_ref().and_then(|s| s.sync_ux_url.clone()))
        .ok_or_else(|| {
            RenderError::DomainConnect(match (provider, &support) {
                (Some(p), None) => format!("{} does not support Domain Connect", p.name),
                (Some(p), Some(_)) => format!(
                    "{}'s urlSyncUX is not in the table: discover it from the _domainconnect TXT record and pass syncUxUrl",
                    p.name
                ),
                (None, _) => "unknown DNS provider: discover urlSyncUX from the _domainconnect TXT record and pass syncUxUrl".to_owned(),
            })
        })?;
    if !sync_ux.starts_with("https://") {
        return Err(RenderError::DomainConnect(
            "syncUxUrl must be an https:// URL".to_owned(),
        ));
    }
    if instructions.apex || instructions.wildcard {
        return Err(RenderError::DomainConnect(
            "the template needs a subdomain host (hostRequired); apex and wildcard hostnames are not covered".to_owned(),
        ));
    }
    let host = instructions
        .hostname
        .strip_suffix(&format!(".{}", instructions.zone))
        .ok_or_else(|| RenderError::DomainConnect("hostname outside its zone".to_owned()))?;

    let mut variables: Vec<(&'static str, &'static str, String)> = Vec::new();
    let mut not_covered = Vec::new();
    for record in &instructions.records {
        // Removals are the DNS provider's conflict handling: a template
        // CNAME replaces whatever is at its host.
        if record.purpose == RecordPurpose::Remove {
            continue;
        }
        match covered(record, instructions) {
            Some((group, variable, value)) if !variables.iter().any(|(g, _, _)| *g == group) => {
                variables.push((group, variable, value));
            }
            Some(_) => {}
            None if record.required => not_covered.push(format!(
                "step {}: {} {} {}",
                record.step,
                record.record_type.as_str(),
                record.fqdn,
                record.value
            )),
            None => {}
        }
    }
    let provider_id = dc
        .provider_id
        .clone()
        .unwrap_or_else(|| "saasprovider.com".to_owned());
    let service_id = dc
        .service_id
        .clone()
        .unwrap_or_else(|| "customhostname".to_owned());
    // Zero-downtime: validation groups now, the routing group at cutover.
    let batches: Vec<(&str, Vec<&str>)> = match instructions.order.kind {
        OrderKind::ZeroDowntime => vec![
            ("now", vec!["ownership", "delegation"]),
            ("after_validation", vec!["routing"]),
        ],
        OrderKind::Simple | OrderKind::Connected => {
            vec![("now", vec!["routing", "ownership", "delegation"])]
        }
    };
    let mut applies = Vec::new();
    for (when, groups) in batches {
        let chosen: Vec<_> = variables
            .iter()
            .filter(|(g, _, _)| groups.contains(g))
            .collect();
        if chosen.is_empty() {
            continue;
        }
        let mut params: Vec<(&str, String)> = vec![
            ("domain", instructions.zone.clone()),
            ("host", host.to_owned()),
        ];
        params.extend(chosen.iter().map(|(_, var, value)| (*var, value.clone())));
        let group_ids: Vec<&str> = chosen.iter().map(|(g, _, _)| *g).collect();
        params.push(("groupId", group_ids.join(",")));
        if let Some(uri) = &dc.redirect_uri {
            params.push(("redirect_uri", uri.clone()));
        }
        if let Some(state) = &dc.state {
            params.push(("state", state.clone()));
        }
        let query = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(params.iter().map(|(k, v)| (*k, v.as_str())))
            .finish();
        let enc = |s: &str| form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
        applies.push(Apply {
            when: when.to_owned(),
            groups: group_ids.iter().map(|g| (*g).to_owned()).collect(),
            apply_url: format!(
                "{}/v2/domainTemplates/providers/{}/services/{}/apply?{query}",
                sync_ux.trim_end_matches('/'),
                enc(&provider_id),
                enc(&service_id)
            ),
            signing_input: query,
        });
    }
    let key_host = dc.key_host.unwrap_or_else(|| "_dcpubkeyv1".to_owned());
    let output = DomainConnectOutput {
        template_file: format!("domain-connect/{provider_id}.{service_id}.json"),
        provider_id,
        service_id,
        applies,
        signature_required: support.is_none_or(|s| s.signature_required),
        how_to_sign: format!(
            "Sign signingInput with RS256 (RSA PKCS#1 v1.5 with SHA-256) using the private key whose public key is published in TXT at {key_host}.<syncPubKeyDomain>; append &sig=<base64 signature, URL-encoded>&key={key_host} to each applyUrl."
        ),
        key_host,
        not_covered,
    };
    serde_json::to_string_pretty(&output)
        .map(|mut s| {
            s.push('\n');
            s
        })
        .map_err(|e| RenderError::Json(e.to_string()))
}

/// The template group and variable value a record maps to, if any.
fn covered(
    record: &DnsRecord,
    instructions: &Instructions,
) -> Option<(&'static str, &'static str, String)> {
    match (record.purpose, record.record_type) {
        (RecordPurpose::Traffic, DnsRecordType::Cname) if record.fqdn == instructions.hostname => {
            Some(("routing", "target", record.value.clone()))
        }
        (RecordPurpose::Ownership, DnsRecordType::Txt)
            if record.fqdn == format!("_cf-custom-hostname.{}", instructions.hostname) =>
        {
            Some(("ownership", "ownership", record.value.clone()))
        }
        (RecordPurpose::DcvDelegation, DnsRecordType::Cname) => {
            let prefix = format!("{}.", instructions.hostname);
            let uuid = record
                .value
                .strip_prefix(&prefix)?
                .strip_suffix(".dcv.cloudflare.com")?;
            (!uuid.contains('.')).then(|| ("delegation", "dcvuuid", uuid.to_owned()))
        }
        _ => None,
    }
}
