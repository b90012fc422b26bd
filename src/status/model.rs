//! The data an assessment is made of: plain serializable structs (camelCase
//! in JSON/JS, TypeScript declarations via tsify on wasm32).

use serde::{Deserialize, Serialize};

use super::phase::{Actor, Phase};
use crate::diagnostic::Warning;
use crate::messages::{Audience, Locale};
use crate::observation::{CheckStatus, RecordPurpose};

/// Which of the two validations (spec §1) something belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Track {
    /// Hostname (ownership) validation: top-level `status`.
    Hostname,
    /// Certificate validation: `ssl.status`.
    Certificate,
}

/// One track's state, explained.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct TrackState {
    /// The raw status as Cloudflare sent it; absent when not reported (no
    /// `ssl` object, or a webhook without a top-level `status`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub status: Option<String>,
    /// `false` for a status string this library does not know.
    pub known: bool,
    /// One line saying what the status means.
    pub meaning: String,
    /// `true` when Cloudflare will not move this track forward by itself
    /// (settled good, given up, refused or gone).
    pub terminal: bool,
    /// This track's error messages, matched against the catalogue.
    pub errors: Vec<ErrorMatch>,
}

/// One error message from Cloudflare, recognised (or not).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ErrorMatch {
    /// Stable code from the catalogue, or `unrecognised`.
    pub code: String,
    /// Which track reported it.
    pub track: Track,
    /// Who must act on it.
    pub actor: Actor,
    /// What it means (provider audience: English, technical).
    pub cause: String,
    /// What to do (provider audience).
    pub fix: String,
    /// What it means for the customer, in plain words in the assessment's
    /// locale (for errors only the provider or Cloudflare can act on: that
    /// there is nothing for them to do).
    pub customer: String,
    /// The message verbatim.
    pub raw: String,
}

/// A DNS record (or HTTP file) a step refers to; `purpose` + `name` join
/// with the DNS-instructions module and with [`crate::observation::RecordCheck`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct RecordRef {
    /// Why the record exists.
    pub purpose: RecordPurpose,
    /// Owner name (absolute, no trailing dot) or, for `HTTP`, the URL.
    pub name: String,
    /// `CNAME`, `TXT`, `A`, `CAA`, `HTTP`, `EMAIL`.
    #[serde(rename = "type")]
    pub record_type: String,
    /// Expected value (CNAME target, token, file body), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub value: Option<String>,
    /// What a live look found, when the step comes from an observation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub check: Option<CheckStatus>,
}

/// An API call a step asks the provider to send, shaped like the request
/// builder's `Operation` (`crate::api::request`, tagged by `op`): add
/// `zoneId` (and, for `updateFallbackOrigin`, `origin`) and it can be built.
/// Tags used: `refresh` (PATCH repeating `ssl.method` and `ssl.type`, spec
/// §3.2 / §12.6; also orders a certificate when none exists), `edit`
/// (PATCH with `ssl`), `delete`, `create`, `updateFallbackOrigin`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct OperationRef {
    /// Operation tag.
    pub op: String,
    /// The custom hostname id the call is about, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub custom_hostname_id: Option<String>,
    /// `refresh`: the DCV method to repeat (or switch to).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub method: Option<String>,
    /// `edit`: the `ssl` object to send (the caller adds what only it can
    /// choose, e.g. another `certificate_authority`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub ssl: Option<SslPatch>,
}

/// The `ssl` part of an `edit` step (wire names, spec §3.3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct SslPatch {
    /// DCV method (always sent with `type`, error 1440).
    pub method: String,
    /// `dv`.
    #[serde(rename = "type")]
    pub validation_type: String,
    /// `true` when the step is to turn Cloudflare branding on (error 1469).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub cloudflare_branding: Option<bool>,
}

/// One thing someone should do, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Step {
    /// Stable code (see the message catalogues, `step.<code>`).
    pub code: String,
    /// Who does it.
    pub actor: Actor,
    /// Who the text is written for: `customer` steps (records to add, or
    /// that there is nothing to do) are in the assessment's locale and plain
    /// words; `provider` steps (API calls, support) are English and technical.
    pub audience: Audience,
    /// The sentence, for `audience`.
    pub text: String,
    /// An alternative or a speed-up rather than a requirement.
    pub optional: bool,
    /// Records to create or fix.
    pub records: Vec<RecordRef>,
    /// The API call to send.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub operation: Option<OperationRef>,
}

/// A point in time that matters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Deadline {
    /// Stable code (`hostname_validation_ends`, `dcv_token_expires`,
    /// `moved_hostname_deleted`, `renewal_window_opens`, `certificate_expires`).
    pub code: String,
    /// Unix seconds, when the object's dates allow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub at: Option<i64>,
    /// The same instant in RFC 3339 (UTC).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub at_rfc3339: Option<String>,
    /// `at - now`, when both are known (negative once passed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub seconds_left: Option<i64>,
    /// `true` when `at` is derived from an approximation (token issue time
    /// taken as `created_at`, default CA taken as the shortest lifetime).
    pub estimated: bool,
    /// For the customer, in the assessment's locale, with the date written
    /// out when the object's dates allow ("if … by 12 December 2026…").
    pub text: String,
}

/// A verdict on a group of live DNS checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum DnsVerdict {
    /// The records are right: any wait is on Cloudflare.
    Right,
    /// Missing, wrong or conflicting records: the customer acts.
    Wrong,
    /// A lookup failed: nobody can tell yet (not the customer's fault).
    Inconclusive,
}

/// What the DNS observation says about each concern (absent when it holds
/// no check for that concern that matters now: optional records that are
/// not there and records no longer needed do not count).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct DnsFindings {
    /// The routing record (CNAME to the provider's target, an apex's
    /// flattening record or apex IPs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub traffic: Option<DnsVerdict>,
    /// Whether the observation checked a routing record at all; `false`
    /// means live routing is unverifiable from this observation.
    pub routing_checked: bool,
    /// The name answers with Cloudflare addresses of its own zone instead
    /// of going through the provider's target (spec §11.1 "orange cloud").
    pub proxied_by_own_zone: bool,
    /// Hostname ownership: routing record or ownership token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub ownership: Option<DnsVerdict>,
    /// Certificate DCV: tokens or delegation, CAA, records to remove.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub certificate: Option<DnsVerdict>,
    /// One line for the whole observation, for the customer.
    pub text: String,
}

/// The whole interpretation of a custom hostname.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Assessment {
    /// Custom hostname id ("" when absent, e.g. in some webhooks).
    pub id: String,
    /// The hostname ("" when absent).
    pub name: String,
    /// The merged verdict.
    pub phase: Phase,
    /// One line for the customer, in `locale`: where things stand and
    /// whether they have to act.
    pub summary: String,
    /// One line for the provider's developers (English; names statuses).
    pub provider_summary: String,
    /// The language of the customer texts.
    pub locale: Locale,
    /// Live: hostname and certificate active at Cloudflare, not past
    /// `expires_on`, and, when a DNS observation was given, the routing
    /// record seen right (proven, not merely "not known to be wrong").
    /// Without an observation it keeps its Cloudflare-side meaning; then
    /// `liveRoutingChecked` is `false`.
    pub ready: bool,
    /// Whether a live DNS look at the routing record went into `ready`.
    pub live_routing_checked: bool,
    /// Whose move it is.
    pub actor: Actor,
    /// Ownership track.
    pub hostname: TrackState,
    /// Certificate track.
    pub certificate: TrackState,
    /// What to do, in order.
    pub steps: Vec<Step>,
    /// Every error message of both tracks, hostname first.
    pub errors: Vec<ErrorMatch>,
    /// Times that matter.
    pub deadlines: Vec<Deadline>,
    /// When to look again; absent when nothing will change by itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub poll_after_seconds: Option<u64>,
    /// The provider should send the refresh PATCH now (DNS already right but
    /// Cloudflare has not re-checked, or Cloudflare gave up).
    pub refresh_recommended: bool,
    /// What the DNS observation showed, when one was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub dns: Option<DnsFindings>,
    /// What the edge served, when a TLS observation was given (`edge.rs`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub edge: Option<super::edge::EdgeFindings>,
    /// Remarks for the provider's developers (an unknown locale...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub warnings: Vec<Warning>,
}
