//! Tests of `custom_hostnames::api`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod certificates;
mod openapi;
mod properties;
mod request_fixtures;
mod requests;
mod responses;
mod support;
mod wasm_types;
