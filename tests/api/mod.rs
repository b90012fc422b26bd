//! Tests of `custom_hostnames::api`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[cfg(not(feature = "certificate-checks"))]
mod certificate_labels;
#[cfg(feature = "certificate-checks")]
mod certificates;
mod openapi;
mod patch_rules;
mod properties;
mod refusals;
mod request_fixtures;
mod requests;
mod response_rules;
mod responses;
mod support;
mod wasm_types;
