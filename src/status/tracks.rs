//! Each track on its own: the hostname `status` (spec §5.1) and the
//! certificate `ssl.status` (§5.2) sorted into the classes the merged
//! verdict reasons about, with a one-line meaning and whether the track is
//! terminal (Cloudflare will not move it forward by itself).

use super::model::{ErrorMatch, TrackState};
use crate::api::{CustomHostname, HostnameStatus, SslStatus};
use crate::messages::provider_text;

/// Hostname statuses grouped by what they mean for the verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostnameClass {
    /// No `status` field (webhooks, some SDK mocks): judge by the certificate.
    Unreported,
    /// A status string this library does not know.
    Unknown,
    /// `active`, `active_redeploying`.
    Active,
    /// `pending`: waiting for the customer's DNS or token.
    Pending,
    /// Undocumented / migration-tool states where Cloudflare is working:
    /// `pending_migration`, `pending_provisioned`, `provisioned`,
    /// `test_pending`, `test_active`, `test_active_apex`.
    CloudflareSide,
    /// `moved`.
    Moved,
    /// `pending_deletion`.
    Deleting,
    /// `deleted`.
    Deleted,
    /// `blocked`, `pending_blocked`, `test_blocked`.
    Blocked,
    /// `test_failed` (25 failed pre-migration checks): needs a refresh.
    Failed,
}

/// Certificate statuses grouped by what they mean for the verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslClass {
    /// No `ssl` object: no certificate ordered.
    None,
    /// An `ssl` object without a status.
    Unreported,
    /// A status string this library does not know.
    Unknown,
    /// `initializing`.
    Initializing,
    /// `pending_validation`.
    Validation,
    /// `pending_issuance`, `backup_issued` (primary still being issued).
    Issuance,
    /// `pending_deployment`, `staging_deployment`, `pending_cleanup`,
    /// `holding_deployment`.
    Deployment,
    /// `active`.
    Active,
    /// `pending_expiration`: still serving, renewal under way.
    Expiring,
    /// `*_timed_out` except deletion.
    TimedOut,
    /// `deletion_timed_out`.
    DeletionTimedOut,
    /// `pending_deletion`.
    Deleting,
    /// `deleted`.
    Deleted,
    /// `expired`, `staging_active`, `deactivating`, `inactive`: not serving
    /// a production certificate and not on its way to one.
    NotServing,
}

/// Whether each track of `object` is live: the hostname verified (`active`,
/// `active_redeploying`) and a certificate issued and serving (`active`,
/// `pending_expiration`). Both together are the cut-over: records due after
/// validation are due now, and the hostname is connected.
pub(crate) fn live_tracks(object: &CustomHostname) -> (bool, bool) {
    let ssl = object.ssl.as_ref();
    let verified = hostname_class(object.status.as_ref()) == HostnameClass::Active;
    let issued = matches!(
        ssl_class(ssl.is_some(), ssl.and_then(|ssl| ssl.status.as_ref())),
        SslClass::Active | SslClass::Expiring
    );
    (verified, issued)
}

/// Classifies a hostname status.
pub fn hostname_class(status: Option<&HostnameStatus>) -> HostnameClass {
    use HostnameStatus as H;
    match status {
        None => HostnameClass::Unreported,
        Some(H::Active | H::ActiveRedeploying) => HostnameClass::Active,
        Some(H::Pending) => HostnameClass::Pending,
        Some(
            H::PendingMigration
            | H::PendingProvisioned
            | H::Provisioned
            | H::TestPending
            | H::TestActive
            | H::TestActiveApex,
        ) => HostnameClass::CloudflareSide,
        Some(H::Moved) => HostnameClass::Moved,
        Some(H::PendingDeletion) => HostnameClass::Deleting,
        Some(H::Deleted) => HostnameClass::Deleted,
        Some(H::Blocked | H::PendingBlocked | H::TestBlocked) => HostnameClass::Blocked,
        Some(H::TestFailed) => HostnameClass::Failed,
        Some(_) => HostnameClass::Unknown,
    }
}

/// Classifies a certificate status (`has_ssl` = an `ssl` object exists).
pub fn ssl_class(has_ssl: bool, status: Option<&SslStatus>) -> SslClass {
    use SslStatus as S;
    match (has_ssl, status) {
        (false, _) => SslClass::None,
        (true, None) => SslClass::Unreported,
        (true, Some(status)) => match status {
            S::Initializing => SslClass::Initializing,
            S::PendingValidation => SslClass::Validation,
            S::PendingIssuance | S::BackupIssued => SslClass::Issuance,
            S::PendingDeployment
            | S::StagingDeployment
            | S::PendingCleanup
            | S::HoldingDeployment => SslClass::Deployment,
            S::Active => SslClass::Active,
            S::PendingExpiration => SslClass::Expiring,
            S::InitializingTimedOut
            | S::ValidationTimedOut
            | S::IssuanceTimedOut
            | S::DeploymentTimedOut => SslClass::TimedOut,
            S::DeletionTimedOut => SslClass::DeletionTimedOut,
            S::PendingDeletion => SslClass::Deleting,
            S::Deleted => SslClass::Deleted,
            S::Expired | S::StagingActive | S::Deactivating | S::Inactive => SslClass::NotServing,
            _ => SslClass::Unknown,
        },
    }
}

/// The hostname track, explained.
pub fn hostname_track(status: Option<&HostnameStatus>, errors: Vec<ErrorMatch>) -> TrackState {
    let class = hostname_class(status);
    let raw = status.map(|s| s.as_str().to_owned());
    let key = match (class, &raw) {
        (HostnameClass::Unreported, _) => "hostname.unreported".to_owned(),
        (HostnameClass::Unknown, _) => "hostname.unknown".to_owned(),
        (_, Some(raw)) => format!("hostname.{raw}"),
        (_, None) => "hostname.unreported".to_owned(),
    };
    let terminal = matches!(
        class,
        HostnameClass::Moved
            | HostnameClass::Deleted
            | HostnameClass::Blocked
            | HostnameClass::Failed
    ) && status != Some(&HostnameStatus::PendingBlocked)
        || status == Some(&HostnameStatus::Active);
    TrackState {
        meaning: provider_text(&key, &[("status", raw.as_deref().unwrap_or(""))]),
        known: class != HostnameClass::Unknown,
        status: raw,
        terminal,
        errors,
    }
}

/// The certificate track, explained.
pub fn certificate_track(
    has_ssl: bool,
    status: Option<&SslStatus>,
    errors: Vec<ErrorMatch>,
) -> TrackState {
    let class = ssl_class(has_ssl, status);
    let raw = status.map(|s| s.as_str().to_owned());
    let key = match (class, &raw) {
        (SslClass::None, _) => "certificate.none".to_owned(),
        (SslClass::Unreported, _) | (_, None) => "certificate.unreported".to_owned(),
        (SslClass::Unknown, _) => "certificate.unknown".to_owned(),
        (_, Some(raw)) => format!("certificate.{raw}"),
    };
    let terminal = matches!(
        class,
        SslClass::Active
            | SslClass::TimedOut
            | SslClass::DeletionTimedOut
            | SslClass::Deleted
            | SslClass::NotServing
    ) && status != Some(&SslStatus::Deactivating);
    TrackState {
        meaning: provider_text(&key, &[("status", raw.as_deref().unwrap_or(""))]),
        known: class != SslClass::Unknown,
        status: raw,
        terminal,
        errors,
    }
}
