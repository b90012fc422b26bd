// The tenant -> hostname index in D1 (binding DB, schema in
// worker/migrations/). Cloudflare's list cannot filter by custom_metadata
// (spec/cloudflare-for-saas.md §6: filters are hostname/id/ssl/status only),
// so each tenant's list is served from here. It is a cache: written on
// create/delete/get, updated by webhooks, repaired by reconcile.js.

/** Milliseconds → stored integer seconds. */
const secs = (ms) => Math.floor(ms / 1000);

/** The statement that inserts or updates one hostname row. */
function upsertStatement(db, { id, tenant, hostname, phase, ready, nowMs, pass = 0 }) {
  return db
    .prepare(
      `INSERT INTO hostnames (id, tenant, hostname, phase, ready, updated_at, seen_pass)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
       ON CONFLICT (id) DO UPDATE SET tenant = ?2, hostname = ?3, phase = ?4, ready = ?5, updated_at = ?6,
         seen_pass = MAX(seen_pass, ?7)`,
    )
    .bind(id, tenant, hostname, phase ?? 'unknown', ready ? 1 : 0, secs(nowMs), pass);
}

/** Inserts or updates one hostname row. */
export async function upsertHostname(db, row) {
  forget(row.id);
  await upsertStatement(db, row).run();
}

/**
 * What this isolate last wrote for a hostname (the row's indexed fields, and
 * when): a read that would write the same row again within MEMO_MS skips D1
 * altogether. Every other writer in this module forgets the id it touches;
 * a write from another isolate (a webhook, the reconcile) can be overwritten
 * late by at most MEMO_MS, which the index, a cache, tolerates.
 */
const written = new Map();
const MEMO_MS = 60_000;
const MEMO_MAX = 10_000;
const forget = (id) => written.delete(id);

/**
 * What a read (GET) writes: inserts the row, or updates it only where it
 * differs (tenant, name, phase, readiness). An unchanged row is not written,
 * so `updated_at` says when the indexed state last changed, and a row this
 * isolate wrote identically within MEMO_MS costs no D1 call at all
 * (measured: the unconditional write took ~40 % of GET throughput,
 * docs/performance.md). The reconcile still marks every hostname it lists
 * (seen_pass), so its drop of unseen rows loses no protection. Resolves
 * whether D1 was asked.
 */
export async function refreshHostnameRow(db, { id, tenant, hostname, phase, ready, nowMs }) {
  const state = [tenant, hostname, phase ?? 'unknown', ready ? 1 : 0];
  const key = JSON.stringify(state);
  const last = written.get(id);
  if (last && last.key === key && nowMs - last.at >= 0 && nowMs - last.at < MEMO_MS) return false;
  await db
    .prepare(
      `INSERT INTO hostnames (id, tenant, hostname, phase, ready, updated_at, seen_pass)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0)
       ON CONFLICT (id) DO UPDATE SET tenant = ?2, hostname = ?3, phase = ?4, ready = ?5, updated_at = ?6
         WHERE tenant IS NOT ?2 OR hostname IS NOT ?3 OR phase IS NOT ?4 OR ready IS NOT ?5`,
    )
    .bind(id, ...state, secs(nowMs))
    .run();
  written.delete(id);
  written.set(id, { key, at: nowMs });
  if (written.size > MEMO_MAX) forget(written.keys().next().value);
  return true;
}

/** Updates phase/ready of a known row; resolves whether a row was there. */
export async function updateStatus(db, { id, phase, ready, nowMs }) {
  forget(id);
  const r = await db
    .prepare('UPDATE hostnames SET phase = ?2, ready = ?3, updated_at = ?4 WHERE id = ?1')
    .bind(id, phase ?? 'unknown', ready ? 1 : 0, secs(nowMs))
    .run();
  return (r.meta?.changes ?? 0) > 0;
}

/** Removes one row. */
export async function removeHostname(db, id) {
  forget(id);
  await db.prepare('DELETE FROM hostnames WHERE id = ?1').bind(id).run();
}

/** Id prefix of quota reservations (rows that are not hostnames yet). */
const RESERVED = 'reserved:';
/** LIKE pattern of reservation ids (no LIKE wildcard in the prefix). */
const RESERVED_LIKE = `${RESERVED}%`;

/** How many hostnames a tenant has in the index, reservations excluded. */
export async function countForTenant(db, tenant) {
  const row = await db
    .prepare('SELECT COUNT(*) AS n FROM hostnames WHERE tenant = ?1 AND id NOT LIKE ?2')
    .bind(tenant, RESERVED_LIKE)
    .first();
  return Number(row?.n ?? 0);
}

/**
 * Takes one slot of the tenant's TENANT_HOSTNAME_LIMIT, atomically: a single
 * INSERT … SELECT … WHERE count < limit, so concurrent creates cannot all
 * pass a count read before any of them is written (D1 runs one statement at
 * a time). Resolves the reservation's id, or null at the limit. The caller
 * releases it once the real row is written or the create failed; one left by
 * a Worker that died in between is dropped by the next full reconcile pass
 * (seen_pass 0, old updated_at).
 */
export async function reserveSlot(db, { tenant, hostname, limit, nowMs }) {
  const id = `${RESERVED}${crypto.randomUUID()}`;
  const r = await db
    .prepare(
      `INSERT INTO hostnames (id, tenant, hostname, phase, ready, updated_at, seen_pass)
       SELECT ?1, ?2, ?3, 'reserved', 0, ?4, 0
       WHERE (SELECT COUNT(*) FROM hostnames WHERE tenant = ?2) < ?5`,
    )
    .bind(id, tenant, hostname, secs(nowMs), limit)
    .run();
  return (r.meta?.changes ?? 0) > 0 ? id : null;
}

/** Releases a reservation taken by reserveSlot (the create failed). */
export async function releaseSlot(db, id) {
  if (id?.startsWith(RESERVED)) await removeHostname(db, id);
}

/**
 * Turns a reservation into the hostname's real row in one D1 batch (a
 * transaction): the tenant's count never holds both at once, so a concurrent
 * create is not refused by a slot counted twice, nor let past the limit.
 */
export async function settleSlot(db, id, row) {
  forget(row.id);
  const statements = [upsertStatement(db, row)];
  if (id?.startsWith(RESERVED)) statements.push(db.prepare('DELETE FROM hostnames WHERE id = ?1').bind(id));
  await db.batch(statements);
}

/** One page of a tenant's hostnames, by name. */
export async function listForTenant(db, tenant, { page, perPage }) {
  const total = await countForTenant(db, tenant);
  const { results } = await db
    .prepare(
      `SELECT id, hostname, phase, ready, updated_at FROM hostnames WHERE tenant = ?1 AND id NOT LIKE ?4
       ORDER BY hostname, id LIMIT ?2 OFFSET ?3`,
    )
    .bind(tenant, perPage, (page - 1) * perPage, RESERVED_LIKE)
    .all();
  return {
    hostnames: results.map((r) => ({
      id: r.id,
      hostname: r.hostname,
      phase: r.phase,
      ready: r.ready === 1,
      updatedAt: new Date(r.updated_at * 1000).toISOString(),
    })),
    page,
    perPage,
    total,
  };
}

/** The reconcile cursor (a fresh one when none is stored). */
export async function readCursor(db, nowMs) {
  const row = await db.prepare('SELECT pass, next_page, pass_started_at FROM reconcile_state WHERE id = 1').first();
  return row
    ? { pass: row.pass, nextPage: row.next_page, passStartedAt: row.pass_started_at }
    : { pass: 1, nextPage: 1, passStartedAt: secs(nowMs) };
}

/** Stores the reconcile cursor. */
export async function writeCursor(db, { pass, nextPage, passStartedAt }, nowMs) {
  await db
    .prepare(
      `INSERT INTO reconcile_state (id, pass, next_page, pass_started_at, last_run_at) VALUES (1, ?1, ?2, ?3, ?4)
       ON CONFLICT (id) DO UPDATE SET pass = ?1, next_page = ?2, pass_started_at = ?3, last_run_at = ?4`,
    )
    .bind(pass, nextPage, passStartedAt, secs(nowMs))
    .run();
}

/**
 * End of a full pass: rows neither seen in this pass nor written since it
 * started are gone from Cloudflare (or lost their tenant): drop them.
 */
export async function dropUnseen(db, { pass, passStartedAt }) {
  written.clear();
  const r = await db
    .prepare('DELETE FROM hostnames WHERE seen_pass < ?1 AND updated_at < ?2')
    .bind(pass, passStartedAt)
    .run();
  return r.meta?.changes ?? 0;
}
