//! The closed vocabularies a UI switches on: [`Phase`] (where the custom
//! hostname is as a whole) and [`Actor`] (whose move it is).
//!
//! The phase set was chosen so that each value maps to one screen state and
//! one sentence to the end customer; every value is documented here and in
//! `src/status/README.md` (with the reasoning from
//! `spec/cloudflare-for-saas.md` §1, §5, §9, §12).

use serde::{Deserialize, Serialize};

/// Where a custom hostname stands, both tracks (ownership and certificate)
/// merged into one verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// The customer must act on their domain: create or correct DNS records
    /// (routing CNAME, ownership or DCV tokens, CAA), or, for the deprecated
    /// e-mail DCV, approve the CA's mail. Cloudflare keeps retrying (§9).
    AwaitingCustomerDns,
    /// The customer's part looks done (a live DNS look found the records, or
    /// Cloudflare is in an internal pre-activation state); Cloudflare has yet
    /// to confirm hostname ownership (§5.1 `pending` and undocumented
    /// migration/provisioning states).
    VerifyingOwnership,
    /// Cloudflare is validating control for the certificate (DCV): order
    /// created or automatic HTTP DCV in progress (§5.2 `initializing`,
    /// `pending_validation`).
    ValidatingCertificate,
    /// DCV passed; the CA is issuing (§5.2 `pending_issuance`).
    IssuingCertificate,
    /// Issued; deploying to Cloudflare's edge (§5.2 `pending_deployment`,
    /// `holding_deployment`).
    DeployingCertificate,
    /// Hostname and certificate active at Cloudflare, but a live DNS look
    /// could not prove that the name points to the service: the lookup
    /// failed, or no routing record could be checked (an apex at a DNS
    /// provider that cannot flatten, a check run without the routing
    /// record). Never called live (§8.1).
    RoutingUnconfirmed,
    /// Hostname and certificate active, and (with a live DNS look) the
    /// routing record seen right: serving HTTPS traffic.
    Active,
    /// Live, but something will break unless someone acts: the certificate
    /// is in its renewal window or past its expiry date, renewal errors, or
    /// the customer's DNS no longer points here (§9 renewal, §8.1).
    ActiveNeedsAttention,
    /// Only the SaaS provider can move it on: no certificate ordered,
    /// certificate expired/deactivated, CA rate limit, risk flag, missing
    /// fallback origin (§7.3, §7.4, §5.2).
    ProviderActionRequired,
    /// Cloudflare gave up after its back-off schedule (`*_timed_out`,
    /// `test_failed`): nothing happens until the provider sends a refresh
    /// PATCH (§5.2, §12.7).
    TimedOut,
    /// Cloudflare refuses the hostname (`blocked` and kin); never retried
    /// automatically (§5.1, §12.7).
    Blocked,
    /// Validation lapsed or the name stopped pointing here; becomes
    /// `deleted` after 7 days unless the DNS is restored and the provider
    /// refreshes (§5.1, §9).
    Moved,
    /// Deletion in progress (hostname or certificate).
    Deleting,
    /// Deleted.
    Deleted,
    /// A status this library does not know: shown verbatim, nobody can say
    /// more until the library learns it.
    Unknown,
}

impl Phase {
    /// Every phase, in lifecycle order.
    pub const ALL: &'static [Phase] = &[
        Phase::AwaitingCustomerDns,
        Phase::VerifyingOwnership,
        Phase::ValidatingCertificate,
        Phase::IssuingCertificate,
        Phase::DeployingCertificate,
        Phase::RoutingUnconfirmed,
        Phase::Active,
        Phase::ActiveNeedsAttention,
        Phase::ProviderActionRequired,
        Phase::TimedOut,
        Phase::Blocked,
        Phase::Moved,
        Phase::Deleting,
        Phase::Deleted,
        Phase::Unknown,
    ];

    /// The snake_case wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::AwaitingCustomerDns => "awaiting_customer_dns",
            Self::VerifyingOwnership => "verifying_ownership",
            Self::ValidatingCertificate => "validating_certificate",
            Self::IssuingCertificate => "issuing_certificate",
            Self::DeployingCertificate => "deploying_certificate",
            Self::RoutingUnconfirmed => "routing_unconfirmed",
            Self::Active => "active",
            Self::ActiveNeedsAttention => "active_needs_attention",
            Self::ProviderActionRequired => "provider_action_required",
            Self::TimedOut => "timed_out",
            Self::Blocked => "blocked",
            Self::Moved => "moved",
            Self::Deleting => "deleting",
            Self::Deleted => "deleted",
            Self::Unknown => "unknown",
        }
    }

    /// `true` while Cloudflare (or the customer) is still expected to move
    /// things forward without an API call: worth polling.
    pub fn is_in_progress(self) -> bool {
        matches!(
            self,
            Self::AwaitingCustomerDns
                | Self::VerifyingOwnership
                | Self::ValidatingCertificate
                | Self::IssuingCertificate
                | Self::DeployingCertificate
                | Self::RoutingUnconfirmed
                | Self::Deleting
        )
    }
}

/// Whose move it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Actor {
    /// The end customer who owns the domain (DNS records, e-mail approval).
    Customer,
    /// The SaaS provider operating the Cloudflare zone (API calls, support).
    Provider,
    /// Cloudflare or its certificate authority: wait.
    Cloudflare,
    /// Nobody: all done, or nobody can tell yet (a DNS lookup failed).
    Nobody,
}

impl Actor {
    /// The snake_case wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Customer => "customer",
            Self::Provider => "provider",
            Self::Cloudflare => "cloudflare",
            Self::Nobody => "nobody",
        }
    }
}
