// Reads and checks the Worker's configuration (wrangler.toml [vars] and
// secrets, see worker/README.md "Configuration"). A missing or bad value is
// a `config_invalid` error naming the variable, so a misdeployed Worker
// answers a clear JSON 500 instead of failing somewhere deeper.

import { HttpError } from './errors.js';
import { DEV_SECRETS } from './devdefaults.js';

/** Cloudflare's API base (spec/cloudflare-for-saas.md §7: `https://api.cloudflare.com/client/v4`). */
export const DEFAULT_API_BASE = 'https://api.cloudflare.com/client/v4';
/** Cloudflare's public DoH resolver, used for `?check=dns` when DOH_URL is not set. */
export const DEFAULT_DOH_URL = 'https://cloudflare-dns.com/dns-query';

function bad(variable, why) {
  return new HttpError(500, 'config_invalid', `Worker configuration: ${variable} ${why}.`, { variable });
}

function required(env, name) {
  const v = env[name];
  if (typeof v !== 'string' || v.trim() === '') throw bad(name, 'is not set');
  return v.trim();
}

function optional(env, name) {
  const v = env[name];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function httpUrl(name, value) {
  let u;
  try {
    u = new URL(value);
  } catch {
    throw bad(name, 'is not a URL');
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw bad(name, 'must be an http(s) URL');
  return value.replace(/\/+$/, '');
}

function positiveInt(env, name, dflt, max) {
  const v = optional(env, name);
  if (v === undefined) return dflt;
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > max) throw bad(name, `must be an integer from 1 to ${max}`);
  return Number(v);
}

function nonNegativeInt(env, name, dflt, max) {
  const v = optional(env, name);
  if (v === undefined) return dflt;
  if (!/^\d+$/.test(v) || Number(v) > max) throw bad(name, `must be an integer from 0 to ${max}`);
  return Number(v);
}

/** Shortest secret accepted outside dev (session, webhook and event secrets). */
export const MIN_SECRET_LENGTH = 32;

function domainName(name, value) {
  const v = value.toLowerCase().replace(/\.$/, '');
  if (!/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/.test(v)) throw bad(name, 'is not a domain name');
  return v;
}

/**
 * Checks `env` and returns the typed configuration. Throws `config_invalid`
 * (an HttpError, status 500, `variable` = the culprit). Call it at startup
 * (tests, dev script) and on every request (cheap).
 */
export function loadConfig(env) {
  if (!env || typeof env !== 'object') throw bad('env', 'is missing');
  const apiToken = required(env, 'CF_API_TOKEN');
  const zoneId = required(env, 'CF_ZONE_ID');
  if (!/^[0-9a-f]{32}$/.test(zoneId)) throw bad('CF_ZONE_ID', 'must be 32 lower-case hex characters');
  const cnameTarget = domainName('CNAME_TARGET', required(env, 'CNAME_TARGET'));
  const providerZone = domainName('PROVIDER_ZONE', required(env, 'PROVIDER_ZONE'));
  const sessionSecret = required(env, 'SESSION_SECRET');
  if (sessionSecret.length < 32) throw bad('SESSION_SECRET', 'must be at least 32 characters');
  const sessionAudience = required(env, 'SESSION_AUDIENCE');
  const apiBase = httpUrl('CF_API_BASE', optional(env, 'CF_API_BASE') ?? DEFAULT_API_BASE);
  const dohUrl = httpUrl('DOH_URL', optional(env, 'DOH_URL') ?? DEFAULT_DOH_URL);
  const allowedOrigins = (optional(env, 'ALLOWED_ORIGINS') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((o) => {
      const u = httpUrl('ALLOWED_ORIGINS', o);
      if (new URL(u).origin !== u) throw bad('ALLOWED_ORIGINS', `entry ${JSON.stringify(o)} is not a bare origin`);
      return u;
    });
  const tenantHostnameLimit = positiveInt(env, 'TENANT_HOSTNAME_LIMIT', 20, 100000);
  const reconcilePages = positiveInt(env, 'RECONCILE_PAGES', 20, 1000);
  const reconcilePerPage = positiveInt(env, 'RECONCILE_PER_PAGE', 1000, 1000);
  if (reconcilePerPage < 5) throw bad('RECONCILE_PER_PAGE', 'must be at least 5 (Cloudflare: per_page 5-1000)');
  const webhookSecret = optional(env, 'WEBHOOK_SECRET');
  const demoSimAdmin = optional(env, 'DEMO_SIM_ADMIN');
  const simBase = demoSimAdmin === undefined ? undefined : httpUrl('DEMO_SIM_ADMIN', demoSimAdmin);
  // Demo mode: the API base must be that very simulator (never a real account).
  const demo = simBase !== undefined && new URL(apiBase).origin === new URL(simBase).origin;
  // Outside dev (demo mode), short secrets and the dev defaults are refused.
  if (!demo) {
    for (const [name, value] of [['SESSION_SECRET', sessionSecret], ['WEBHOOK_SECRET', webhookSecret], ['EVENTS_SECRET', optional(env, 'EVENTS_SECRET')]]) {
      if (value === undefined) continue;
      if (value.length < MIN_SECRET_LENGTH) throw bad(name, `must be at least ${MIN_SECRET_LENGTH} characters outside dev`);
      if (DEV_SECRETS.includes(value)) throw bad(name, 'is a development default; set a random secret');
    }
  }
  // Benchmarks (scripts/load, scripts/bench) measure throughput, not fairness:
  // they may switch the per-tenant request limit off, in dev only.
  const rateLimiting = optional(env, 'TENANT_RATE_LIMITING') ?? 'on';
  if (!['on', 'off'].includes(rateLimiting)) throw bad('TENANT_RATE_LIMITING', 'must be on or off');
  if (rateLimiting === 'off' && !demo) throw bad('TENANT_RATE_LIMITING', 'can be off only in dev (demo mode)');
  const eventsUrl = optional(env, 'EVENTS_URL');
  const eventsSecret = optional(env, 'EVENTS_SECRET');
  if (eventsUrl !== undefined && eventsSecret === undefined) throw bad('EVENTS_SECRET', 'is required with EVENTS_URL');
  const metadataKeys = (optional(env, 'TENANT_METADATA_KEYS') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const k of metadataKeys) if (!/^[a-z][a-z0-9_]{0,31}$/.test(k) || k === 'tenant') throw bad('TENANT_METADATA_KEYS', `has a bad key ${JSON.stringify(k)}`);
  if (!env.DB || typeof env.DB.prepare !== 'function') throw bad('DB', 'is not bound (a D1 database)');
  return {
    apiToken,
    zoneId,
    cnameTarget,
    providerZone,
    sessionSecret,
    sessionAudience,
    apiBase,
    dohUrl,
    allowedOrigins,
    tenantHostnameLimit,
    reconcilePages,
    reconcilePerPage,
    webhookSecret,
    eventsUrl: eventsUrl === undefined ? undefined : httpUrl('EVENTS_URL', eventsUrl),
    eventsSecret,
    tenantMetadataKeys: metadataKeys,
    tenantRateLimiting: rateLimiting === 'on',
    indexFreshMs: nonNegativeInt(env, 'INDEX_FRESH_SECONDS', 15, 3600) * 1000,
    claimTtlMs: positiveInt(env, 'CLAIM_TTL_SECONDS', 7 * 86_400, 365 * 86_400) * 1000,
    webhookMaxAgeMs: positiveInt(env, 'WEBHOOK_MAX_AGE_SECONDS', 86_400, 7 * 86_400) * 1000,
    fallbackCheckMs: 300_000,
    dirtyPerRun: positiveInt(env, 'RECONCILE_DIRTY_PER_RUN', 50, 1000),
    expirePerRun: positiveInt(env, 'EXPIRE_PER_RUN', 20, 1000),
    watchPerRun: nonNegativeInt(env, 'WATCH_PER_RUN', 20, 1000),
    watchIntervalSeconds: nonNegativeInt(env, 'WATCH_INTERVAL_SECONDS', 86_400, 30 * 86_400),
    certExpiryWarnDays: positiveInt(env, 'CERT_EXPIRY_WARN_DAYS', 14, 90),
    budgetLimits: {
      budget: positiveInt(env, 'ZONE_API_BUDGET', 1200, 1_000_000),
      windowMs: positiveInt(env, 'ZONE_API_WINDOW_SECONDS', 300, 3600) * 1000,
      tenantPercent: positiveInt(env, 'TENANT_API_SHARE_PERCENT', 10, 100),
      cronPercent: positiveInt(env, 'CRON_API_SHARE_PERCENT', 50, 90),
    },
    demoSimAdmin: demo ? simBase : undefined,
    demo,
    db: env.DB,
  };
}
