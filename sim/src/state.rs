//! The simulated account: zones with their custom hostnames, fallback origin
//! and quota, plus the simulated DNS. Persisted as JSON with `--state`.
//! Field meanings follow the reference §4 (response shapes) and §5 (statuses).

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::config::Config;
use crate::dns::{DnsStore, Rec, RecData, resolve::DnsView};

/// Where a back-off schedule stands (§9): attempt index and next check time.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Schedule {
    /// Number of checks already made.
    pub attempt: u32,
    /// When the next check is due (`None`: nothing scheduled).
    #[serde(with = "time::serde::rfc3339::option")]
    pub next: Option<OffsetDateTime>,
}

/// The issued certificate's details (§4.2).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Issued {
    /// Issuer name.
    pub issuer: String,
    /// Serial number (hex).
    pub serial_number: String,
    /// Signature algorithm.
    pub signature: String,
    /// Names on the certificate.
    pub hosts: Vec<String>,
    /// Issue time.
    #[serde(with = "time::serde::rfc3339")]
    pub uploaded_on: OffsetDateTime,
    /// Expiry.
    #[serde(with = "time::serde::rfc3339")]
    pub expires_on: OffsetDateTime,
}

/// The certificate order of a custom hostname (`ssl`, §4.2).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Ssl {
    /// 36-char id.
    pub id: String,
    /// `ssl.status` (§5.2).
    pub status: String,
    /// DCV method: http, txt or email.
    pub method: String,
    /// Always `dv`.
    #[serde(rename = "type")]
    pub kind: String,
    /// CA asked for (`None` = default CA).
    pub requested_ca: Option<String>,
    /// CA used (the default CA picks one after the CAA check, §10).
    pub ca: String,
    /// `*.<host>` added to the certificate.
    pub wildcard: bool,
    /// Bundle method.
    pub bundle_method: String,
    /// TLS settings as sent.
    pub settings: Option<serde_json::Value>,
    /// Cloudflare branding flag as sent.
    pub cloudflare_branding: Option<bool>,
    /// TXT DCV tokens (§8.3).
    pub txt_tokens: Vec<String>,
    /// HTTP DCV file name and body (§8.4).
    pub http_file: String,
    /// HTTP DCV body.
    pub http_body: String,
    /// `ssl.validation_errors[].message`.
    pub validation_errors: Vec<String>,
    /// When the current stage began.
    #[serde(with = "time::serde::rfc3339")]
    pub stage_since: OffsetDateTime,
    /// Check schedule of the current stage.
    pub sched: Schedule,
    /// Certificate once issued.
    pub issued: Option<Issued>,
    /// Set by admin forcing: no automatic transition until a PATCH.
    #[serde(default)]
    pub frozen: bool,
}

/// A custom hostname (§4.1).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Hostname {
    /// UUID (36 chars).
    pub id: String,
    /// The hostname (lower case, may start with `*.`).
    pub hostname: String,
    /// Creation time.
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    /// Hostname `status` (§5.1).
    pub status: String,
    /// When `status` last changed.
    #[serde(with = "time::serde::rfc3339")]
    pub status_since: OffsetDateTime,
    /// `verification_errors`.
    pub verification_errors: Vec<String>,
    /// Ownership TXT/HTTP token (`_cf-custom-hostname`, §8.2).
    pub ownership_token: String,
    /// Path id of the HTTP ownership URL.
    pub ownership_http_id: String,
    /// Custom metadata as sent.
    pub custom_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Custom origin server.
    pub custom_origin_server: Option<String>,
    /// Custom origin SNI.
    pub custom_origin_sni: Option<String>,
    /// Hostname validation schedule.
    pub sched: Schedule,
    /// Certificate order (absent when created without `ssl`).
    pub ssl: Option<Ssl>,
    /// Set by admin forcing: no automatic transition until a PATCH.
    #[serde(default)]
    pub frozen: bool,
    /// Became `active` through its traffic record (CNAME/apex A), so it is
    /// watched and goes `moved` when that record stops reaching the SaaS zone.
    #[serde(default)]
    pub by_traffic: bool,
}

impl Hostname {
    /// The name without a leading `*.` (where DNS records live).
    pub fn base(&self) -> &str {
        self.hostname.strip_prefix("*.").unwrap_or(&self.hostname)
    }
}

/// Fallback origin (§4.4, §5.3).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Fallback {
    /// Origin hostname.
    pub origin: String,
    /// Status (§5.3).
    pub status: String,
    /// Errors.
    pub errors: Vec<String>,
    /// Created.
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    /// Updated.
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
    /// Deployment check schedule.
    pub sched: Schedule,
}

/// Custom hostname quota (§7.5).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Quota {
    /// Soft quota: above it creation continues with a billing warning.
    pub allocated: i64,
    /// Hard cap: creation beyond it fails with 1405.
    pub hard_cap: i64,
}

impl Default for Quota {
    fn default() -> Self {
        Quota {
            allocated: 100,
            hard_cap: 200,
        }
    }
}

/// One SaaS zone.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Zone {
    /// Zone id.
    pub id: String,
    /// Hostnames in creation order.
    pub hostnames: Vec<Hostname>,
    /// Fallback origin.
    pub fallback: Option<Fallback>,
    /// Quota.
    pub quota: Quota,
    /// DCV delegation identifier (16 hex chars, §2 and §8.6).
    pub dcv_uuid: String,
    /// The zone's own DNS records (`/dns_records`: fallback origin, CNAME target).
    #[serde(default)]
    pub records: Vec<crate::api::dns_records::ZoneRecord>,
    /// Position of each hostname by id and by name (rebuilt on load and
    /// after removals): lookups and creates no longer scan every hostname
    /// (at 100k, a create spent 79 ms scanning).
    #[serde(skip)]
    index: ZoneIndex,
}

/// The lookup index of a zone's hostnames (positions into `hostnames`).
#[derive(Debug, Clone, Default)]
struct ZoneIndex {
    /// Whether it matches `hostnames` (false after a load).
    built: bool,
    by_id: HashMap<String, usize>,
    by_name: HashMap<String, usize>,
}

impl Zone {
    /// An empty zone.
    pub fn new(id: String, fallback: Option<Fallback>, dcv_uuid: String) -> Zone {
        Zone {
            id,
            hostnames: Vec::new(),
            fallback,
            quota: Quota::default(),
            dcv_uuid,
            records: Vec::new(),
            index: ZoneIndex::default(),
        }
    }

    /// Rebuilds the index from `hostnames`.
    pub fn reindex(&mut self) {
        let mut index = ZoneIndex {
            built: true,
            ..ZoneIndex::default()
        };
        for (i, h) in self.hostnames.iter().enumerate() {
            index.by_id.insert(h.id.clone(), i);
            index.by_name.insert(h.hostname.clone(), i);
        }
        self.index = index;
    }

    fn ensure_index(&mut self) {
        if !self.index.built {
            self.reindex();
        }
    }

    /// Position of the hostname with this id (index, checked; a scan when
    /// the index is not built, as after a load through `&self`).
    pub fn position(&self, id: &str) -> Option<usize> {
        if self.index.built {
            return self
                .index
                .by_id
                .get(id)
                .copied()
                .filter(|&i| self.hostnames.get(i).is_some_and(|h| h.id == id));
        }
        self.hostnames.iter().position(|h| h.id == id)
    }

    /// The hostname with this id.
    pub fn get(&self, id: &str) -> Option<&Hostname> {
        self.position(id).and_then(|i| self.hostnames.get(i))
    }

    /// The hostname with this id, mutable.
    pub fn get_mut(&mut self, id: &str) -> Option<&mut Hostname> {
        self.ensure_index();
        self.position(id).and_then(|i| self.hostnames.get_mut(i))
    }

    /// The hostname with this name (any status).
    pub fn by_name(&self, name: &str) -> Option<&Hostname> {
        if self.index.built {
            return self
                .index
                .by_name
                .get(name)
                .and_then(|&i| self.hostnames.get(i))
                .filter(|h| h.hostname == name);
        }
        self.hostnames.iter().find(|h| h.hostname == name)
    }

    /// Appends a hostname.
    pub fn push(&mut self, h: Hostname) {
        self.ensure_index();
        let i = self.hostnames.len();
        self.index.by_id.insert(h.id.clone(), i);
        self.index.by_name.insert(h.hostname.clone(), i);
        self.hostnames.push(h);
    }

    /// Removes the hostnames `drop` selects; how many went.
    pub fn remove_where(&mut self, drop: impl Fn(&Hostname) -> bool) -> usize {
        let before = self.hostnames.len();
        self.hostnames.retain(|h| !drop(h));
        let removed = before - self.hostnames.len();
        if removed > 0 || !self.index.built {
            self.reindex();
        }
        removed
    }

    /// Hostnames counting against the quota (all but `deleted`).
    pub fn used(&self) -> i64 {
        i64::try_from(
            self.hostnames
                .iter()
                .filter(|h| h.status != "deleted")
                .count(),
        )
        .unwrap_or(i64::MAX)
    }
}

/// Everything the simulator knows.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct World {
    /// Zones by id.
    pub zones: BTreeMap<String, Zone>,
    /// Simulated DNS.
    pub dns: DnsStore,
    /// Simulated time at the last save.
    #[serde(with = "time::serde::rfc3339")]
    pub saved_at: OffsetDateTime,
    /// Responses the simulator produced that failed the OpenAPI schema.
    #[serde(default)]
    pub schema_violations: u64,
    /// Unsaved changes.
    #[serde(skip)]
    pub dirty: bool,
    /// The earliest time any state machine has something to do, as last
    /// computed by `lifecycle::tick` (`None`: unknown, compute it). Every
    /// mutation clears it ([`World::touch`]); while it lies ahead, a tick
    /// (every request and every 100 ms) looks at no hostname.
    #[serde(skip)]
    pub next_due: Option<OffsetDateTime>,
}

/// A stable 16-hex-char identifier derived from the zone id (FNV-1a), in the
/// shape of the `dcv_delegation/uuid` example (`9dbb86635115718e`).
pub fn dcv_uuid_for(zone_id: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in zone_id.bytes().chain(*b"dcv") {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

impl World {
    /// A fresh world: configured zones, seed DNS for the SaaS side (§1).
    pub fn new(cfg: &Config, now: OffsetDateTime) -> World {
        let mut zones = BTreeMap::new();
        for id in &cfg.zones {
            let fallback = cfg.fallback_origin.as_ref().map(|o| Fallback {
                origin: crate::dns::normalize(o),
                status: "active".into(),
                errors: Vec::new(),
                created_at: now,
                updated_at: now,
                sched: Schedule::default(),
            });
            let mut zone = Zone::new(id.clone(), fallback, dcv_uuid_for(id));
            zone.records = crate::api::dns_records::seed(cfg, now);
            zones.insert(id.clone(), zone);
        }
        World {
            zones,
            dns: seed_dns(cfg),
            saved_at: now,
            schema_violations: 0,
            dirty: true,
            next_due: None,
        }
    }

    /// Marks a change: unsaved, and the next tick recomputes what is due.
    pub fn touch(&mut self) {
        self.dirty = true;
        self.next_due = None;
    }

    /// Records published by the simulated Cloudflare: while a txt-method
    /// order waits for validation, its tokens are served under the delegation
    /// target `<host>.<uuid>.dcv.cloudflare.com` (§8.6).
    pub fn dynamic_records(&self) -> BTreeMap<String, Vec<Rec>> {
        let mut out: BTreeMap<String, Vec<Rec>> = BTreeMap::new();
        crate::api::dns_records::publish(self.zones.values(), &mut out);
        for z in self.zones.values() {
            for h in &z.hostnames {
                if let Some(ssl) = &h.ssl
                    && ssl.status == "pending_validation"
                    && ssl.method == "txt"
                {
                    let name = delegation_target(h.base(), &z.dcv_uuid);
                    for t in &ssl.txt_tokens {
                        out.entry(name.clone()).or_default().push(Rec {
                            ttl: 60,
                            data: RecData::Txt(vec![t.clone()]),
                        });
                    }
                }
            }
        }
        out
    }

    /// Run `f` with a resolver view of the DNS (static + published records).
    pub fn with_view<T>(&self, f: impl FnOnce(&DnsView<'_>) -> T) -> T {
        let dynamic = self.dynamic_records();
        f(&DnsView {
            store: &self.dns,
            dynamic: &dynamic,
        })
    }

    /// Load a saved world.
    pub fn load(path: &Path) -> Result<World, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut world: World =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        for zone in world.zones.values_mut() {
            zone.reindex();
        }
        Ok(world)
    }

    /// Save atomically (write a temporary file, then rename).
    pub fn save(&mut self, path: &Path, now: OffsetDateTime) -> Result<(), String> {
        self.saved_at = now;
        let text = serde_json::to_string_pretty(self).map_err(|e| e.to_string())?;
        let tmp = path.with_extension("tmp");
        std::fs::write(&tmp, text).map_err(|e| format!("{}: {e}", tmp.display()))?;
        std::fs::rename(&tmp, path).map_err(|e| format!("{}: {e}", path.display()))?;
        self.dirty = false;
        Ok(())
    }
}

/// `_acme-challenge.<host>` delegation target `<host>.<uuid>.dcv.cloudflare.com` (§8.6).
pub fn delegation_target(base: &str, uuid: &str) -> String {
    format!("{base}.{uuid}.dcv.cloudflare.com")
}

/// The SaaS side of the public DNS: the zone's SOA/NS (Cloudflare name
/// servers). Its CNAME target and fallback-origin records are the zone's own
/// API records (`Zone::records`).
pub fn seed_dns(cfg: &Config) -> DnsStore {
    let mut dns = DnsStore::default();
    let zone = cfg.zone_name();
    let add = |dns: &mut DnsStore, name: &str, data: RecData| {
        if let Err(e) = dns.add(name, Rec { ttl: 300, data }) {
            eprintln!("cf-sim: seed record {name}: {e}");
        }
    };
    add(
        &mut dns,
        &zone,
        RecData::Soa {
            mname: "ada.ns.cloudflare.com".into(),
            rname: "dns.cloudflare.com".into(),
            serial: 2_350_000_000,
            refresh: 10_000,
            retry: 2_400,
            expire: 604_800,
            minimum: 1_800,
        },
    );
    add(&mut dns, &zone, RecData::Ns("ada.ns.cloudflare.com".into()));
    add(&mut dns, &zone, RecData::Ns("bob.ns.cloudflare.com".into()));
    // The CNAME target and the fallback origin are the zone's own records
    // (`Zone::records`, published by `World::dynamic_records`).
    dns
}
