//! `checkDns`: the DNS check runner (`crate::check::run`) over `fetch`, from
//! wherever the module runs (a customer's browser, a Worker, Node).

use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::future_to_promise;

use super::convert;
use super::error::BoundaryError;
use super::fetch::FetchTransport;
use crate::check::CheckRequest;
use crate::check::run::{CheckDnsOptions, run};

/// Checks every expected record live. `request` is `{ hostname, zone,
/// records: [{ purpose, type, fqdn, value }], certificateAuthority? }` — the
/// shape `dnsInstructions` returns.
#[wasm_bindgen(js_name = checkDns, unchecked_return_type = "Promise<CheckDnsResult>")]
pub fn check_dns(
    #[wasm_bindgen(unchecked_param_type = "CheckRequest")] request: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "CheckDnsOptions")] options: Option<JsValue>,
) -> Promise {
    let decoded = (|| {
        let check: CheckRequest = convert::decode(request, "request", |e| {
            BoundaryError::invalid_argument("request", &format!("{e}"))
        })?;
        let options: CheckDnsOptions =
            convert::options(options.unwrap_or(JsValue::UNDEFINED), "options")?;
        Ok::<_, BoundaryError>((check, options))
    })();
    match decoded {
        Ok((check, options)) => future_to_promise(async move {
            Ok(convert::to_js(
                &run(&FetchTransport, &check, &options).await,
            )?)
        }),
        Err(e) => Promise::reject(&e.into()),
    }
}
