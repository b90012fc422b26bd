//! Why an operation was refused before any call: [`ValidationError`] = the
//! field (dotted wire path, e.g. `ssl.method`) + [`ValidationErrorKind`].
//!
//! Each kind maps to a stable snake_case code ([`Coded`]); where the rule
//! mirrors a documented Cloudflare error, the variant doc names its number
//! (spec §7.2) so callers can see which API failure was avoided.

use crate::error_codes::ErrorCode;
use std::fmt;

use crate::diagnostic::Coded;
use crate::hostname;

/// An operation was refused. Carries the field and the broken rule.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {kind}")]
pub struct ValidationError {
    field: String,
    kind: ValidationErrorKind,
}

impl ValidationError {
    /// Builds an error for `field`.
    pub fn new(field: impl Into<String>, kind: ValidationErrorKind) -> Self {
        Self {
            field: field.into(),
            kind,
        }
    }

    /// The offending field as a dotted wire path (`ssl.settings.ciphers`,
    /// `zone_id`, `custom_metadata.plan`, `query.per_page`).
    pub fn field(&self) -> &str {
        &self.field
    }

    /// The broken rule.
    pub fn kind(&self) -> &ValidationErrorKind {
        &self.kind
    }
}

impl Coded for ValidationError {
    fn code(&self) -> &'static str {
        self.kind.code()
    }
}

/// A rule an operation broke.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ValidationErrorKind {
    /// The operation JSON itself does not fit (unknown `op`, wrong type,
    /// unknown field); `field` is the path of the first problem.
    #[error("the operation is malformed: {message}")]
    MalformedOperation {
        /// The deserializer's description.
        message: String,
    },
    /// A hostname-valued field failed the hostname model (its own code is
    /// reported, e.g. `label_too_long`; API errors 1407–1411, 1415–1419).
    #[error("{0}")]
    Hostname(hostname::Error),
    /// A zone id that is empty, longer than 32 or not alphanumeric (spec §2).
    #[error("`{value}` is not a zone id (up to 32 letters and digits)")]
    InvalidZoneId {
        /// The value given.
        value: String,
    },
    /// A custom hostname, certificate pack or certificate id that is empty,
    /// longer than 36 or holds other than letters, digits, `-`, `_` (1435).
    #[error("`{value}` is not an identifier (up to 36 letters, digits, `-`, `_`)")]
    InvalidIdentifier {
        /// The value given.
        value: String,
    },
    /// A PATCH with nothing in it.
    #[error(
        "nothing to edit: give ssl, custom_metadata, custom_origin_server or custom_origin_sni"
    )]
    NothingToEdit,
    /// The fetched custom hostname given to an edit is another object than
    /// the one the edit is for.
    #[error("custom_hostname is the object `{found}`, but the edit is for `{expected}`")]
    EditedObjectMismatch {
        /// The id the edit is for.
        expected: String,
        /// The fetched object's id.
        found: String,
    },
    /// `ssl` sent without `method` or without `type` (1440, spec §3.2).
    #[error(
        "ssl.method and ssl.type must both be sent whenever ssl is sent (type is always \"dv\")"
    )]
    SslMethodAndTypeRequired,
    /// `ssl.method` outside http/txt/email (1432).
    #[error("`{value}` is not a DCV method (http, txt or email)")]
    UnsupportedDcvMethod {
        /// The value given.
        value: String,
    },
    /// `ssl.method: "cname"`: legacy DigiCert responses only, never accepted (1432).
    #[error(
        "the legacy \"cname\" DCV method cannot be requested; use \"txt\" (with DCV delegation) or \"http\""
    )]
    CnameDcvNotSendable,
    /// HTTP DCV for a wildcard (hostname `*.` or `ssl.wildcard`), spec §3.3, §8.4.
    #[error(
        "HTTP validation cannot be used for wildcard certificates; use \"txt\" (or DCV delegation)"
    )]
    HttpDcvNotAllowedForWildcard,
    /// `ssl.type` other than `dv` (1433).
    #[error("`{value}` is not a validation type (only \"dv\")")]
    UnsupportedValidationType {
        /// The value given.
        value: String,
    },
    /// `ssl.certificate_authority` outside the schema enum and "".
    #[error(
        "`{value}` is not a certificate authority (google, lets_encrypt, ssl_com, digicert or \"\")"
    )]
    UnknownCertificateAuthority {
        /// The value given.
        value: String,
    },
    /// Google Trust Services does not issue for IDN (punycode) names (spec §10).
    #[error(
        "Google Trust Services does not support internationalized (punycode) hostnames such as `{hostname}`; choose lets_encrypt or ssl_com"
    )]
    GoogleDoesNotSupportIdn {
        /// The ASCII hostname.
        hostname: String,
    },
    /// `ssl.bundle_method` outside ubiquitous/optimal/force (1449).
    #[error("`{value}` is not a bundle method (ubiquitous, optimal or force)")]
    UnknownBundleMethod {
        /// The value given.
        value: String,
    },
    /// `ssl.settings.min_tls_version` outside "1.0".."1.3" (1425).
    #[error("`{value}` is not a TLS version (\"1.0\", \"1.1\", \"1.2\" or \"1.3\")")]
    InvalidMinTlsVersion {
        /// The value given.
        value: String,
    },
    /// An on/off setting with another value (1422, 1424).
    #[error("`{value}` is not \"on\" or \"off\"")]
    InvalidOnOff {
        /// The value given.
        value: String,
    },
    /// A cipher name that is empty or not a BoringSSL-style name (1442).
    #[error("`{value}` is not a cipher name (letters, digits, `-`, `_`)")]
    InvalidCipher {
        /// The value given.
        value: String,
    },
    /// The same cipher twice (`uniqueItems`).
    #[error("cipher `{value}` is listed twice")]
    DuplicateCipher {
        /// The repeated value.
        value: String,
    },
    /// Ciphers with minimum TLS 1.3 (1443).
    #[error("ciphers cannot be chosen when the minimum TLS version is 1.3")]
    CiphersWithTls13,
    /// TLS settings on a wildcard hostname (spec §3.3, `create-custom-hostname-limitations`).
    #[error("TLS settings cannot be customised for wildcard hostnames")]
    TlsSettingsOnWildcard,
    /// `custom_origin_sni` on a wildcard hostname (spec §3.1).
    #[error("custom_origin_sni is not supported for wildcard custom hostnames")]
    CustomOriginSniOnWildcard,
    /// A custom_metadata value that is an object, array or null (1401).
    #[error("custom_metadata must be a flat object of strings; `{key}` holds {found}")]
    CustomMetadataNotFlat {
        /// The key.
        key: String,
        /// What it holds.
        found: &'static str,
    },
    /// custom_metadata over 4 KB once serialized (spec §3.1).
    #[error("custom_metadata is {size} bytes once serialized; the limit is 4096")]
    CustomMetadataTooLarge {
        /// Serialized size in bytes.
        size: usize,
    },
    /// No name of 64 characters or fewer on the certificate (1469).
    #[error("`{hostname}` is longer than 64 characters: set ssl.cloudflare_branding to true")]
    CloudflareBrandingRequired {
        /// The hostname.
        hostname: String,
    },
    /// Both `custom_key` and `custom_csr_id`: the CSR id replaces the key.
    #[error("give either custom_key or custom_csr_id, not both")]
    KeyAndCsrIdConflict,
    /// A certificate without a key (or a key without a certificate).
    #[error("{missing} is required with {present}")]
    CertificateKeyPairIncomplete {
        /// The missing field.
        missing: &'static str,
        /// The field that was given.
        present: &'static str,
    },
    /// `custom_cert_bundle` with 0 or more than 2 items.
    #[error("custom_cert_bundle must hold 1 or 2 certificates, not {count}")]
    CertBundleSize {
        /// Items given.
        count: usize,
    },
    /// Two bundle items with the same key type (must be one RSA + one ECDSA).
    #[error(
        "a two-certificate bundle needs one RSA and one ECDSA certificate; both are {key_type}"
    )]
    CertBundleSameKeyType {
        /// The shared key type.
        key_type: &'static str,
    },
    /// Not PEM, or a PEM block that is not a certificate (1426, 1427).
    #[error("the certificate is not a PEM certificate: {reason}")]
    InvalidCertificate {
        /// Why.
        reason: String,
    },
    /// More than one leaf (non-CA) certificate (1444).
    #[error(
        "the PEM holds {count} leaf certificates; exactly one is allowed (intermediates may follow it)"
    )]
    MultipleLeafCertificates {
        /// Leaves found.
        count: usize,
    },
    /// Only CA certificates (1445).
    #[error("the PEM holds no leaf certificate")]
    NoLeafCertificate,
    /// The leaf's issuer is its subject (spec §3.3: not self-signed, 1441).
    #[error("the certificate is self-signed; Cloudflare needs a publicly trusted certificate")]
    SelfSignedCertificate,
    /// Signature algorithm outside SHA256WithRSA, SHA1WithRSA, ECDSAWithSHA256 (1447).
    #[error("signature algorithm {oid} is not supported (SHA-256/RSA, SHA-1/RSA or SHA-256/ECDSA)")]
    UnsupportedSignatureAlgorithm {
        /// Dotted OID of the algorithm.
        oid: String,
    },
    /// The certificate does not name the hostname (1446).
    #[error("the certificate does not cover `{hostname}` (it names: {names})")]
    CertificateHostnameMismatch {
        /// The hostname.
        hostname: String,
        /// Names found, comma-separated.
        names: String,
    },
    /// Not a PEM private key, or an unsupported kind (1428).
    #[error("the key is not a usable PEM private key: {reason}")]
    InvalidPrivateKey {
        /// Why.
        reason: String,
    },
    /// Key and certificate do not belong together (1429).
    #[error("the private key does not match the certificate ({detail})")]
    KeyCertificateMismatch {
        /// What differs.
        detail: String,
    },
    /// A list filter combined with `id` or another hostname filter (1438, spec §6).
    #[error("`{field}` cannot be combined with `{other}`")]
    ConflictingFilters {
        /// This filter.
        field: &'static str,
        /// The other filter.
        other: &'static str,
    },
    /// A number outside its range (`page` ≥ 1, `per_page` 5–1000).
    #[error("{value} is out of range {min}..={max}")]
    OutOfRange {
        /// The value given.
        value: u64,
        /// Smallest allowed.
        min: u64,
        /// Largest allowed.
        max: u64,
    },
    /// A string longer than its limit.
    #[error("the value is {length} characters long; the limit is {max}")]
    TooLong {
        /// Characters given.
        length: usize,
        /// Limit.
        max: usize,
    },
    /// An empty string where a value is needed.
    #[error("the value is empty")]
    Empty,
    /// A list filter `id` that is not 36 characters (spec §6).
    #[error("`{value}` is not a 36-character custom hostname id")]
    InvalidIdFilter {
        /// The value given.
        value: String,
    },
    /// A list filter value outside the schema's enum.
    #[error("`{value}` is not one of: {allowed}")]
    InvalidFilterValue {
        /// The value given.
        value: String,
        /// The allowed values, comma-separated.
        allowed: String,
    },
    /// A filter string with control characters or whitespace.
    #[error("the filter `{value}` contains whitespace or control characters")]
    InvalidFilterText {
        /// The value given.
        value: String,
    },
    /// A refresh with no DCV method to repeat (no `ssl` on the fetched hostname
    /// and no `method` given).
    #[error(
        "cannot tell which DCV method to repeat: give method, or the fetched custom hostname with its ssl"
    )]
    RefreshNeedsMethod,
    /// A refresh without the custom hostname id.
    #[error("give custom_hostname_id, or the fetched custom hostname (its id is used)")]
    RefreshNeedsId,
}

impl ValidationErrorKind {
    /// Every code [`Self::code`] returns itself (the `Hostname` variant
    /// returns the hostname model's codes, `hostname::ErrorKind::CODES`).
    pub const CODES: &'static [ErrorCode] = &[
        ErrorCode::MalformedOperation,
        ErrorCode::InvalidZoneId,
        ErrorCode::InvalidIdentifier,
        ErrorCode::NothingToEdit,
        ErrorCode::EditedObjectMismatch,
        ErrorCode::SslMethodAndTypeRequired,
        ErrorCode::UnsupportedDcvMethod,
        ErrorCode::CnameDcvNotSendable,
        ErrorCode::HttpDcvNotAllowedForWildcard,
        ErrorCode::UnsupportedValidationType,
        ErrorCode::UnknownCertificateAuthority,
        ErrorCode::GoogleDoesNotSupportIdn,
        ErrorCode::UnknownBundleMethod,
        ErrorCode::InvalidMinTlsVersion,
        ErrorCode::InvalidOnOff,
        ErrorCode::InvalidCipher,
        ErrorCode::DuplicateCipher,
        ErrorCode::CiphersWithTls13,
        ErrorCode::TlsSettingsOnWildcard,
        ErrorCode::CustomOriginSniOnWildcard,
        ErrorCode::CustomMetadataNotFlat,
        ErrorCode::CustomMetadataTooLarge,
        ErrorCode::CloudflareBrandingRequired,
        ErrorCode::KeyAndCsrIdConflict,
        ErrorCode::CertificateKeyPairIncomplete,
        ErrorCode::CertBundleSize,
        ErrorCode::CertBundleSameKeyType,
        ErrorCode::InvalidCertificate,
        ErrorCode::MultipleLeafCertificates,
        ErrorCode::NoLeafCertificate,
        ErrorCode::SelfSignedCertificate,
        ErrorCode::UnsupportedSignatureAlgorithm,
        ErrorCode::CertificateHostnameMismatch,
        ErrorCode::InvalidPrivateKey,
        ErrorCode::KeyCertificateMismatch,
        ErrorCode::ConflictingFilters,
        ErrorCode::OutOfRange,
        ErrorCode::TooLong,
        ErrorCode::EmptyValue,
        ErrorCode::InvalidIdFilter,
        ErrorCode::InvalidFilterValue,
        ErrorCode::InvalidFilterText,
        ErrorCode::RefreshNeedsMethod,
        ErrorCode::RefreshNeedsId,
    ];

    /// Stable snake_case code.
    pub fn code(&self) -> &'static str {
        match self {
            Self::MalformedOperation { .. } => ErrorCode::MalformedOperation.as_str(),
            Self::Hostname(error) => error.code(),
            Self::InvalidZoneId { .. } => ErrorCode::InvalidZoneId.as_str(),
            Self::InvalidIdentifier { .. } => ErrorCode::InvalidIdentifier.as_str(),
            Self::NothingToEdit => ErrorCode::NothingToEdit.as_str(),
            Self::EditedObjectMismatch { .. } => ErrorCode::EditedObjectMismatch.as_str(),
            Self::SslMethodAndTypeRequired => ErrorCode::SslMethodAndTypeRequired.as_str(),
            Self::UnsupportedDcvMethod { .. } => ErrorCode::UnsupportedDcvMethod.as_str(),
            Self::CnameDcvNotSendable => ErrorCode::CnameDcvNotSendable.as_str(),
            Self::HttpDcvNotAllowedForWildcard => ErrorCode::HttpDcvNotAllowedForWildcard.as_str(),
            Self::UnsupportedValidationType { .. } => ErrorCode::UnsupportedValidationType.as_str(),
            Self::UnknownCertificateAuthority { .. } => {
                ErrorCode::UnknownCertificateAuthority.as_str()
            }
            Self::GoogleDoesNotSupportIdn { .. } => ErrorCode::GoogleDoesNotSupportIdn.as_str(),
            Self::UnknownBundleMethod { .. } => ErrorCode::UnknownBundleMethod.as_str(),
            Self::InvalidMinTlsVersion { .. } => ErrorCode::InvalidMinTlsVersion.as_str(),
            Self::InvalidOnOff { .. } => ErrorCode::InvalidOnOff.as_str(),
            Self::InvalidCipher { .. } => ErrorCode::InvalidCipher.as_str(),
            Self::DuplicateCipher { .. } => ErrorCode::DuplicateCipher.as_str(),
            Self::CiphersWithTls13 => ErrorCode::CiphersWithTls13.as_str(),
            Self::TlsSettingsOnWildcard => ErrorCode::TlsSettingsOnWildcard.as_str(),
            Self::CustomOriginSniOnWildcard => ErrorCode::CustomOriginSniOnWildcard.as_str(),
            Self::CustomMetadataNotFlat { .. } => ErrorCode::CustomMetadataNotFlat.as_str(),
            Self::CustomMetadataTooLarge { .. } => ErrorCode::CustomMetadataTooLarge.as_str(),
            Self::CloudflareBrandingRequired { .. } => {
                ErrorCode::CloudflareBrandingRequired.as_str()
            }
            Self::KeyAndCsrIdConflict => ErrorCode::KeyAndCsrIdConflict.as_str(),
            Self::CertificateKeyPairIncomplete { .. } => {
                ErrorCode::CertificateKeyPairIncomplete.as_str()
            }
            Self::CertBundleSize { .. } => ErrorCode::CertBundleSize.as_str(),
            Self::CertBundleSameKeyType { .. } => ErrorCode::CertBundleSameKeyType.as_str(),
            Self::InvalidCertificate { .. } => ErrorCode::InvalidCertificate.as_str(),
            Self::MultipleLeafCertificates { .. } => ErrorCode::MultipleLeafCertificates.as_str(),
            Self::NoLeafCertificate => ErrorCode::NoLeafCertificate.as_str(),
            Self::SelfSignedCertificate => ErrorCode::SelfSignedCertificate.as_str(),
            Self::UnsupportedSignatureAlgorithm { .. } => {
                ErrorCode::UnsupportedSignatureAlgorithm.as_str()
            }
            Self::CertificateHostnameMismatch { .. } => {
                ErrorCode::CertificateHostnameMismatch.as_str()
            }
            Self::InvalidPrivateKey { .. } => ErrorCode::InvalidPrivateKey.as_str(),
            Self::KeyCertificateMismatch { .. } => ErrorCode::KeyCertificateMismatch.as_str(),
            Self::ConflictingFilters { .. } => ErrorCode::ConflictingFilters.as_str(),
            Self::OutOfRange { .. } => ErrorCode::OutOfRange.as_str(),
            Self::TooLong { .. } => ErrorCode::TooLong.as_str(),
            Self::Empty => ErrorCode::EmptyValue.as_str(),
            Self::InvalidIdFilter { .. } => ErrorCode::InvalidIdFilter.as_str(),
            Self::InvalidFilterValue { .. } => ErrorCode::InvalidFilterValue.as_str(),
            Self::InvalidFilterText { .. } => ErrorCode::InvalidFilterText.as_str(),
            Self::RefreshNeedsMethod => ErrorCode::RefreshNeedsMethod.as_str(),
            Self::RefreshNeedsId => ErrorCode::RefreshNeedsId.as_str(),
        }
    }
}

/// Shorthand used by the validators: `Err(invalid("ssl.method", kind))`.
pub(crate) fn invalid(field: impl fmt::Display, kind: ValidationErrorKind) -> ValidationError {
    ValidationError::new(field.to_string(), kind)
}
