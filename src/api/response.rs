//! Reading the response of a given [`Operation`]: which result type each
//! endpoint returns (spec §2, OpenAPI response schemas), unwrapped from
//! the envelope and leniently parsed.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::envelope::{ApiMessage, ApiResponse, ResultInfo, interpret_response, parse_json};
use super::error::{MAX_LIST_ITEMS, ParseError, ResponseError};
use super::model::{CustomHostname, DcvDelegationUuid, DeletedId, FallbackOrigin, Quota};
use super::request::Operation;

/// What kind of result an operation's response carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum ResultKind {
    /// One custom hostname (create, get, edit, refresh, certificate replace).
    CustomHostname,
    /// A page of custom hostnames (list).
    CustomHostnames,
    /// A bare `{id}` (custom hostname and certificate delete).
    Deleted,
    /// The fallback origin (get, update, delete).
    FallbackOrigin,
    /// The quota.
    Quota,
    /// The DCV delegation uuid.
    DcvDelegationUuid,
    /// A page of the zone's DNS records.
    DnsRecords,
}

impl Operation {
    /// The kind of result this operation's response carries.
    pub fn result_kind(&self) -> ResultKind {
        match self {
            Self::Create(_)
            | Self::Get(_)
            | Self::Edit(_)
            | Self::Refresh(_)
            | Self::ReplaceCertificate(_) => ResultKind::CustomHostname,
            Self::List(_) => ResultKind::CustomHostnames,
            Self::Delete(_) | Self::DeleteCertificate(_) => ResultKind::Deleted,
            Self::GetFallbackOrigin(_)
            | Self::UpdateFallbackOrigin(_)
            | Self::DeleteFallbackOrigin(_) => ResultKind::FallbackOrigin,
            Self::GetQuota(_) => ResultKind::Quota,
            Self::GetDcvDelegationUuid(_) => ResultKind::DcvDelegationUuid,
            Self::ListDnsRecords(_) => ResultKind::DnsRecords,
        }
    }
}

/// A successful response, typed by what the operation returns.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
#[non_exhaustive]
pub enum OperationResult {
    /// One custom hostname.
    CustomHostname {
        /// The hostname.
        custom_hostname: Box<CustomHostname>,
        /// Envelope messages (e.g. the over-quota billing warning).
        messages: Vec<ApiMessage>,
    },
    /// A page of custom hostnames.
    CustomHostnames {
        /// The page.
        custom_hostnames: Vec<CustomHostname>,
        /// Pagination (`total_pages` computed when missing).
        result_info: Option<ResultInfo>,
        /// Envelope messages.
        messages: Vec<ApiMessage>,
    },
    /// A deletion.
    Deleted {
        /// Id of what was deleted.
        id: String,
    },
    /// The fallback origin (empty after a delete that returns no result).
    FallbackOrigin {
        /// The fallback origin.
        fallback_origin: FallbackOrigin,
    },
    /// The quota.
    Quota {
        /// The quota.
        quota: Quota,
    },
    /// The DCV delegation uuid.
    DcvDelegationUuid {
        /// e.g. `abc123def456ghi7`.
        uuid: String,
    },
    /// A page of the zone's DNS records, as Cloudflare lists them (kept as
    /// JSON: the setup check reads `name`, `type`, `content`, `proxied`; the
    /// record schema has many types this library has no use for).
    DnsRecords {
        /// The records.
        #[cfg_attr(target_arch = "wasm32", tsify(type = "Record<string, unknown>[]"))]
        dns_records: Vec<Value>,
        /// Pagination (`total_pages` computed when missing).
        result_info: Option<ResultInfo>,
    },
}

/// Parses the response body of `kind` (`http_status` when known; any 2xx
/// is success). Cloudflare failures become [`ResponseError::Api`].
pub fn parse_result(
    kind: ResultKind,
    http_status: Option<u16>,
    body: &str,
) -> Result<OperationResult, ResponseError> {
    parse_result_value(kind, http_status, &parse_json(body)?)
}

/// Refuses a list envelope with more than [`MAX_LIST_ITEMS`] results before
/// its items are decoded.
fn bounded_list(value: &Value) -> Result<(), ResponseError> {
    match value.get("result").and_then(Value::as_array) {
        Some(items) if items.len() > MAX_LIST_ITEMS => Err(ParseError::TooLarge {
            what: "list items",
            size: items.len(),
            limit: MAX_LIST_ITEMS,
        }
        .into()),
        _ => Ok(()),
    }
}

/// [`parse_result`] on a body already parsed (a JS caller's object).
///
/// # Errors
/// As [`parse_result`], but for the JSON syntax.
pub fn parse_result_value(
    kind: ResultKind,
    http_status: Option<u16>,
    value: &Value,
) -> Result<OperationResult, ResponseError> {
    let status = http_status;
    Ok(match kind {
        ResultKind::CustomHostname => {
            let r: ApiResponse<CustomHostname> = interpret_response(status, value)?;
            OperationResult::CustomHostname {
                custom_hostname: Box::new(r.result),
                messages: r.messages,
            }
        }
        ResultKind::CustomHostnames => {
            bounded_list(value)?;
            let r: ApiResponse<Vec<CustomHostname>> = interpret_response(status, value)?;
            OperationResult::CustomHostnames {
                custom_hostnames: r.result,
                result_info: r.result_info,
                messages: r.messages,
            }
        }
        ResultKind::Deleted => {
            let r: ApiResponse<DeletedId> = interpret_response(status, value)?;
            OperationResult::Deleted { id: r.result.id }
        }
        ResultKind::FallbackOrigin => {
            let fallback_origin = match interpret_response::<FallbackOrigin>(status, value) {
                Ok(r) => r.result,
                // A successful DELETE may carry no result.
                Err(ResponseError::Malformed(ParseError::MissingResult)) => {
                    FallbackOrigin::default()
                }
                Err(other) => return Err(other),
            };
            OperationResult::FallbackOrigin { fallback_origin }
        }
        ResultKind::Quota => {
            let r: ApiResponse<Quota> = interpret_response(status, value)?;
            OperationResult::Quota { quota: r.result }
        }
        ResultKind::DnsRecords => {
            bounded_list(value)?;
            let r: ApiResponse<Vec<Value>> = interpret_response(status, value)?;
            let dns_records = r.result.into_iter().filter(Value::is_object).collect();
            OperationResult::DnsRecords {
                dns_records,
                result_info: r.result_info,
            }
        }
        ResultKind::DcvDelegationUuid => {
            let r: ApiResponse<DcvDelegationUuid> = interpret_response(status, value)?;
            OperationResult::DcvDelegationUuid {
                uuid: r.result.uuid,
            }
        }
    })
}

/// Parses the response of `operation`: [`parse_result`] for its kind.
pub fn parse_operation_response(
    operation: &Operation,
    http_status: Option<u16>,
    body: &str,
) -> Result<OperationResult, ResponseError> {
    parse_result(operation.result_kind(), http_status, body)
}
