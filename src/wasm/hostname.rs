//! `parseHostname` and `parseHostnames`.

use serde::Deserialize;
use wasm_bindgen::prelude::*;

use super::convert;
use super::error::BoundaryError;
use crate::diagnostic::ErrorInfo;
use crate::hostname::{Hostname, HostnameInfo, ParseOptions};

/// Options of `parseHostname`, as JS passes them.
#[derive(Debug, Default, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase", default)]
pub struct ParseHostnameOptions {
    /// Accept special-use names such as `example.com` (tests and demos only).
    #[tsify(optional)]
    pub allow_special_use: Option<bool>,
    /// Accept `*.example.com` (default true).
    #[tsify(optional)]
    pub allow_wildcard: Option<bool>,
}

impl From<ParseHostnameOptions> for ParseOptions {
    fn from(o: ParseHostnameOptions) -> Self {
        let d = ParseOptions::default();
        ParseOptions {
            allow_special_use: o.allow_special_use.unwrap_or(d.allow_special_use),
            allow_wildcard: o.allow_wildcard.unwrap_or(d.allow_wildcard),
        }
    }
}

/// Parses what a customer typed into the hostname Cloudflare will receive.
/// Throws a `CustomHostnamesError` with a stable `code` on bad input.
#[wasm_bindgen(js_name = parseHostname, unchecked_return_type = "HostnameInfo")]
pub fn parse_hostname(
    #[wasm_bindgen(unchecked_param_type = "string")] input: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ParseHostnameOptions")] options: Option<
        JsValue,
    >,
) -> Result<JsValue, JsValue> {
    let input = convert::string(&input, "input")?;
    let options: ParseOptions =
        convert::options::<ParseHostnameOptions>(options.unwrap_or(JsValue::UNDEFINED), "options")?
            .into();
    let parsed = Hostname::parse(&input, &options)
        .map_err(|e| BoundaryError::from_coded(&e, Some(&input)))?;
    Ok(convert::to_js(&HostnameInfo::new(&input, parsed))?)
}

/// One item of `parseHostnames`.
#[derive(serde::Serialize)]
#[serde(untagged)]
enum BatchItem {
    Ok { ok: bool, hostname: HostnameInfo },
    Err { ok: bool, error: ErrorInfo },
}

/// Parses many hostnames at once; never throws for a bad item (each item is
/// `{ ok: true, hostname }` or `{ ok: false, error }`), only for a bad argument.
#[wasm_bindgen(js_name = parseHostnames, unchecked_return_type = "HostnameResult[]")]
pub fn parse_hostnames(
    #[wasm_bindgen(unchecked_param_type = "string[]")] inputs: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ParseHostnameOptions")] options: Option<
        JsValue,
    >,
) -> Result<JsValue, JsValue> {
    let inputs = convert::strings(&inputs, "inputs")?;
    let options: ParseOptions =
        convert::options::<ParseHostnameOptions>(options.unwrap_or(JsValue::UNDEFINED), "options")?
            .into();
    let items: Vec<BatchItem> = inputs
        .iter()
        .map(|input| match Hostname::parse(input, &options) {
            Ok(parsed) => BatchItem::Ok {
                ok: true,
                hostname: HostnameInfo::new(input, parsed),
            },
            Err(e) => BatchItem::Err {
                ok: false,
                error: ErrorInfo::from_error(&e, Some(input)),
            },
        })
        .collect();
    Ok(convert::to_js(&items)?)
}
