//! The custom hostname object (spec §4.1, OpenAPI `custom-hostname`) as
//! returned by create, get, edit and list, and inside webhook payloads.
//!
//! Lenient: only the shape is checked; `id` and `hostname` default to ""
//! because webhook events for previously attached certificates may lack
//! them (spec §4.5); `ssl` may be absent or `null` (no certificate ordered);
//! `custom_metadata` values are kept as JSON because the docs use booleans
//! where the schema says strings (spec §3.1, §11).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::ssl::Ssl;
use super::validation::{OwnershipVerification, OwnershipVerificationHttp, VerificationError};
use crate::api::envelope::{parse_json, result_from_json_value};
use crate::api::error::ParseError;
use crate::api::lenient::null_as_default;
use crate::api::status::HostnameStatus;
use crate::api::time::Timestamp;

/// A custom hostname as the API returns it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct CustomHostname {
    /// Custom hostname id (a UUID).
    #[serde(default, deserialize_with = "null_as_default")]
    pub id: String,
    /// The hostname (ASCII, as stored by Cloudflare).
    #[serde(default, deserialize_with = "null_as_default")]
    pub hostname: String,
    /// Hostname (ownership) state (§5.1); absent in some SDK mocks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub status: Option<HostnameStatus>,
    /// Why hostname validation has not passed yet (§7.4).
    #[serde(
        default,
        deserialize_with = "null_as_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub verification_errors: Vec<VerificationError>,
    /// TXT ownership token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub ownership_verification: Option<OwnershipVerification>,
    /// HTTP ownership token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub ownership_verification_http: Option<OwnershipVerificationHttp>,
    /// Certificate part; `None` when absent or `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub ssl: Option<Ssl>,
    /// Custom metadata (values kept as JSON; see the module doc).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "Record<string, unknown>"))]
    pub custom_metadata: Option<BTreeMap<String, Value>>,
    /// Per-hostname origin (Enterprise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub custom_origin_server: Option<String>,
    /// SNI sent to the custom origin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub custom_origin_sni: Option<String>,
    /// Creation time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub created_at: Option<Timestamp>,
}

impl CustomHostname {
    /// Decodes a custom hostname from a bare object or from an envelope
    /// (unwrapping `result`); errors carry the path of the first problem.
    pub fn from_json_value(value: &Value) -> Result<Self, ParseError> {
        result_from_json_value(value)
    }

    /// [`Self::from_json_value`] on a JSON text.
    pub fn from_json_str(body: &str) -> Result<Self, ParseError> {
        Self::from_json_value(&parse_json(body)?)
    }

    /// `true` for a `*.` hostname.
    pub fn is_wildcard_hostname(&self) -> bool {
        self.hostname.starts_with("*.")
    }

    /// The TXT ownership token, when it has both a name and a value.
    pub fn ownership_txt(&self) -> Option<(&str, &str)> {
        let verification = self.ownership_verification.as_ref()?;
        Some((
            verification.name.as_deref()?,
            verification.value.as_deref()?,
        ))
    }

    /// The HTTP ownership token (URL, body), when both are present.
    pub fn ownership_http(&self) -> Option<(&str, &str)> {
        let verification = self.ownership_verification_http.as_ref()?;
        Some((
            verification.http_url.as_deref()?,
            verification.http_body.as_deref()?,
        ))
    }
}
