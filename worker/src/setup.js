// GET /api/setup (admin): is the provider's own side ready for customers?
// Judged by the library's `checkSetup` (core src/setup/) from what this
// route gathers: the fallback origin and the zone's quota from Cloudflare
// (requests built by `buildRequest`, charged to the caller's budget share),
// and three DoH lookups (type A, `application/dns-json` from DOH_URL): the
// CNAME target, a probe name under it (wildcard record) and the fallback
// origin; and the zone's own DNS records (`listDnsRecords`, pages of 1,000,
// at most DNS_RECORD_PAGES of them) for "the fallback origin's record is
// present and proxied".

import { requireAdmin } from './routes.js';

/** One answer as checkSetup reads it: `{ result }` or `{ error }`. */
async function answer(ctx, op, pick) {
  try {
    return { result: pick(await ctx.cf.call(op)) };
  } catch (e) {
    if (e?.code === 'rate_limited') throw e;
    return {
      error: {
        message: String(e?.message ?? 'failed').slice(0, 300),
        code: typeof e?.code === 'string' ? e.code : undefined,
        httpStatus: Number(e?.data?.httpStatus) || undefined,
        errors: Array.isArray(e?.data?.errors) ? e.data.errors.map((x) => ({ code: Number(x?.code) || undefined, message: String(x?.message ?? '') })) : [],
      },
    };
  }
}

/** A DoH question of type A in the JSON form. */
async function lookup(ctx, name) {
  if (!name) return undefined;
  try {
    const url = new URL(ctx.cfg.dohUrl);
    url.searchParams.set('name', name);
    url.searchParams.set('type', 'A');
    const res = await ctx.fetch(url.toString(), { headers: { accept: 'application/dns-json' }, signal: AbortSignal.timeout(5000) });
    if (!res.ok) return { name, error: `HTTP ${res.status}` };
    return { name, answer: await res.json() };
  } catch (e) {
    return { name, error: String(e?.message ?? e).slice(0, 200) };
  }
}

/** Most pages of DNS records read (1,000 each): a setup check is not a zone export. */
const DNS_RECORD_PAGES = 5;

/** The zone's DNS records, every page up to DNS_RECORD_PAGES, as checkSetup reads them. */
async function zoneRecords(ctx) {
  const records = [];
  for (let page = 1; page <= DNS_RECORD_PAGES; page += 1) {
    const got = await answer(ctx, { op: 'listDnsRecords', page, perPage: 1000 }, (r) => r);
    if (got.error) return got;
    records.push(...(got.result.dnsRecords ?? []));
    const totalPages = got.result.resultInfo?.total_pages ?? 1;
    if (page >= totalPages) break;
  }
  return { result: records };
}

/** GET /api/setup */
export async function setupCheck(ctx) {
  requireAdmin(ctx);
  const [fallbackOrigin, quota, dnsRecords] = await Promise.all([
    answer(ctx, { op: 'getFallbackOrigin' }, (r) => r.fallbackOrigin ?? null),
    answer(ctx, { op: 'getQuota' }, (r) => r.quota ?? null),
    zoneRecords(ctx),
  ]);
  const origin = typeof fallbackOrigin.result?.origin === 'string' ? fallbackOrigin.result.origin : undefined;
  const target = ctx.cfg.cnameTarget;
  const [cnameTarget, wildcardProbe, fallback] = await Promise.all([
    lookup(ctx, target),
    lookup(ctx, `cf-setup-probe.${target}`),
    lookup(ctx, origin),
  ]);
  const report = ctx.lib.checkSetup({
    cnameTarget: target,
    fallbackOrigin,
    quota,
    dnsRecords,
    lookups: { cnameTarget, wildcardProbe, ...(fallback ? { fallbackOrigin: fallback } : {}) },
  });
  return [200, report];
}
