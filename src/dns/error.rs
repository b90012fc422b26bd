//! Why instructions cannot be made, or a format cannot be rendered.

use crate::diagnostic::Coded;
use crate::error_codes::ErrorCode;

/// A refused request. Codes are stable (see [`Coded`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The hostname is not a valid custom hostname.
    #[error("hostname `{input}`: {source}")]
    Hostname {
        /// What was given.
        input: String,
        /// The hostname model's reason (its code is reported).
        source: crate::hostname::Error,
    },
    /// The CNAME target is not a valid hostname.
    #[error("cnameTarget `{target}` is not a valid hostname: {reason}")]
    InvalidTarget {
        /// What was given.
        target: String,
        /// Why.
        reason: String,
    },
    /// The hostname is the SaaS provider's own target, or in its zone.
    #[error(
        "hostname `{hostname}` is in the SaaS provider's own zone `{zone}` (target `{target}`): add it as a record in that zone, not as a custom hostname"
    )]
    HostnameInProviderZone {
        /// The hostname.
        hostname: String,
        /// The provider's zone.
        zone: String,
        /// The target.
        target: String,
    },
    /// The zone override does not contain the hostname, or is above its
    /// registrable domain.
    #[error("zone `{zone}` cannot hold hostname `{hostname}`: {reason}")]
    InvalidZone {
        /// The zone given.
        zone: String,
        /// The hostname.
        hostname: String,
        /// Why.
        reason: String,
    },
    /// `customHostname` is not a custom hostname object or envelope.
    #[error("customHostname does not parse: {0}")]
    InvalidCustomHostname(String),
    /// `customHostname.hostname` is another name.
    #[error("customHostname is for `{found}`, not `{hostname}`")]
    CustomHostnameMismatch {
        /// The requested hostname.
        hostname: String,
        /// The one in the API object.
        found: String,
    },
    /// An apex IP is not an IP address.
    #[error("apex.ips: `{0}` is not an IPv4 or IPv6 address")]
    InvalidApexIp(String),
    /// The delegation uuid is not a DNS label.
    #[error("dcvDelegationUuid `{0}` is not a valid DNS label")]
    InvalidDelegationUuid(String),
    /// Delegation was asked for but nothing to build it from.
    #[error(
        "dcv: \"delegation\" needs dcvDelegationUuid or ssl.dcv_delegation_records in customHostname"
    )]
    DelegationUnavailable,
    /// The provider table does not load (a packaging error).
    #[error("{0}")]
    ProviderTable(String),
}

impl Coded for Error {
    fn code(&self) -> &'static str {
        match self {
            Self::Hostname { source, .. } => source.kind().code(),
            Self::InvalidTarget { .. } => ErrorCode::InvalidTarget.as_str(),
            Self::HostnameInProviderZone { .. } => ErrorCode::HostnameInProviderZone.as_str(),
            Self::InvalidZone { .. } => ErrorCode::InvalidZone.as_str(),
            Self::InvalidCustomHostname(_) => ErrorCode::InvalidCustomHostname.as_str(),
            Self::CustomHostnameMismatch { .. } => ErrorCode::CustomHostnameMismatch.as_str(),
            Self::InvalidApexIp(_) => ErrorCode::InvalidApexIp.as_str(),
            Self::InvalidDelegationUuid(_) => ErrorCode::InvalidDcvDelegationUuid.as_str(),
            Self::DelegationUnavailable => ErrorCode::DcvDelegationUnavailable.as_str(),
            Self::ProviderTable(_) => ErrorCode::ProviderTableInvalid.as_str(),
        }
    }
}

/// Why a format cannot be rendered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RenderError {
    /// Domain Connect needs options the caller did not give.
    #[error("domainConnect: {0}")]
    DomainConnect(String),
    /// Serializing the JSON failed.
    #[error("json: {0}")]
    Json(String),
}

impl Coded for RenderError {
    fn code(&self) -> &'static str {
        match self {
            Self::DomainConnect(_) => ErrorCode::DomainConnectUnavailable.as_str(),
            Self::Json(_) => ErrorCode::InternalError.as_str(),
        }
    }
}
