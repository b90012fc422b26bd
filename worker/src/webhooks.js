// Cloudflare's notification webhooks ("SSL for SaaS Custom Hostnames",
// spec/cloudflare-for-saas.md §5.3) as hints, never as truth. A delivery
// (already authenticated by its secret in handler.js) must be well formed
// (400 otherwise), for this zone, not older than WEBHOOK_MAX_AGE_SECONDS and
// not seen before (its `metadata.event.id` is kept in D1, `webhook_events`).
// It then only marks the custom hostname for re-fetch, and the Worker
// re-reads it from Cloudflare at once (within the cron's share of the API
// budget; when that is spent, the mark stays and the next cron run does
// it). So a forged or replayed body cannot add, move or delete a row, and
// late or reordered deliveries change nothing: the index takes the object's
// state as Cloudflare returns it, ordered by when it was read (tenants.js).

import { HttpError } from './errors.js';
import { ID_RE } from './routes.js';
import { refetch } from './reconcile.js';
import { markDirty } from './tenants.js';

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const bad = (why, field) => new HttpError(400, 'invalid_webhook', `Not a custom hostname notification: ${why}.`, { field });

/** POST /webhooks/cloudflare */
export async function applyWebhook(ctx, body) {
  if (!isObject(body)) throw bad('the body is not an object', '');
  const event = body.metadata?.event;
  if (!isObject(body.metadata) || !isObject(event)) throw bad('metadata.event is missing', 'metadata.event');
  if (typeof event.id !== 'string' || !/^[A-Za-z0-9._:<>-]{1,128}$/.test(event.id)) throw bad('metadata.event.id is missing', 'metadata.event.id');
  if (typeof event.type !== 'string' || event.type.length > 200) throw bad('metadata.event.type is missing', 'metadata.event.type');
  const created = Date.parse(event.created_at ?? '');
  if (!Number.isFinite(created)) throw bad('metadata.event.created_at is not a time', 'metadata.event.created_at');
  if (!isObject(body.data) || typeof body.data.id !== 'string' || !ID_RE.test(body.data.id)) throw bad('data.id is missing', 'data.id');
  const zone = body.metadata.zone?.id;
  if (zone !== undefined && zone !== ctx.cfg.zoneId) throw bad('it is for another zone', 'metadata.zone.id');
  const id = body.data.id;
  const now = ctx.nowMs();
  const base = { ok: true, event: event.type, id };
  if (now - created > ctx.cfg.webhookMaxAgeMs || created - now > 300_000) return [200, { ...base, action: 'ignored', reason: 'stale' }];
  const fresh = await ctx.cfg.db
    .prepare('INSERT INTO webhook_events (id, received_at) VALUES (?1, ?2) ON CONFLICT (id) DO NOTHING')
    .bind(event.id, Math.floor(now / 1000))
    .run();
  if ((fresh.meta?.changes ?? 0) === 0) return [200, { ...base, action: 'duplicate' }];
  await markDirty(ctx.cfg.db, id, now);
  const outcome = await refetch(ctx, id);
  return [outcome === 'deferred' ? 202 : 200, { ...base, action: outcome }];
}
