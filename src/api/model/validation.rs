//! Validation evidence carried by a custom hostname: certificate DCV
//! records and DCV delegation records (spec §4.3, OpenAPI
//! `validation_record`), hostname ownership tokens (spec §4.1, §8.2) and
//! the error lists of both validations (spec §7.3, §7.4).

use serde::{Deserialize, Serialize};

use crate::api::lenient::{TextOrMessage, null_as_default};
use crate::api::status::OwnershipVerificationType;

/// One DCV record: a TXT token, an HTTP file, approver e-mails or a CNAME
/// (delegation, or legacy DigiCert CNAME DCV). Every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct ValidationRecord {
    /// Per-record status, free-form (only `pending` observed; spec §5.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub status: Option<String>,
    /// TXT record name, `_acme-challenge.<hostname>`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub txt_name: Option<String>,
    /// TXT record value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub txt_value: Option<String>,
    /// URL to serve the HTTP token at.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub http_url: Option<String>,
    /// Body to serve at `http_url`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub http_body: Option<String>,
    /// Approver addresses for e-mail DCV.
    #[serde(
        default,
        deserialize_with = "null_as_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub emails: Vec<String>,
    /// CNAME record name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub cname: Option<String>,
    /// CNAME record target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub cname_target: Option<String>,
}

impl ValidationRecord {
    /// `true` when the record carries a TXT token.
    pub fn is_txt(&self) -> bool {
        self.txt_name.is_some() || self.txt_value.is_some()
    }

    /// `true` when the record carries an HTTP token.
    pub fn is_http(&self) -> bool {
        self.http_url.is_some() || self.http_body.is_some()
    }

    /// `true` when the record carries a CNAME.
    pub fn is_cname(&self) -> bool {
        self.cname.is_some() || self.cname_target.is_some()
    }

    /// `true` when the record carries approver e-mails.
    pub fn is_email(&self) -> bool {
        !self.emails.is_empty()
    }
}

/// TXT ownership token (`ownership_verification`, spec §4.1, §8.2):
/// `_cf-custom-hostname.<hostname> TXT <value>`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct OwnershipVerification {
    /// Always `txt` today.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub kind: Option<OwnershipVerificationType>,
    /// Record name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub name: Option<String>,
    /// Record value (the token).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub value: Option<String>,
}

impl OwnershipVerification {
    /// `true` when neither a name nor a value is present (the v0 SDK sends `{}`).
    pub fn is_empty(&self) -> bool {
        self.name.is_none() && self.value.is_none()
    }
}

/// HTTP ownership token (`ownership_verification_http`, spec §4.1, §8.2).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct OwnershipVerificationHttp {
    /// `http://<hostname>/.well-known/cf-custom-hostname-challenge/<uuid>`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub http_url: Option<String>,
    /// Exact body to serve.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub http_body: Option<String>,
}

impl OwnershipVerificationHttp {
    /// `true` when neither a URL nor a body is present.
    pub fn is_empty(&self) -> bool {
        self.http_url.is_none() && self.http_body.is_none()
    }
}

/// A certificate validation error, `ssl.validation_errors[]` (spec §7.3).
/// Accepted as `{message}` (schema) or a bare string.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(from = "TextOrMessage")]
pub struct ValidationError {
    /// The CA's or Cloudflare's message, verbatim (optional in TypeScript: an
    /// input object may lack it; the library always returns it).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub message: String,
}

impl From<TextOrMessage> for ValidationError {
    fn from(repr: TextOrMessage) -> Self {
        Self {
            message: repr.into_text(),
        }
    }
}

/// A hostname verification error, `verification_errors[]` (spec §7.4).
/// Accepted as a string (schema) or `{message}`; serialized as a string.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(from = "TextOrMessage", into = "String")]
pub struct VerificationError(pub String);

impl From<TextOrMessage> for VerificationError {
    fn from(repr: TextOrMessage) -> Self {
        Self(repr.into_text())
    }
}

impl From<VerificationError> for String {
    fn from(error: VerificationError) -> Self {
        error.0
    }
}

impl VerificationError {
    /// The message, verbatim.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
