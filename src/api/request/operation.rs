//! What a caller asks for: one [`Operation`] per endpoint of spec §2.
//!
//! Built for JavaScript as much as for Rust: the enum is tagged by `op`,
//! top-level fields are camelCase (`{ op: "create", zoneId, hostname, ssl,
//! customMetadata }`) and also accept their snake_case wire names, so a
//! Cloudflare body plus `op`/`zoneId` parses too. The `ssl` object keeps the
//! wire names of spec §3.3 (what Cloudflare's docs show), with camelCase
//! aliases. Unknown fields are refused: a typo must not silently drop a field.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::api::model::CustomHostname;
use crate::api::status::{
    BundleMethod, CertificateAuthority, DcvMethod, HostnameStatus, MinTlsVersion, OnOff, SslStatus,
    ValidationType, wire_enum,
};

/// One call of the custom hostname API (spec §2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(tag = "op", rename_all = "camelCase")]
#[non_exhaustive]
pub enum Operation {
    /// `POST /zones/{zone_id}/custom_hostnames`.
    Create(CreateHostname),
    /// `GET /zones/{zone_id}/custom_hostnames/{id}`.
    Get(HostnameRef),
    /// `GET /zones/{zone_id}/custom_hostnames` with filters (spec §6).
    List(ListHostnames),
    /// `PATCH /zones/{zone_id}/custom_hostnames/{id}`.
    Edit(EditHostname),
    /// `DELETE /zones/{zone_id}/custom_hostnames/{id}`.
    Delete(HostnameRef),
    /// The "refresh / re-check DCV" PATCH repeating the current method and
    /// type (spec §2, §3.2, §9): there is no separate endpoint.
    Refresh(RefreshHostname),
    /// `GET /zones/{zone_id}/custom_hostnames/fallback_origin`.
    GetFallbackOrigin(ZoneRef),
    /// `PUT /zones/{zone_id}/custom_hostnames/fallback_origin`.
    UpdateFallbackOrigin(UpdateFallbackOrigin),
    /// `DELETE /zones/{zone_id}/custom_hostnames/fallback_origin`.
    DeleteFallbackOrigin(ZoneRef),
    /// `GET /zones/{zone_id}/custom_hostnames/quota`.
    GetQuota(ZoneRef),
    /// `GET /zones/{zone_id}/dcv_delegation/uuid`.
    GetDcvDelegationUuid(ZoneRef),
    /// `PUT .../custom_hostnames/{id}/certificate_pack/{pack}/certificates/{cert}`.
    ReplaceCertificate(ReplaceCertificate),
    /// `DELETE .../custom_hostnames/{id}/certificate_pack/{pack}/certificates/{cert}`.
    DeleteCertificate(CertificateRef),
    /// `GET /zones/{zone_id}/dns_records`: the SaaS zone's own DNS records
    /// (`spec/dns-records.openapi.json`), read by the provider's setup check
    /// (the fallback origin's record present and proxied, the CNAME target).
    ListDnsRecords(ListDnsRecords),
}

/// An operation on a zone only.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ZoneRef {
    /// Zone id (32 hex characters).
    #[serde(alias = "zone_id")]
    pub zone_id: String,
}

/// A page of the SaaS zone's own DNS records (a read-only subset of the
/// `dns_records` list filters: enough to find a record by name and type).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListDnsRecords {
    /// Zone id.
    #[serde(alias = "zone_id")]
    pub zone_id: String,
    /// Exact record name (`name`, case-insensitive at Cloudflare).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub name: Option<String>,
    /// Record type (`A`, `AAAA`, `CNAME`, `TXT`...).
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub record_type: Option<String>,
    /// Page number, from 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub page: Option<u64>,
    /// Records per page, 1 to 1,000 (the schema allows more; a page this
    /// library parses stays bounded).
    #[serde(default, alias = "per_page", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub per_page: Option<u64>,
}

/// An operation on one custom hostname.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HostnameRef {
    /// Zone id.
    #[serde(alias = "zone_id")]
    pub zone_id: String,
    /// Custom hostname id.
    #[serde(alias = "custom_hostname_id")]
    pub custom_hostname_id: String,
}

/// One certificate and its key (`custom_cert_and_key`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
pub struct CertAndKey {
    /// PEM certificate (leaf first, intermediates may follow).
    #[serde(alias = "customCertificate")]
    pub custom_certificate: String,
    /// PEM private key.
    #[serde(alias = "customKey")]
    pub custom_key: String,
}

/// TLS settings in a request (spec §3.4). Values are kept as given and
/// checked by the validator, so a bad value is reported with its field.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
pub struct TlsSettingsRequest {
    /// `"1.0"` to `"1.3"`.
    #[serde(
        default,
        alias = "minTlsVersion",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub min_tls_version: Option<MinTlsVersion>,
    /// BoringSSL cipher names, unique; not with minimum TLS 1.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub ciphers: Option<Vec<String>>,
    /// HTTP/2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub http2: Option<OnOff>,
    /// TLS 1.3.
    #[serde(default, alias = "tls13", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub tls_1_3: Option<OnOff>,
    /// Early Hints.
    #[serde(default, alias = "earlyHints", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub early_hints: Option<OnOff>,
}

impl TlsSettingsRequest {
    /// `true` for `{}`.
    pub fn is_empty(&self) -> bool {
        self == &Self::default()
    }

    /// The settings a fetched custom hostname has, as a request would send
    /// them again (legacy `http3` is read, never sent: spec §3.4).
    pub fn from_current(current: &crate::api::model::SslSettings) -> Self {
        Self {
            min_tls_version: current.min_tls_version.clone(),
            ciphers: current.ciphers.clone(),
            http2: current.http2.clone(),
            tls_1_3: current.tls_1_3.clone(),
            early_hints: current.early_hints.clone(),
        }
    }
}

/// The `ssl` object of create and edit (`sslpost`, spec §3.3).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields)]
pub struct SslRequest {
    /// DCV method: `http`, `txt` or `email` (deprecated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub method: Option<DcvMethod>,
    /// Validation type: always `dv`; required with `method`.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub validation_type: Option<ValidationType>,
    /// CA; `""` means "let Cloudflare choose".
    #[serde(
        default,
        alias = "certificateAuthority",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub certificate_authority: Option<CertificateAuthority>,
    /// Chain strategy for custom certificates.
    #[serde(
        default,
        alias = "bundleMethod",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub bundle_method: Option<BundleMethod>,
    /// Also cover `*.<hostname>`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub wildcard: Option<bool>,
    /// Put a Cloudflare name as CN (needed for names over 64 characters).
    #[serde(
        default,
        alias = "cloudflareBranding",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub cloudflare_branding: Option<bool>,
    /// TLS settings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub settings: Option<TlsSettingsRequest>,
    /// Custom certificate (PEM).
    #[serde(
        default,
        alias = "customCertificate",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub custom_certificate: Option<String>,
    /// Its private key (PEM).
    #[serde(default, alias = "customKey", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub custom_key: Option<String>,
    /// Id of a Cloudflare-generated CSR (instead of `custom_key`).
    #[serde(
        default,
        alias = "customCsrId",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub custom_csr_id: Option<String>,
    /// One RSA and/or one ECDSA certificate with keys.
    #[serde(
        default,
        alias = "customCertBundle",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub custom_cert_bundle: Option<Vec<CertAndKey>>,
}

/// Flat string→string metadata (spec §3.1). Values are JSON so that a
/// boolean (as in Cloudflare's docs) can be reported precisely.
pub type CustomMetadata = BTreeMap<String, Value>;

/// Create a custom hostname.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateHostname {
    /// Zone id.
    #[serde(alias = "zone_id")]
    pub zone_id: String,
    /// The hostname as typed (pasted URLs are cleaned, IDN converted).
    pub hostname: String,
    /// Certificate request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub ssl: Option<SslRequest>,
    /// Custom metadata.
    #[serde(
        default,
        alias = "custom_metadata",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "Record<string, unknown>"))]
    pub custom_metadata: Option<CustomMetadata>,
    /// Per-hostname origin (a hostname in the SaaS zone).
    #[serde(
        default,
        alias = "custom_origin_server",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub custom_origin_server: Option<String>,
    /// SNI for the custom origin, or `:request_host_header:`.
    #[serde(
        default,
        alias = "custom_origin_sni",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub custom_origin_sni: Option<String>,
}

/// Edit a custom hostname (PATCH; the hostname itself cannot change).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EditHostname {
    /// Zone id.
    #[serde(alias = "zone_id")]
    pub zone_id: String,
    /// Custom hostname id.
    #[serde(alias = "custom_hostname_id")]
    pub custom_hostname_id: String,
    /// The hostname being edited, when known: never sent, but lets the
    /// wildcard, IDN and certificate-name rules run.
    #[serde(
        default,
        alias = "current_hostname",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub current_hostname: Option<String>,
    /// The custom hostname as fetched (GET response `result`), when known:
    /// never sent, but lets the PATCH rules of spec §11.1 keep what the edit
    /// does not change (TLS settings, CA, wildcard) and drop an `ssl` that
    /// only repeats the current one beside a metadata change.
    #[serde(
        default,
        alias = "custom_hostname",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub custom_hostname: Option<Box<CustomHostname>>,
    /// Certificate request (method and type both required).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub ssl: Option<SslRequest>,
    /// Custom metadata (`{}` clears it).
    #[serde(
        default,
        alias = "custom_metadata",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    #[cfg_attr(target_arch = "wasm32", tsify(type = "Record<string, unknown>"))]
    pub custom_metadata: Option<CustomMetadata>,
    /// Per-hostname origin.
    #[serde(
        default,
        alias = "custom_origin_server",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub custom_origin_server: Option<String>,
    /// SNI for the custom origin.
    #[serde(
        default,
        alias = "custom_origin_sni",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub custom_origin_sni: Option<String>,
}

/// Re-run validation now (the no-change PATCH of spec §3.2, §9).
///
/// From a fetched [`CustomHostname`] the id, method, type, CA and wildcard
/// flag are repeated as they are; `method` (and the others) given here win.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RefreshHostname {
    /// Zone id.
    #[serde(alias = "zone_id")]
    pub zone_id: String,
    /// Custom hostname id (taken from `custom_hostname` when absent).
    #[serde(
        default,
        alias = "custom_hostname_id",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub custom_hostname_id: Option<String>,
    /// The custom hostname as fetched (GET response `result`).
    #[serde(
        default,
        alias = "custom_hostname",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub custom_hostname: Option<Box<CustomHostname>>,
    /// DCV method to repeat (or switch to).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub method: Option<DcvMethod>,
    /// Validation type (`dv`; filled in when absent).
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub validation_type: Option<ValidationType>,
}

wire_enum! {
    /// List order (`order`, spec §6).
    ListOrder {
        /// By SSL (the default).
        Ssl = "ssl",
        /// By SSL status.
        SslStatus = "ssl_status",
    }
}

wire_enum! {
    /// List direction (`direction`, spec §6).
    SortDirection {
        /// Ascending.
        Asc = "asc",
        /// Descending.
        Desc = "desc",
    }
}

/// List, search and filter custom hostnames (spec §6). The four hostname
/// filters and `id` are mutually exclusive.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListHostnames {
    /// Zone id.
    #[serde(alias = "zone_id")]
    pub zone_id: String,
    /// Exact FQDN (`hostname`); IDN is converted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub hostname: Option<String>,
    /// Exact FQDN (`hostname.exact`).
    #[serde(
        default,
        alias = "hostname.exact",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub hostname_exact: Option<String>,
    /// Prefix (`hostname.startsWith`).
    #[serde(
        default,
        alias = "hostname.startsWith",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub hostname_starts_with: Option<String>,
    /// Substring (`hostname.contain`).
    #[serde(
        default,
        alias = "hostname.contain",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub hostname_contain: Option<String>,
    /// Custom hostname id (36 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub id: Option<String>,
    /// Page number, from 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub page: Option<u64>,
    /// Page size, 5–1000.
    #[serde(default, alias = "per_page", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub per_page: Option<u64>,
    /// Order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub order: Option<ListOrder>,
    /// Direction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub direction: Option<SortDirection>,
    /// Only hostnames with (`true`) or without (`false`) SSL (sent as 1/0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub ssl: Option<bool>,
    /// Certificate status filter.
    #[serde(default, alias = "ssl_status", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub ssl_status: Option<SslStatus>,
    /// Hostname status filter.
    #[serde(
        default,
        alias = "hostname_status",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub hostname_status: Option<HostnameStatus>,
    /// CA filter (google, lets_encrypt, ssl_com).
    #[serde(
        default,
        alias = "certificate_authority",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub certificate_authority: Option<CertificateAuthority>,
    /// Wildcard filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub wildcard: Option<bool>,
    /// Custom origin filter.
    #[serde(
        default,
        alias = "custom_origin_server",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub custom_origin_server: Option<String>,
}

/// Set the fallback origin.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateFallbackOrigin {
    /// Zone id.
    #[serde(alias = "zone_id")]
    pub zone_id: String,
    /// A proxied A/AAAA/CNAME record name in the zone.
    pub origin: String,
}

/// One certificate in a custom hostname's certificate pack.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CertificateRef {
    /// Zone id.
    #[serde(alias = "zone_id")]
    pub zone_id: String,
    /// Custom hostname id.
    #[serde(alias = "custom_hostname_id")]
    pub custom_hostname_id: String,
    /// Certificate pack id.
    #[serde(alias = "certificate_pack_id")]
    pub certificate_pack_id: String,
    /// Certificate id.
    #[serde(alias = "certificate_id")]
    pub certificate_id: String,
}

/// Replace one certificate and key in a pack (same key type only).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReplaceCertificate {
    /// Zone id.
    #[serde(alias = "zone_id")]
    pub zone_id: String,
    /// Custom hostname id.
    #[serde(alias = "custom_hostname_id")]
    pub custom_hostname_id: String,
    /// Certificate pack id.
    #[serde(alias = "certificate_pack_id")]
    pub certificate_pack_id: String,
    /// Certificate id.
    #[serde(alias = "certificate_id")]
    pub certificate_id: String,
    /// New certificate (PEM).
    #[serde(alias = "custom_certificate")]
    pub custom_certificate: String,
    /// Its key (PEM).
    #[serde(alias = "custom_key")]
    pub custom_key: String,
    /// The custom hostname's name, when known (never sent; enables the
    /// certificate-covers-hostname check).
    #[serde(
        default,
        alias = "current_hostname",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub current_hostname: Option<String>,
}

impl Operation {
    /// The `op` tag, e.g. `"create"`.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Create(_) => "create",
            Self::Get(_) => "get",
            Self::List(_) => "list",
            Self::Edit(_) => "edit",
            Self::Delete(_) => "delete",
            Self::Refresh(_) => "refresh",
            Self::GetFallbackOrigin(_) => "getFallbackOrigin",
            Self::UpdateFallbackOrigin(_) => "updateFallbackOrigin",
            Self::DeleteFallbackOrigin(_) => "deleteFallbackOrigin",
            Self::GetQuota(_) => "getQuota",
            Self::GetDcvDelegationUuid(_) => "getDcvDelegationUuid",
            Self::ListDnsRecords(_) => "listDnsRecords",
            Self::ReplaceCertificate(_) => "replaceCertificate",
            Self::DeleteCertificate(_) => "deleteCertificate",
        }
    }
}
