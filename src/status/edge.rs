//! What the edge actually serves: a TLS handshake with SNI = the custom
//! hostname, made to the CNAME target (the CLI's `cert`, `openssl
//! s_client -servername HOST -connect TARGET:443`), judged against the
//! hostname and against what the API reports for its certificate
//! (`ssl.hosts`, `ssl.serial_number`, `ssl.expires_on`; spec §4.2).
//!
//! Name matching follows RFC 6125 §6.4: names compare case-insensitively,
//! a `*` is honoured only as the whole leftmost label and matches exactly
//! one label, never an empty one, and a wildcard over a public suffix
//! (`*.co.uk`) matches nothing. The subject CN counts only when the
//! certificate has no DNS names (§6.4.4).
//!
//! The verdict changes only for a certificate the API calls live
//! (`decide::health`): the edge still serving the previous certificate
//! (deployment lagging), a certificate that does not cover the hostname,
//! one past its end, or no certificate at all are each `active_needs_attention`.

use serde::{Deserialize, Serialize};

use super::context::{ContextError, TimeInput, unix_seconds};
use super::phase::Actor;
use super::timing::to_rfc3339;
use crate::api::CustomHostname;
use crate::hostname::{Hostname, ParseOptions};
use crate::messages::provider_text;

/// What a TLS handshake saw, as the caller read it from the peer
/// certificate (Node's `getPeerCertificate()`: `subjectaltname`, `subject.CN`,
/// `issuer`, `valid_from`, `valid_to`, `serialNumber`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct EdgeObservationInput {
    /// DNS names of the certificate (subjectAltName).
    pub names: Vec<String>,
    /// Subject common name.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub common_name: Option<String>,
    /// Issuer, as a display string (organization and/or CN).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub issuer: Option<String>,
    /// Start of validity: Unix seconds or RFC 3339.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub not_before: Option<TimeInput>,
    /// End of validity: Unix seconds or RFC 3339.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub not_after: Option<TimeInput>,
    /// Serial number, hex (any case, colons allowed).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub serial_number: Option<String>,
    /// The handshake failed: no certificate was served (the reason).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub error: Option<String>,
}

/// [`EdgeObservationInput`] with its times decoded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EdgeObservation {
    /// DNS names.
    pub names: Vec<String>,
    /// Subject CN.
    pub common_name: Option<String>,
    /// Issuer display string.
    pub issuer: Option<String>,
    /// Unix seconds.
    pub not_before: Option<i64>,
    /// Unix seconds.
    pub not_after: Option<i64>,
    /// Lower-case hex without separators or leading zeros.
    pub serial_number: Option<String>,
    /// Handshake failure.
    pub error: Option<String>,
}

impl TryFrom<EdgeObservationInput> for EdgeObservation {
    type Error = ContextError;

    fn try_from(input: EdgeObservationInput) -> Result<Self, Self::Error> {
        Ok(Self {
            names: input.names,
            common_name: input.common_name,
            issuer: input.issuer,
            not_before: input.not_before.as_ref().map(unix_seconds).transpose()?,
            not_after: input.not_after.as_ref().map(unix_seconds).transpose()?,
            serial_number: input.serial_number.as_deref().map(serial),
            error: input.error,
        })
    }
}

/// A serial number compared as hex digits (leading zeros and separators ignored).
fn serial(s: &str) -> String {
    let hex: String = s
        .chars()
        .filter(char::is_ascii_hexdigit)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let trimmed = hex.trim_start_matches('0');
    if trimmed.is_empty() && !hex.is_empty() {
        "0".to_owned()
    } else {
        trimmed.to_owned()
    }
}

/// What the edge serves, judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum EdgeVerdict {
    /// The certificate the API reports, covering the hostname, in date.
    Serving,
    /// Covering and in date, but not the certificate the API reports now
    /// (an older one: the new one is not deployed everywhere yet).
    OldCertificate,
    /// The certificate served does not cover the hostname.
    NotCovering,
    /// The certificate served is past its end (or not yet valid).
    OutOfDate,
    /// No certificate: the handshake failed.
    NoCertificate,
}

impl EdgeVerdict {
    /// Whether a live hostname needs attention because of it.
    pub fn needs_attention(self) -> bool {
        self != Self::Serving
    }

    /// Who acts when it does.
    pub fn actor(self) -> Actor {
        match self {
            Self::Serving | Self::OldCertificate | Self::NoCertificate => Actor::Cloudflare,
            Self::NotCovering | Self::OutOfDate => Actor::Provider,
        }
    }

    /// Stable name (`serving`, `old_certificate`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Serving => "serving",
            Self::OldCertificate => "old_certificate",
            Self::NotCovering => "not_covering",
            Self::OutOfDate => "out_of_date",
            Self::NoCertificate => "no_certificate",
        }
    }

    /// The step a live hostname gets for it: its code, and the message key
    /// (`step.<key>`) for the audience of [`Self::actor`]. While Cloudflare
    /// deploys, the customer reads that the certificate is on its way; the
    /// provider reads the edge's details. `None` when serving (no step).
    pub fn step(self) -> Option<(&'static str, &'static str)> {
        match self {
            Self::Serving => None,
            Self::OldCertificate | Self::NoCertificate => {
                Some(("edge_wait_for_deployment", "wait_for_certificate"))
            }
            Self::NotCovering => Some(("edge_certificate_mismatch", "edge_certificate_mismatch")),
            Self::OutOfDate => Some((
                "edge_certificate_out_of_date",
                "edge_certificate_out_of_date",
            )),
        }
    }
}

/// The edge observation judged (part of the assessment).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct EdgeFindings {
    /// The verdict.
    pub verdict: EdgeVerdict,
    /// The certificate covers the hostname (RFC 6125).
    pub covers: bool,
    /// The name that covers it (`*.example.com` for a wildcard).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub matched_name: Option<String>,
    /// Same certificate as the API reports (serial, else expiry), when both
    /// sides say enough to tell.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub matches_api: Option<bool>,
    /// Issuer as served.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub issuer: Option<String>,
    /// End of validity, RFC 3339.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub expires_at: Option<String>,
    /// One line for the provider's operator (technical English).
    pub text: String,
}

/// Whether a presented name covers `host` (both ASCII; RFC 6125 §6.4.3).
pub fn name_covers(presented: &str, host: &str) -> bool {
    let presented = presented.trim().trim_end_matches('.');
    let host = host.trim().trim_end_matches('.');
    if presented.is_empty() || host.is_empty() {
        return false;
    }
    if presented.eq_ignore_ascii_case(host) {
        return true;
    }
    let Some(base) = presented.strip_prefix("*.") else {
        return false;
    };
    if base.contains('*') {
        return false;
    }
    let Some((label, rest)) = host.split_once('.') else {
        return false;
    };
    if label.is_empty() || label == "*" || !rest.eq_ignore_ascii_case(base) {
        return false;
    }
    // A wildcard needs a registrable domain under it: `*.co.uk` covers nothing.
    let options = ParseOptions {
        allow_special_use: true,
        ..ParseOptions::default()
    };
    Hostname::parse(base, &options).is_ok_and(|p| !p.hostname.registrable_domain().is_empty())
}

/// The names the certificate presents: its DNS names, else its CN.
fn presented(o: &EdgeObservation) -> Vec<&str> {
    if o.names.is_empty() {
        o.common_name.iter().map(String::as_str).collect()
    } else {
        o.names.iter().map(String::as_str).collect()
    }
}

/// Judges what the edge served for `object`'s hostname at `now`.
pub fn findings(o: &EdgeObservation, object: &CustomHostname, now: Option<i64>) -> EdgeFindings {
    let host = object.hostname.as_str();
    let ssl = object.ssl.as_ref();
    let expires_at = o.not_after.and_then(to_rfc3339);
    let date = expires_at
        .as_deref()
        .and_then(|t| t.get(..10))
        .unwrap_or("?")
        .to_owned();
    if let Some(error) = &o.error {
        return EdgeFindings {
            verdict: EdgeVerdict::NoCertificate,
            covers: false,
            matched_name: None,
            matches_api: None,
            issuer: None,
            expires_at: None,
            text: provider_text("edge.no_certificate", &[("host", host), ("reason", error)]),
        };
    }
    let matched = presented(o).into_iter().find(|n| name_covers(n, host));
    let api_serial = ssl.and_then(|s| s.serial_number.as_deref()).map(serial);
    let api_expires = ssl
        .and_then(|s| s.expires_on.as_ref())
        .and_then(|t| t.unix_seconds().ok());
    let matches_api = match (&o.serial_number, &api_serial) {
        (Some(served), Some(api)) if !served.is_empty() && !api.is_empty() => Some(served == api),
        _ => o
            .not_after
            .zip(api_expires)
            .map(|(served, api)| (served - api).abs() <= 1),
    };
    let out_of_date = now.is_some_and(|now| {
        o.not_after.is_some_and(|end| end <= now) || o.not_before.is_some_and(|start| start > now)
    });
    let older = matches_api == Some(false)
        && o.not_after
            .zip(api_expires)
            .is_some_and(|(served, api)| served < api);
    let (verdict, key) = if matched.is_none() {
        (EdgeVerdict::NotCovering, "edge.not_covering")
    } else if out_of_date {
        (EdgeVerdict::OutOfDate, "edge.out_of_date")
    } else if older {
        (EdgeVerdict::OldCertificate, "edge.old_certificate")
    } else {
        (EdgeVerdict::Serving, "edge.serving")
    };
    let names = presented(o).join(", ");
    let issuer = o.issuer.clone().unwrap_or_default();
    let text = provider_text(
        key,
        &[
            ("host", host),
            ("names", &names),
            ("issuer", &issuer),
            ("date", &date),
        ],
    );
    EdgeFindings {
        verdict,
        covers: matched.is_some(),
        matched_name: matched.map(str::to_owned),
        matches_api,
        issuer: o.issuer.clone(),
        expires_at,
        text,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]

    use super::*;

    #[test]
    fn rfc_6125_wildcards() {
        for (presented, host, covers) in [
            ("shop.acme.io", "SHOP.ACME.IO", true),
            ("shop.acme.io.", "shop.acme.io", true),
            ("*.acme.io", "shop.acme.io", true),
            ("*.ACME.io", "shop.acme.io", true),
            ("*.acme.io", "acme.io", false),
            ("*.acme.io", "a.shop.acme.io", false),
            ("*.acme.io", ".acme.io", false),
            ("f*.acme.io", "foo.acme.io", false),
            ("*.*.acme.io", "a.b.acme.io", false),
            ("*.co.uk", "acme.co.uk", false),
            ("*.com", "acme.com", false),
            ("*.xn--bcher-kva.de", "www.xn--bcher-kva.de", true),
            ("", "acme.io", false),
            ("shop.acme.io", "", false),
        ] {
            assert_eq!(
                name_covers(presented, host),
                covers,
                "{presented} vs {host}"
            );
        }
    }

    use crate::status::{Actor, Context, Phase, assess};
    use serde_json::json;

    /// The recorded active answer with the certificate fields the API
    /// reports once issued (§4.2).
    fn live() -> CustomHostname {
        let text = include_str!(
            "../../tests/fixtures/cloudflare/get-response-active-ssl-active-truncated.json"
        );
        let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
        let ssl = &mut v["result"]["ssl"];
        ssl["serial_number"] = json!("fc28594ec87f17f87af048c5b18d5c4d3279");
        ssl["issuer"] = json!("GoogleTrustServices");
        ssl["hosts"] = json!(["app.example.com"]);
        ssl["uploaded_on"] = json!("2026-12-05T01:12:53.421798Z");
        ssl["expires_on"] = json!("2027-03-05T01:12:53.421798Z");
        CustomHostname::from_json_value(&v).unwrap()
    }

    const NOW: i64 = 1_796_000_000; // 2026-11-29, inside both validities below

    fn seen(names: &[&str], serial: &str, not_after: &str) -> EdgeObservation {
        EdgeObservation::try_from(EdgeObservationInput {
            names: names.iter().map(|n| (*n).to_owned()).collect(),
            issuer: Some("GoogleTrustServices".into()),
            not_before: Some(TimeInput::Text("2026-09-01T00:00:00Z".into())),
            not_after: Some(TimeInput::Text(not_after.into())),
            serial_number: Some(serial.into()),
            ..EdgeObservationInput::default()
        })
        .unwrap()
    }

    fn with_edge(edge: EdgeObservation) -> Context {
        Context {
            now: Some(NOW),
            edge: Some(edge),
            ..Context::default()
        }
    }

    #[test]
    fn the_certificate_the_api_reports_changes_nothing() {
        let a = assess(
            &live(),
            &with_edge(seen(
                &["app.example.com"],
                "FC:28:59:4E:C8:7F:17:F8:7A:F0:48:C5:B1:8D:5C:4D:32:79",
                "2027-03-05T01:12:53Z",
            )),
        );
        assert_eq!((a.phase, a.ready), (Phase::Active, true));
        let edge = a.edge.unwrap();
        assert_eq!(edge.verdict, EdgeVerdict::Serving);
        assert_eq!(edge.matches_api, Some(true));
        assert!(
            edge.text.contains("valid until 2027-03-05"),
            "{}",
            edge.text
        );
    }

    #[test]
    fn the_edge_still_serving_the_old_certificate_is_cloudflares_wait() {
        let a = assess(
            &live(),
            &with_edge(seen(&["app.example.com"], "0a0b0c", "2026-12-20T00:00:00Z")),
        );
        assert_eq!(a.phase, Phase::ActiveNeedsAttention);
        assert_eq!(a.actor, Actor::Cloudflare);
        assert!(a.ready, "the old certificate still serves");
        assert_eq!(a.steps[0].code, "edge_wait_for_deployment");
        // Cloudflare acts: the customer reads their own sentence, not the
        // edge's technical one (nor a catalogue key).
        assert_eq!(a.steps[0].audience, crate::messages::Audience::Customer);
        assert_eq!(
            a.steps[0].text,
            "There is nothing to do: the certificate is on its way."
        );
        let edge = a.edge.unwrap();
        assert_eq!(
            (edge.verdict, edge.matches_api),
            (EdgeVerdict::OldCertificate, Some(false))
        );
        assert!(edge.text.contains("previous certificate"));
    }

    #[test]
    fn a_certificate_for_other_names_or_out_of_date_is_the_providers() {
        let other = assess(
            &live(),
            &with_edge(seen(&["*.other.example.net"], "01", "2027-03-05T01:12:53Z")),
        );
        assert_eq!(
            (other.phase, other.actor, other.ready),
            (Phase::ActiveNeedsAttention, Actor::Provider, false)
        );
        assert_eq!(
            other.edge.as_ref().unwrap().verdict,
            EdgeVerdict::NotCovering
        );
        assert!(other.edge.unwrap().text.contains("*.other.example.net"));
        let late = assess(
            &live(),
            &with_edge(seen(
                &["app.example.com"],
                "fc28594ec87f17f87af048c5b18d5c4d3279",
                "2026-11-01T00:00:00Z",
            )),
        );
        assert_eq!(late.edge.unwrap().verdict, EdgeVerdict::OutOfDate);
        assert!(!late.ready);
        // A wildcard certificate covers a one-label name under it.
        let wild = assess(
            &live(),
            &with_edge(seen(
                &["*.example.com"],
                "fc28594ec87f17f87af048c5b18d5c4d3279",
                "2027-03-05T01:12:53Z",
            )),
        );
        assert_eq!(
            wild.edge.unwrap().matched_name.as_deref(),
            Some("*.example.com")
        );
    }

    #[test]
    fn no_certificate_needs_attention_only_once_the_api_says_live() {
        let failed = EdgeObservation {
            error: Some("handshake failure".into()),
            ..EdgeObservation::default()
        };
        let live_one = assess(&live(), &with_edge(failed.clone()));
        assert_eq!(live_one.phase, Phase::ActiveNeedsAttention);
        assert_eq!(live_one.edge.unwrap().verdict, EdgeVerdict::NoCertificate);
        let pending: CustomHostname = CustomHostname::from_json_str(include_str!(
            "../../tests/fixtures/cloudflare/get-response-pending-validation-caa-servfail.json"
        ))
        .unwrap();
        let without = assess(
            &pending,
            &Context {
                now: Some(NOW),
                ..Context::default()
            },
        );
        let with = assess(&pending, &with_edge(failed));
        assert_eq!((with.phase, with.actor), (without.phase, without.actor));
    }

    #[test]
    fn serials_compare_as_hex_digits() {
        assert_eq!(serial("00:FC:28:59"), "fc2859");
        assert_eq!(serial("fc2859"), "fc2859");
        assert_eq!(serial("00"), "0");
    }
}
