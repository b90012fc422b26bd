//! Why instructions cannot be made, or a format cannot be rendered.

use crate::diagnostic::Coded;

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

impl Error {
    /// Every code [`Error`] can produce besides the hostname model's own
    /// ([`crate::hostname::ErrorKind::CODES`]), for the TypeScript union.
    pub const CODES: &'static [&'static str] = &[
        "invalid_target",
        "hostname_in_provider_zone",
        "invalid_zone",
        "invalid_custom_hostname",
        "custom_hostname_mismatch",
        "invalid_apex_ip",
        "invalid_dcv_delegation_uuid",
        "dcv_delegation_unavailable",
        "provider_table_invalid",
    ];
}

impl Coded for Error {
    fn code(&self) -> &'static str {
        match self {
            Self::Hostname { source, .. } => source.kind().code(),
            Self::InvalidTarget { .. } => "invalid_target",
            Self::HostnameInProviderZone { .. } => "hostname_in_provider_zone",
            Self::InvalidZone { .. } => "invalid_zone",
            Self::InvalidCustomHostname(_) => "invalid_custom_hostname",
            Self::CustomHostnameMismatch { .. } => "custom_hostname_mismatch",
            Self::InvalidApexIp(_) => "invalid_apex_ip",
            Self::InvalidDelegationUuid(_) => "invalid_dcv_delegation_uuid",
            Self::DelegationUnavailable => "dcv_delegation_unavailable",
            Self::ProviderTable(_) => "provider_table_invalid",
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

impl RenderError {
    /// Every code [`RenderError`] can produce.
    pub const CODES: &'static [&'static str] = &["domain_connect_unavailable", "internal_error"];
}

impl Coded for RenderError {
    fn code(&self) -> &'static str {
        match self {
            Self::DomainConnect(_) => "domain_connect_unavailable",
            Self::Json(_) => "internal_error",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_lists_are_complete() {
        let samples = [
            Error::InvalidTarget {
                target: String::new(),
                reason: String::new(),
            },
            Error::HostnameInProviderZone {
                hostname: String::new(),
                zone: String::new(),
                target: String::new(),
            },
            Error::InvalidZone {
                zone: String::new(),
                hostname: String::new(),
                reason: String::new(),
            },
            Error::InvalidCustomHostname(String::new()),
            Error::CustomHostnameMismatch {
                hostname: String::new(),
                found: String::new(),
            },
            Error::InvalidApexIp(String::new()),
            Error::InvalidDelegationUuid(String::new()),
            Error::DelegationUnavailable,
            Error::ProviderTable(String::new()),
        ];
        let codes: Vec<_> = samples.iter().map(Coded::code).collect();
        assert_eq!(codes, Error::CODES);
        let render = [
            RenderError::DomainConnect(String::new()),
            RenderError::Json(String::new()),
        ];
        let codes: Vec<_> = render.iter().map(Coded::code).collect();
        assert_eq!(codes, RenderError::CODES);
    }
}
