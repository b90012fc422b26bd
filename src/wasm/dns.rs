//! `dnsInstructions`, `renderInstructions`, `renderDnsInstructions`,
//! `detectDnsProvider`, `dnsProviders`: the customer's DNS instructions
//! (core: `crate::dns`).

use wasm_bindgen::prelude::*;

use super::convert;
use super::error::BoundaryError;
use crate::dns::{self, DnsRequest, Format, Instructions, RenderOptions};

/// Decodes a required object argument.
fn object<T: serde::de::DeserializeOwned>(value: JsValue, name: &str) -> Result<T, BoundaryError> {
    if value.is_undefined() || value.is_null() {
        return Err(BoundaryError::invalid_argument(
            name,
            "expected an object, got nothing",
        ));
    }
    convert::decode(value, name, |e| {
        BoundaryError::invalid_argument(name, &e.to_string())
    })
}

/// Builds the customer's DNS instructions: every record to create or delete,
/// named the way their DNS provider wants it, in order. `customHostname` may
/// be the API's object or envelope, passed straight through. Throws a
/// `CustomHostnamesError` with a stable `code` on a refused request.
#[wasm_bindgen(js_name = dnsInstructions, unchecked_return_type = "Instructions")]
pub fn dns_instructions(
    #[wasm_bindgen(unchecked_param_type = "DnsRequest")] request: JsValue,
) -> Result<JsValue, JsValue> {
    let request: DnsRequest = object(request, "request")?;
    let instructions = dns::instructions(&request)
        .map_err(|e| BoundaryError::from_coded(&e, Some(&request.hostname)))?;
    Ok(convert::to_js(&instructions)?)
}

/// Renders instructions (as returned by `dnsInstructions`) as `text`,
/// `markdown`, `html`, `zonefile`, `json` or `domainConnect`.
#[wasm_bindgen(js_name = renderInstructions)]
pub fn render_instructions(
    #[wasm_bindgen(unchecked_param_type = "Instructions")] instructions: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Format")] format: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "RenderOptions")] options: Option<JsValue>,
) -> Result<String, JsValue> {
    let instructions: Instructions = object(instructions, "instructions")?;
    Ok(render(&instructions, format, options)?)
}

/// `renderInstructions(dnsInstructions(request), format, options)` in one
/// call: the instructions (~4 KB of JSON each) never cross into JS and
/// back, which is most of the cost of the two calls (docs/performance.md).
/// For when only the rendered text is needed (a zone file, an e-mail).
#[wasm_bindgen(js_name = renderDnsInstructions)]
pub fn render_dns_instructions(
    #[wasm_bindgen(unchecked_param_type = "DnsRequest")] request: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Format")] format: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "RenderOptions")] options: Option<JsValue>,
) -> Result<String, JsValue> {
    let request: DnsRequest = object(request, "request")?;
    let instructions = dns::instructions(&request)
        .map_err(|e| BoundaryError::from_coded(&e, Some(&request.hostname)))?;
    Ok(render(&instructions, format, options)?)
}

/// Decodes `format` and `options`, then renders.
fn render(
    instructions: &Instructions,
    format: JsValue,
    options: Option<JsValue>,
) -> Result<String, BoundaryError> {
    let format: Format = convert::decode(format, "format", |e| {
        BoundaryError::invalid_argument(
            "format",
            &format!("expected text, markdown, html, zonefile, json or domainConnect ({e})"),
        )
    })?;
    let options: RenderOptions =
        convert::options(options.unwrap_or(JsValue::UNDEFINED), "options")?;
    dns::render(instructions, format, &options).map_err(|e| BoundaryError::from_coded(&e, None))
}

/// The DNS provider whose name servers these are (NS record names of the
/// customer's zone), or `undefined`.
#[wasm_bindgen(js_name = detectDnsProvider, unchecked_return_type = "Provider | undefined")]
pub fn detect_dns_provider(
    #[wasm_bindgen(unchecked_param_type = "string[]")] ns_names: JsValue,
) -> Result<JsValue, JsValue> {
    let names = convert::strings(&ns_names, "nsNames")?;
    match dns::detect_provider(&names) {
        Some(provider) => Ok(convert::to_js(provider)?),
        None => Ok(JsValue::UNDEFINED),
    }
}

/// Every DNS provider of the table.
#[wasm_bindgen(js_name = dnsProviders, unchecked_return_type = "Provider[]")]
pub fn dns_providers() -> Result<JsValue, JsValue> {
    Ok(convert::to_js(dns::providers::providers())?)
}
