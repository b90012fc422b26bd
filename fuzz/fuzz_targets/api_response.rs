//! Cloudflare response bodies: every result kind's parser, then, for a
//! custom hostname, the status assessment (fixed context) and the webhook
//! interpretation of the same bytes. Invariants: no panic, the
//! assessment serializes to JSON, and so does its dashboard row
//! (`AssessmentSummary`), whose next deadline is one still ahead.
#![no_main]

use custom_hostnames::api::{CustomHostname, ResultKind, WebhookPayload, parse_result};
use custom_hostnames::status::{AssessmentSummary, assess, interpret_webhook};
use custom_hostnames_fuzz::fixed_context;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&status_byte, body)) = data.split_first() else {
        return;
    };
    let Ok(body) = std::str::from_utf8(body) else {
        return;
    };
    // First byte: no status, 2xx or an error status.
    let http_status = match status_byte % 4 {
        0 => None,
        1 => Some(200),
        2 => Some(400 + u16::from(status_byte)),
        _ => Some(500 + u16::from(status_byte % 100)),
    };
    let context = fixed_context();
    for kind in [
        ResultKind::CustomHostname,
        ResultKind::CustomHostnames,
        ResultKind::Deleted,
        ResultKind::FallbackOrigin,
        ResultKind::Quota,
        ResultKind::DcvDelegationUuid,
    ] {
        let _ = parse_result(kind, http_status, body);
    }
    if let Ok(object) = CustomHostname::from_json_str(body) {
        let assessment = assess(&object, &context);
        assert!(serde_json::to_string(&assessment).is_ok());
        let row = AssessmentSummary::from(assessment);
        assert!(serde_json::to_string(&row).is_ok());
        assert!(
            row.next_deadline
                .is_none_or(|d| d.seconds_left.is_some_and(|left| left >= 0))
        );
    }
    if let Ok(payload) = WebhookPayload::from_json_str(body) {
        let assessment = interpret_webhook(&payload, &context);
        assert!(serde_json::to_string(&assessment).is_ok());
    }
});
