//! The JavaScript boundary (wasm32 only): no logic lives here.
//!
//! Every exported function has the same five steps (biome's
//! `crates/biome_wasm` shape): **decode** the JS arguments (`convert.rs`),
//! **call** the core, **encode** the result (`convert.rs`), **map** the error
//! to a real JS `Error` carrying a stable `code` (`error.rs`), return. Types
//! that cross are declared to TypeScript by `tsify` derives on the core's
//! data types, plus the hand-written shapes in `types.rs`.

// Which modules export depends on the entry being built (the cargo
// features of Cargo.toml: `api`, `status`, `dns-instructions`, `dns-check`).
#[cfg(feature = "api")]
pub mod api;
#[cfg(feature = "api")]
mod claim;
#[cfg(feature = "api")]
pub mod client;
mod convert;
#[cfg(feature = "dns-instructions")]
mod dns;
#[cfg(feature = "dns-check")]
mod dns_check;
mod error;
#[cfg(any(feature = "api", feature = "dns-check"))]
mod fetch;
pub mod hostname;
#[cfg(any(feature = "api", feature = "dns-check"))]
mod js;
// customerMessages, customerWarning: every entry (the page needs them).
// Customer text for pages (`customerMessages`, `customerWarning`, locale
// loading): with the features that produce customer text; the hostname-only
// entry leaves the catalogue out (its size goal).
#[cfg(any(
    feature = "status",
    feature = "dns-instructions",
    feature = "dns-check"
))]
mod messages;
#[cfg(feature = "api")]
mod pages;
#[cfg(feature = "api")]
mod setup;
#[cfg(feature = "status")]
pub mod status;
mod types;

use wasm_bindgen::prelude::*;

/// Runs once when the module is instantiated (only with the `panic-hook`
/// feature: the boundary is built never to panic).
#[cfg(feature = "panic-hook")]
#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// The library version (the crate version).
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
