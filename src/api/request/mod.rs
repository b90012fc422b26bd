//! Building Cloudflare custom hostname API requests (spec §2, §3, §6):
//! an [`Operation`] is validated before any call and turned into an
//! [`ApiRequest`] (method, path, query, headers, JSON body) that any
//! transport can send. No credentials here: the transport adds the
//! `Authorization` header, so requests can be built in a browser.
//!
//! Every refusal is a [`ValidationError`] naming the field and a stable
//! code; suspicious but legal input gives [`Warning`]s in [`Built`].

#[cfg(feature = "certificate-checks")]
mod certificate;
#[cfg(not(feature = "certificate-checks"))]
#[path = "certificate_labels.rs"]
mod certificate;
mod curl;
mod encode;
mod error;
mod operation;
mod pem_text;
mod ssl_rules;
mod validate;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::diagnostic::Warning;

pub use curl::{DEFAULT_TOKEN_VAR, to_curl};
pub use error::{ValidationError, ValidationErrorKind};
pub use operation::{
    CertAndKey, CertificateRef, CreateHostname, CustomMetadata, EditHostname, HostnameRef,
    ListDnsRecords, ListHostnames, ListOrder, Operation, RefreshHostname, ReplaceCertificate,
    SortDirection, SslRequest, TlsSettingsRequest, UpdateFallbackOrigin, ZoneRef,
};
pub use validate::{MAX_METADATA_BYTES, REQUEST_HOST_HEADER};

/// Cloudflare's API base URL (spec §2).
pub const BASE_URL: &str = "https://api.cloudflare.com/client/v4";

/// HTTP method of a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "UPPERCASE")]
pub enum HttpMethod {
    /// GET.
    Get,
    /// POST.
    Post,
    /// PATCH.
    Patch,
    /// PUT.
    Put,
    /// DELETE.
    Delete,
}

impl HttpMethod {
    /// `"GET"`, `"POST"`...
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Get => "GET",
            Self::Post => "POST",
            Self::Patch => "PATCH",
            Self::Put => "PUT",
            Self::Delete => "DELETE",
        }
    }
}

/// A request ready for a transport (which adds authentication).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct ApiRequest {
    /// HTTP method.
    pub method: HttpMethod,
    /// Path below [`BASE_URL`], segments percent-encoded, e.g.
    /// `/zones/023e.../custom_hostnames`.
    pub path: String,
    /// Query parameters, not encoded (names such as `hostname.contain` are literal).
    pub query: Vec<(String, String)>,
    /// Headers to send (`Content-Type` when there is a body); never auth.
    pub headers: Vec<(String, String)>,
    /// JSON body, when the endpoint takes one.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "unknown"))]
    pub body: Option<Value>,
}

impl ApiRequest {
    /// `path?query`, query values percent-encoded.
    pub fn path_and_query(&self) -> String {
        let mut out = self.path.clone();
        for (index, (name, value)) in self.query.iter().enumerate() {
            out.push(if index == 0 { '?' } else { '&' });
            out.push_str(&encode::query_component(name));
            out.push('=');
            out.push_str(&encode::query_component(value));
        }
        out
    }

    /// The full URL against `base` (e.g. [`BASE_URL`], or a simulator's).
    pub fn url(&self, base: &str) -> String {
        format!("{}{}", base.trim_end_matches('/'), self.path_and_query())
    }
}

/// A built request and the warnings raised while checking it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Built {
    /// The request.
    pub request: ApiRequest,
    /// Remarks about accepted input (deprecated method, cleaned hostname...).
    pub warnings: Vec<Warning>,
}

/// Options of [`build_with`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct BuildOptions {
    /// Accept special-use names such as `app.example.com` (documentation and
    /// tests only: Cloudflare refuses them, errors 1409/1411).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub allow_special_use: bool,
}

/// Validates `operation` and builds its request with default options.
pub fn build(operation: &Operation) -> Result<Built, ValidationError> {
    build_with(operation, &BuildOptions::default())
}

/// Validates `operation` and builds its request.
pub fn build_with(operation: &Operation, options: &BuildOptions) -> Result<Built, ValidationError> {
    let mut checker = validate::Checker::new(options);
    let request = encode::encode(&mut checker, operation)?;
    Ok(Built {
        request,
        warnings: checker.warnings,
    })
}

impl Operation {
    /// Decodes an operation from JSON (`{ "op": "create", ... }`); a shape
    /// problem is a [`ValidationErrorKind::MalformedOperation`] whose field
    /// is the path of the first bad value (`ssl.methd`, `page`).
    ///
    /// The `op` tag is read first and the rest decoded into that
    /// operation's struct directly: serde's internally tagged enums buffer
    /// their content and would lose the path.
    pub fn from_json_value(value: &Value) -> Result<Self, ValidationError> {
        let malformed = |field: &str, message: String| {
            ValidationError::new(field, ValidationErrorKind::MalformedOperation { message })
        };
        let Some(object) = value.as_object() else {
            return Err(malformed(
                "",
                format!(
                    "expected an object, found {}",
                    crate::api::error::json_type(value)
                ),
            ));
        };
        let Some(tag) = object.get("op").and_then(Value::as_str) else {
            return Err(malformed("op", "missing string field `op`".to_owned()));
        };
        let mut rest = object.clone();
        rest.remove("op");
        let rest = Value::Object(rest);
        fn decode<T: serde::de::DeserializeOwned>(value: &Value) -> Result<T, ValidationError> {
            serde_path_to_error::deserialize(value).map_err(|error| {
                let path = error.path().to_string();
                let field = if path == "." { String::new() } else { path };
                ValidationError::new(
                    field,
                    ValidationErrorKind::MalformedOperation {
                        message: error.into_inner().to_string(),
                    },
                )
            })
        }
        Ok(match tag {
            "create" => Self::Create(decode(&rest)?),
            "get" => Self::Get(decode(&rest)?),
            "list" => Self::List(decode(&rest)?),
            "edit" => Self::Edit(decode(&rest)?),
            "delete" => Self::Delete(decode(&rest)?),
            "refresh" => Self::Refresh(decode(&rest)?),
            "getFallbackOrigin" => Self::GetFallbackOrigin(decode(&rest)?),
            "updateFallbackOrigin" => Self::UpdateFallbackOrigin(decode(&rest)?),
            "deleteFallbackOrigin" => Self::DeleteFallbackOrigin(decode(&rest)?),
            "getQuota" => Self::GetQuota(decode(&rest)?),
            "getDcvDelegationUuid" => Self::GetDcvDelegationUuid(decode(&rest)?),
            "replaceCertificate" => Self::ReplaceCertificate(decode(&rest)?),
            "deleteCertificate" => Self::DeleteCertificate(decode(&rest)?),
            "listDnsRecords" => Self::ListDnsRecords(decode(&rest)?),
            other => {
                return Err(malformed("op", format!("unknown operation `{other}`")));
            }
        })
    }
}
