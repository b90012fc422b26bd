// Scheduled repair of the D1 index (Cron Trigger). Pages through
// Cloudflare's list (GET /zones/{zone}/custom_hostnames?page=&per_page=,
// spec/cloudflare-for-saas.md §6) within a budget of pages per run, stores a
// cursor in D1 and resumes there next run. Every hostname whose
// custom_metadata.tenant is set is written with the pass number; when a pass
// reaches the end of the list, rows not seen (and not written since the pass
// began) are dropped. So a full pass rebuilds the index from the truth.

import { upsertHostname, readCursor, writeCursor, dropUnseen } from './tenants.js';

/** The tenant a custom hostname belongs to (custom_metadata.tenant), or undefined. */
export function tenantOf(customHostname) {
  const t = customHostname?.custom_metadata?.tenant;
  return typeof t === 'string' && t !== '' ? t : undefined;
}

/**
 * Runs one budgeted slice of the reconcile.
 * @param {{ lib, client, db, nowMs: () => number, cnameTarget: string, budgetPages: number, perPage: number }} deps
 * @returns {Promise<{ pages: number, indexed: number, dropped: number, passCompleted: boolean, nextPage: number, pass: number }>}
 */
export async function reconcile({ lib, client, db, nowMs, cnameTarget, budgetPages, perPage }) {
  const cursor = await readCursor(db, nowMs());
  let { pass, nextPage: page, passStartedAt } = cursor;
  let pages = 0;
  let indexed = 0;
  let dropped = 0;
  let passCompleted = false;
  while (pages < budgetPages) {
    const outcome = await client.list({ page, perPage });
    pages += 1;
    const items = outcome.customHostnames ?? [];
    for (const ch of items) {
      const tenant = tenantOf(ch);
      if (!tenant || ch.status === 'deleted') continue;
      const a = lib.interpretCustomHostname(ch, { now: Math.floor(nowMs() / 1000), cnameTarget });
      await upsertHostname(db, { id: ch.id, tenant, hostname: ch.hostname, phase: a.phase, ready: a.ready, nowMs: nowMs(), pass });
      indexed += 1;
    }
    const info = outcome.resultInfo;
    const last = items.length < perPage || (info?.total_pages !== undefined && page >= info.total_pages);
    if (last) {
      dropped = await dropUnseen(db, { pass, passStartedAt });
      passCompleted = true;
      pass += 1;
      page = 1;
      passStartedAt = Math.floor(nowMs() / 1000);
      break;
    }
    page += 1;
  }
  await writeCursor(db, { pass, nextPage: page, passStartedAt }, nowMs());
  return { pages, indexed, dropped, passCompleted, nextPage: page, pass };
}
