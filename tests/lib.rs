//! The single native integration-test binary (one link, shared helpers):
//! one module per area of the library.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

// Native only: reads fixtures, runs `sh`, uses proptest and jsonschema.
#[cfg(not(target_arch = "wasm32"))]
mod api;
mod common;
// Native only: runs kzonecheck / named-checkzone, uses proptest and scraper.
#[cfg(not(target_arch = "wasm32"))]
mod dns;
#[cfg(not(target_arch = "wasm32"))]
mod error_codes;
mod hostname;
// Native only: proptest.
#[cfg(not(target_arch = "wasm32"))]
mod robustness;
mod runtime;
mod status;
