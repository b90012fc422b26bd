//! `cf-sim`: a local simulator of the Cloudflare for SaaS custom-hostname API
//! (`/client/v4/zones/{zone_id}/custom_hostnames*`) and of the public DNS that
//! drives its validations (served as DNS-over-HTTPS, RFC 8484).
//!
//! It is an independent reading of `spec/custom-hostnames.openapi.json` and
//! `spec/cloudflare-for-saas.md` (the "reference", cited as §n): it shares no
//! code with the `custom-hostnames` library, so a misunderstanding there is not
//! mirrored here. See `sim/README.md` for the interface.

pub mod admin;
pub mod api;
pub mod checks;
pub mod clock;
pub mod config;
pub mod dns;
pub mod doh;
pub mod edge;
pub mod faults;
pub mod lifecycle;
pub mod ratelimit;
pub mod schema;
pub mod server;
pub mod state;
pub mod validation;

pub use config::Config;
pub use server::{Running, start};
