//! The single native integration-test binary (one link, shared helpers):
//! one module per area of the library.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod api;
mod common;
mod dns;
mod hostname;
