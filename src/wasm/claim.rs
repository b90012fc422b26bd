//! `claimChallenge`, `isClaimProven` and `lookalikeOf`: the take-over
//! challenge of a contested hostname (core: `src/claim.rs`) and the
//! lookalike test of the provider's own zone (core:
//! `src/hostname/lookalike.rs`), for the Worker.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use super::convert;
use super::error::BoundaryError;
use crate::claim::{self, ClaimChallenge};
use crate::hostname::lookalike;
use crate::observation::DnsObservation;

/// The TXT record that proves control of `hostname` for the caller's random
/// `token` (22–128 base64url characters), and the `checkDns` request that
/// looks for it. Throws `invalid_claim_token` or a hostname code.
#[wasm_bindgen(js_name = claimChallenge, unchecked_return_type = "ClaimChallenge")]
pub fn claim_challenge(
    #[wasm_bindgen(unchecked_param_type = "string")] hostname: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] token: JsValue,
) -> Result<JsValue, JsValue> {
    let hostname = convert::string(&hostname, "hostname")?;
    let token = convert::string(&token, "token")?;
    let built = claim::challenge(&hostname, &token)
        .map_err(|e| BoundaryError::from_coded(&e, Some(&hostname)))?;
    Ok(convert::to_js(&built)?)
}

/// Whether `observation` (what `checkDns(challenge.check)` resolved to)
/// shows the challenge's record with its value.
#[wasm_bindgen(js_name = isClaimProven)]
pub fn is_claim_proven(
    #[wasm_bindgen(unchecked_param_type = "ClaimChallenge")] challenge: JsValue,
    #[wasm_bindgen(unchecked_param_type = "DnsObservation")] observation: JsValue,
) -> Result<bool, JsValue> {
    let challenge: ClaimChallenge = convert::decode(challenge, "challenge", |e| {
        BoundaryError::invalid_argument("challenge", &format!("not a ClaimChallenge: {e}"))
    })?;
    let observation: DnsObservation = convert::decode(observation, "observation", |e| {
        BoundaryError::invalid_argument("observation", &format!("not a DnsObservation: {e}"))
    })?;
    Ok(claim::is_proven(&challenge, &observation))
}

/// What `lookalikeOf` answers for a lookalike.
#[derive(Debug, Serialize, tsify::Tsify)]
pub struct LookalikeMatch {
    /// The protected zone imitated.
    pub zone: String,
    /// The UTS #39 skeleton both names share.
    pub skeleton: String,
}

/// `{ zone, skeleton }` when `candidate` (Unicode or ASCII form) reads as
/// `zone` or a name below it without being either; `undefined` otherwise.
#[wasm_bindgen(js_name = lookalikeOf, unchecked_return_type = "LookalikeMatch | undefined")]
pub fn lookalike_of(
    #[wasm_bindgen(unchecked_param_type = "string")] candidate: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] zone: JsValue,
) -> Result<JsValue, JsValue> {
    let candidate = convert::string(&candidate, "candidate")?;
    let zone = convert::string(&zone, "zone")?;
    match lookalike::lookalike_of(&candidate, &zone) {
        Some(hit) => Ok(convert::to_js(&LookalikeMatch {
            zone: hit.zone,
            skeleton: hit.skeleton,
        })?),
        None => Ok(JsValue::UNDEFINED),
    }
}
