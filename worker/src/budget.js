// Fair use of the zone's Cloudflare API budget (spec/cloudflare-for-saas.md
// §7.5: 1,200 requests per 5 minutes per user/token, cf-sim enforces it).
//
// One Durable Object (`ZoneBudget`, a single instance named "zone") keeps the
// exact, global count of the Cloudflare calls made in the last window, per
// actor: each tenant, and "cron" (reconcile, drift watch). A Durable Object
// because the count must be global and exact: the Workers Rate Limiting
// binding counts per location and eventually (Cloudflare docs, "Rate Limiting
// binding": "permissive, eventually consistent"), which is right for a
// tenant's request rate (ratelimit.js) but cannot protect a shared budget.
//
// The policy (`decide`, pure and tested in Node):
// - cron may spend at most CRON_API_SHARE_PERCENT of the budget (default 50);
// - tenants together at most the rest;
// - one tenant at most TENANT_API_SHARE_PERCENT of the budget (default 10);
// - the last LIGHT_RESERVE (20 %) of the tenants' pool is kept for light
//   tenants (fewer than LIGHT_CALLS calls in the window): a flooding tenant
//   (or five) never locks out a tenant that has barely used anything;
// - after Cloudflare answered 429, nobody calls until its Retry-After.
// A refusal carries `retryAfter` (seconds until the actor's oldest counted
// call leaves the window, or the block ends).

/** Default budget: spec §7.5. */
export const DEFAULT_LIMITS = Object.freeze({ budget: 1200, windowMs: 300_000, tenantPercent: 10, cronPercent: 50 });
/** Share of the tenants' pool kept for light tenants. */
const LIGHT_RESERVE = 0.2;
/** Calls in the window under which a tenant counts as light. */
const LIGHT_CALLS = 10;

/** The cron's share of the budget and one tenant's (at least 1 call), in calls per window. */
function shares(limits) {
  return {
    cronShare: Math.floor((limits.budget * limits.cronPercent) / 100),
    tenantShare: Math.max(1, Math.floor((limits.budget * limits.tenantPercent) / 100)),
  };
}

/**
 * Whether `actor` may make `n` more calls. `state` = { calls: [{ at, actor }]
 * (oldest first), blockedUntil }. Returns { ok, retryAfter?, reason? }.
 */
export function decide(state, actor, n, nowMs, limits = DEFAULT_LIMITS) {
  const since = nowMs - limits.windowMs;
  while (state.calls.length && state.calls[0].at <= since) state.calls.shift();
  if (state.blockedUntil > nowMs) {
    return { ok: false, reason: 'upstream_blocked', retryAfter: Math.ceil((state.blockedUntil - nowMs) / 1000) };
  }
  const { cronShare: cronPool, tenantShare: perTenant } = shares(limits);
  const tenantPool = limits.budget - cronPool;
  let mine = 0;
  let tenants = 0;
  let cron = 0;
  let oldestMine;
  for (const c of state.calls) {
    if (c.actor === actor) {
      mine += 1;
      oldestMine ??= c.at;
    }
    if (c.actor === 'cron') cron += 1;
    else tenants += 1;
  }
  const wait = (oldest) => Math.max(1, Math.ceil(((oldest ?? nowMs) + limits.windowMs - nowMs) / 1000));
  if (actor === 'cron') {
    if (cron + n > cronPool) return { ok: false, reason: 'cron_share', retryAfter: wait(oldestMine) };
  } else {
    if (mine + n > perTenant) return { ok: false, reason: 'tenant_share', retryAfter: wait(oldestMine) };
    const light = mine < LIGHT_CALLS;
    const open = light ? tenantPool : Math.floor(tenantPool * (1 - LIGHT_RESERVE));
    if (tenants + n > open) {
      const oldestTenant = state.calls.find((c) => c.actor !== 'cron')?.at;
      return { ok: false, reason: 'zone_share', retryAfter: wait(light ? oldestTenant : oldestMine ?? oldestTenant) };
    }
  }
  for (let i = 0; i < n; i++) state.calls.push({ at: nowMs, actor });
  return { ok: true };
}

/** What one actor has used and may still use (for the admin quota view). */
export function usage(state, nowMs, limits = DEFAULT_LIMITS) {
  const since = nowMs - limits.windowMs;
  const calls = state.calls.filter((c) => c.at > since);
  const byActor = {};
  for (const c of calls) byActor[c.actor] = (byActor[c.actor] ?? 0) + 1;
  return {
    budget: limits.budget,
    windowSeconds: limits.windowMs / 1000,
    used: calls.length,
    ...shares(limits),
    blockedUntil: state.blockedUntil > nowMs ? new Date(state.blockedUntil).toISOString() : null,
    byActor,
  };
}

/**
 * The budget as the handlers use it: the Durable Object when bound
 * (ZONE_BUDGET), else an in-isolate one (Node unit tests, a Worker deployed
 * without the binding: then the count is per isolate, and said so by
 * `usage().scope`).
 */
export function budgetFor(env, limits) {
  const ns = env?.ZONE_BUDGET;
  if (ns && typeof ns.idFromName === 'function') {
    const stub = ns.get(ns.idFromName('zone'));
    return {
      scope: 'zone',
      charge: (actor, n = 1) => stub.charge(actor, n, limits),
      block: (untilMs) => stub.block(untilMs),
      usage: async () => ({ scope: 'zone', ...(await stub.usage(limits)) }),
    };
  }
  const local = (globalThis.__zoneBudgetLocal ??= { calls: [], blockedUntil: 0 });
  return {
    scope: 'isolate',
    charge: async (actor, n = 1) => decide(local, actor, n, Date.now(), limits),
    block: async (untilMs) => {
      local.blockedUntil = Math.max(local.blockedUntil, untilMs);
    },
    usage: async () => ({ scope: 'isolate', ...usage(local, Date.now(), limits) }),
  };
}
