// GET /api/setup (admin): is the provider's own side ready for customers?
// Judged by the library's `checkSetup` (core src/setup/) from what this
// route gathers: the fallback origin and the zone's quota from Cloudflare
// (requests built by `buildRequest`, charged to the caller's budget share),
// and three DoH lookups (type A, `application/dns-json` from DOH_URL): the
// CNAME target, a probe name under it (wildcard record) and the fallback
// origin. The zone's DNS records (`GET /zones/{zone}/dns_records`, "present
// and proxied") are not read yet: the request builder has no operation for
// them, so the library reports that check as not done.

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

/** GET /api/setup */
export async function setupCheck(ctx) {
  requireAdmin(ctx);
  const fallbackOrigin = await answer(ctx, { op: 'getFallbackOrigin' }, (r) => r.fallbackOrigin ?? null);
  const quota = await answer(ctx, { op: 'getQuota' }, (r) => r.quota ?? null);
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
    lookups: { cnameTarget, wildcardProbe, ...(fallback ? { fallbackOrigin: fallback } : {}) },
  });
  return [200, report];
}
