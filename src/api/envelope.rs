//! The Cloudflare v4 response envelope and the entry points that read a
//! response body (spec §4 "Envelope", §6 `result_info`, §7.1 status codes).
//!
//! `{ success, errors[], messages[], result, result_info? }`. Parsing is
//! lenient (spec §12.9): `messages` and `errors` items may be strings or
//! `{code, message, documentation_url?, source?}` objects; `result_info`
//! gets `total_pages` computed when Cloudflare omits it; a body that is not
//! an envelope at all (the DELETE bare `{id}`, §2) is taken as the result.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::error::{ApiError, ApiErrorItem, ParseError, ResponseError, json_type};
use super::lenient::{lenient_count, null_as_default};

/// `source` of an envelope message: which part of the request it is about.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct MessageSource {
    /// JSON pointer into the request, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub pointer: Option<String>,
}

/// One item of `errors` or `messages`. Custom hostname endpoints send
/// `messages` as plain strings, other endpoints as objects (spec §4); a
/// string becomes an item with no `code`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(from = "ApiMessageRepr")]
pub struct ApiMessage {
    /// Numeric code (≥ 1000 for errors), absent for plain-string messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub code: Option<u32>,
    /// The text, verbatim.
    pub message: String,
    /// Link to documentation, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub documentation_url: Option<String>,
    /// Which part of the request the message is about, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub source: Option<MessageSource>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum ApiMessageRepr {
    Text(String),
    Object {
        #[serde(default)]
        code: Option<u32>,
        #[serde(default, deserialize_with = "null_as_default")]
        message: String,
        #[serde(default)]
        documentation_url: Option<String>,
        #[serde(default)]
        source: Option<MessageSource>,
    },
}

impl From<ApiMessageRepr> for ApiMessage {
    fn from(repr: ApiMessageRepr) -> Self {
        match repr {
            ApiMessageRepr::Text(message) => Self {
                message,
                ..Self::default()
            },
            ApiMessageRepr::Object {
                code,
                message,
                documentation_url,
                source,
            } => Self {
                code,
                message,
                documentation_url,
                source,
            },
        }
    }
}

/// Pagination of list responses (spec §6). Every counter is optional
/// because older responses omit some; `total_pages` is filled in from
/// `total_count` and `per_page` when Cloudflare leaves it out.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(from = "ResultInfoRepr")]
pub struct ResultInfo {
    /// Items on this page.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub count: Option<u64>,
    /// This page's number (1-based).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub page: Option<u64>,
    /// Page size.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub per_page: Option<u64>,
    /// Items over all pages.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub total_count: Option<u64>,
    /// Number of pages (sent or computed).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub total_pages: Option<u64>,
}

#[derive(Deserialize)]
struct ResultInfoRepr {
    #[serde(default, deserialize_with = "lenient_count")]
    count: Option<u64>,
    #[serde(default, deserialize_with = "lenient_count")]
    page: Option<u64>,
    #[serde(default, deserialize_with = "lenient_count")]
    per_page: Option<u64>,
    #[serde(default, deserialize_with = "lenient_count")]
    total_count: Option<u64>,
    #[serde(default, deserialize_with = "lenient_count")]
    total_pages: Option<u64>,
}

impl From<ResultInfoRepr> for ResultInfo {
    fn from(repr: ResultInfoRepr) -> Self {
        let computed = match (repr.total_count, repr.per_page) {
            (Some(total), Some(per_page)) if per_page > 0 => Some(total.div_ceil(per_page)),
            _ => None,
        };
        Self {
            count: repr.count,
            page: repr.page,
            per_page: repr.per_page,
            total_count: repr.total_count,
            total_pages: repr.total_pages.or(computed),
        }
    }
}

impl ResultInfo {
    /// `true` when a later page exists (needs `page` and `total_pages`).
    pub fn has_next_page(&self) -> bool {
        matches!((self.page, self.total_pages), (Some(page), Some(total)) if page < total)
    }
}

/// The v4 envelope around a `result` of type `T`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(bound(deserialize = "T: Deserialize<'de>", serialize = "T: Serialize"))]
pub struct Envelope<T> {
    /// `success`; absent in truncated documentation examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub success: Option<bool>,
    /// Errors (empty on success).
    #[serde(default, deserialize_with = "null_as_default")]
    pub errors: Vec<ApiMessage>,
    /// Informational messages (e.g. the over-quota billing warning).
    #[serde(default, deserialize_with = "null_as_default")]
    pub messages: Vec<ApiMessage>,
    /// The result (`null` on failure).
    #[serde(default)]
    pub result: Option<T>,
    /// Pagination, on list responses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub result_info: Option<ResultInfo>,
}

/// A successful response, unwrapped.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct ApiResponse<T> {
    /// The `result` (or the whole body, for a bare response).
    pub result: T,
    /// Pagination, on list responses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub result_info: Option<ResultInfo>,
    /// Informational messages sent with the result.
    #[serde(default)]
    pub messages: Vec<ApiMessage>,
}

/// Parses a body into a JSON value, mapping syntax errors to [`ParseError`].
/// Bodies over [`MAX_JSON_BYTES`](super::error::MAX_JSON_BYTES) are refused
/// unread (`input_too_large`); nesting is bounded by serde_json's recursion
/// limit (128, reported as `invalid_json`).
pub fn parse_json(body: &str) -> Result<Value, ParseError> {
    if body.len() > super::error::MAX_JSON_BYTES {
        return Err(ParseError::TooLarge {
            what: "JSON text (bytes)",
            size: body.len(),
            limit: super::error::MAX_JSON_BYTES,
        });
    }
    serde_json::from_str(body).map_err(|error| ParseError::from_syntax(&error))
}

/// Deserializes `value` into `T`, reporting the path (prefixed by `prefix`)
/// of the first field that does not fit.
pub(crate) fn decode_at<T: DeserializeOwned>(value: &Value, prefix: &str) -> Result<T, ParseError> {
    serde_path_to_error::deserialize(value).map_err(|error| {
        match ParseError::from_path_error(error) {
            ParseError::Shape { path, message } => ParseError::Shape {
                path: join_path(prefix, &path),
                message,
            },
            other => other,
        }
    })
}

fn join_path(prefix: &str, path: &str) -> String {
    match (prefix.is_empty(), path == ".") {
        (true, _) => path.to_owned(),
        (false, true) => prefix.to_owned(),
        (false, false) if path.starts_with('[') => format!("{prefix}{path}"),
        (false, false) => format!("{prefix}.{path}"),
    }
}

/// `true` when the object looks like a v4 envelope rather than a bare result.
fn is_envelope(object: &serde_json::Map<String, Value>) -> bool {
    object.contains_key("success") || object.contains_key("result")
}

fn require_object(value: &Value) -> Result<&serde_json::Map<String, Value>, ParseError> {
    value.as_object().ok_or_else(|| ParseError::NotAnObject {
        path: ".".to_owned(),
        found: json_type(value),
    })
}

fn is_success_status(status: Option<u16>) -> bool {
    status.is_none_or(|status| (200..300).contains(&status))
}

fn api_error(http_status: Option<u16>, errors: Vec<ApiMessage>) -> ApiError {
    ApiError {
        http_status,
        errors: errors
            .into_iter()
            .map(|item| ApiErrorItem::new(item.code.unwrap_or(0), item.message))
            .collect(),
    }
}

/// Reads an already-parsed response: an envelope (success or failure) or a
/// bare result. `http_status` is the HTTP status when known; any 2xx counts
/// as success (spec §7.1: docs say 201/202, the schema says 200).
pub fn interpret_response<T: DeserializeOwned>(
    http_status: Option<u16>,
    value: &Value,
) -> Result<ApiResponse<T>, ResponseError> {
    let object = require_object(value)?;
    if !is_envelope(object) {
        if !is_success_status(http_status) {
            // A non-2xx with a non-envelope body: still an API failure.
            let errors = match object.get("errors") {
                Some(errors) => {
                    decode_at::<Envelope<Value>>(&serde_json::json!({ "errors": errors }), "")
                        .map(|envelope| envelope.errors)
                        .unwrap_or_default()
                }
                None => Vec::new(),
            };
            return Err(api_error(http_status, errors).into());
        }
        return Ok(ApiResponse {
            result: decode_at(value, "")?,
            result_info: None,
            messages: Vec::new(),
        });
    }
    let envelope: Envelope<Value> = decode_at(value, "")?;
    if envelope.success == Some(false) || !is_success_status(http_status) {
        return Err(api_error(http_status, envelope.errors).into());
    }
    let result = match envelope.result {
        Some(result) if !result.is_null() => result,
        _ => return Err(ParseError::MissingResult.into()),
    };
    Ok(ApiResponse {
        result: decode_at(&result, "result")?,
        result_info: envelope.result_info,
        messages: envelope.messages,
    })
}

/// Reads a response body: see [`interpret_response`].
pub fn parse_response<T: DeserializeOwned>(
    http_status: Option<u16>,
    body: &str,
) -> Result<ApiResponse<T>, ResponseError> {
    interpret_response(http_status, &parse_json(body)?)
}

/// Decodes a `T` from either a bare object or an envelope's `result`
/// (without judging `success`: use [`interpret_response`] for that).
pub fn result_from_json_value<T: DeserializeOwned>(value: &Value) -> Result<T, ParseError> {
    let object = require_object(value)?;
    if is_envelope(object) {
        match object.get("result") {
            Some(result) if !result.is_null() => decode_at(result, "result"),
            _ => Err(ParseError::MissingResult),
        }
    } else {
        decode_at(value, "")
    }
}
