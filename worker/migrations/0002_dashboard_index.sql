-- The index as the dashboard's source (worker/README.md "D1 index"):
-- what a list row shows, the custom hostname as last fetched from Cloudflare
-- (served to polling pages while fresh), the webhook hint, watch state, and
-- the tables of webhook replay protection and take-over claims.
ALTER TABLE hostnames ADD COLUMN actor TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE hostnames ADD COLUMN hostname_status TEXT;
ALTER TABLE hostnames ADD COLUMN ssl_status TEXT;
ALTER TABLE hostnames ADD COLUMN error_codes TEXT NOT NULL DEFAULT '[]';
ALTER TABLE hostnames ADD COLUMN created_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE hostnames ADD COLUMN expires_at INTEGER;
ALTER TABLE hostnames ADD COLUMN object TEXT;
ALTER TABLE hostnames ADD COLUMN fetched_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE hostnames ADD COLUMN dirty_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE hostnames ADD COLUMN watched_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE hostnames ADD COLUMN drift TEXT NOT NULL DEFAULT '[]';
CREATE INDEX IF NOT EXISTS hostnames_by_tenant_created ON hostnames (tenant, created_at, id);
CREATE INDEX IF NOT EXISTS hostnames_by_tenant_updated ON hostnames (tenant, updated_at, id);
CREATE INDEX IF NOT EXISTS hostnames_by_hostname ON hostnames (hostname);
CREATE INDEX IF NOT EXISTS hostnames_dirty ON hostnames (dirty_at) WHERE dirty_at > 0;
ALTER TABLE hostnames ADD COLUMN first_seen_at INTEGER NOT NULL DEFAULT 0;
CREATE INDEX IF NOT EXISTS hostnames_watch ON hostnames (hostname_status, watched_at);
-- Webhook deliveries already handled (replay protection), by event id.
CREATE TABLE IF NOT EXISTS webhook_events (
  id TEXT PRIMARY KEY,
  received_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS webhook_events_by_time ON webhook_events (received_at);
-- Take-over claims: tenant wants hostname held by another; token only it knows.
CREATE TABLE IF NOT EXISTS claims (
  hostname TEXT NOT NULL,
  tenant TEXT NOT NULL,
  token TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (hostname, tenant)
);
