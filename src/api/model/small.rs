//! The small results: custom hostname quota (spec §2 `/quota`, §7.5), the
//! DCV delegation uuid (spec §2, §8.6) and the bare `{id}` of DELETE
//! responses (spec §2).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::api::envelope::{parse_json, result_from_json_value};
use crate::api::error::ParseError;
use crate::api::lenient::null_as_default;

/// Custom hostname quota (`GET /zones/{zone_id}/custom_hostnames/quota`).
/// The schema marks every field required; they are optional here so that a
/// partial answer still parses, and callers see what is missing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Quota {
    /// Soft quota (creation beyond it adds a billing warning).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub allocated: Option<i64>,
    /// Hostnames counted (pending ones included).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub used: Option<i64>,
    /// Whether `used` exceeds `allocated`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub exceeded: Option<bool>,
    /// Enforced limit (non-Enterprise; error 1405 beyond it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub hard_cap: Option<i64>,
}

/// The DCV delegation uuid (`GET /zones/{zone_id}/dcv_delegation/uuid`),
/// the middle part of `<host>.<uuid>.dcv.cloudflare.com`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct DcvDelegationUuid {
    /// e.g. `abc123def456ghi7`.
    #[serde(default, deserialize_with = "null_as_default")]
    pub uuid: String,
}

/// The bare `{id}` body of DELETE responses (custom hostname and
/// certificate-pack certificate).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct DeletedId {
    /// Id of the deleted object.
    #[serde(default, deserialize_with = "null_as_default")]
    pub id: String,
}

macro_rules! from_json {
    ($($name:ident),+) => {$(
        impl $name {
            /// Decodes from a bare object or an envelope (unwrapping `result`).
            pub fn from_json_value(value: &Value) -> Result<Self, ParseError> {
                result_from_json_value(value)
            }

            /// [`Self::from_json_value`] on a JSON text.
            pub fn from_json_str(body: &str) -> Result<Self, ParseError> {
                Self::from_json_value(&parse_json(body)?)
            }
        }
    )+};
}

from_json!(Quota, DcvDelegationUuid, DeletedId);
