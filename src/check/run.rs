//! Running a live DNS check: ask every planned question ([`super::plan`])
//! of each DNS-over-HTTPS resolver through a [`Transport`] (the same
//! abstraction the API client uses), judge the answers ([`super::evaluate`])
//! and merge the resolvers' verdicts. The Wasm boundary only plugs in
//! `fetch` (`checkDns`); tests plug in a scripted transport
//! (`tests/runtime/check_run.rs`).
//!
//! DoH is RFC 8484 (wire format, GET or POST) or the JSON form public
//! resolvers also offer (`crate::doh`). A question that gets no usable
//! answer (no response, timeout, HTTP error, undecodable message) is
//! `lookup_failed`, never `missing`: the wording says which resolver and why.

use futures_util::future::join_all;
use serde::{Deserialize, Serialize};

use super::{CheckRequest, Lookup, LookupResult, evaluate, plan};
use crate::client::{HttpRequest, Transport, TransportError};
use crate::doh::{DohFormat, parse_json, parse_wire, request};
use crate::observation::{CheckStatus, DnsObservation};

/// Cloudflare's public resolver: wire format over GET, CORS-enabled.
pub const DEFAULT_RESOLVER: &str = "https://cloudflare-dns.com/dns-query";

/// Per-question timeout when none is given, in milliseconds.
pub const DEFAULT_TIMEOUT_MS: u32 = 5000;

/// How to check: which resolvers, which DoH form, how long to wait.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct CheckDnsOptions {
    /// DoH endpoints to ask (default Cloudflare's); several show propagation.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub resolvers: Option<Vec<String>>,
    /// Wire GET (default), wire POST or the JSON form.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub format: Option<DohFormat>,
    /// Per-question timeout in milliseconds (default 5000).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub timeout_ms: Option<u32>,
}

/// One resolver's verdicts, when several were asked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ResolverView {
    /// The resolver URL.
    pub resolver: String,
    /// Its verdict per record, in the order of `records`.
    pub statuses: Vec<CheckStatus>,
}

/// The outcome of a check: the first resolver's observation, plus each
/// resolver's verdicts when several were asked.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct CheckDnsResult {
    /// The observation (first resolver).
    #[serde(flatten)]
    pub observation: DnsObservation,
    /// Per resolver, when more than one.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub resolvers: Vec<ResolverView>,
}

/// Checks every expected record of `check` live, asking each resolver of
/// `options` every question at once.
pub async fn run<T: Transport>(
    transport: &T,
    check: &CheckRequest,
    options: &CheckDnsOptions,
) -> CheckDnsResult {
    let resolvers = options
        .resolvers
        .clone()
        .filter(|r| !r.is_empty())
        .unwrap_or_else(|| vec![DEFAULT_RESOLVER.to_owned()]);
    let format = options.format.unwrap_or_default();
    let timeout_ms = options.timeout_ms.unwrap_or(DEFAULT_TIMEOUT_MS);
    let observations = join_all(
        resolvers
            .iter()
            .map(|r| observe(transport, check, r, format, timeout_ms)),
    )
    .await;
    let mut views: Vec<ResolverView> = resolvers
        .iter()
        .zip(&observations)
        .map(|(r, o)| ResolverView {
            resolver: r.clone(),
            statuses: o.records.iter().map(|c| c.status).collect(),
        })
        .collect();
    if views.len() == 1 {
        views.clear();
    }
    CheckDnsResult {
        observation: observations.into_iter().next().unwrap_or_default(),
        resolvers: views,
    }
}

/// One resolver: every question, then the verdicts.
async fn observe<T: Transport>(
    transport: &T,
    check: &CheckRequest,
    resolver: &str,
    format: DohFormat,
    timeout_ms: u32,
) -> DnsObservation {
    let lookups = plan(check);
    let answers = join_all(
        lookups
            .iter()
            .map(|l| ask(transport, resolver, l, format, timeout_ms)),
    )
    .await;
    let results = lookups.into_iter().zip(answers).collect();
    // Whole seconds since the Unix epoch (`now_ms` is a wall clock here).
    #[allow(clippy::cast_possible_truncation)]
    let now = (transport.now_ms() / 1000.0) as i64;
    evaluate(check, &results, Some(now), |ns| {
        crate::dns::detect_provider(ns).map(|p| p.id.clone())
    })
}

/// One question to one resolver.
async fn ask<T: Transport>(
    transport: &T,
    resolver: &str,
    lookup: &Lookup,
    format: DohFormat,
    timeout_ms: u32,
) -> LookupResult {
    let doh = match request(resolver, &lookup.name, lookup.rtype, format) {
        Ok(r) => r,
        Err(e) => return LookupResult::Failed(e.to_string()),
    };
    let http = HttpRequest {
        method: doh.method,
        url: doh.url,
        headers: doh
            .headers
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect(),
        body: doh.body,
        timeout_ms,
    };
    match transport.send(&http).await {
        Err(TransportError::Timeout) => {
            LookupResult::Failed(format!("no answer from {resolver} within {timeout_ms} ms"))
        }
        Err(TransportError::Network(m)) => {
            LookupResult::Failed(format!("{resolver} could not be reached: {m}"))
        }
        Ok(response) if response.status != 200 => {
            LookupResult::Failed(format!("{resolver} answered HTTP {}", response.status))
        }
        Ok(response) => {
            let parsed = if format == DohFormat::Json {
                parse_json(&String::from_utf8_lossy(&response.body))
            } else {
                parse_wire(&response.body)
            };
            match parsed {
                Ok(answer) => LookupResult::Answer(answer),
                Err(e) => LookupResult::Failed(e.to_string()),
            }
        }
    }
}
