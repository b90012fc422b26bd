//! The `ssl` object of a custom hostname response (spec §4.2, OpenAPI
//! `tls-certificates-and-hostnames_ssl`) and its `settings` (§3.4).
//!
//! Lenient: every field is optional; legacy flat DCV fields that older and
//! even current responses put directly on `ssl` (`txt_name`, `txt_value`,
//! `http_url`, `http_body`, `cname`, `cname_target`, `emails`; spec §4.2,
//! §12.8) are folded into `validation_records` unless an equal record is
//! already there, so readers only ever look at `validation_records`.

use serde::{Deserialize, Serialize};

use super::validation::{ValidationError, ValidationRecord};
use crate::api::lenient::null_as_default;
use crate::api::status::{
    BundleMethod, CertificateAuthority, DcvMethod, MinTlsVersion, OnOff, SslStatus, ValidationType,
};
use crate::api::time::Timestamp;

/// TLS settings of a custom hostname (spec §3.4). Also used in requests.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct SslSettings {
    /// Minimum TLS version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub min_tls_version: Option<MinTlsVersion>,
    /// BoringSSL cipher names (not allowed with minimum TLS 1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub ciphers: Option<Vec<String>>,
    /// HTTP/2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub http2: Option<OnOff>,
    /// TLS 1.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub tls_1_3: Option<OnOff>,
    /// Early Hints.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub early_hints: Option<OnOff>,
    /// HTTP/3: legacy (v0 SDK, 2024 cassette), not in the current schema;
    /// read from responses, never sent.
    #[serde(default, skip_serializing)]
    pub http3: Option<OnOff>,
}

impl SslSettings {
    /// `true` when no setting is present (`{}`).
    pub fn is_empty(&self) -> bool {
        self.min_tls_version.is_none()
            && self.ciphers.is_none()
            && self.http2.is_none()
            && self.tls_1_3.is_none()
            && self.early_hints.is_none()
            && self.http3.is_none()
    }
}

/// The certificate part of a custom hostname, as returned by the API.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(from = "SslRepr")]
pub struct Ssl {
    /// Certificate pack id.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub id: Option<String>,
    /// Certificate state (§5.2).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub status: Option<SslStatus>,
    /// DCV method.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub method: Option<DcvMethod>,
    /// Validation type (`dv`).
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub validation_type: Option<ValidationType>,
    /// Certificate authority.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub certificate_authority: Option<CertificateAuthority>,
    /// Chain-building strategy.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub bundle_method: Option<BundleMethod>,
    /// Whether `*.<hostname>` is on the certificate.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub wildcard: Option<bool>,
    /// Whether a `sni.cloudflaressl.com` name is the certificate CN.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub cloudflare_branding: Option<bool>,
    /// TLS settings.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub settings: Option<SslSettings>,
    /// DCV records, including folded legacy flat fields.
    // Optional in TypeScript: inputs (the official SDK's objects among them) may
    // omit it; what the library returns always has it (empty when none).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub validation_records: Vec<ValidationRecord>,
    /// DCV delegation CNAMEs (`_acme-challenge.<host>` → `<host>.<uuid>.dcv.cloudflare.com`).
    // Optional in TypeScript: inputs (the official SDK's objects among them) may
    // omit it; what the library returns always has it (empty when none).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub dcv_delegation_records: Vec<ValidationRecord>,
    /// Why the CA has not issued yet.
    // Optional in TypeScript: inputs (the official SDK's objects among them) may
    // omit it; what the library returns always has it (empty when none).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub validation_errors: Vec<ValidationError>,
    /// Names on the certificate.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub hosts: Vec<String>,
    /// Issuer (e.g. `DigiCertInc`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub issuer: Option<String>,
    /// Serial number (not globally unique).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub serial_number: Option<String>,
    /// Signature algorithm (e.g. `SHA256WithRSA`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub signature: Option<String>,
    /// Upload time of a custom certificate.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub uploaded_on: Option<Timestamp>,
    /// Expiry time.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub expires_on: Option<Timestamp>,
    /// Uploaded certificate (PEM).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub custom_certificate: Option<String>,
    /// Uploaded key (PEM; sensitive).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub custom_key: Option<String>,
    /// Id of the Cloudflare-generated CSR used.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub custom_csr_id: Option<String>,
}

#[derive(Deserialize)]
struct SslRepr {
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    status: Option<SslStatus>,
    #[serde(default)]
    method: Option<DcvMethod>,
    #[serde(default, rename = "type")]
    validation_type: Option<ValidationType>,
    #[serde(default)]
    certificate_authority: Option<CertificateAuthority>,
    #[serde(default)]
    bundle_method: Option<BundleMethod>,
    #[serde(default)]
    wildcard: Option<bool>,
    #[serde(default)]
    cloudflare_branding: Option<bool>,
    #[serde(default)]
    settings: Option<SslSettings>,
    #[serde(default, deserialize_with = "null_as_default")]
    validation_records: Vec<ValidationRecord>,
    #[serde(default, deserialize_with = "null_as_default")]
    dcv_delegation_records: Vec<ValidationRecord>,
    #[serde(default, deserialize_with = "null_as_default")]
    validation_errors: Vec<ValidationError>,
    #[serde(default, deserialize_with = "null_as_default")]
    hosts: Vec<String>,
    #[serde(default)]
    issuer: Option<String>,
    #[serde(default)]
    serial_number: Option<String>,
    #[serde(default)]
    signature: Option<String>,
    #[serde(default)]
    uploaded_on: Option<Timestamp>,
    #[serde(default)]
    expires_on: Option<Timestamp>,
    #[serde(default)]
    custom_certificate: Option<String>,
    #[serde(default)]
    custom_key: Option<String>,
    #[serde(default)]
    custom_csr_id: Option<String>,
    // Legacy flat DCV fields (spec §4.2), folded into validation_records.
    #[serde(default)]
    txt_name: Option<String>,
    #[serde(default)]
    txt_value: Option<String>,
    #[serde(default)]
    http_url: Option<String>,
    #[serde(default)]
    http_body: Option<String>,
    #[serde(default)]
    cname: Option<String>,
    #[serde(default)]
    cname_target: Option<String>,
    #[serde(default, deserialize_with = "null_as_default")]
    emails: Vec<String>,
}

/// Adds `candidate` unless a record already carries the same token.
fn fold(
    records: &mut Vec<ValidationRecord>,
    candidate: ValidationRecord,
    same: fn(&ValidationRecord, &ValidationRecord) -> bool,
) {
    if !records.iter().any(|existing| same(existing, &candidate)) {
        records.push(candidate);
    }
}

impl From<SslRepr> for Ssl {
    fn from(repr: SslRepr) -> Self {
        let mut records = repr.validation_records;
        if repr.txt_name.is_some() || repr.txt_value.is_some() {
            let candidate = ValidationRecord {
                txt_name: repr.txt_name,
                txt_value: repr.txt_value,
                ..ValidationRecord::default()
            };
            fold(&mut records, candidate, |a, b| {
                a.txt_name == b.txt_name && a.txt_value == b.txt_value
            });
        }
        if repr.http_url.is_some() || repr.http_body.is_some() {
            let candidate = ValidationRecord {
                http_url: repr.http_url,
                http_body: repr.http_body,
                ..ValidationRecord::default()
            };
            fold(&mut records, candidate, |a, b| {
                a.http_url == b.http_url && a.http_body == b.http_body
            });
        }
        if repr.cname.is_some() || repr.cname_target.is_some() {
            let candidate = ValidationRecord {
                cname: repr.cname,
                cname_target: repr.cname_target,
                ..ValidationRecord::default()
            };
            // A flat CNAME equal to a delegation record is the same record too.
            if !repr
                .dcv_delegation_records
                .iter()
                .any(|d| d.cname == candidate.cname && d.cname_target == candidate.cname_target)
            {
                fold(&mut records, candidate, |a, b| {
                    a.cname == b.cname && a.cname_target == b.cname_target
                });
            }
        }
        if !repr.emails.is_empty() {
            let candidate = ValidationRecord {
                emails: repr.emails,
                ..ValidationRecord::default()
            };
            fold(&mut records, candidate, |a, b| a.emails == b.emails);
        }
        Self {
            id: repr.id,
            status: repr.status,
            method: repr.method,
            validation_type: repr.validation_type,
            certificate_authority: repr.certificate_authority,
            bundle_method: repr.bundle_method,
            wildcard: repr.wildcard,
            cloudflare_branding: repr.cloudflare_branding,
            settings: repr.settings,
            validation_records: records,
            dcv_delegation_records: repr.dcv_delegation_records,
            validation_errors: repr.validation_errors,
            hosts: repr.hosts,
            issuer: repr.issuer,
            serial_number: repr.serial_number,
            signature: repr.signature,
            uploaded_on: repr.uploaded_on,
            expires_on: repr.expires_on,
            custom_certificate: repr.custom_certificate,
            custom_key: repr.custom_key,
            custom_csr_id: repr.custom_csr_id,
        }
    }
}
