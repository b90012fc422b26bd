//! Webhook event types (spec §4.5) and the certificate status they imply
//! when the payload leaves `ssl.status` out.

use custom_hostnames::api::WebhookPayload;
use custom_hostnames::status::{
    Actor, Context, Phase, WebhookOutcome, WebhookStage, interpret_webhook,
};
use serde_json::json;

fn payload(event_type: &str, ssl: serde_json::Value) -> WebhookPayload {
    let body = json!({
        "metadata": { "event": { "id": "e1", "type": event_type, "created_at": "2026-11-27T00:00:00Z" },
                      "account": { "id": "a1" }, "zone": { "id": "z1" } },
        "data": { "id": "h1", "hostname": "shop.example.net", "ssl": ssl }
    });
    WebhookPayload::from_json_str(&body.to_string()).unwrap()
}

#[test]
fn every_documented_event_type() {
    use WebhookOutcome as O;
    use WebhookStage as S;
    // (event, stage, outcome, phase when ssl.status is absent)
    let cases = [
        (
            "validation.succeeded",
            S::Validation,
            O::Succeeded,
            Phase::IssuingCertificate,
        ),
        (
            "validation.failed",
            S::Validation,
            O::Failed,
            Phase::ValidatingCertificate,
        ),
        (
            "issuance.succeeded",
            S::Issuance,
            O::Succeeded,
            Phase::DeployingCertificate,
        ),
        (
            "issuance.failed",
            S::Issuance,
            O::Failed,
            Phase::IssuingCertificate,
        ),
        (
            "deployment.succeeded",
            S::Deployment,
            O::Succeeded,
            Phase::Active,
        ),
        (
            "deployment.failed",
            S::Deployment,
            O::Failed,
            Phase::DeployingCertificate,
        ),
        (
            "deletion.succeeded",
            S::Deletion,
            O::Succeeded,
            Phase::Deleted,
        ),
        ("deletion.failed", S::Deletion, O::Failed, Phase::Deleting),
        ("renewal.succeeded", S::Renewal, O::Succeeded, Phase::Active),
        (
            "renewal.failed",
            S::Renewal,
            O::Failed,
            Phase::ActiveNeedsAttention,
        ),
        (
            "renewal.upcoming_certificate_expiration_notification",
            S::Renewal,
            O::UpcomingExpiration,
            Phase::ActiveNeedsAttention,
        ),
    ];
    for (suffix, stage, outcome, phase) in cases {
        let event = format!("ssl.custom_hostname_certificate.{suffix}");
        let interpreted = interpret_webhook(
            &payload(&event, json!({ "type": "dv", "method": "http" })),
            &Context::default(),
        );
        assert_eq!(
            (interpreted.stage, interpreted.outcome),
            (stage, outcome),
            "{event}"
        );
        assert_eq!(interpreted.phase, phase, "{event}");
        assert!(
            !interpreted.assessment.ready,
            "{event}: no hostname status, never ready"
        );
        assert!(!interpreted.event_text.is_empty() && !interpreted.event_text.contains('{'));
        assert_eq!(interpreted.zone_id.as_deref(), Some("z1"));
        assert_eq!(interpreted.account_id.as_deref(), Some("a1"));
        assert_eq!(interpreted.occurred_at, Some(1_795_737_600));
    }
}

#[test]
fn a_reported_status_wins_over_the_event() {
    let interpreted = interpret_webhook(
        &payload(
            "ssl.custom_hostname_certificate.deployment.succeeded",
            json!({ "status": "pending_deployment" }),
        ),
        &Context::default(),
    );
    assert_eq!(interpreted.phase, Phase::DeployingCertificate);
    assert_eq!(
        interpreted.assessment.certificate.status.as_deref(),
        Some("pending_deployment")
    );
}

#[test]
fn unknown_event_types_are_kept() {
    let interpreted = interpret_webhook(
        &payload("ssl.something_else.happened", json!(null)),
        &Context::default(),
    );
    assert_eq!(
        (interpreted.stage, interpreted.outcome),
        (WebhookStage::Unknown, WebhookOutcome::Unknown)
    );
    assert_eq!(interpreted.event_type, "ssl.something_else.happened");
    assert!(
        interpreted
            .event_text
            .contains("ssl.something_else.happened")
    );
    // No hostname status, no certificate: nothing to judge.
    assert_eq!(
        (interpreted.phase, interpreted.actor),
        (Phase::Unknown, Actor::Provider)
    );
}
