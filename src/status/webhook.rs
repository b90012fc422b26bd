//! Certificate notifications (webhooks) read into the same vocabulary as
//! [`super::assess`] (`spec/cloudflare-for-saas.md` §4.5, docs
//! `security/certificate-management/webhook-definitions.mdx`).
//!
//! Event types: `ssl.custom_hostname_certificate.<stage>.<outcome>` with
//! stages validation, issuance, deployment, deletion and renewal, outcomes
//! succeeded / failed, plus `renewal.upcoming_certificate_expiration_notification`.
//! "failed" events repeat on each retry. Payloads carry the custom hostname
//! without its top-level `status` (the hostname track is then "unreported"
//! and `ready` stays false), sometimes without `ssl.status`: it is then
//! inferred from the event (validation succeeded → `pending_issuance`,
//! issuance succeeded → `pending_deployment`, deployment or renewal
//! succeeded → `active`, deletion succeeded → `deleted`, a failure → the
//! stage's pending status, renewal failed or expiry notice →
//! `pending_expiration`).

use serde::{Deserialize, Serialize};

use super::context::Context;
use super::model::{Assessment, ErrorMatch};
use super::phase::{Actor, Phase};
use crate::api::{Ssl, SslStatus, WebhookPayload};
use crate::messages::provider_text;

const PREFIX: &str = "ssl.custom_hostname_certificate.";

/// Which stage the notification is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum WebhookStage {
    /// Domain control validation.
    Validation,
    /// Issuance by the CA.
    Issuance,
    /// Deployment to the edge.
    Deployment,
    /// Deletion.
    Deletion,
    /// Renewal.
    Renewal,
    /// Not a known custom hostname certificate event.
    Unknown,
}

/// How it went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum WebhookOutcome {
    /// Succeeded.
    Succeeded,
    /// Failed (repeats on each retry).
    Failed,
    /// Expiry notice (renewal only).
    UpcomingExpiration,
    /// Not known.
    Unknown,
}

/// A notification, interpreted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct WebhookAssessment {
    /// `metadata.event.type` verbatim ("" when absent).
    pub event_type: String,
    /// Stage.
    pub stage: WebhookStage,
    /// Outcome.
    pub outcome: WebhookOutcome,
    /// One line for the event (provider audience: English).
    pub event_text: String,
    /// `metadata.event.id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub event_id: Option<String>,
    /// `metadata.event.created_at`, Unix seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub occurred_at: Option<i64>,
    /// `metadata.zone.id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub zone_id: Option<String>,
    /// `metadata.account.id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub account_id: Option<String>,
    /// Same as `assessment.phase`.
    pub phase: Phase,
    /// Same as `assessment.actor`.
    pub actor: Actor,
    /// Same as `assessment.errors`.
    pub errors: Vec<ErrorMatch>,
    /// The full assessment of `data`.
    pub assessment: Assessment,
}

/// Splits an event type into stage and outcome.
pub fn parse_event_type(event_type: &str) -> (WebhookStage, WebhookOutcome) {
    let Some(rest) = event_type.strip_prefix(PREFIX) else {
        return (WebhookStage::Unknown, WebhookOutcome::Unknown);
    };
    let (stage, outcome) = rest.split_once('.').unwrap_or((rest, ""));
    let stage = match stage {
        "validation" => WebhookStage::Validation,
        "issuance" => WebhookStage::Issuance,
        "deployment" => WebhookStage::Deployment,
        "deletion" => WebhookStage::Deletion,
        "renewal" => WebhookStage::Renewal,
        _ => WebhookStage::Unknown,
    };
    let outcome = match outcome {
        "succeeded" => WebhookOutcome::Succeeded,
        "failed" => WebhookOutcome::Failed,
        "upcoming_certificate_expiration_notification" => WebhookOutcome::UpcomingExpiration,
        _ => WebhookOutcome::Unknown,
    };
    if stage == WebhookStage::Unknown || outcome == WebhookOutcome::Unknown {
        return (WebhookStage::Unknown, WebhookOutcome::Unknown);
    }
    (stage, outcome)
}

/// The certificate status an event implies, used when `ssl.status` is absent.
fn implied_status(stage: WebhookStage, outcome: WebhookOutcome) -> Option<SslStatus> {
    use WebhookOutcome as O;
    use WebhookStage as S;
    Some(match (stage, outcome) {
        (S::Validation, O::Succeeded) => SslStatus::PendingIssuance,
        (S::Validation, O::Failed) => SslStatus::PendingValidation,
        (S::Issuance, O::Succeeded) => SslStatus::PendingDeployment,
        (S::Issuance, O::Failed) => SslStatus::PendingIssuance,
        (S::Deployment | S::Renewal, O::Succeeded) => SslStatus::Active,
        (S::Deployment, O::Failed) => SslStatus::PendingDeployment,
        (S::Deletion, O::Succeeded) => SslStatus::Deleted,
        (S::Deletion, O::Failed) => SslStatus::PendingDeletion,
        (S::Renewal, O::Failed | O::UpcomingExpiration) => SslStatus::PendingExpiration,
        _ => return None,
    })
}

/// Interprets a notification payload.
pub fn interpret_webhook(payload: &WebhookPayload, context: &Context) -> WebhookAssessment {
    let event = &payload.metadata.event;
    let event_type = event.event_type.clone().unwrap_or_default();
    let (stage, outcome) = parse_event_type(&event_type);
    let mut data = payload.data.clone();
    let reported = data.ssl.as_ref().and_then(|ssl| ssl.status.clone());
    if let (None, Some(implied)) = (reported, implied_status(stage, outcome)) {
        data.ssl.get_or_insert_with(Ssl::default).status = Some(implied);
    }
    let assessment = super::assess(&data, context);
    let key = match (stage, outcome) {
        (WebhookStage::Unknown, _) | (_, WebhookOutcome::Unknown) => "webhook.unknown".to_owned(),
        (_, _) => format!("webhook.{}.{}", stage_name(stage), outcome_name(outcome)),
    };
    WebhookAssessment {
        event_text: provider_text(&key, &[("type", &event_type)]),
        event_type,
        stage,
        outcome,
        event_id: event.id.clone(),
        occurred_at: event
            .created_at
            .as_ref()
            .and_then(|t| t.unix_seconds().ok()),
        zone_id: payload.metadata.zone.id.clone(),
        account_id: payload.metadata.account.id.clone(),
        phase: assessment.phase,
        actor: assessment.actor,
        errors: assessment.errors.clone(),
        assessment,
    }
}

fn stage_name(stage: WebhookStage) -> &'static str {
    match stage {
        WebhookStage::Validation => "validation",
        WebhookStage::Issuance => "issuance",
        WebhookStage::Deployment => "deployment",
        WebhookStage::Deletion => "deletion",
        WebhookStage::Renewal => "renewal",
        WebhookStage::Unknown => "unknown",
    }
}

fn outcome_name(outcome: WebhookOutcome) -> &'static str {
    match outcome {
        WebhookOutcome::Succeeded => "succeeded",
        WebhookOutcome::Failed => "failed",
        WebhookOutcome::UpcomingExpiration => "upcoming_certificate_expiration_notification",
        WebhookOutcome::Unknown => "unknown",
    }
}
