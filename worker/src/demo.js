// Demo mode only (DEMO_SIM_ADMIN set and CF_API_BASE is that simulator):
// the page's "play the customer's DNS provider" panel. Proxies to cf-sim's
// admin API (`POST`/`DELETE /__sim/dns`, sim/README.md "Admin API"). A
// tenant may only write records at or under one of its own hostnames (or
// one it has an open, unexpired claim for), or CAA records at such a name's
// registrable domain: never under another tenant's hostname, never in the
// provider zone.

import { HttpError } from './errors.js';
import { refuseUnknownKeys } from './input.js';

const TYPES = new Set(['A', 'AAAA', 'CNAME', 'TXT', 'CAA']);

const under = (name, base) => name === base || name.endsWith(`.${base}`);

/**
 * Whether the tenant may write a `type` record at `name` (see the module
 * doc). A claim is open while verifyClaim would still accept it (CLAIM_TTL).
 */
async function mayWrite(ctx, name, type) {
  const { results } = await ctx.cfg.db
    .prepare(
      "SELECT hostname FROM hostnames WHERE tenant = ?1 AND id NOT LIKE 'reserved:%' UNION SELECT hostname FROM claims WHERE tenant = ?1 AND created_at * 1000 >= ?2",
    )
    .bind(ctx.session.tenant, ctx.nowMs() - ctx.cfg.claimTtlMs)
    .all();
  for (const { hostname } of results) {
    const base = hostname.replace(/^\*\./, '');
    if (under(name, base)) return true;
    if (type !== 'CAA') continue;
    let registrable;
    try {
      registrable = ctx.lib.parseHostname(base).registrableDomain;
    } catch {
      registrable = undefined;
    }
    if (registrable && name === registrable) return true;
  }
  return false;
}

/** POST or DELETE /api/demo/dns */
export async function demoDns(ctx, method, body) {
  const { cfg } = ctx;
  if (!cfg.demo) throw new HttpError(404, 'not_found', 'No such route.');
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'invalid_argument', 'Body must be { name, type, value? }.', { field: '' });
  refuseUnknownKeys(body, ['name', 'type', 'value'], '');
  const name = typeof body.name === 'string' ? body.name.trim().toLowerCase().replace(/\.$/, '') : '';
  const type = typeof body.type === 'string' ? body.type.toUpperCase() : '';
  if (!/^[a-z0-9_*.-]{1,253}$/.test(name)) throw new HttpError(400, 'invalid_argument', 'name must be a DNS name.', { field: 'name' });
  if (!TYPES.has(type)) throw new HttpError(400, 'invalid_argument', 'type must be A, AAAA, CNAME, TXT or CAA.', { field: 'type' });
  const zone = cfg.providerZone;
  if (under(name, zone)) {
    throw new HttpError(422, 'hostname_in_provider_zone', 'Records in the provider zone cannot be changed.');
  }
  if (!(await mayWrite(ctx, name, type))) {
    throw new HttpError(403, 'not_your_hostname', 'Records can only be written for your own hostnames.', { field: 'name' });
  }
  const value = body.value;
  if (method === 'POST' && typeof value !== 'string' && !Array.isArray(value)) {
    throw new HttpError(400, 'invalid_argument', 'value is required.', { field: 'value' });
  }
  const payload = { name, type, ...(value === undefined ? {} : { value }) };
  const res = await ctx.fetch(`${cfg.demoSimAdmin}/__sim/dns`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
  const text = await res.text();
  if (!res.ok) {
    const status = res.status === 404 || res.status === 409 ? res.status : 400;
    throw new HttpError(status, status === 404 ? 'not_found' : 'dns_refused', 'The simulated DNS refused the record.');
  }
  let record = payload;
  try {
    record = text ? JSON.parse(text) : payload;
  } catch {
    /* keep the payload */
  }
  return [method === 'POST' ? 201 : 200, { record }];
}
