//! Errors of the response side: a body that is not the JSON we expect
//! ([`ParseError`], with the path of the first problem), and a Cloudflare
//! failure envelope ([`ApiError`], with the documented error codes of spec
//! §7.2 recognised by name).

use crate::error_codes::ErrorCode;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::diagnostic::Coded;

/// A response body that could not be read as the expected JSON shape.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseError {
    /// Not JSON at all (or truncated).
    #[error("response body is not valid JSON: {message} (line {line}, column {column})")]
    InvalidJson {
        /// The JSON parser's description.
        message: String,
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column of the problem.
        column: usize,
    },
    /// A JSON value where an object was required (e.g. `[]` or `"x"` as the body).
    #[error("expected a JSON object at {path}, found {found}")]
    NotAnObject {
        /// JSON path of the value (`.` is the root).
        path: String,
        /// The JSON type found instead.
        found: &'static str,
    },
    /// Valid JSON whose shape does not fit (wrong type at some field).
    #[error("unexpected value at {path}: {message}")]
    Shape {
        /// JSON path of the first problem, e.g. `result.ssl.validation_records[0].emails`.
        path: String,
        /// The deserializer's description.
        message: String,
    },
    /// A successful envelope without the `result` the operation needs.
    #[error("the response reports success but has no result")]
    MissingResult,
    /// Input over a size bound ([`MAX_JSON_BYTES`] of JSON text, or as many
    /// values / list items): refused before it is decoded, so no input makes
    /// the library allocate without bound.
    #[error("{what} is too large: {size} over the limit of {limit}")]
    TooLarge {
        /// What was measured (`JSON text (bytes)`, `values`, `list items`).
        what: &'static str,
        /// The size found (or the count at which reading stopped).
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// Nesting deeper than [`MAX_JSON_DEPTH`] (serde_json's own limit for
    /// text); refused before decoding, which would otherwise recurse once per
    /// level and overflow the Wasm stack.
    #[error("the input nests deeper than {limit} levels")]
    TooDeep {
        /// The limit.
        limit: usize,
    },
}

/// Largest JSON body (or total string length of a JS argument) accepted:
/// 8 MiB. A custom hostname object is 1-4 KB (tests/fixtures/cloudflare), and
/// a list page may hold up to 1000 of them (`per_page` ≤ 1000, spec §4.5).
pub const MAX_JSON_BYTES: usize = 8 << 20;

/// Deepest nesting accepted, text or JS object: serde_json's recursion
/// limit, far above any Cloudflare shape (custom metadata is flat).
pub const MAX_JSON_DEPTH: usize = 128;

/// Most items in a list handed over at once (`interpretMany`, a list
/// page): the API's own `per_page` maximum (spec §4.5).
pub const MAX_LIST_ITEMS: usize = 1000;

impl ParseError {
    /// Every code of this enum.
    pub const CODES: &'static [ErrorCode] = &[
        ErrorCode::InvalidJson,
        ErrorCode::NotAnObject,
        ErrorCode::UnexpectedShape,
        ErrorCode::MissingResult,
        ErrorCode::InputTooLarge,
        ErrorCode::InputTooDeep,
    ];
}

impl Coded for ParseError {
    fn code(&self) -> &'static str {
        match self {
            Self::InvalidJson { .. } => ErrorCode::InvalidJson.as_str(),
            Self::NotAnObject { .. } => ErrorCode::NotAnObject.as_str(),
            Self::Shape { .. } => ErrorCode::UnexpectedShape.as_str(),
            Self::MissingResult => ErrorCode::MissingResult.as_str(),
            Self::TooLarge { .. } => ErrorCode::InputTooLarge.as_str(),
            Self::TooDeep { .. } => ErrorCode::InputTooDeep.as_str(),
        }
    }
}

impl ParseError {
    /// Converts a path-tracking serde error; the path names the first bad field.
    pub(crate) fn from_path_error(error: serde_path_to_error::Error<serde_json::Error>) -> Self {
        let path = error.path().to_string();
        let inner = error.into_inner();
        if inner.is_syntax() || inner.is_eof() {
            Self::InvalidJson {
                message: inner.to_string(),
                line: inner.line(),
                column: inner.column(),
            }
        } else {
            Self::Shape {
                path,
                message: inner.to_string(),
            }
        }
    }

    /// A syntax error from `serde_json::from_str`.
    pub(crate) fn from_syntax(error: &serde_json::Error) -> Self {
        Self::InvalidJson {
            message: error.to_string(),
            line: error.line(),
            column: error.column(),
        }
    }
}

/// The JSON type name of a value, for messages.
pub(crate) fn json_type(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// Declares [`CloudflareErrorCode`] from a table `Variant = number, "name"`.
macro_rules! error_codes {
    ( $( $(#[$vmeta:meta])* $variant:ident = $number:literal, $name:literal; )+ ) => {
        /// A documented Cloudflare for SaaS API error code (`errors[].code`,
        /// spec §7.2, docs `reference/status-codes/custom-hostnames.mdx`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum CloudflareErrorCode {
            $( $(#[$vmeta])* $variant, )+
            /// 1000–1005: the API token (JWT/bearer) was refused (HTTP 401).
            Authentication(u32),
            /// 1415–1419: the custom origin server failed the hostname checks
            /// of 1407–1411.
            InvalidCustomOrigin(u32),
            /// A code not in the reference, kept verbatim.
            Unknown(u32),
        }

        impl CloudflareErrorCode {
            /// Every named code with a single number (for tests and docs).
            pub const NAMED: &'static [CloudflareErrorCode] = &[$(CloudflareErrorCode::$variant),+];

            /// Maps a number to its name; never fails.
            pub fn from_u32(number: u32) -> Self {
                match number {
                    $( $number => Self::$variant, )+
                    1000..=1005 => Self::Authentication(number),
                    1415..=1419 => Self::InvalidCustomOrigin(number),
                    other => Self::Unknown(other),
                }
            }

            /// The number Cloudflare sent.
            pub fn as_u32(self) -> u32 {
                match self {
                    $( Self::$variant => $number, )+
                    Self::Authentication(n) | Self::InvalidCustomOrigin(n) | Self::Unknown(n) => n,
                }
            }

            /// Stable snake_case name, e.g. `duplicate_custom_hostname`.
            pub fn name(self) -> &'static str {
                match self {
                    $( Self::$variant => $name, )+
                    Self::Authentication(_) => "authentication_failed",
                    Self::InvalidCustomOrigin(_) => "invalid_custom_origin",
                    Self::Unknown(_) => "unknown",
                }
            }
        }
    };
}

error_codes! {
    /// 1400: the request body is not valid JSON.
    BadJsonBody = 1400, "bad_json_body";
    /// 1401: custom metadata could not be encoded.
    MetadataNotEncodable = 1401, "metadata_not_encodable";
    /// 1402: the zone id is missing.
    ZoneIdRequired = 1402, "zone_id_required";
    /// 1403: no Authorization header.
    MissingAuthorization = 1403, "missing_authorization";
    /// 1404: the zone has no custom hostname quota allocated.
    NoQuotaAllocated = 1404, "no_quota_allocated";
    /// 1405: hard quota exceeded (non-Enterprise).
    QuotaExceeded = 1405, "quota_exceeded";
    /// 1406: `Duplicate custom hostname found.` (HTTP 409).
    DuplicateCustomHostname = 1406, "duplicate_custom_hostname";
    /// 1407: invalid hostname (length, IP address, special characters).
    InvalidHostname = 1407, "invalid_hostname";
    /// 1408: non-ASCII hostname (send punycode A-labels).
    NonAsciiHostname = 1408, "non_ascii_hostname";
    /// 1409: reserved TLD (`test`, `example`, `invalid`, `localhost`).
    ReservedTld = 1409, "reserved_tld";
    /// 1410: no derivable registrable domain (public suffix).
    PublicSuffixUnderivable = 1410, "public_suffix_underivable";
    /// 1411: names under example.com/.net/.org are refused.
    ExampleDomain = 1411, "example_domain";
    /// 1412: custom metadata on a wildcard hostname.
    MetadataOnWildcard = 1412, "metadata_on_wildcard";
    /// 1413: no custom metadata entitlement (HTTP 403).
    NoMetadataEntitlement = 1413, "no_metadata_entitlement";
    /// 1414: no custom origin entitlement (HTTP 403).
    NoCustomOriginEntitlement = 1414, "no_custom_origin_entitlement";
    /// 1420: wildcard custom origin.
    WildcardCustomOrigin = 1420, "wildcard_custom_origin";
    /// 1421: the custom origin is not an A/AAAA/CNAME record in the zone.
    CustomOriginNotInZone = 1421, "custom_origin_not_in_zone";
    /// 1422: bad `http2` setting.
    InvalidHttp2 = 1422, "invalid_http2";
    /// 1423: bad `tls_1_2_only` setting.
    InvalidTls12Only = 1423, "invalid_tls_1_2_only";
    /// 1424: bad `tls_1_3` setting.
    InvalidTls13 = 1424, "invalid_tls_1_3";
    /// 1425: bad `min_tls_version`.
    InvalidMinTlsVersion = 1425, "invalid_min_tls_version";
    /// 1426: the custom certificate cannot be parsed.
    CertificateUnparsable = 1426, "certificate_unparsable";
    /// 1427: the custom certificate is empty.
    CertificateEmpty = 1427, "certificate_empty";
    /// 1428: the custom key cannot be parsed.
    KeyUnparsable = 1428, "key_unparsable";
    /// 1429: key and certificate do not match.
    KeyCertificateMismatch = 1429, "key_certificate_mismatch";
    /// 1430: invalid custom CSR id.
    InvalidCsrId = 1430, "invalid_csr_id";
    /// 1431: custom CSR not found (HTTP 404).
    CsrNotFound = 1431, "csr_not_found";
    /// 1432: `ssl.method` is not http, txt or email.
    InvalidMethod = 1432, "invalid_method";
    /// 1433: `ssl.type` is not dv.
    InvalidType = 1433, "invalid_type";
    /// 1434: invalid SSL attribute.
    InvalidSslAttribute = 1434, "invalid_ssl_attribute";
    /// 1435: invalid custom hostname id.
    InvalidCustomHostnameId = 1435, "invalid_custom_hostname_id";
    /// 1436: custom hostname not found (HTTP 404).
    CustomHostnameNotFound = 1436, "custom_hostname_not_found";
    /// 1437: invalid `hostname.contain` filter.
    InvalidHostnameContain = 1437, "invalid_hostname_contain";
    /// 1438: `id` filter combined with another filter.
    IdFilterCombined = 1438, "id_filter_combined";
    /// 1439: the hostname of a custom hostname cannot be changed (HTTP 409).
    HostnameImmutable = 1439, "hostname_immutable";
    /// 1440: `ssl.type` and `ssl.method` are both required.
    TypeAndMethodRequired = 1440, "type_and_method_required";
    /// 1441: the certificate does not bundle against the public trust store.
    CertificateNotTrusted = 1441, "certificate_not_trusted";
    /// 1442: invalid ciphers.
    InvalidCiphers = 1442, "invalid_ciphers";
    /// 1443: ciphers cannot be set when the minimum TLS version is 1.3.
    CiphersWithTls13 = 1443, "ciphers_with_tls_1_3";
    /// 1444: more than one leaf certificate.
    MultipleLeafCertificates = 1444, "multiple_leaf_certificates";
    /// 1445: no leaf certificate.
    NoLeafCertificate = 1445, "no_leaf_certificate";
    /// 1446: the certificate does not include the hostname.
    CertificateMissingHostname = 1446, "certificate_missing_hostname";
    /// 1447: unsupported signature algorithm.
    UnsupportedSignature = 1447, "unsupported_signature";
    /// 1448: wildcard not supported for Cloudflare-managed certificates.
    WildcardNotSupported = 1448, "wildcard_not_supported";
    /// 1449: bad `bundle_method`.
    InvalidBundleMethod = 1449, "invalid_bundle_method";
    /// 1469: Cloudflare branding required (no name of 64 characters or fewer).
    BrandingRequired = 1469, "cloudflare_branding_required";
    /// 1500: internal error.
    InternalError = 1500, "internal_error";
    /// 7003: no route for the URI (generic API error).
    NoRoute = 7003, "no_route";
}

impl fmt::Display for CloudflareErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.as_u32(), self.name())
    }
}

impl Serialize for CloudflareErrorCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u32(self.as_u32())
    }
}

impl<'de> Deserialize<'de> for CloudflareErrorCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Self::from_u32(u32::deserialize(deserializer)?))
    }
}

/// One item of a failure envelope's `errors`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct ApiErrorItem {
    /// The numeric code, recognised by name where documented.
    pub code: CloudflareErrorCode,
    /// Stable snake_case name of `code` (for JavaScript callers).
    pub name: String,
    /// Cloudflare's message, verbatim.
    pub message: String,
}

impl ApiErrorItem {
    /// Builds an item from a number and message.
    pub fn new(code: u32, message: impl Into<String>) -> Self {
        let code = CloudflareErrorCode::from_u32(code);
        Self {
            code,
            name: code.name().to_owned(),
            message: message.into(),
        }
    }
}

/// A Cloudflare failure envelope (`success: false`, or a non-2xx status).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct ApiError {
    /// The HTTP status, when the caller passed it.
    pub http_status: Option<u16>,
    /// The `errors` of the envelope (may be empty when only the status failed).
    pub errors: Vec<ApiErrorItem>,
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Cloudflare API error")?;
        if let Some(status) = self.http_status {
            write!(f, " (HTTP {status})")?;
        }
        let mut separator = ": ";
        for item in &self.errors {
            write!(f, "{separator}{} {}", item.code, item.message)?;
            separator = "; ";
        }
        Ok(())
    }
}

impl Coded for ApiError {
    fn code(&self) -> &'static str {
        ErrorCode::CloudflareApiError.as_str()
    }
}

impl ApiError {
    /// `true` when repeating the same call later may succeed: HTTP 429 or
    /// 5xx, or Cloudflare's internal error 1500 (spec §7.1, §7.5).
    pub fn is_retryable(&self) -> bool {
        let status_retryable = self
            .http_status
            .is_some_and(|status| status == 429 || (500..600).contains(&status));
        status_retryable
            || self
                .errors
                .iter()
                .any(|item| item.code == CloudflareErrorCode::InternalError)
    }

    /// `true` when any error carries `code`.
    pub fn has(&self, code: CloudflareErrorCode) -> bool {
        self.errors.iter().any(|item| item.code == code)
    }

    /// The first error's code, if any.
    pub fn first_code(&self) -> Option<CloudflareErrorCode> {
        self.errors.first().map(|item| item.code)
    }
}

/// Why a response could not be turned into a result.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ResponseError {
    /// The body is not the expected JSON.
    #[error(transparent)]
    Malformed(#[from] ParseError),
    /// Cloudflare reported a failure.
    #[error(transparent)]
    Api(#[from] ApiError),
}

impl Coded for ResponseError {
    fn code(&self) -> &'static str {
        match self {
            Self::Malformed(error) => error.code(),
            Self::Api(error) => error.code(),
        }
    }
}
