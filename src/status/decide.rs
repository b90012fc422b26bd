//! The merged verdict: both tracks, the recognised errors and the DNS
//! observation reduced to one [`Phase`], one [`Actor`] and a [`Why`] that
//! the step builder expands.
//!
//! Precedence (`spec/cloudflare-for-saas.md` §5, §12.1, §12.7):
//! 1. hostname states that settle everything (unknown, deleted, deleting,
//!    blocked, moved, test_failed);
//! 2. certificate states that need an API call or are gone (unknown,
//!    timed out, deleting, deleted, no certificate, not serving);
//! 3. blocking errors: a provider-side error, then a customer-side error not
//!    already contradicted by a newer DNS observation;
//! 4. ownership (hostname `pending`), then the certificate pipeline, then
//!    the health of a live hostname.
//!
//! With a DNS observation, a missing or wrong *required* record always
//! makes the customer the actor (whatever Cloudflare's own state), and a
//! hostname whose two tracks are active is live only once the routing
//! record is seen right (§8.1): seen wrong, the customer must point it
//! (`awaiting_customer_dns`); not provable (lookup failed, nothing
//! checkable), `routing_unconfirmed`.

use super::catalogue::{Effect, entry};
use super::edge::EdgeVerdict;
use super::model::{DnsFindings, DnsVerdict, ErrorMatch, Track};
use super::phase::{Actor, Phase};
use super::timing::current_interval;
use super::tracks::{HostnameClass, SslClass};
use crate::api::DcvMethod;

/// Above this back-off interval (seconds) waiting for Cloudflare's own
/// re-check is slow enough that a refresh is worth sending (§9: intervals
/// pass 300 s about 20 minutes after creation).
pub const SLOW_INTERVAL: u64 = 300;

/// Everything the verdict depends on.
#[derive(Debug, Clone, Copy)]
pub struct Facts<'a> {
    /// Hostname track class.
    pub hostname: HostnameClass,
    /// Certificate track class.
    pub ssl: SslClass,
    /// Recognised errors of both tracks.
    pub errors: &'a [ErrorMatch],
    /// DNS observation verdicts, if one was given.
    pub dns: Option<&'a DnsFindings>,
    /// `ssl.method`.
    pub method: Option<&'a DcvMethod>,
    /// Wildcard hostname or `ssl.wildcard`.
    pub wildcard: bool,
    /// Seconds since `created_at`, when `now` and `created_at` are known.
    pub elapsed: Option<i64>,
    /// Seconds until `ssl.expires_on`, when both are known.
    pub expires_in: Option<i64>,
    /// Length of the renewal window of this certificate, seconds (§9,
    /// [`super::timing::renewal_window`]).
    pub renewal_window: i64,
    /// The observation found a CAA record that forbids the CA (or could
    /// not be checked as right): issuance cannot pass whatever the method (§8.7).
    pub caa_wrong: bool,
    /// A record the customer must have in place now (other than the
    /// routing record, judged on its own) is missing, wrong or in conflict.
    pub required_problems: bool,
    /// What a TLS handshake at the edge showed, when one was made.
    pub edge: Option<EdgeVerdict>,
}

/// Why the verdict is what it is (drives the steps).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// No hostname status and no certificate: nothing to judge.
    NothingReported,
    /// Unknown hostname status.
    HostnameUnknown,
    /// Hostname deleted.
    HostnameDeleted,
    /// Hostname deletion in progress.
    HostnameDeleting,
    /// Hostname blocked.
    HostnameBlocked,
    /// Hostname moved.
    Moved,
    /// Pre-migration check failed for good.
    HostnameFailed,
    /// Unknown certificate status.
    CertificateUnknown,
    /// Certificate back-off exhausted.
    CertificateTimedOut,
    /// Certificate deletion back-off exhausted.
    DeletionTimedOut,
    /// Certificate deletion in progress.
    CertificateDeleting,
    /// Certificate deleted along with (or without reported) hostname.
    CertificateDeleted,
    /// No certificate ordered, or it was deleted under a live hostname.
    NoCertificate,
    /// Expired, staging, deactivated.
    NotServing,
    /// A provider-side error blocks progress.
    ProviderError,
    /// A customer-side error blocks progress.
    CustomerError,
    /// A provider-side error, and required records the customer must still
    /// add (seen missing by an observation).
    ProviderAndCustomer,
    /// Hostname pending; the customer's DNS is missing (or unverified).
    OwnershipPending,
    /// A required record (other than routing) is missing or wrong, though
    /// Cloudflare's own state would be waiting on itself.
    RequiredRecords,
    /// The name is proxied by the customer's own Cloudflare zone, which
    /// blocks validation until it is DNS-only (§11.1).
    ProxiedByOwnZone,
    /// Both tracks active, the routing record seen missing or wrong.
    RoutingNotLive,
    /// Both tracks active, the routing lookup failed.
    RoutingLookupFailed,
    /// Both tracks active, no routing record in the observation.
    RoutingUnverifiable,
    /// Live, but a record that must stay (DCV delegation, CAA) is gone.
    KeepRecordsMissing,
    /// Hostname pending; the DNS looks right.
    OwnershipDnsRight,
    /// Hostname pending; the DNS lookup failed.
    OwnershipDnsInconclusive,
    /// Cloudflare-side pre-activation state.
    CloudflareSide,
    /// Live hostname, but the routing record is missing or wrong.
    TrafficWrong,
    /// The observation shows a CAA record blocking issuance.
    CaaWrong,
    /// Certificate order being created.
    Initializing,
    /// DCV needs the customer (TXT on wildcard, e-mail, legacy CNAME).
    DcvCustomer,
    /// DCV is automatic (HTTP through the live CNAME).
    DcvCloudflare,
    /// DCV records look right.
    DcvDnsRight,
    /// DCV lookup failed.
    DcvDnsInconclusive,
    /// CA issuing.
    Issuance,
    /// Deploying.
    Deployment,
    /// All good.
    Active,
    /// In (or near) the renewal window.
    Renewal,
    /// Past `expires_on` while still reported active.
    ExpiredByDate,
    /// Live per the API, but the edge serves something else (`edge.rs`).
    Edge(EdgeVerdict),
}

/// The merged verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verdict {
    /// Phase.
    pub phase: Phase,
    /// Actor.
    pub actor: Actor,
    /// Why.
    pub why: Why,
    /// The provider should send the refresh PATCH now.
    pub refresh: bool,
}

fn verdict(phase: Phase, actor: Actor, why: Why) -> Verdict {
    Verdict {
        phase,
        actor,
        why,
        refresh: false,
    }
}

fn settled(verdict: Option<DnsVerdict>) -> bool {
    matches!(verdict, Some(DnsVerdict::Right | DnsVerdict::Inconclusive))
}

fn effect_of(error: &ErrorMatch) -> Option<Effect> {
    entry(&error.code).map(|known| known.effect)
}

impl Facts<'_> {
    fn ownership(&self) -> Option<DnsVerdict> {
        self.dns.and_then(|dns| dns.ownership)
    }

    fn certificate_dns(&self) -> Option<DnsVerdict> {
        self.dns.and_then(|dns| dns.certificate)
    }

    fn traffic(&self) -> Option<DnsVerdict> {
        self.dns.and_then(|dns| dns.traffic)
    }

    fn proxied_by_own_zone(&self) -> bool {
        self.dns.is_some_and(|dns| dns.proxied_by_own_zone)
    }

    fn routing_checked(&self) -> bool {
        self.dns.is_some_and(|dns| dns.routing_checked)
    }

    fn has_errors(&self, track: Track) -> bool {
        self.errors.iter().any(|error| error.track == track)
    }

    fn provider_error(&self) -> bool {
        self.errors
            .iter()
            .any(|error| effect_of(error) == Some(Effect::ProviderBlocks))
    }

    /// An observation saw a required record missing or wrong (routing
    /// included).
    fn customer_records_missing(&self) -> bool {
        self.required_problems || self.traffic() == Some(DnsVerdict::Wrong)
    }

    /// A customer-side error that a newer DNS observation does not contradict.
    fn customer_error(&self) -> bool {
        self.errors.iter().any(|error| {
            effect_of(error) == Some(Effect::CustomerBlocks)
                && match error.track {
                    Track::Hostname => !settled(self.ownership()),
                    Track::Certificate => !settled(self.certificate_dns()),
                }
        })
    }

    /// Cloudflare's own re-check is far off (or it already saw it wrong).
    fn refresh_worthwhile(&self, track: Track) -> bool {
        self.has_errors(track)
            || self
                .elapsed
                .is_some_and(|elapsed| current_interval(elapsed) > SLOW_INTERVAL)
    }

    /// DCV cannot complete without the customer (§8.3–§8.6, §12.4).
    fn dcv_needs_customer(&self) -> bool {
        match self.method {
            Some(DcvMethod::Email | DcvMethod::Cname) => true,
            Some(DcvMethod::Txt) => self.wildcard || self.hostname != HostnameClass::Active,
            _ => false,
        }
    }

    /// Wildcard certificates renew only through TXT or delegation (§9).
    fn renewal_needs_customer(&self) -> bool {
        self.wildcard && self.certificate_dns() != Some(DnsVerdict::Right)
    }
}

/// Reduces the facts to one verdict.
pub fn decide(facts: &Facts<'_>) -> Verdict {
    use Actor::{Cloudflare, Customer, Nobody, Provider};
    use HostnameClass as H;
    use SslClass as S;

    match facts.hostname {
        H::Unknown => return verdict(Phase::Unknown, Provider, Why::HostnameUnknown),
        H::Deleted => return verdict(Phase::Deleted, Nobody, Why::HostnameDeleted),
        H::Deleting => return verdict(Phase::Deleting, Cloudflare, Why::HostnameDeleting),
        H::Blocked => return verdict(Phase::Blocked, Provider, Why::HostnameBlocked),
        H::Failed => {
            let mut v = verdict(Phase::TimedOut, Provider, Why::HostnameFailed);
            v.refresh = true;
            return v;
        }
        H::Moved => {
            return match facts.traffic() {
                Some(DnsVerdict::Right) => Verdict {
                    refresh: true,
                    ..verdict(Phase::Moved, Provider, Why::Moved)
                },
                Some(DnsVerdict::Inconclusive) => verdict(Phase::Moved, Nobody, Why::Moved),
                _ => verdict(Phase::Moved, Customer, Why::Moved),
            };
        }
        H::Unreported | H::Active | H::Pending | H::CloudflareSide => {}
    }

    match facts.ssl {
        S::Unknown => return verdict(Phase::Unknown, Provider, Why::CertificateUnknown),
        S::TimedOut => {
            return Verdict {
                refresh: true,
                ..verdict(Phase::TimedOut, Provider, Why::CertificateTimedOut)
            };
        }
        S::DeletionTimedOut => {
            return verdict(Phase::TimedOut, Provider, Why::DeletionTimedOut);
        }
        S::Deleting => return verdict(Phase::Deleting, Cloudflare, Why::CertificateDeleting),
        S::Deleted if facts.hostname == H::Unreported => {
            return verdict(Phase::Deleted, Nobody, Why::CertificateDeleted);
        }
        S::Deleted => {
            return verdict(Phase::ProviderActionRequired, Provider, Why::NoCertificate);
        }
        S::NotServing => {
            return verdict(Phase::ProviderActionRequired, Provider, Why::NotServing);
        }
        S::None | S::Unreported if facts.hostname == H::Unreported => {
            return verdict(Phase::Unknown, Provider, Why::NothingReported);
        }
        S::None if facts.hostname == H::Active => {
            return verdict(Phase::ProviderActionRequired, Provider, Why::NoCertificate);
        }
        _ => {}
    }

    let live_certificate = matches!(facts.ssl, S::Active | S::Expiring);
    let live = live_certificate && matches!(facts.hostname, H::Active | H::Unreported);

    // A live certificate is not a live name until the routing is seen
    // right: whatever else is wrong, the verdict must not say "connected".
    let unproven = if live { routing_gate(facts) } else { None };

    if facts.provider_error() {
        // The customer's own missing records are not hidden behind the
        // provider's problem: both must act, and the customer is told what
        // to add (the provider's step stays in the list).
        let customer_too = match unproven {
            Some(routing) => routing.actor == Customer,
            None => !live && facts.customer_records_missing(),
        };
        if customer_too {
            let phase = unproven.map_or(Phase::AwaitingCustomerDns, |routing| routing.phase);
            return verdict(phase, Customer, Why::ProviderAndCustomer);
        }
        let phase = match unproven {
            Some(routing) => routing.phase,
            None if live => Phase::ActiveNeedsAttention,
            None => Phase::ProviderActionRequired,
        };
        return verdict(phase, Provider, Why::ProviderError);
    }
    if facts.customer_error() {
        let phase = match unproven {
            Some(routing) => routing.phase,
            None if live => Phase::ActiveNeedsAttention,
            None => Phase::AwaitingCustomerDns,
        };
        return verdict(phase, Customer, Why::CustomerError);
    }

    let issuing = matches!(facts.ssl, S::Initializing | S::Validation | S::Issuance);
    if issuing && facts.caa_wrong {
        return verdict(Phase::AwaitingCustomerDns, Customer, Why::CaaWrong);
    }

    match facts.hostname {
        H::Pending => {
            // The customer's own Cloudflare zone proxies the name: neither
            // the CNAME nor a token can validate until it is DNS-only.
            if facts.proxied_by_own_zone() {
                return verdict(Phase::AwaitingCustomerDns, Customer, Why::ProxiedByOwnZone);
            }
            // Ownership looks done but another record the customer must
            // have in place (a DCV token or delegation) is missing: still
            // the customer's move.
            let dcv_wrong = facts.certificate_dns() == Some(DnsVerdict::Wrong)
                && facts.ssl == S::Validation
                && facts.dcv_needs_customer();
            if facts.ownership() == Some(DnsVerdict::Right) && dcv_wrong {
                return verdict(Phase::AwaitingCustomerDns, Customer, Why::DcvCustomer);
            }
            if facts.ownership() == Some(DnsVerdict::Right) && facts.customer_records_missing() {
                return verdict(Phase::AwaitingCustomerDns, Customer, Why::RequiredRecords);
            }
            return match facts.ownership() {
                Some(DnsVerdict::Right) if facts.refresh_worthwhile(Track::Hostname) => Verdict {
                    refresh: true,
                    ..verdict(Phase::VerifyingOwnership, Provider, Why::OwnershipDnsRight)
                },
                Some(DnsVerdict::Right) => verdict(
                    Phase::VerifyingOwnership,
                    Cloudflare,
                    Why::OwnershipDnsRight,
                ),
                Some(DnsVerdict::Inconclusive) => verdict(
                    Phase::VerifyingOwnership,
                    Nobody,
                    Why::OwnershipDnsInconclusive,
                ),
                Some(DnsVerdict::Wrong) | None => {
                    verdict(Phase::AwaitingCustomerDns, Customer, Why::OwnershipPending)
                }
            };
        }
        H::CloudflareSide => {
            return verdict(Phase::VerifyingOwnership, Cloudflare, Why::CloudflareSide);
        }
        _ => {}
    }

    // Hostname active (or unreported): the certificate pipeline.
    if !live && facts.traffic() == Some(DnsVerdict::Wrong) {
        let why = if facts.proxied_by_own_zone() {
            Why::ProxiedByOwnZone
        } else {
            Why::TrafficWrong
        };
        return verdict(Phase::AwaitingCustomerDns, Customer, why);
    }
    if !live && facts.required_problems {
        return verdict(Phase::AwaitingCustomerDns, Customer, Why::RequiredRecords);
    }
    match facts.ssl {
        S::Initializing => verdict(Phase::ValidatingCertificate, Cloudflare, Why::Initializing),
        S::Validation => validation(facts),
        S::Issuance => verdict(Phase::IssuingCertificate, Cloudflare, Why::Issuance),
        S::Deployment => verdict(Phase::DeployingCertificate, Cloudflare, Why::Deployment),
        S::Active | S::Expiring => health(facts),
        // Unreported ssl status under a live hostname: the order exists but
        // says nothing; treat it as being set up.
        _ => verdict(Phase::ValidatingCertificate, Cloudflare, Why::Initializing),
    }
}

/// `pending_validation` under a live (or unreported) hostname.
fn validation(facts: &Facts<'_>) -> Verdict {
    match facts.certificate_dns() {
        Some(DnsVerdict::Right) if facts.refresh_worthwhile(Track::Certificate) => Verdict {
            refresh: true,
            ..verdict(
                Phase::ValidatingCertificate,
                Actor::Provider,
                Why::DcvDnsRight,
            )
        },
        Some(DnsVerdict::Right) => verdict(
            Phase::ValidatingCertificate,
            Actor::Cloudflare,
            Why::DcvDnsRight,
        ),
        Some(DnsVerdict::Inconclusive) => verdict(
            Phase::ValidatingCertificate,
            Actor::Nobody,
            Why::DcvDnsInconclusive,
        ),
        _ if facts.dcv_needs_customer() => verdict(
            Phase::AwaitingCustomerDns,
            Actor::Customer,
            Why::DcvCustomer,
        ),
        _ => verdict(
            Phase::ValidatingCertificate,
            Actor::Cloudflare,
            Why::DcvCloudflare,
        ),
    }
}

/// A live certificate (hostname active or unreported) whose routing an
/// observation did not see right: the verdict that says so, whatever else is
/// wrong. `None` without an observation, or with the routing seen right.
fn routing_gate(facts: &Facts<'_>) -> Option<Verdict> {
    if facts.dns.is_none()
        || !matches!(
            facts.hostname,
            HostnameClass::Active | HostnameClass::Unreported
        )
    {
        return None;
    }
    match facts.traffic() {
        Some(DnsVerdict::Right) => None,
        Some(DnsVerdict::Wrong) if facts.proxied_by_own_zone() => {
            // Active at Cloudflare, proxied by the customer's own zone:
            // Orange-to-Orange set up with the provider, or a proxied
            // record pointing elsewhere. Not provably live; the customer
            // is the one who knows (and fixes it if unintended).
            Some(verdict(
                Phase::RoutingUnconfirmed,
                Actor::Customer,
                Why::ProxiedByOwnZone,
            ))
        }
        Some(DnsVerdict::Wrong) => Some(verdict(
            Phase::AwaitingCustomerDns,
            Actor::Customer,
            Why::RoutingNotLive,
        )),
        Some(DnsVerdict::Inconclusive) => Some(verdict(
            Phase::RoutingUnconfirmed,
            Actor::Nobody,
            Why::RoutingLookupFailed,
        )),
        None if facts.routing_checked() => {
            // A routing record was checked but does not count yet
            // (cannot happen once both tracks are active): inconclusive.
            Some(verdict(
                Phase::RoutingUnconfirmed,
                Actor::Nobody,
                Why::RoutingLookupFailed,
            ))
        }
        None => Some(verdict(
            Phase::RoutingUnconfirmed,
            Actor::Provider,
            Why::RoutingUnverifiable,
        )),
    }
}

/// A serving certificate: live only once the routing is proven (with an
/// observation), then active or needing attention.
fn health(facts: &Facts<'_>) -> Verdict {
    if let Some(unproven) = routing_gate(facts) {
        return unproven;
    }
    if facts.required_problems {
        return verdict(
            Phase::ActiveNeedsAttention,
            Actor::Customer,
            Why::KeepRecordsMissing,
        );
    }
    if facts.expires_in.is_some_and(|left| left <= 0) {
        return verdict(
            Phase::ActiveNeedsAttention,
            Actor::Provider,
            Why::ExpiredByDate,
        );
    }
    if let Some(edge) = facts.edge.filter(|e| e.needs_attention()) {
        return verdict(Phase::ActiveNeedsAttention, edge.actor(), Why::Edge(edge));
    }
    let in_window = facts
        .expires_in
        .is_some_and(|left| left <= facts.renewal_window);
    if facts.ssl == SslClass::Expiring || in_window {
        let actor = if facts.renewal_needs_customer() {
            Actor::Customer
        } else {
            Actor::Cloudflare
        };
        return verdict(Phase::ActiveNeedsAttention, actor, Why::Renewal);
    }
    verdict(Phase::Active, Actor::Nobody, Why::Active)
}
