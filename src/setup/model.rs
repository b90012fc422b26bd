//! What the setup checks read (the API's and the resolvers' answers, as the
//! caller received them) and what they return (one [`SetupCheck`] per rule).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::api::ApiMessage;

/// One API answer as the caller received it: the result (a bare object, an
/// API envelope, or the client's outcome: fields are read leniently), or the
/// failure. Neither = not asked.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct ApiAnswer {
    /// What the API returned (`null` for "none", e.g. no fallback origin).
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "unknown"))]
    pub result: Option<Value>,
    /// Why it could not be read.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub error: Option<ApiFailure>,
}

/// A failed API call, in the shape of the client's `CustomHostnamesError`
/// (`message`, `code`, and its `data`: `httpStatus`, `errors`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct ApiFailure {
    /// What went wrong, in English.
    pub message: String,
    /// The library's error code (`network_error`, `cloudflare_api_error`, ...).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub code: Option<String>,
    /// The HTTP status, when Cloudflare answered.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub http_status: Option<u16>,
    /// Cloudflare's `errors[]` (`{code, message}`, as the client reports them).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub errors: Vec<ApiMessage>,
}

impl ApiFailure {
    /// Whether Cloudflare answered with one of `codes`.
    pub fn has_code(&self, codes: &[i64]) -> bool {
        self.errors
            .iter()
            .any(|e| e.code.is_some_and(|c| codes.contains(&i64::from(c))))
    }
}

/// One DNS question asked over DNS-over-HTTPS and its answer: the
/// `application/dns-json` object (or its text), or why there is none.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct DnsLookup {
    /// The name asked (type A).
    pub name: String,
    /// The resolver's JSON answer (`{Status, Answer: [{name, type, TTL, data}]}`).
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "unknown"))]
    pub answer: Option<Value>,
    /// Why there is no answer (network, HTTP status, timeout).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub error: Option<String>,
}

/// The live lookups the checks use.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct SetupLookups {
    /// A of the CNAME target.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub cname_target: Option<DnsLookup>,
    /// A of a name under the CNAME target (e.g. `cf-setup-probe.<target>`):
    /// the wildcard record, for providers that hand out `<customer>.<target>`.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub wildcard_probe: Option<DnsLookup>,
    /// A of the fallback origin (what the CNAME target should reach).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub fallback_origin: Option<DnsLookup>,
}

/// Everything [`super::check_setup`] reads. Each part is optional: what was
/// not asked is reported as "could not check".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct SetupInput {
    /// The CNAME target customers point at (e.g. `customers.saasprovider.com`).
    pub cname_target: String,
    /// `GET /zones/{zone_id}/custom_hostnames/fallback_origin`.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub fallback_origin: Option<ApiAnswer>,
    /// `GET /zones/{zone_id}/dns_records` (every page's `result`, concatenated).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub dns_records: Option<ApiAnswer>,
    /// `GET /zones/{zone_id}/custom_hostnames/quota`.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub quota: Option<ApiAnswer>,
    /// Live DNS.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub lookups: SetupLookups,
    /// The provider hands out names under the CNAME target
    /// (`<customer>.<target>`), so the wildcard record is required. Absent:
    /// required when the zone has a wildcard record under the target.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub expect_wildcard: Option<bool>,
}

/// A record of the SaaS zone as `GET /zones/{zone_id}/dns_records` lists it
/// (OpenAPI `dns-records_dns-record-response`; only what the checks read).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ZoneRecord {
    /// Record id.
    pub id: String,
    /// Full name, Punycode.
    pub name: String,
    /// `A`, `AAAA`, `CNAME`, ...
    #[serde(rename = "type")]
    pub record_type: String,
    /// Address, target name, text.
    pub content: String,
    /// Orange cloud: traffic goes through Cloudflare.
    pub proxied: bool,
}

/// The outcome of one check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum SetupVerdict {
    /// Right.
    Ok,
    /// Wrong or missing: `fix` says what to do.
    Failed,
    /// Could not check (the API or a resolver did not answer, or an earlier
    /// check failed): `detail` says why.
    Unknown,
}

/// One rule of the provider's setup, checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct SetupCheck {
    /// Stable code (see the module doc).
    pub code: String,
    /// The verdict.
    pub verdict: SetupVerdict,
    /// Whether custom hostnames cannot work without it.
    pub required: bool,
    /// What is checked, one line.
    pub title: String,
    /// What was found.
    pub detail: String,
    /// What to do, when not ok (technical: API calls and spec sections).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub fix: Option<String>,
}

/// Every check, in the order a provider sets things up (spec §1 traffic path).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct SetupReport {
    /// Every required check is `ok`.
    pub ok: bool,
    /// The fallback origin named by the API, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub fallback_origin: Option<String>,
    /// The CNAME target checked.
    pub cname_target: String,
    /// The checks.
    pub checks: Vec<SetupCheck>,
}
