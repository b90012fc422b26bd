//! The Cloudflare for SaaS custom hostname API, modelled as data: response
//! types parsed leniently, typed API errors, and (in [`request`]) validated
//! request building. Pure: no I/O, no credentials; the caller's transport
//! sends what [`request`] builds and hands the body back to
//! [`parse_response`].
//!
//! Domain reference: `spec/cloudflare-for-saas.md` (sections cited in each
//! module) and the OpenAPI subset `spec/custom-hostnames.openapi.json`.

pub mod batch;
pub mod envelope;
pub mod error;
mod lenient;
pub mod model;
pub mod request;
pub mod response;
pub mod status;
pub mod time;

pub use envelope::{
    ApiMessage, ApiResponse, Envelope, MessageSource, ResultInfo, interpret_response, parse_json,
    parse_response, result_from_json_value,
};
pub use error::{
    ApiError, ApiErrorItem, CloudflareErrorCode, MAX_JSON_BYTES, MAX_JSON_DEPTH, MAX_LIST_ITEMS,
    ParseError, ResponseError,
};
pub use model::*;
pub use response::{
    OperationResult, ResultKind, parse_operation_response, parse_result, parse_result_value,
};
pub use status::{
    BundleMethod, CertificateAuthority, DcvMethod, FallbackOriginStatus, HostnameStatus,
    MinTlsVersion, OnOff, OwnershipVerificationType, SslStatus, ValidationType,
};
pub use time::{Timestamp, TimestampError, rfc3339_to_unix_millis, rfc3339_to_unix_seconds};
