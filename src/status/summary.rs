//! An [`Assessment`] reduced to one dashboard row: what a list of thousands
//! of hostnames shows (phase, who acts, the first thing to do, the next
//! deadline), without the steps' sentences, records and per-track meanings.
//! About a sixth of the full assessment's bytes; the full one for a single
//! hostname is one [`super::assess`] away.

use serde::{Deserialize, Serialize};

use super::model::{Assessment, Deadline};
use super::phase::{Actor, Phase};

/// One hostname's verdict in brief (camelCase in JSON/JS).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct AssessmentSummary {
    /// Custom hostname id ("" when absent).
    pub id: String,
    /// The hostname ("" when absent).
    pub name: String,
    /// The merged verdict.
    pub phase: Phase,
    /// One line for the phase.
    pub summary: String,
    /// As [`Assessment::ready`].
    pub ready: bool,
    /// Whose move it is.
    pub actor: Actor,
    /// The hostname track's raw status, when reported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub hostname_status: Option<String>,
    /// The certificate track's raw status, when reported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub certificate_status: Option<String>,
    /// Catalogue codes of every error message, hostname track first.
    pub error_codes: Vec<String>,
    /// Code of the first required step (else of the first step), when any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub next_step: Option<String>,
    /// The soonest deadline not yet passed, when one is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub next_deadline: Option<Deadline>,
    /// As [`Assessment::poll_after_seconds`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub poll_after_seconds: Option<u64>,
    /// As [`Assessment::refresh_recommended`].
    pub refresh_recommended: bool,
}

impl From<Assessment> for AssessmentSummary {
    fn from(a: Assessment) -> Self {
        let next_step = a
            .steps
            .iter()
            .find(|s| !s.optional)
            .or(a.steps.first())
            .map(|s| s.code.clone());
        let next_deadline = a
            .deadlines
            .into_iter()
            .filter(|d| d.seconds_left.is_some_and(|left| left >= 0))
            .min_by_key(|d| d.seconds_left);
        Self {
            id: a.id,
            name: a.name,
            phase: a.phase,
            summary: a.summary,
            ready: a.ready,
            actor: a.actor,
            hostname_status: a.hostname.status,
            certificate_status: a.certificate.status,
            error_codes: a.errors.into_iter().map(|e| e.code).collect(),
            next_step,
            next_deadline,
            poll_after_seconds: a.poll_after_seconds,
            refresh_recommended: a.refresh_recommended,
        }
    }
}
