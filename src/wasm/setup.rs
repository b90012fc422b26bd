//! `checkSetup`: the provider's own setup (fallback origin, its record, the
//! CNAME target, custom hostnames enabled) judged from what the API and
//! DNS-over-HTTPS returned (`crate::setup`). No I/O: the CLI's `doctor` and
//! the Worker fetch, then call it.

use wasm_bindgen::prelude::*;

use super::convert;
use super::error::BoundaryError;
use crate::setup::{SetupInput, check_setup as check};

/// Checks the setup: `{ cnameTarget, fallbackOrigin?, dnsRecords?, quota?,
/// lookups?, expectWildcard? }` → `{ ok, cnameTarget, fallbackOrigin?,
/// checks: [{ code, verdict, required, title, detail, fix? }] }`.
#[wasm_bindgen(js_name = checkSetup, unchecked_return_type = "SetupReport")]
pub fn check_setup(
    #[wasm_bindgen(unchecked_param_type = "SetupInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let input: SetupInput = convert::decode(input, "input", |e| {
        BoundaryError::invalid_argument("input", &format!("{e}"))
    })?;
    Ok(convert::to_js(&check(&input))?)
}
