// Shared set-up of the Worker tests: a cf-sim, Miniflare (workerd + D1) running
// worker/src/index.js, session tokens, and a fetch that records every response
// body so each suite can assert the API token never appears in one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Miniflare } from 'miniflare';
import { startSim } from '../../../sim/js/harness.mjs';
import { applyMigrations } from '../../../worker/scripts/migrations.mjs';
import { mintSession } from '../../../worker/src/auth.js';
import { problems } from './openapi.mjs';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const SECRET = 'test-session-secret-0123456789abcdef';
export const AUDIENCE = 'test-audience';
export const WEBHOOK_SECRET = 'test-webhook-secret';
/** Requests per minute a tenant may make in the tests (TENANT_RATE_LIMITER). */
export const TENANT_RATE = 1000;
export const TOKEN = 'sim-token-SECRET-do-not-leak';
export const PAGE_ORIGIN = 'http://127.0.0.1:5173';

export function startTestSim() {
  return startSim({
    args: ['--speed', '1000', '--fallback-origin', 'fallback.saasprovider.com', '--rate-limit', '100000', '--token', TOKEN],
  });
}

/**
 * A webhook delivery for custom hostname `id` in zone `zoneId`: a recorded
 * fixture (tests/fixtures/cloudflare/) with a fresh event id and time; `data`
 * is merged into its `data`.
 */
export function delivery(fixture, id, zoneId, { eventId = crypto.randomUUID(), createdAt = new Date().toISOString(), data = {} } = {}) {
  const body = JSON.parse(readFileSync(path.join(REPO, `tests/fixtures/cloudflare/${fixture}.json`), 'utf8'));
  body.metadata.event.id = eventId;
  body.metadata.event.created_at = createdAt;
  body.metadata.zone.id = zoneId;
  body.data.id = id;
  Object.assign(body.data, data);
  return body;
}

/** The Worker's env for a sim (override any var). */
export function workerEnv(sim, extra = {}) {
  return {
    CF_API_TOKEN: TOKEN,
    CF_ZONE_ID: sim.zoneId,
    CF_API_BASE: sim.apiBase,
    DOH_URL: sim.dohUrl,
    CNAME_TARGET: 'customers.saasprovider.com',
    PROVIDER_ZONE: 'saasprovider.com',
    SESSION_SECRET: SECRET,
    SESSION_AUDIENCE: AUDIENCE,
    ALLOWED_ORIGINS: PAGE_ORIGIN,
    TENANT_HOSTNAME_LIMIT: '3',
    WEBHOOK_SECRET,
    DEMO_SIM_ADMIN: sim.url,
    RECONCILE_PER_PAGE: '5',
    RECONCILE_PAGES: '1',
    INDEX_FRESH_SECONDS: '0',
    ...extra,
  };
}

/** Miniflare running the real Worker entry in workerd, D1 migrated. */
export async function startWorker(bindings, { tenantRate = TENANT_RATE } = {}) {
  const mf = new Miniflare({
    modules: true,
    scriptPath: path.join(REPO, 'worker/src/index.js'),
    modulesRoot: REPO,
    compatibilityDate: '2026-04-01',
    cf: false,
    modulesRules: [
      { type: 'ESModule', include: ['**/*.js'] },
      { type: 'CompiledWasm', include: ['**/*.wasm'] },
    ],
    d1Databases: ['DB'],
    durableObjects: { ZONE_BUDGET: 'ZoneBudget' },
    ratelimits: { TENANT_RATE_LIMITER: { simple: { limit: tenantRate, period: 60 } } },
    bindings,
  });
  await mf.ready;
  await applyMigrations(await mf.getD1Database('DB'));
  return mf;
}

/** A session token (seconds-based exp; ttl may be negative). */
export function session(tenant, { ttl = 3600, aud = AUDIENCE, secret = SECRET, admin = false } = {}) {
  const payload = { tenant, aud, exp: Math.floor(Date.now() / 1000) + ttl, ...(admin ? { scope: 'admin' } : {}) };
  return mintSession(secret, payload);
}

/**
 * Records every body seen, to grep for the token, and checks every response
 * against worker/openapi.yaml (a non-conforming one throws).
 */
export function recorder(send) {
  const bodies = [];
  async function call(method, p, { token, body, headers = {}, raw, undocumented = false } = {}) {
    const h = { ...headers };
    if (token) h.authorization = `Bearer ${token}`;
    if (body !== undefined) h['content-type'] = 'application/json';
    const res = await send(`http://worker.test${p}`, { method, headers: h, body: raw ?? (body === undefined ? undefined : JSON.stringify(body)) });
    const text = await res.text();
    bodies.push(text);
    let json;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (method !== 'OPTIONS' && !undocumented) {
      const bad = problems(method, new URL(p, 'http://x').pathname, res.status, res.headers, json);
      if (bad.length) throw new Error(`${method} ${p} → ${res.status} does not match worker/openapi.yaml:\n  ${bad.join('\n  ')}\n${text.slice(0, 500)}`);
    }
    return { status: res.status, headers: res.headers, json, text };
  }
  return { call, bodies };
}
