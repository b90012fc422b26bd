//! The transport-free halves of the runtime: DoH messages and DNS checks.

mod check;
mod check_run;
mod client;
mod doh;
