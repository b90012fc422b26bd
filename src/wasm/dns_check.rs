//! `checkDns`: asks public resolvers over DNS-over-HTTPS, from wherever the
//! module runs (a customer's browser, a Worker, Node), and judges each
//! expected record.

use futures_util::future::join_all;
use js_sys::Promise;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::future_to_promise;

use super::convert;
use super::error::BoundaryError;
use super::fetch::fetch;
use crate::check::{CheckRequest, Lookup, LookupResult, evaluate, plan};
use crate::client::TransportError;
use crate::doh::{DohFormat, parse_json, parse_wire, request};
use crate::observation::{CheckStatus, DnsObservation};

/// Cloudflare's public resolver: wire format over GET, CORS-enabled.
pub const DEFAULT_RESOLVER: &str = "https://cloudflare-dns.com/dns-query";

/// Options of `checkDns`.
#[derive(Debug, Default, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase", default)]
pub struct CheckDnsOptions {
    /// DoH endpoints to ask (default Cloudflare's); several show propagation.
    #[tsify(optional)]
    pub resolvers: Option<Vec<String>>,
    /// Wire GET (default), wire POST or the JSON form.
    #[tsify(optional)]
    pub format: Option<DohFormat>,
    /// Per-question timeout in milliseconds (default 5000).
    #[tsify(optional)]
    pub timeout_ms: Option<u32>,
}

/// One resolver's verdicts, when several were asked.
#[derive(Debug, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ResolverView {
    /// The resolver URL.
    pub resolver: String,
    /// Its verdict per record, in the order of `records`.
    pub statuses: Vec<CheckStatus>,
}

/// What `checkDns` resolves to: the first resolver's observation, plus each
/// resolver's verdicts when several were asked.
#[derive(Debug, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CheckDnsResult {
    /// The observation (first resolver).
    #[serde(flatten)]
    pub observation: DnsObservation,
    /// Per resolver, when more than one.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub resolvers: Vec<ResolverView>,
}

async fn ask(resolver: &str, lookup: &Lookup, format: DohFormat, timeout_ms: u32) -> LookupResult {
    let req = match request(resolver, &lookup.name, lookup.rtype, format) {
        Ok(r) => r,
        Err(e) => return LookupResult::Failed(e.to_string()),
    };
    let headers: Vec<(String, String)> = req
        .headers
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    let body = req
        .body
        .as_deref()
        .map(|b| JsValue::from(js_sys::Uint8Array::from(b)));
    let json = format == DohFormat::Json;
    let got = fetch(
        req.method,
        &req.url,
        &headers,
        body,
        timeout_ms,
        |response| async move {
            let status = response.status();
            if json {
                Ok((status, response.text().await?.into_bytes()))
            } else {
                Ok((status, response.binary().await?))
            }
        },
    )
    .await;
    match got {
        Err(TransportError::Timeout) => {
            LookupResult::Failed(format!("no answer from {resolver} within {timeout_ms} ms"))
        }
        Err(TransportError::Network(m)) => {
            LookupResult::Failed(format!("{resolver} could not be reached: {m}"))
        }
        Ok((status, _)) if status != 200 => {
            LookupResult::Failed(format!("{resolver} answered HTTP {status}"))
        }
        Ok((_, bytes)) => {
            let parsed = if json {
                parse_json(&String::from_utf8_lossy(&bytes))
            } else {
                parse_wire(&bytes)
            };
            match parsed {
                Ok(answer) => LookupResult::Answer(answer),
                Err(e) => LookupResult::Failed(e.to_string()),
            }
        }
    }
}

async fn observe(
    req: &CheckRequest,
    resolver: &str,
    format: DohFormat,
    timeout_ms: u32,
) -> DnsObservation {
    let lookups = plan(req);
    let answers = join_all(lookups.iter().map(|l| ask(resolver, l, format, timeout_ms))).await;
    let results = lookups.into_iter().zip(answers).collect();
    let now = (js_sys::Date::now() / 1000.0) as i64;
    evaluate(req, &results, Some(now), |ns| {
        crate::dns::detect_provider(ns).map(|p| p.id.clone())
    })
}

/// Checks every expected record live. `request` is `{ hostname, zone,
/// records: [{ purpose, type, fqdn, value }], certificateAuthority? }` — the
/// shape `dnsInstructions` returns.
#[wasm_bindgen(js_name = checkDns, unchecked_return_type = "Promise<CheckDnsResult>")]
pub fn check_dns(
    #[wasm_bindgen(unchecked_param_type = "CheckRequest")] request: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "CheckDnsOptions")] options: Option<JsValue>,
) -> Promise {
    let decoded = (|| {
        let req: CheckRequest = convert::decode(request, "request", |e| {
            BoundaryError::invalid_argument("request", &format!("{e}"))
        })?;
        let opts: CheckDnsOptions =
            convert::options(options.unwrap_or(JsValue::UNDEFINED), "options")?;
        Ok::<_, BoundaryError>((req, opts))
    })();
    let (req, opts) = match decoded {
        Ok(x) => x,
        Err(e) => return Promise::reject(&e.into()),
    };
    future_to_promise(async move {
        let resolvers = opts
            .resolvers
            .filter(|r| !r.is_empty())
            .unwrap_or_else(|| vec![DEFAULT_RESOLVER.to_owned()]);
        let format = opts.format.unwrap_or_default();
        let timeout = opts.timeout_ms.unwrap_or(5000);
        let observations =
            join_all(resolvers.iter().map(|r| observe(&req, r, format, timeout))).await;
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
        let observation = observations.into_iter().next().unwrap_or_default();
        Ok(convert::to_js(&CheckDnsResult {
            observation,
            resolvers: views,
        })?)
    })
}
