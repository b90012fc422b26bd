// The API's operations (worker/openapi.yaml). Each takes `ctx` =
// { lib, cfg, cf, session, nowMs, fetch, locale } and the parsed request
// bits, and returns [status, body]. Tenant isolation: a per-id operation
// answers 404 unless the custom hostname's custom_metadata.tenant (as
// Cloudflare last returned it; the index stores only objects read from
// Cloudflare) is the caller's.

import { HttpError } from './errors.js';
import { tenantOf, gone } from './reconcile.js';
import * as index from './tenants.js';
import { refuseUnknownKeys, str, oneOf } from './input.js';

const DCV = { txt: 'txt', http: 'http', delegation: 'txt' };
export const ID_RE = /^[A-Za-z0-9-]{1,36}$/;
const CAS = ['google', 'lets_encrypt', 'ssl_com', 'digicert'];

const notFound = () => new HttpError(404, 'not_found', 'No such custom hostname.');

/** True when `name` is `zone` or below it. */
function within(name, zone) {
  return name === zone || name.endsWith(`.${zone}`);
}

/**
 * Refuses the provider's own zone, its CNAME target, their subdomains (also
 * as wildcards) and their lookalikes (UTS #39 skeleton, the library's
 * `lookalikeOf`).
 */
export function assertClaimable(lib, info, cfg) {
  const bare = info.ascii.replace(/^\*\./, '');
  if (within(bare, cfg.providerZone) || within(bare, cfg.cnameTarget)) {
    throw new HttpError(422, 'hostname_in_provider_zone', `${info.ascii} belongs to the provider and cannot be claimed.`);
  }
  for (const zone of [cfg.providerZone, cfg.cnameTarget]) {
    const hit = lib.lookalikeOf(info.unicode ?? info.ascii, zone) ?? lib.lookalikeOf(info.ascii, zone);
    if (hit) {
      throw new HttpError(422, 'hostname_lookalike', `${info.unicode ?? info.ascii} reads like the provider's own ${zone} and cannot be claimed.`, {
        lookalikeOf: hit.zone,
      });
    }
  }
}

/** The library's context for verdicts (the request's locale, when it has one). */
export function context(ctx, extra = {}) {
  return { now: Math.floor(ctx.nowMs() / 1000), cnameTarget: ctx.cfg.cnameTarget, ...(ctx.locale ? { locale: ctx.locale } : {}), ...extra };
}

export function describe(ctx, customHostname, { dcv, observation } = {}) {
  const { lib, cfg } = ctx;
  const assessment = lib.interpretCustomHostname(customHostname, context(ctx, observation ? { observation } : {}));
  const instructions = lib.dnsInstructions({
    hostname: customHostname.hostname,
    cnameTarget: cfg.cnameTarget,
    customHostname,
    ...(dcv === 'delegation' ? { dcv: 'delegation' } : {}),
    ...(ctx.locale ? { locale: ctx.locale } : {}),
  });
  return { assessment, instructions };
}

/** The row of a hostname the caller owns, just fetched. */
function entry(ctx, ch, assessment) {
  return index.rowOf(ch, assessment, { tenant: tenantOf(ch), fetchedAtMs: ctx.nowMs() });
}

/** Fetches a hostname from Cloudflare, indexes it, checks it is the caller's (else 404). */
async function fetchOwn(ctx, id) {
  let ch;
  try {
    ({ customHostname: ch } = await ctx.cf.call({ op: 'get', customHostnameId: id }));
  } catch (e) {
    if (gone(e)) await index.removeHostname(ctx.cfg.db, id);
    throw e;
  }
  if (tenantOf(ch) !== ctx.session.tenant) throw notFound();
  return ch;
}

/** The caller's hostname from the index when fresh, else from Cloudflare. */
async function ownHostname(ctx, id, { fresh = false } = {}) {
  if (!ID_RE.test(id)) throw notFound();
  if (!fresh) {
    const row = await index.readRow(ctx.cfg.db, id);
    const age = ctx.nowMs() - (row?.fetched_at ?? 0);
    if (row?.object && row.dirty_at === 0 && age >= 0 && age < ctx.cfg.indexFreshMs) {
      const ch = JSON.parse(row.object);
      // Both the row and the stored object must name the caller.
      if (row.tenant !== ctx.session.tenant || tenantOf(ch) !== ctx.session.tenant) throw notFound();
      return { ch, source: 'index', fetchedAt: row.fetched_at };
    }
  }
  const ch = await fetchOwn(ctx, id);
  return { ch, source: 'cloudflare', fetchedAt: ctx.nowMs() };
}

/** Custom metadata a tenant may set: only TENANT_METADATA_KEYS, string values. */
function tenantMetadata(cfg, metadata, field) {
  if (metadata === undefined) return undefined;
  if (!metadata || typeof metadata !== 'object' || Array.isArray(metadata)) {
    throw new HttpError(400, 'invalid_argument', `${field} must be an object of strings.`, { field });
  }
  const out = {};
  for (const [k, v] of Object.entries(metadata)) {
    if (!cfg.tenantMetadataKeys.includes(k)) {
      throw new HttpError(400, 'metadata_key_not_allowed', `Metadata key ${JSON.stringify(k).slice(0, 80)} is not allowed.`, {
        field: `${field}.${k}`.slice(0, 120),
        allowed: cfg.tenantMetadataKeys,
      });
    }
    if (typeof v !== 'string' || v.length > 256) {
      throw new HttpError(400, 'invalid_argument', `${field}.${k} must be a string of at most 256 characters.`, { field: `${field}.${k}` });
    }
    out[k] = v;
  }
  return out;
}

/** The tenant's own metadata keys of an object (the `tenant` key excluded). */
function ownMetadata(cfg, ch) {
  const out = {};
  for (const [k, v] of Object.entries(ch.custom_metadata ?? {})) if (k !== 'tenant' && cfg.tenantMetadataKeys.includes(k)) out[k] = v;
  return out;
}

const CREATE_KEYS = ['hostname', 'options'];
const OPTION_KEYS = ['dcv', 'certificateAuthority', 'wildcard', 'metadata'];

/**
 * The create request for a parsed hostname; an IDN without a chosen CA gets
 * one that can issue for it (the builder's `idn_certificate_authority`
 * warning lists them; Google Trust Services cannot issue for IDNs).
 */
function buildCreate(ctx, info, opts, metadata) {
  const { lib, cfg } = ctx;
  const dcv = opts.dcv ?? 'txt';
  const ssl = { method: DCV[dcv], type: 'dv' };
  if (opts.certificateAuthority !== undefined) ssl.certificate_authority = opts.certificateAuthority;
  if (opts.wildcard !== undefined) ssl.wildcard = opts.wildcard;
  const params = { hostname: info.ascii, ssl, customMetadata: { ...(metadata ?? {}), tenant: ctx.session.tenant } };
  let built = lib.buildRequest({ op: 'create', zoneId: cfg.zoneId, ...params }); // every field checked locally first
  const idn = (built.warnings ?? []).find((w) => w.code === 'idn_certificate_authority');
  const cas = idn?.data?.certificateAuthorities;
  if (opts.certificateAuthority === undefined && Array.isArray(cas) && cas.length) {
    ssl.certificate_authority = cas.includes('lets_encrypt') ? 'lets_encrypt' : cas[0];
    built = lib.buildRequest({ op: 'create', zoneId: cfg.zoneId, ...params });
  }
  return { params, warnings: built.warnings ?? [], chosenCa: ssl.certificate_authority };
}

/** POST /api/hostnames */
export async function createHostname(ctx, body) {
  const { lib, cfg } = ctx;
  if (!body || typeof body !== 'object' || Array.isArray(body) || typeof body.hostname !== 'string') {
    throw new HttpError(400, 'invalid_argument', 'Body must be { hostname, options? }.', { field: 'hostname' });
  }
  refuseUnknownKeys(body, CREATE_KEYS, '');
  const opts = body.options ?? {};
  if (typeof opts !== 'object' || Array.isArray(opts) || opts === null) throw new HttpError(400, 'invalid_argument', 'options must be an object.', { field: 'options' });
  refuseUnknownKeys(opts, OPTION_KEYS, 'options.');
  const dcv = opts.dcv ?? 'txt';
  if (!(typeof dcv === 'string' && Object.hasOwn(DCV, dcv))) throw new HttpError(400, 'unsupported_dcv_method', 'options.dcv must be txt, http or delegation.', { field: 'options.dcv' });
  if (opts.certificateAuthority !== undefined) oneOf(opts.certificateAuthority, CAS, 'options.certificateAuthority');
  if (opts.wildcard !== undefined && typeof opts.wildcard !== 'boolean') throw new HttpError(400, 'invalid_argument', 'options.wildcard must be a boolean.', { field: 'options.wildcard' });
  const metadata = tenantMetadata(cfg, opts.metadata, 'options.metadata');
  const info = lib.parseHostname(body.hostname); // library codes → 400
  assertClaimable(lib, info, cfg);
  return createParsed(ctx, info, { opts, metadata });
}

/**
 * Creates a hostname already parsed and passed by assertClaimable (`info`)
 * for the caller, with checked `opts` and `metadata`: POST /api/hostnames,
 * and a proven claim (claims.js). Whatever can refuse without changing
 * anything (the request built locally, the tenant's slot reserved) comes
 * first; only then does `beforeCreate` run (a take-over deletes the holder's
 * hostname there), so a refusal leaves the name with its holder. A failure
 * from `beforeCreate` on releases the slot.
 */
export async function createParsed(ctx, info, { opts = {}, metadata, beforeCreate } = {}) {
  const { cfg } = ctx;
  const dcv = opts.dcv ?? 'txt';
  const { params, warnings: buildWarnings, chosenCa } = buildCreate(ctx, info, opts, metadata);
  const warnings = [...(info.warnings ?? []), ...buildWarnings];
  if (chosenCa && opts.certificateAuthority === undefined) {
    warnings.push({ code: 'certificate_authority_chosen', message: `${chosenCa} was chosen because it can issue for this name.`, data: { certificateAuthority: chosenCa } });
  }
  const fallback = await fallbackWarning(ctx);
  if (fallback) warnings.push(fallback);
  const slot = await index.reserveSlot(cfg.db, { tenant: ctx.session.tenant, hostname: info.ascii, limit: cfg.tenantHostnameLimit, nowMs: ctx.nowMs() });
  if (!slot) {
    throw new HttpError(422, 'tenant_hostname_limit', `This account may have at most ${cfg.tenantHostnameLimit} hostnames.`, { limit: cfg.tenantHostnameLimit });
  }
  try {
    await beforeCreate?.();
    let outcome = await ctx.cf.create(params);
    let ch = outcome.customHostname;
    if (tenantOf(ch) !== ctx.session.tenant) {
      // Someone else's: taken over only when their claim expired unverified.
      const held = await index.readRow(cfg.db, ch.id);
      if (!claimExpired(ctx, ch, held?.first_seen_at)) {
        throw new HttpError(409, 'hostname_taken', 'This hostname is already registered by another account.', {
          claimable: true,
        });
      }
      await expireHostname(ctx, ch, 'expired_unverified');
      outcome = await ctx.cf.create(params);
      ch = outcome.customHostname;
      if (tenantOf(ch) !== ctx.session.tenant) throw new HttpError(409, 'hostname_taken', 'This hostname is already registered by another account.', { claimable: true });
    }
    const described = describe(ctx, ch, { dcv });
    await index.settleSlot(cfg.db, slot, entry(ctx, ch, described.assessment));
    const status = outcome.existing ? 200 : 201;
    return [status, { customHostname: ch, ...described, existing: outcome.existing, warnings }];
  } catch (e) {
    await index.releaseSlot(cfg.db, slot);
    throw e;
  }
}

/**
 * Whether a hostname has been held longer than CLAIM_TTL_SECONDS without
 * becoming active. Its age is measured from when this Worker first indexed
 * it (`first_seen_at`, the Worker's clock), not from Cloudflare's
 * `created_at`, so a clock skew between the two cannot expire a claim early.
 */
export function claimExpired(ctx, ch, firstSeenMs) {
  return Number(firstSeenMs) > 0 && ch.status !== 'active' && ctx.nowMs() - firstSeenMs > ctx.cfg.claimTtlMs;
}

/** Deletes someone's hostname at Cloudflare, drops its row, tells the SaaS backend. */
export async function expireHostname(ctx, ch, reason, extra = {}) {
  await ctx.cf.call({ op: 'delete', customHostnameId: ch.id });
  await index.removeHostname(ctx.cfg.db, ch.id);
  await ctx.events?.send(reason === 'taken_over' ? 'hostname.taken_over' : 'hostname.expired', {
    id: ch.id,
    hostname: ch.hostname,
    tenant: tenantOf(ch) ?? null,
    reason,
    ...extra,
  });
}

/** A warning when the zone's fallback origin is not active (cached per isolate). */
const fallbackSeen = { at: -Infinity, status: undefined };
async function fallbackWarning(ctx) {
  if (ctx.nowMs() - fallbackSeen.at > ctx.cfg.fallbackCheckMs) {
    try {
      const r = await ctx.cf.call({ op: 'getFallbackOrigin' });
      fallbackSeen.status = r.fallbackOrigin?.status ?? 'missing';
    } catch (e) {
      if (e?.code === 'rate_limited') return undefined;
      fallbackSeen.status = e?.code === 'cloudflare_api_error' && Number(e.data?.httpStatus) === 404 ? 'missing' : undefined;
    }
    fallbackSeen.at = ctx.nowMs();
  }
  const status = fallbackSeen.status;
  if (status === undefined || status === 'active') return undefined;
  return {
    code: 'fallback_origin_not_active',
    message: 'The provider has not finished setting up where this traffic goes; the hostname will wait until it has.',
    data: { status },
  };
}

/** Parses the list's query: filters, sort, cursor, limit. */
function listQuery(url, { admin }) {
  const q = url.searchParams;
  const allowed = ['prefix', 'phase', 'actor', 'sort', 'cursor', 'limit', ...(admin ? ['tenant'] : [])];
  for (const k of q.keys()) {
    if (!allowed.includes(k)) throw new HttpError(400, 'unknown_parameter', `Unknown query parameter ${JSON.stringify(k).slice(0, 60)}.`, { field: k.slice(0, 60), allowed });
  }
  const limit = Number(q.get('limit') ?? 20);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new HttpError(400, 'out_of_range', 'limit must be an integer from 1 to 100.', { field: 'limit' });
  const sort = q.get('sort') ?? 'hostname';
  if (!Object.hasOwn(index.SORTS, sort)) throw new HttpError(400, 'out_of_range', `sort must be one of ${Object.keys(index.SORTS).join(', ')}.`, { field: 'sort' });
  const prefix = q.get('prefix') ?? undefined;
  if (prefix !== undefined && !/^[a-z0-9*._-]{1,40}$/i.test(prefix)) throw new HttpError(400, 'out_of_range', 'prefix must be 1 to 40 hostname characters.', { field: 'prefix' });
  const text = (name) => {
    const v = q.get(name) ?? undefined;
    if (v !== undefined && !/^[A-Za-z0-9._:-]{1,64}$/.test(v)) throw new HttpError(400, 'out_of_range', `${name} is not a valid value.`, { field: name });
    return v;
  };
  let cursor;
  if (q.get('cursor')) {
    cursor = index.decodeCursor(q.get('cursor'));
    if (!cursor) throw new HttpError(400, 'invalid_cursor', 'cursor is not one this API returned.', { field: 'cursor' });
  }
  return { limit, sort, prefix: prefix?.toLowerCase(), phase: text('phase'), actor: text('actor'), tenant: admin ? text('tenant') : undefined, cursor };
}

/** GET /api/hostnames */
export async function listHostnames(ctx, url) {
  const q = listQuery(url, { admin: false });
  return [200, await index.listHostnames(ctx.cfg.db, { ...q, tenant: ctx.session.tenant })];
}

/** GET /api/admin/hostnames (admin): across tenants, optional `tenant` filter. */
export async function adminListHostnames(ctx, url) {
  requireAdmin(ctx);
  const q = listQuery(url, { admin: true });
  return [200, await index.listHostnames(ctx.cfg.db, { ...q, showTenant: true })];
}

/** GET /api/quota: the tenant's own limit and use. */
export async function tenantQuota(ctx) {
  const used = await index.countForTenant(ctx.cfg.db, ctx.session.tenant);
  return [200, { limit: ctx.cfg.tenantHostnameLimit, used, remaining: Math.max(0, ctx.cfg.tenantHostnameLimit - used) }];
}

/** GET /api/admin/quota (admin): Cloudflare's zone quota, the API budget, tenants. */
export async function adminQuota(ctx) {
  requireAdmin(ctx);
  const r = await ctx.cf.call({ op: 'getQuota' });
  const tenants = await ctx.cfg.db.prepare("SELECT COUNT(DISTINCT tenant) AS t, COUNT(*) AS n FROM hostnames WHERE id NOT LIKE 'reserved:%'").first();
  return [
    200,
    {
      zone: r.quota,
      apiBudget: await ctx.budget.usage(),
      index: { hostnames: Number(tenants?.n ?? 0), tenants: Number(tenants?.t ?? 0) },
      tenantHostnameLimit: ctx.cfg.tenantHostnameLimit,
    },
  ];
}

/** GET /api/hostnames/:id[?check=dns][&fresh=1] */
export async function getHostname(ctx, id, url) {
  for (const k of url.searchParams.keys()) {
    if (!['check', 'fresh', 'locale'].includes(k)) throw new HttpError(400, 'unknown_parameter', `Unknown query parameter ${JSON.stringify(k).slice(0, 60)}.`, { field: k.slice(0, 60) });
  }
  const check = url.searchParams.get('check');
  if (check !== null && check !== 'dns') throw new HttpError(400, 'out_of_range', 'check must be dns.', { field: 'check' });
  const fresh = url.searchParams.get('fresh') === '1' || check === 'dns';
  const { ch, source, fetchedAt } = await ownHostname(ctx, id, { fresh });
  let described = describe(ctx, ch);
  let observation;
  if (check === 'dns') {
    observation = await ctx.lib.checkDns(described.instructions, { resolvers: [ctx.cfg.dohUrl], timeoutMs: 5000 });
    described = describe(ctx, ch, { observation });
  }
  if (source === 'cloudflare') await index.upsertHostname(ctx.cfg.db, entry(ctx, ch, described.assessment));
  return [
    200,
    { customHostname: ch, ...described, ...(observation ? { observation } : {}), source, fetchedAt: new Date(fetchedAt).toISOString() },
  ];
}

/** POST /api/hostnames/:id/refresh */
export async function refreshHostname(ctx, id) {
  const { ch: current } = await ownHostname(ctx, id, { fresh: true });
  const { customHostname: ch } = await ctx.cf.call({ op: 'refresh', customHostnameId: id, customHostname: current });
  const described = describe(ctx, ch);
  await index.upsertHostname(ctx.cfg.db, entry(ctx, ch, described.assessment));
  return [200, { customHostname: ch, ...described }];
}

const PATCH_KEYS = ['certificateAuthority', 'dcv', 'metadata'];

/**
 * PATCH /api/hostnames/:id: certificate authority, DCV method, metadata
 * (within TENANT_METADATA_KEYS). The request follows the reference's §11.1
 * PATCH rules as the library's builder applies them: an edit that changes
 * the certificate carries `ssl.method` and `ssl.type`; a metadata-only edit
 * sends no `ssl`. The tenant key of the metadata is always kept.
 */
export async function patchHostname(ctx, id, body) {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'invalid_argument', 'Body must be an object.', { field: '' });
  refuseUnknownKeys(body, PATCH_KEYS, '');
  if (!PATCH_KEYS.some((k) => body[k] !== undefined)) throw new HttpError(400, 'invalid_argument', `Nothing to change: give one of ${PATCH_KEYS.join(', ')}.`, { field: '' });
  if (body.certificateAuthority !== undefined) oneOf(body.certificateAuthority, CAS, 'certificateAuthority');
  if (body.dcv !== undefined && !(typeof body.dcv === 'string' && Object.hasOwn(DCV, body.dcv))) throw new HttpError(400, 'unsupported_dcv_method', 'dcv must be txt, http or delegation.', { field: 'dcv' });
  const metadata = tenantMetadata(ctx.cfg, body.metadata, 'metadata');
  const { ch: current } = await ownHostname(ctx, id, { fresh: true });
  const op = { op: 'edit', customHostnameId: id, currentHostname: current.hostname };
  if (body.certificateAuthority !== undefined || body.dcv !== undefined) {
    op.ssl = {
      method: body.dcv !== undefined ? DCV[body.dcv] : current.ssl?.method === 'http' ? 'http' : 'txt',
      type: 'dv',
      ...(body.certificateAuthority !== undefined
        ? { certificate_authority: body.certificateAuthority }
        : current.ssl?.certificate_authority
          ? { certificate_authority: current.ssl.certificate_authority }
          : {}),
      ...(current.ssl?.wildcard !== undefined ? { wildcard: current.ssl.wildcard } : {}),
    };
  }
  if (metadata !== undefined) op.customMetadata = { ...metadata, tenant: ctx.session.tenant };
  const r = await ctx.cf.call(op);
  const ch = r.customHostname;
  const described = describe(ctx, ch, { dcv: body.dcv });
  await index.upsertHostname(ctx.cfg.db, entry(ctx, ch, described.assessment));
  return [200, { customHostname: ch, ...described, warnings: r.warnings ?? [], metadata: ownMetadata(ctx.cfg, ch) }];
}

/** DELETE /api/hostnames/:id */
export async function deleteHostname(ctx, id) {
  await ownHostname(ctx, id, { fresh: true });
  await ctx.cf.call({ op: 'delete', customHostnameId: id });
  await index.removeHostname(ctx.cfg.db, id);
  return [200, { deleted: id }];
}

export function requireAdmin(ctx) {
  if (!ctx.session.admin) throw new HttpError(403, 'admin_required', 'This operation needs an admin session.');
}

/** GET, POST and DELETE /api/setup/fallback-origin (admin scope) */
export async function fallbackOrigin(ctx, method, body) {
  requireAdmin(ctx);
  fallbackSeen.at = -Infinity;
  if (method === 'GET') {
    try {
      const { fallbackOrigin: f } = await ctx.cf.call({ op: 'getFallbackOrigin' });
      return [200, { fallbackOrigin: f?.origin ? f : null }];
    } catch (e) {
      if (e?.code === 'cloudflare_api_error' && Number(e.data?.httpStatus) === 404) return [200, { fallbackOrigin: null }];
      throw e;
    }
  }
  if (method === 'DELETE') {
    await ctx.cf.call({ op: 'deleteFallbackOrigin' });
    return [200, { fallbackOrigin: null }];
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'invalid_argument', 'Body must be { origin }.', { field: 'origin' });
  refuseUnknownKeys(body, ['origin'], '');
  const origin = str(body.origin, 'origin', 253);
  const { fallbackOrigin: f } = await ctx.cf.call({ op: 'updateFallbackOrigin', origin });
  return [200, { fallbackOrigin: f }];
}
