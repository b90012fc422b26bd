//! Certificate notification payloads (webhooks) for custom hostnames
//! (spec §4.5, docs `security/certificate-management/webhook-definitions.mdx`):
//! `{metadata: {event: {id, type, created_at}, account: {id}, zone: {id}}, data}`
//! where `data` is a custom-hostname-like object.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::custom_hostname::CustomHostname;
use crate::api::envelope::{decode_at, parse_json};
use crate::api::error::ParseError;
use crate::api::time::Timestamp;

/// An object with only an `id`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct IdOnly {
    /// The id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub id: Option<String>,
}

/// The event part of the metadata.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct WebhookEvent {
    /// Event id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub id: Option<String>,
    /// e.g. `ssl.custom_hostname_certificate.validation.failed`.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub event_type: Option<String>,
    /// When the event happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub created_at: Option<Timestamp>,
}

/// Webhook metadata.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct WebhookMetadata {
    /// The event.
    #[serde(default)]
    pub event: WebhookEvent,
    /// The account.
    #[serde(default)]
    pub account: IdOnly,
    /// The zone.
    #[serde(default)]
    pub zone: IdOnly,
}

/// A certificate notification about a custom hostname.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct WebhookPayload {
    /// Event, account and zone.
    #[serde(default)]
    pub metadata: WebhookMetadata,
    /// The custom hostname as of the event.
    #[serde(default)]
    pub data: CustomHostname,
}

impl WebhookPayload {
    /// Parses a webhook body.
    pub fn from_json_str(body: &str) -> Result<Self, ParseError> {
        Self::from_json_value(&parse_json(body)?)
    }

    /// [`Self::from_json_str`] on a body already parsed.
    pub fn from_json_value(value: &Value) -> Result<Self, ParseError> {
        if !value.is_object() {
            return Err(ParseError::NotAnObject {
                path: ".".to_owned(),
                found: crate::api::error::json_type(value),
            });
        }
        decode_at(value, "")
    }
}
