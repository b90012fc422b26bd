// The scheduled work (Cron Trigger) and the re-fetch shared with webhooks.
//
// One run, in order, each bounded:
// 1. re-fetch the hostnames webhooks marked (RECONCILE_DIRTY_PER_RUN);
// 2. a slice of the reconcile: pages through Cloudflare's list
//    (GET /zones/{zone}/custom_hostnames?page=&per_page=, spec §6, per_page
//    up to 1000) at most RECONCILE_PAGES pages; every page's rows and the
//    cursor are written in one D1 batch (one query against the per-run
//    limit, and a run cut short resumes where its last page ended). When a
//    pass reaches the end, rows neither seen in it nor written since it began
//    are dropped: a full pass rebuilds the index from the truth;
// 3. watch (watch.js): DNS drift and certificate expiry of active hostnames;
// 4. stale unverified hostnames (older than CLAIM_TTL, never active) are
//    deleted at Cloudflare (they are billed) and their tenant told.
// A 429 (ours or Cloudflare's) stops the run where it is, cursor saved; the
// budget (budget.js) keeps every call of later runs off Cloudflare until its
// Retry-After has passed, so those runs end at once without failing.

import * as index from './tenants.js';
import { watch } from './watch.js';
import { claimExpired, context, expireHostname } from './routes.js';

/** The tenant a custom hostname belongs to (custom_metadata.tenant), or undefined. */
export function tenantOf(customHostname) {
  const t = customHostname?.custom_metadata?.tenant;
  return typeof t === 'string' && t !== '' ? t : undefined;
}

/** Whether Cloudflare's error says the custom hostname is gone (404, or error 1436). */
export function gone(e) {
  return e?.code === 'cloudflare_api_error' && (Number(e.data?.httpStatus) === 404 || (e.data?.errors ?? []).some((x) => x?.code === 1436));
}

/**
 * Re-reads one custom hostname from Cloudflare and writes what it says:
 * 'indexed', 'removed' (gone, or without a tenant), or 'deferred' (the API
 * budget is spent: the webhook's mark stays for the next cron run).
 */
export async function refetch(ctx, id) {
  const db = ctx.cfg.db;
  let ch;
  try {
    ({ customHostname: ch } = await ctx.cf.call({ op: 'get', customHostnameId: id }));
  } catch (e) {
    if (e?.code === 'rate_limited') return 'deferred';
    if (gone(e)) {
      await index.removeHostname(db, id);
      return 'removed';
    }
    throw e;
  }
  const tenant = tenantOf(ch);
  if (!tenant || ch.status === 'deleted') {
    await index.removeHostname(db, id);
    return 'removed';
  }
  const before = await index.readRow(db, id);
  const a = ctx.lib.interpretCustomHostname(ch, context(ctx));
  await index.upsertHostname(db, index.rowOf(ch, a, { tenant, fetchedAtMs: ctx.nowMs() }));
  if (a.ready && before && before.ready !== 1) {
    await ctx.events?.send('hostname.active', { id, hostname: ch.hostname, tenant });
  }
  return 'indexed';
}

/** One budgeted slice of the reconcile (step 2). */
export async function reconcile(ctx) {
  const { lib, cfg, cf, nowMs } = ctx;
  const db = cfg.db;
  let { pass, nextPage: page, passStartedAt } = await index.readCursor(db, nowMs());
  const out = { pages: 0, indexed: 0, dropped: 0, passCompleted: false, stopped: null };
  while (out.pages < cfg.reconcilePages) {
    let outcome;
    try {
      outcome = await cf.call({ op: 'list', page, perPage: cfg.reconcilePerPage });
    } catch (e) {
      if (e?.code === 'rate_limited') {
        out.stopped = { code: 'rate_limited', retryAfter: e.extra?.retryAfter ?? null };
        break;
      }
      throw e;
    }
    out.pages += 1;
    const items = outcome.customHostnames ?? [];
    const tagged = items.filter((ch) => tenantOf(ch) && ch.status !== 'deleted');
    const summaries = tagged.length ? lib.summarizeMany(tagged, context(ctx)) : [];
    const fetchedAtMs = nowMs();
    const rows = [];
    tagged.forEach((ch, i) => {
      const s = summaries[i];
      if (s?.ok) rows.push(index.rowOf(ch, { ...s.summary, errors: [] }, { tenant: tenantOf(ch), fetchedAtMs, pass }));
    });
    const info = outcome.resultInfo;
    const last = items.length < cfg.reconcilePerPage || (info?.total_pages !== undefined && page >= info.total_pages);
    const next = last ? { pass: pass + 1, nextPage: 1, passStartedAt: Math.floor(nowMs() / 1000) } : { pass, nextPage: page + 1, passStartedAt };
    // The page's rows and the cursor after it: one batch, one transaction.
    await db.batch([...rows.map((r) => index.upsertStatement(db, r)), index.cursorStatement(db, next, nowMs())]);
    out.indexed += rows.length;
    if (last) {
      out.dropped = await index.dropUnseen(db, { pass, passStartedAt });
      out.passCompleted = true;
    }
    ({ pass, nextPage: page, passStartedAt } = next);
    if (last) break;
  }
  return { ...out, nextPage: page, pass };
}

/** Step 1: hostnames marked by webhooks. */
async function refetchDirty(ctx) {
  const ids = await index.dirtyRows(ctx.cfg.db, ctx.cfg.dirtyPerRun);
  const counts = { indexed: 0, removed: 0, deferred: 0 };
  for (const id of ids) {
    const r = await refetch(ctx, id);
    counts[r] += 1;
    if (r === 'deferred') break;
  }
  return counts;
}

/** Step 4: unverified hostnames older than CLAIM_TTL (from the index, re-checked at Cloudflare). */
async function expireStale(ctx) {
  const { results } = await ctx.cfg.db
    .prepare("SELECT id, first_seen_at FROM hostnames WHERE first_seen_at > 0 AND first_seen_at < ?1 AND hostname_status IS NOT 'active' AND id NOT LIKE 'reserved:%' LIMIT ?2")
    .bind(ctx.nowMs() - ctx.cfg.claimTtlMs, ctx.cfg.expirePerRun)
    .all();
  let expired = 0;
  for (const { id, first_seen_at: firstSeen } of results) {
    let ch;
    try {
      ({ customHostname: ch } = await ctx.cf.call({ op: 'get', customHostnameId: id }));
    } catch (e) {
      if (e?.code === 'rate_limited') break;
      if (gone(e)) await index.removeHostname(ctx.cfg.db, id);
      continue;
    }
    if (claimExpired(ctx, ch, firstSeen)) {
      await expireHostname(ctx, ch, 'expired_unverified');
      expired += 1;
    } else {
      const a = ctx.lib.interpretCustomHostname(ch, context(ctx));
      await index.upsertHostname(ctx.cfg.db, index.rowOf(ch, a, { tenant: tenantOf(ch), fetchedAtMs: ctx.nowMs() }));
    }
  }
  return expired;
}

/** One cron run: every step, each bounded; a 429 ends the Cloudflare steps. */
export async function scheduledRun(ctx) {
  const started = ctx.nowMs();
  const dirty = await refetchDirty(ctx);
  const rec = await reconcile(ctx);
  const watched = await watch(ctx);
  const expired = rec.stopped ? 0 : await expireStale(ctx);
  await ctx.cfg.db
    .prepare('DELETE FROM webhook_events WHERE received_at < ?1')
    .bind(Math.floor((ctx.nowMs() - ctx.cfg.webhookMaxAgeMs) / 1000))
    .run();
  return { ...rec, dirty, watched, expired, events: ctx.events?.stats, apiCalls: ctx.cf.calls, ms: ctx.nowMs() - started };
}
