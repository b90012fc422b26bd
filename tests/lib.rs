//! The single integration-test binary (see `[[test]]` in Cargo.toml).

mod api;
