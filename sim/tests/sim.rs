//! Integration tests of cf-sim: each test starts the server in-process on
//! port 0 and talks HTTP to it. Every API response is checked against the
//! official OpenAPI schema (see `common::Sim::api`).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[path = "sim/caa.rs"]
mod caa;
#[path = "sim/common.rs"]
mod common;
#[path = "sim/dns_records.rs"]
mod dns_records;
#[path = "sim/doh.rs"]
mod doh;
#[path = "sim/edge.rs"]
mod edge;
#[path = "sim/errors.rs"]
mod errors;
#[path = "sim/faults.rs"]
mod faults;
#[path = "sim/fixtures.rs"]
mod fixtures;
#[path = "sim/lifecycle.rs"]
mod lifecycle;
#[path = "sim/list.rs"]
mod list;
#[path = "sim/misc.rs"]
mod misc;
