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
    let input_js = input;
    let input = convert::string(&input_js, "input")?;
    let options: ParseOptions =
        convert::options::<ParseHostnameOptions>(options.unwrap_or(JsValue::UNDEFINED), "options")?
            .into();
    // Messages quote parts of the input: one holding the field separator
    // takes the serializer instead of the record below.
    if input.contains(crate::hostname::flat::FIELD_SEPARATOR) {
        let parsed = Hostname::parse(&input, &options)
            .map_err(|e| BoundaryError::from_coded(&e, Some(&input)))?;
        return Ok(convert::to_js(&HostnameInfo::new(&input, parsed))?);
    }
    let (hostname, warnings) = crate::hostname::flat::parse(&input, &options)
        .map_err(|e| BoundaryError::from_coded(&e, Some(&input)))?;
    // One record string out, the object built in JS (see `buildResults`).
    let mut record = String::with_capacity(input.len() * 4);
    crate::hostname::flat::push_record(&mut record, &hostname, &warnings);
    Ok(build_hostname(&record, &input_js))
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
    let options: ParseOptions =
        convert::options::<ParseHostnameOptions>(options.unwrap_or(JsValue::UNDEFINED), "options")?
            .into();
    // Fast path: one string each way. `is_array` first: `joinInputs` needs
    // an array; what it refuses (a non-string item) and inputs holding a
    // separator take the item-by-item path below, which names a bad item.
    if js_sys::Array::is_array(&inputs) {
        if let Some(joined) = convert::copy_if_string(&join_inputs(&inputs)) {
            if let Some(text) = crate::hostname::flat::parse_records(&joined, &options) {
                let results = build_results(&text, &inputs);
                if !results.is_undefined() {
                    return Ok(results);
                }
            }
        }
    }
    let inputs = convert::strings(&inputs, "inputs")?;
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

/// The fast bulk form of `parseHostnames`: one string in (hostnames separated
/// by `\n`), one string out, one line per input line, fields separated by
/// `\t`. An accepted name gives
/// `1 ascii unicode registrableDomain publicSuffix suffixKind warningCodes`
/// (warning codes comma-separated, possibly empty); a refused one
/// `0 code message`. Two crossings of the boundary for the whole batch,
/// where the object form creates a few JS values per item; see
/// docs/performance.md. Throws only for a bad argument.
#[wasm_bindgen(js_name = parseHostnamesFlat)]
pub fn parse_hostnames_flat(
    #[wasm_bindgen(unchecked_param_type = "string")] lines: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ParseHostnameOptions")] options: Option<
        JsValue,
    >,
) -> Result<String, JsValue> {
    let lines = convert::long_string(&lines, "lines")?;
    let options: ParseOptions =
        convert::options::<ParseHostnameOptions>(options.unwrap_or(JsValue::UNDEFINED), "options")?
            .into();
    Ok(crate::hostname::flat::parse_lines(&lines, &options))
}

// The JS half of `parseHostnames`: joins the inputs for one crossing in, and
// builds the result objects from one string out (`flat::parse_records`).
// Building objects in JS is several times faster than one property set per
// field across the boundary; reading the fields in place (indexOf + slice)
// instead of `split` saves the per-record arrays: ~15 % of the batch
// (docs/performance.md). A malformed text gives `undefined` and the caller
// takes the item-by-item path.
#[wasm_bindgen(inline_js = r#"
export function joinInputs(inputs) {
  for (let i = 0; i < inputs.length; i++) if (typeof inputs[i] !== 'string') return undefined;
  return inputs.join('\u001e');
}
// Reads the record text in place (indexOf + slice): no per-record arrays.
function field(text, at, end) {
  const cut = text.indexOf('\u001f', at);
  return cut < 0 || cut > end ? end : cut;
}
function hostnameAt(text, at, end, input) {
  let e = field(text, at, end); const ascii = text.slice(at, e); at = e + 1;
  e = field(text, at, end); const unicode = text.slice(at, e); at = e + 1;
  e = field(text, at, end); const registrableDomain = text.slice(at, e); at = e + 1;
  e = field(text, at, end); const publicSuffix = text.slice(at, e); at = e + 1;
  e = field(text, at, end); const subdomain = text.slice(at, e); at = e + 1;
  e = field(text, at, end); const suffixKind = text.slice(at, e); at = e + 1;
  const warnings = [];
  while (at <= end && e < end) {
    e = field(text, at, end); const code = text.slice(at, e); at = e + 1;
    e = field(text, at, end); warnings.push({ code, message: text.slice(at, e) }); at = e + 1;
  }
  return { input, ascii, unicode, isWildcard: ascii.startsWith('*.'), isApex: subdomain === '',
    registrableDomain, publicSuffix, subdomain, isIcannSuffix: suffixKind === 'icann', suffixKind, warnings };
}
export function buildHostname(text, input) {
  return hostnameAt(text, 2, text.length, input);
}
export function buildResults(text, inputs) {
  const n = inputs.length;
  const out = new Array(n);
  let at = 0;
  for (let i = 0; i < n; i++) {
    if (at > text.length) return undefined;
    let end = text.indexOf('\u001e', at);
    if (end < 0) end = text.length;
    if (text.charCodeAt(at) === 49) {
      out[i] = { ok: true, hostname: hostnameAt(text, at + 2, end, inputs[i]) };
    } else {
      const e = field(text, at + 2, end);
      out[i] = { ok: false, error: { code: text.slice(at + 2, e), message: text.slice(e + 1, end), input: inputs[i] } };
    }
    at = end + 1;
  }
  return at === text.length + 1 ? out : undefined;
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = joinInputs)]
    fn join_inputs(inputs: &JsValue) -> JsValue;
    #[wasm_bindgen(js_name = buildHostname)]
    fn build_hostname(text: &str, input: &JsValue) -> JsValue;
    #[wasm_bindgen(js_name = buildResults)]
    fn build_results(text: &str, inputs: &JsValue) -> JsValue;
}
