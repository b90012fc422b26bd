// The API's operations (contract: api-contract.md). Each takes `ctx` =
// { lib, cfg, client, session, nowMs, fetch } and the parsed request bits,
// and returns [status, body]. Tenant isolation: every per-id operation
// first fetches the fresh object from Cloudflare and answers 404 unless its
// custom_metadata.tenant is the caller's (the index alone is not trusted).

import { HttpError } from './errors.js';
import { tenantOf } from './reconcile.js';
import { upsertHostname, refreshHostnameRow, removeHostname, reserveSlot, releaseSlot, settleSlot, listForTenant, updateStatus } from './tenants.js';

const DCV = { txt: 'txt', http: 'http', delegation: 'txt' };
const ID_RE = /^[A-Za-z0-9-]{1,36}$/;

const notFound = () => new HttpError(404, 'not_found', 'No such custom hostname.');

/** True when `name` is `zone` or below it. */
function within(name, zone) {
  return name === zone || name.endsWith(`.${zone}`);
}

/** Refuses the provider's own zone, its CNAME target and their subdomains (422). */
export function assertClaimable(ascii, cfg) {
  const bare = ascii.replace(/^\*\./, '');
  if (within(bare, cfg.providerZone) || within(bare, cfg.cnameTarget)) {
    throw new HttpError(422, 'hostname_in_provider_zone', `${ascii} belongs to the provider and cannot be claimed.`);
  }
}

function describe(ctx, customHostname, { dcv, observation } = {}) {
  const { lib, cfg } = ctx;
  const now = Math.floor(ctx.nowMs() / 1000);
  const assessment = lib.interpretCustomHostname(customHostname, {
    now,
    cnameTarget: cfg.cnameTarget,
    ...(observation ? { observation } : {}),
  });
  const instructions = lib.dnsInstructions({
    hostname: customHostname.hostname,
    cnameTarget: cfg.cnameTarget,
    customHostname,
    ...(dcv === 'delegation' ? { dcv: 'delegation' } : {}),
  });
  return { assessment, instructions };
}

async function indexRow(ctx, ch, assessment) {
  await upsertHostname(ctx.cfg.db, indexEntry(ctx, ch, assessment));
}

/** The index row of a hostname the caller owns. */
function indexEntry(ctx, ch, assessment) {
  return {
    id: ch.id,
    tenant: ctx.session.tenant,
    hostname: ch.hostname,
    phase: assessment.phase,
    ready: assessment.ready,
    nowMs: ctx.nowMs(),
  };
}

/** Fetches a hostname fresh and checks it is the caller's (else 404). */
async function ownHostname(ctx, id) {
  if (!ID_RE.test(id)) throw notFound();
  const { customHostname } = await ctx.client.get(id);
  if (tenantOf(customHostname) !== ctx.session.tenant) throw notFound();
  return customHostname;
}

/** POST /api/hostnames */
export async function createHostname(ctx, body) {
  const { lib, cfg } = ctx;
  if (typeof body?.hostname !== 'string') {
    throw new HttpError(400, 'invalid_argument', 'Body must be { hostname, options? }.', { field: 'hostname' });
  }
  const opts = body.options ?? {};
  if (typeof opts !== 'object' || Array.isArray(opts)) throw new HttpError(400, 'invalid_argument', 'options must be an object.', { field: 'options' });
  const dcv = opts.dcv ?? 'txt';
  if (!(dcv in DCV)) throw new HttpError(400, 'unsupported_dcv_method', 'options.dcv must be txt, http or delegation.', { field: 'options.dcv' });
  const info = lib.parseHostname(body.hostname); // library codes → 400
  assertClaimable(info.ascii, cfg);
  const ssl = { method: DCV[dcv], type: 'dv' };
  if (opts.certificateAuthority !== undefined) ssl.certificate_authority = opts.certificateAuthority;
  if (opts.wildcard !== undefined) ssl.wildcard = opts.wildcard === true;
  const params = { hostname: info.ascii, ssl, customMetadata: { tenant: ctx.session.tenant } };
  lib.buildRequest({ op: 'create', zoneId: cfg.zoneId, ...params }); // every field checked locally first
  const slot = await reserveSlot(cfg.db, {
    tenant: ctx.session.tenant,
    hostname: info.ascii,
    limit: cfg.tenantHostnameLimit,
    nowMs: ctx.nowMs(),
  });
  if (!slot) {
    throw new HttpError(422, 'tenant_hostname_limit', `This account may have at most ${cfg.tenantHostnameLimit} hostnames.`, {
      limit: cfg.tenantHostnameLimit,
    });
  }
  try {
    const outcome = await ctx.client.create(params);
    const ch = outcome.customHostname;
    if (tenantOf(ch) !== ctx.session.tenant) {
      // A duplicate-safe create found an existing hostname: someone else's.
      throw new HttpError(409, 'hostname_taken', 'This hostname is already registered.');
    }
    const described = describe(ctx, ch, { dcv });
    // The reservation becomes the real row in one transaction.
    await settleSlot(cfg.db, slot, indexEntry(ctx, ch, described.assessment));
    return [201, { customHostname: ch, ...described }];
  } catch (e) {
    // Nothing to release when the settle went through (then nothing threw).
    await releaseSlot(cfg.db, slot);
    throw e;
  }
}

/** GET /api/hostnames */
export async function listHostnames(ctx, url) {
  const page = Number(url.searchParams.get('page') ?? 1);
  const perPage = Number(url.searchParams.get('perPage') ?? 20);
  if (!Number.isInteger(page) || page < 1) throw new HttpError(400, 'out_of_range', 'page must be an integer ≥ 1.', { field: 'page' });
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) {
    throw new HttpError(400, 'out_of_range', 'perPage must be an integer from 1 to 100.', { field: 'perPage' });
  }
  return [200, await listForTenant(ctx.cfg.db, ctx.session.tenant, { page, perPage })];
}

/** GET /api/hostnames/:id[?check=dns] */
export async function getHostname(ctx, id, url) {
  const ch = await ownHostname(ctx, id);
  let described = describe(ctx, ch);
  let observation;
  if (url.searchParams.get('check') === 'dns') {
    observation = await ctx.lib.checkDns(described.instructions, { resolvers: [ctx.cfg.dohUrl], timeoutMs: 5000 });
    described = describe(ctx, ch, { observation });
  }
  await refreshHostnameRow(ctx.cfg.db, indexEntry(ctx, ch, described.assessment));
  return [200, { customHostname: ch, ...described, ...(observation ? { observation } : {}) }];
}

/** POST /api/hostnames/:id/refresh */
export async function refreshHostname(ctx, id) {
  await ownHostname(ctx, id);
  const { customHostname: ch } = await ctx.client.refresh(id);
  const described = describe(ctx, ch);
  await indexRow(ctx, ch, described.assessment);
  return [200, { customHostname: ch, ...described }];
}

/** DELETE /api/hostnames/:id */
export async function deleteHostname(ctx, id) {
  await ownHostname(ctx, id);
  await ctx.client.delete(id);
  await removeHostname(ctx.cfg.db, id);
  return [200, { deleted: id }];
}

/** POST /api/setup/fallback-origin (admin scope) */
export async function setFallbackOrigin(ctx, body) {
  if (!ctx.session.admin) throw new HttpError(403, 'admin_required', 'This operation needs an admin session.');
  if (typeof body?.origin !== 'string') throw new HttpError(400, 'invalid_argument', 'Body must be { origin }.', { field: 'origin' });
  const { fallbackOrigin } = await ctx.client.updateFallbackOrigin(body.origin);
  return [200, { fallbackOrigin }];
}

/** POST /webhooks/cloudflare (already authenticated): updates the index. */
export async function applyWebhook(ctx, body) {
  const w = ctx.lib.interpretWebhook(body, { now: Math.floor(ctx.nowMs() / 1000), cnameTarget: ctx.cfg.cnameTarget });
  const data = body?.data;
  let indexed = false;
  if (typeof data?.id === 'string' && ID_RE.test(data.id)) {
    const row = { id: data.id, phase: w.phase, ready: w.assessment.ready, nowMs: ctx.nowMs() };
    if (w.phase === 'deleted') {
      // Gone at Cloudflare: drop it (a reconcile re-adds it if that was wrong).
      await removeHostname(ctx.cfg.db, data.id);
      return [200, { ok: true, indexed: false, event: w.eventType, phase: w.phase }];
    }
    indexed = await updateStatus(ctx.cfg.db, row);
    const tenant = tenantOf(data);
    if (!indexed && tenant && typeof data.hostname === 'string') {
      await upsertHostname(ctx.cfg.db, { ...row, tenant, hostname: data.hostname });
      indexed = true;
    }
  }
  return [200, { ok: true, indexed, event: w.eventType, phase: w.phase }];
}
