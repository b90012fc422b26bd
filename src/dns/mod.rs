//! The customer's DNS instructions (spec `cloudflare-for-saas.md` §8, with
//! §4.3 for the token fields, §9 for timings and §10 for CA rules): every
//! record the customer must create or delete, named the way their DNS
//! provider's form wants it, in the order that avoids downtime when needed,
//! and rendered as text, Markdown, HTML, an RFC 1035 zone file, JSON or a
//! Domain Connect apply URL.
//!
//! - [`instructions`] turns a [`DnsRequest`] (also exported as `Request`; the
//!   TypeScript name avoids the DOM's `Request`) (hostname, CNAME target, the
//!   custom hostname as the API returned it, optional DNS evidence) into
//!   [`Instructions`].
//! - [`render()`] writes them in a [`Format`].
//! - [`providers`] is the DNS provider table (`data/dns-providers.json`)
//!   and [`detect_provider`] finds the provider from NS records.

mod build;
mod caa;
mod error;
mod model;
mod present;
pub mod providers;
pub mod render;
mod request;
mod tokens;

pub use build::{DEFAULT_TTL, instructions};
pub use error::{Error, RenderError};
pub use model::{
    Display, DnsRecord, DnsRecord as Record, DnsRecordType, DnsRecordType as RecordType,
    FieldLabels, HttpFile, Instructions, Order, OrderKind, ProviderRef, When,
};
pub use providers::{Provider, detect_provider};
pub use render::{DomainConnectOptions, Format, RenderOptions, render};
pub use request::{ApexOptions, DcvPreference, DnsRequest, DnsRequest as Request, ExistingRecord};
