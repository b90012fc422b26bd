//! `buildRequest`, `toCurl` and `parseResponse`: the Cloudflare API model
//! (`crate::api`) at the JS boundary, in the same five steps as every
//! export (decode → core → encode → map error → return).
//!
//! Data types are declared to TypeScript by the `tsify` derives on the core
//! types; the lenient string enums (which serialize as plain strings and
//! accept unknown values) are declared here by hand, and
//! `tests/api/wasm_types.rs` checks these unions against the Rust lists.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use wasm_bindgen::prelude::*;

use super::convert;
use super::error::BoundaryError;
use crate::api::request::{self, ApiRequest, BuildOptions, Operation};
use crate::api::{ResponseError, parse_result, parse_result_value};
use crate::diagnostic::Warning;

/// `buildRequest`'s result: the request, its full URL and the warnings.
#[derive(Debug, Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
pub struct BuiltRequest {
    /// The request (the transport adds `Authorization`).
    pub request: ApiRequest,
    /// `https://api.cloudflare.com/client/v4` + path + encoded query.
    pub url: String,
    /// Remarks about accepted input.
    pub warnings: Vec<Warning>,
}

/// Options of `toCurl`.
#[derive(Debug, Default, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase", default)]
pub struct ToCurlOptions {
    /// Shell variable holding the token (default `CLOUDFLARE_API_TOKEN`).
    #[tsify(optional)]
    pub token_var: Option<String>,
}

/// Options of `parseResponse`.
#[derive(Debug, Default, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase", default)]
pub struct ParseResponseOptions {
    /// The HTTP status, when known (non-2xx is a failure even with a body).
    #[tsify(optional)]
    pub http_status: Option<u16>,
}

/// Decodes an operation; errors name the path of the bad field.
fn operation(value: JsValue) -> Result<Operation, BoundaryError> {
    let json: Value = convert::decode(value, "operation", |e| {
        BoundaryError::invalid_argument("operation", &format!("not a JSON-like object: {e}"))
    })?;
    Operation::from_json_value(&json).map_err(|e| validation_error(&e))
}

fn validation_error(error: &request::ValidationError) -> BoundaryError {
    let data = convert::to_js(&serde_json::json!({ "field": error.field() }))
        .unwrap_or(JsValue::UNDEFINED);
    BoundaryError::from_coded(error, None).with_data(data)
}

fn response_error(error: &ResponseError) -> BoundaryError {
    let coded = BoundaryError::from_coded(error, None);
    let data = match error {
        ResponseError::Api(api) => serde_json::json!({
            "httpStatus": api.http_status,
            "errors": api.errors,
            "retryable": api.is_retryable(),
        }),
        ResponseError::Malformed(parse) => serde_json::json!({ "detail": parse.to_string() }),
    };
    match convert::to_js(&data) {
        Ok(data) => coded.with_data(data),
        Err(_) => coded,
    }
}

/// Validates an operation and builds its request. Throws a
/// `CustomHostnamesError` whose `code` names the rule and whose
/// `data.field` names the field (e.g. `ssl.method`).
#[wasm_bindgen(js_name = buildRequest, unchecked_return_type = "BuiltRequest")]
pub fn build_request(
    #[wasm_bindgen(unchecked_param_type = "Operation")] operation_value: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "BuildOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let op = operation(operation_value)?;
    let options: BuildOptions = convert::options(options.unwrap_or(JsValue::UNDEFINED), "options")?;
    let built = request::build_with(&op, &options).map_err(|e| validation_error(&e))?;
    let out = BuiltRequest {
        url: built.request.url(request::BASE_URL),
        request: built.request,
        warnings: built.warnings,
    };
    Ok(convert::to_js(&out)?)
}

/// A `curl` command for a built request; the token only as `$VAR`.
#[wasm_bindgen(js_name = toCurl)]
pub fn to_curl(
    #[wasm_bindgen(unchecked_param_type = "ApiRequest")] request_value: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ToCurlOptions")] options: Option<JsValue>,
) -> Result<String, JsValue> {
    let api_request: ApiRequest = convert::decode(request_value, "request", |e| {
        BoundaryError::invalid_argument("request", &format!("not an ApiRequest: {e}"))
    })?;
    let options: ToCurlOptions =
        convert::options(options.unwrap_or(JsValue::UNDEFINED), "options")?;
    let var = options
        .token_var
        .unwrap_or_else(|| request::DEFAULT_TOKEN_VAR.to_owned());
    Ok(request::to_curl(&api_request, &var))
}

/// Reads the response of `operation` (`json`: the body text or the parsed
/// object). Throws `cloudflare_api_error` with `data.errors` (codes and
/// messages), `data.httpStatus` and `data.retryable` for a Cloudflare
/// failure, or a parse code (`invalid_json`, `unexpected_shape`...).
#[wasm_bindgen(js_name = parseResponse, unchecked_return_type = "OperationResult")]
pub fn parse_response(
    #[wasm_bindgen(unchecked_param_type = "Operation")] operation_value: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | object")] json: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ParseResponseOptions")] options: Option<
        JsValue,
    >,
) -> Result<JsValue, JsValue> {
    let op = operation(operation_value)?;
    let options: ParseResponseOptions =
        convert::options(options.unwrap_or(JsValue::UNDEFINED), "options")?;
    let result = match convert::copy_if_string(&json) {
        Some(text) => parse_result(op.result_kind(), options.http_status, &text),
        None => {
            let value: Value = convert::decode(json, "json", |e| {
                BoundaryError::invalid_argument(
                    "json",
                    &format!("not JSON text or a JSON-like value: {e}"),
                )
            })?;
            parse_result_value(op.result_kind(), options.http_status, &value)
        }
    }
    .map_err(|e| response_error(&e))?;
    Ok(convert::to_js(&result)?)
}
