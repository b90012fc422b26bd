//! The fallback origin object (spec §4.4, OpenAPI `fallbackorigin`):
//! where traffic for custom hostnames goes when they have no custom origin.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::api::envelope::{parse_json, result_from_json_value};
use crate::api::error::ParseError;
use crate::api::lenient::{TextOrMessage, null_as_default};
use crate::api::status::FallbackOriginStatus;
use crate::api::time::Timestamp;

/// An error string of the fallback origin (`errors[]`), e.g. `DNS records
/// are not setup correctly. Origin should be a proxied A/AAAA/CNAME dns record`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(from = "TextOrMessage", into = "String")]
pub struct FallbackOriginError(pub String);

impl From<TextOrMessage> for FallbackOriginError {
    fn from(repr: TextOrMessage) -> Self {
        Self(repr.into_text())
    }
}

impl From<FallbackOriginError> for String {
    fn from(error: FallbackOriginError) -> Self {
        error.0
    }
}

/// The zone's fallback origin.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct FallbackOrigin {
    /// The origin hostname (a proxied A/AAAA/CNAME record in the SaaS zone).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub origin: Option<String>,
    /// Deployment state (§5.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub status: Option<FallbackOriginStatus>,
    /// Problems found with the origin record.
    #[serde(
        default,
        deserialize_with = "null_as_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub errors: Vec<FallbackOriginError>,
    /// Creation time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub created_at: Option<Timestamp>,
    /// Last update time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub updated_at: Option<Timestamp>,
}

impl FallbackOrigin {
    /// Decodes from a bare object or an envelope (unwrapping `result`).
    pub fn from_json_value(value: &Value) -> Result<Self, ParseError> {
        result_from_json_value(value)
    }

    /// [`Self::from_json_value`] on a JSON text.
    pub fn from_json_str(body: &str) -> Result<Self, ParseError> {
        Self::from_json_value(&parse_json(body)?)
    }
}
