//! # custom-hostnames
//!
//! Build, validate and interpret Cloudflare for SaaS custom-hostname requests,
//! and generate the DNS instructions a SaaS provider's customer must follow.
//! The pure core compiles natively; the `wasm` module (wasm32 only) is the
//! JavaScript boundary.

pub mod api;
pub mod check;
pub mod claim;
pub mod client;
pub mod diagnostic;
pub mod dns;
pub mod doh;
pub mod error_codes;
pub mod hostname;
pub mod messages;
pub mod observation;
pub mod setup;
pub mod status;

/// The JavaScript boundary; public only so the wasm32 boundary tests can call it.
#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod wasm;
