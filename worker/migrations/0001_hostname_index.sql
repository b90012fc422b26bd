-- The tenant -> custom hostname index (a cache: Cloudflare's
-- custom_metadata.tenant is the truth; see worker/README.md "D1 index").
CREATE TABLE IF NOT EXISTS hostnames (
  id TEXT PRIMARY KEY,
  tenant TEXT NOT NULL,
  hostname TEXT NOT NULL,
  phase TEXT NOT NULL DEFAULT 'unknown',
  ready INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL,
  seen_pass INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS hostnames_by_tenant ON hostnames (tenant, hostname);
-- One row: where the scheduled reconcile stopped.
CREATE TABLE IF NOT EXISTS reconcile_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  pass INTEGER NOT NULL,
  next_page INTEGER NOT NULL,
  pass_started_at INTEGER NOT NULL,
  last_run_at INTEGER NOT NULL
);
