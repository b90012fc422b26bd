//! Command line and run-time configuration (see `sim/README.md`, "CLI").

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;

use clap::Parser;

/// Zone id used when no `--zone` is given (the OpenAPI example identifier).
pub const DEFAULT_ZONE_ID: &str = "023e105f4ecef8ad9ca31a8372d0c353";

/// `cf-sim` command line.
#[derive(Debug, Clone, Parser)]
#[command(
    name = "cf-sim",
    version,
    about = "Local Cloudflare for SaaS (custom hostnames) + DoH simulator"
)]
pub struct Config {
    /// Address to listen on (use port 0 for a free port). Loopback only.
    #[arg(long, default_value = "127.0.0.1:8788")]
    pub listen: SocketAddr,
    /// Accepted API token(s) (`Authorization: Bearer <token>`). Repeatable.
    #[arg(long = "token", default_values_t = vec!["sim-token".to_string()])]
    pub tokens: Vec<String>,
    /// Zone id(s) served (32 hex characters). Repeatable.
    #[arg(long = "zone", default_values_t = vec![DEFAULT_ZONE_ID.to_string()])]
    pub zones: Vec<String>,
    /// The SaaS CNAME target that customers point their hostnames at.
    #[arg(long, default_value = "customers.saasprovider.com")]
    pub cname_target: String,
    /// Name of the SaaS zone (gets SOA/NS records in the simulated DNS).
    #[arg(long, default_value = "saasprovider.com")]
    pub zone_name: String,
    /// Simulated-time speed factor: 1000 makes a 60 s back-off step last 60 ms.
    #[arg(long, default_value_t = 1.0)]
    pub speed: f64,
    /// JSON file where the state is persisted on change and loaded at start.
    #[arg(long)]
    pub state: Option<PathBuf>,
    /// Apex-proxying IP(s): an apex hostname whose A/AAAA record points here validates.
    #[arg(long = "apex-ip")]
    pub apex_ips: Vec<IpAddr>,
    /// Pre-configure this fallback origin (already `active`) in every zone.
    #[arg(long)]
    pub fallback_origin: Option<String>,
    /// API requests allowed per token and window (Cloudflare: 1200 / 5 min, §7.5).
    #[arg(long, default_value_t = 1200)]
    pub rate_limit: u32,
    /// Rate-limit window in seconds.
    #[arg(long, default_value_t = 300)]
    pub rate_window: u64,
    /// The TLS edge (SNI, active hostnames' certificates); port 0 picks one
    /// (`GET /__sim/edge` tells which). Loopback only.
    #[arg(long, default_value = "127.0.0.1:0")]
    pub edge_listen: SocketAddr,
}

impl Config {
    /// Configuration with all defaults except the listen address (port 0).
    pub fn for_tests() -> Self {
        let mut c = Config::parse_from(["cf-sim"]);
        c.listen = SocketAddr::from(([127, 0, 0, 1], 0));
        c
    }

    /// The SaaS zone name in lower case without a trailing dot.
    pub fn zone_name(&self) -> String {
        crate::dns::normalize(&self.zone_name)
    }

    /// The CNAME target in lower case without a trailing dot.
    pub fn target(&self) -> String {
        crate::dns::normalize(&self.cname_target)
    }
}
