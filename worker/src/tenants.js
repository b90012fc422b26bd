// The tenant -> hostname index in D1 (binding DB, schema in
// worker/migrations/). Cloudflare's list cannot filter by custom_metadata
// (spec/cloudflare-for-saas.md §6: filters are hostname/id/ssl/status only),
// so each tenant's list is served from here, and a per-id read is served
// from the object stored here while it is fresh (INDEX_FRESH_SECONDS).
//
// Every row is written from an object just fetched from Cloudflare (create,
// a per-id read, a refresh or edit, the reconcile, the re-fetch a webhook
// asks for): the index is Cloudflare's state as last observed, never what a
// webhook body claimed. Writes are ordered by when Cloudflare was read
// (`fetched_at`, milliseconds): an older observation never overwrites a newer
// one, so concurrent writers and late webhooks cannot move a row back.

/** Milliseconds → stored integer seconds. */
const secs = (ms) => Math.floor(ms / 1000);
/** An ISO time (or undefined) → seconds, 0 when absent. */
const isoSecs = (iso) => {
  const t = Date.parse(iso ?? '');
  return Number.isFinite(t) ? secs(t) : 0;
};

/**
 * The index row of a custom hostname just fetched (`ch`), with the
 * library's assessment `a` of it.
 */
export function rowOf(ch, a, { tenant, fetchedAtMs, pass = 0 }) {
  // An Assessment (errors[].code) or a summarizeMany AssessmentSummary (errorCodes).
  const codes = new Set(Array.isArray(a.errorCodes) ? a.errorCodes : []);
  for (const e of a.errors ?? []) if (typeof e?.code === 'string') codes.add(e.code);
  return {
    id: ch.id,
    tenant,
    hostname: ch.hostname,
    phase: a.phase ?? 'unknown',
    ready: a.ready === true,
    actor: typeof a.actor === 'string' ? a.actor : 'unknown',
    hostnameStatus: ch.status ?? null,
    sslStatus: ch.ssl?.status ?? null,
    errorCodes: [...codes],
    createdAt: isoSecs(ch.created_at),
    expiresAt: isoSecs(ch.ssl?.expires_on ?? ch.ssl?.certificates?.[0]?.expires_on) || null,
    object: JSON.stringify(ch),
    fetchedAtMs,
    pass,
  };
}

const COLUMNS =
  'id, tenant, hostname, phase, ready, updated_at, seen_pass, actor, hostname_status, ssl_status, error_codes, created_at, expires_at, object, fetched_at, first_seen_at';

/** The statement that writes one row unless a newer observation is stored. */
export function upsertStatement(db, r) {
  return db
    .prepare(
      `INSERT INTO hostnames (${COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15)
       ON CONFLICT (id) DO UPDATE SET
         updated_at = CASE WHEN tenant IS NOT excluded.tenant OR hostname IS NOT excluded.hostname OR phase IS NOT excluded.phase
             OR ready IS NOT excluded.ready OR ssl_status IS NOT excluded.ssl_status OR error_codes IS NOT excluded.error_codes
           THEN excluded.updated_at ELSE updated_at END,
         tenant = excluded.tenant, hostname = excluded.hostname, phase = excluded.phase, ready = excluded.ready,
         actor = excluded.actor, hostname_status = excluded.hostname_status, ssl_status = excluded.ssl_status,
         error_codes = excluded.error_codes, created_at = excluded.created_at, expires_at = excluded.expires_at,
         object = excluded.object, fetched_at = excluded.fetched_at,
         seen_pass = MAX(seen_pass, excluded.seen_pass),
         dirty_at = CASE WHEN excluded.fetched_at >= dirty_at THEN 0 ELSE dirty_at END
       WHERE excluded.fetched_at >= hostnames.fetched_at`,
    )
    .bind(
      r.id,
      r.tenant,
      r.hostname,
      r.phase,
      r.ready ? 1 : 0,
      secs(r.fetchedAtMs),
      r.pass ?? 0,
      r.actor,
      r.hostnameStatus,
      r.sslStatus,
      JSON.stringify(r.errorCodes ?? []),
      r.createdAt ?? 0,
      r.expiresAt ?? null,
      r.object ?? null,
      r.fetchedAtMs,
    );
}

/** Writes one row (ordered by fetched_at). */
export async function upsertHostname(db, row) {
  await upsertStatement(db, row).run();
}

/** One stored row (or null). */
export async function readRow(db, id) {
  return db.prepare('SELECT * FROM hostnames WHERE id = ?1').bind(id).first();
}

/** Removes one row. */
export async function removeHostname(db, id) {
  await db.prepare('DELETE FROM hostnames WHERE id = ?1').bind(id).run();
}

/** Marks a row for re-fetch (a webhook's hint); resolves whether it exists. */
export async function markDirty(db, id, nowMs) {
  const r = await db.prepare('UPDATE hostnames SET dirty_at = ?2 WHERE id = ?1').bind(id, nowMs).run();
  return (r.meta?.changes ?? 0) > 0;
}

/** Rows marked by webhooks, oldest hint first. */
export async function dirtyRows(db, limit) {
  const { results } = await db.prepare('SELECT id FROM hostnames WHERE dirty_at > 0 ORDER BY dirty_at LIMIT ?1').bind(limit).all();
  return results.map((r) => r.id);
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
 * a time). Resolves the reservation's id, or null at the limit. One left by
 * a Worker that died in between is dropped by the next full reconcile pass.
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
 * transaction): the tenant's count never holds both at once.
 */
export async function settleSlot(db, id, row) {
  const statements = [upsertStatement(db, row)];
  if (id?.startsWith(RESERVED)) statements.push(db.prepare('DELETE FROM hostnames WHERE id = ?1').bind(id));
  await db.batch(statements);
}

/** Sort orders of the list: column and direction. */
export const SORTS = {
  hostname: ['hostname', 'ASC'],
  '-hostname': ['hostname', 'DESC'],
  created: ['created_at', 'ASC'],
  '-created': ['created_at', 'DESC'],
  updated: ['updated_at', 'ASC'],
  '-updated': ['updated_at', 'DESC'],
};

/** `%`, `_` and `\` of a LIKE prefix escaped (ESCAPE '\'). */
const likePrefix = (p) => `${p.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Opaque keyset cursor: the last row's sort value and id. */
export function encodeCursor(value, id) {
  return btoa(JSON.stringify([value, id])).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The cursor's [value, id], or undefined when malformed. */
export function decodeCursor(text) {
  try {
    const v = JSON.parse(atob(text.replace(/-/g, '+').replace(/_/g, '/')));
    if (Array.isArray(v) && v.length === 2 && ['string', 'number'].includes(typeof v[0]) && typeof v[1] === 'string') return v;
  } catch {
    /* malformed */
  }
  return undefined;
}

/** The columns a list page reads: what listRow shows (the sort columns among them). */
const LIST_COLUMNS =
  'id, tenant, hostname, phase, ready, actor, hostname_status, ssl_status, error_codes, drift, created_at, updated_at, expires_at';

/** A list row as the API shows it (its tenant only when `showTenant`: admin). */
export function listRow(r, { showTenant = false } = {}) {
  let errorCodes = [];
  let drift = [];
  try {
    errorCodes = JSON.parse(r.error_codes ?? '[]');
    drift = JSON.parse(r.drift ?? '[]');
  } catch {
    /* stored by us; never malformed in practice */
  }
  return {
    id: r.id,
    hostname: r.hostname,
    phase: r.phase,
    ready: r.ready === 1,
    actor: r.actor ?? 'unknown',
    hostnameStatus: r.hostname_status ?? null,
    certificateStatus: r.ssl_status ?? null,
    errorCodes,
    drift,
    createdAt: r.created_at ? new Date(r.created_at * 1000).toISOString() : null,
    updatedAt: new Date(r.updated_at * 1000).toISOString(),
    certificateExpiresAt: r.expires_at ? new Date(r.expires_at * 1000).toISOString() : null,
    ...(showTenant ? { tenant: r.tenant } : {}),
  };
}

/**
 * One page of hostnames: of a tenant (or of all tenants when `tenant` is
 * undefined, admin), filtered by hostname prefix, phase and actor, sorted,
 * by keyset cursor; each row names its tenant when `showTenant` (admin).
 * Resolves { hostnames, nextCursor, total }.
 */
export async function listHostnames(db, { tenant, prefix, phase, actor, sort = 'hostname', cursor, limit, showTenant = false }) {
  const [column, dir] = SORTS[sort];
  const where = ['id NOT LIKE ?1'];
  const args = [RESERVED_LIKE];
  const add = (sql, v) => {
    args.push(v);
    where.push(sql.replace('?', `?${args.length}`));
  };
  if (tenant !== undefined) add('tenant = ?', tenant);
  if (prefix) add("hostname LIKE ? ESCAPE '\\'", likePrefix(prefix));
  if (phase) add('phase = ?', phase);
  if (actor) add('actor = ?', actor);
  const filtered = where.join(' AND ');
  const filteredArgs = [...args];
  if (cursor) {
    const op = dir === 'ASC' ? '>' : '<';
    args.push(cursor[0], cursor[1]);
    where.push(`(${column} ${op} ?${args.length - 1} OR (${column} = ?${args.length - 1} AND id ${op} ?${args.length}))`);
  }
  args.push(limit + 1);
  const [page, count] = await db.batch([
    db
      .prepare(`SELECT ${LIST_COLUMNS} FROM hostnames WHERE ${where.join(' AND ')} ORDER BY ${column} ${dir}, id ${dir} LIMIT ?${args.length}`)
      .bind(...args),
    db.prepare(`SELECT COUNT(*) AS n FROM hostnames WHERE ${filtered}`).bind(...filteredArgs),
  ]);
  const rows = page.results;
  const more = rows.length > limit;
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return {
    hostnames: shown.map((r) => listRow(r, { showTenant })),
    nextCursor: more && last ? encodeCursor(last[column], last.id) : null,
    total: Number(count.results[0]?.n ?? 0),
  };
}

/** The reconcile cursor (a fresh one when none is stored). */
export async function readCursor(db, nowMs) {
  const row = await db.prepare('SELECT pass, next_page, pass_started_at FROM reconcile_state WHERE id = 1').first();
  return row
    ? { pass: row.pass, nextPage: row.next_page, passStartedAt: row.pass_started_at }
    : { pass: 1, nextPage: 1, passStartedAt: secs(nowMs) };
}

/** The statement storing the reconcile cursor (batched with the page's rows). */
export function cursorStatement(db, { pass, nextPage, passStartedAt }, nowMs) {
  return db
    .prepare(
      `INSERT INTO reconcile_state (id, pass, next_page, pass_started_at, last_run_at) VALUES (1, ?1, ?2, ?3, ?4)
       ON CONFLICT (id) DO UPDATE SET pass = ?1, next_page = ?2, pass_started_at = ?3, last_run_at = ?4`,
    )
    .bind(pass, nextPage, passStartedAt, secs(nowMs));
}

/**
 * End of a full pass: rows neither seen in this pass nor written since it
 * started are gone from Cloudflare (or lost their tenant): drop them.
 */
export async function dropUnseen(db, { pass, passStartedAt }) {
  const r = await db
    .prepare('DELETE FROM hostnames WHERE seen_pass < ?1 AND updated_at < ?2 AND fetched_at < ?3')
    .bind(pass, passStartedAt, passStartedAt * 1000)
    .run();
  return r.meta?.changes ?? 0;
}
