// Demo mode only (DEMO_SIM_ADMIN set and CF_API_BASE is that simulator):
// the page's "play the customer's DNS provider" panel. Proxies to cf-sim's
// admin API (`POST`/`DELETE /__sim/dns`, sim/README.md "Admin API"); never
// lets a record be written inside the provider's own zone.

import { HttpError } from './errors.js';

const TYPES = new Set(['A', 'AAAA', 'CNAME', 'TXT', 'CAA']);

/** POST or DELETE /api/demo/dns */
export async function demoDns(ctx, method, body) {
  const { cfg } = ctx;
  if (!cfg.demo) throw new HttpError(404, 'not_found', 'No such route.');
  const name = typeof body?.name === 'string' ? body.name.trim().toLowerCase().replace(/\.$/, '') : '';
  const type = typeof body?.type === 'string' ? body.type.toUpperCase() : '';
  if (!/^[a-z0-9_*.-]{1,253}$/.test(name)) throw new HttpError(400, 'invalid_argument', 'name must be a DNS name.', { field: 'name' });
  if (!TYPES.has(type)) throw new HttpError(400, 'invalid_argument', 'type must be A, AAAA, CNAME, TXT or CAA.', { field: 'type' });
  const zone = cfg.providerZone;
  if (name === zone || name.endsWith(`.${zone}`)) {
    throw new HttpError(422, 'hostname_in_provider_zone', 'Records in the provider zone cannot be changed.');
  }
  const value = body?.value;
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
    throw new HttpError(status, status === 404 ? 'not_found' : 'dns_refused', `The simulated DNS refused: ${text.slice(0, 200)}`);
  }
  return [method === 'POST' ? 201 : 200, { record: text ? JSON.parse(text) : payload }];
}
