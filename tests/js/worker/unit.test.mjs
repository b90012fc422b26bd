// Unit tests of the Worker's modules in Node: config checks, session tokens,
// error mapping, and the handler itself built with the package's Node build,
// Miniflare's real D1 and an injected clock, against cf-sim.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Miniflare } from 'miniflare';
import * as lib from '../../../pkg/node/custom_hostnames.js';
import { loadConfig } from '../../../worker/src/config.js';
import { mintSession, verifySession, secretsEqual } from '../../../worker/src/auth.js';
import { toHttpError, HttpError, forAudience } from '../../../worker/src/errors.js';
import { decide, usage } from '../../../worker/src/budget.js';
import { localeOf } from '../../../worker/src/locale.js';
import { DEV_SESSION_SECRET, DEV_WEBHOOK_SECRET } from '../../../worker/src/devdefaults.js';
import { createHandler } from '../../../worker/src/handler.js';
import { applyMigrations } from '../../../worker/scripts/migrations.mjs';
import { SECRET, AUDIENCE, TOKEN, startTestSim, workerEnv, recorder } from './helpers.mjs';

const T = { timeout: 30000 };
let sim;
let mf;
let env;

before(async () => {
  sim = await startTestSim();
  // Miniflare only for its D1 (the handler runs in Node here).
  mf = new Miniflare({ modules: true, script: 'export default { fetch() { return new Response(null) } }', compatibilityDate: '2026-04-01', d1Databases: ['DB'] });
  const DB = await mf.getD1Database('DB');
  await applyMigrations(DB);
  env = { ...workerEnv(sim), DB };
});
after(async () => {
  await mf?.dispose();
  await sim?.stop();
});

const REQUIRED = ['CF_API_TOKEN', 'CF_ZONE_ID', 'CNAME_TARGET', 'PROVIDER_ZONE', 'SESSION_SECRET', 'SESSION_AUDIENCE', 'DB'];

function configError(e) {
  try {
    loadConfig(e);
  } catch (err) {
    assert.equal(err.code, 'config_invalid');
    assert.equal(err.status, 500);
    return err.extra.variable;
  }
  assert.fail('expected config_invalid');
}

test('config: every missing required variable is named', () => {
  assert.equal(loadConfig(env).zoneId, sim.zoneId);
  for (const name of REQUIRED) {
    const e = { ...env };
    delete e[name];
    assert.equal(configError(e), name);
  }
});

test('config: bad values are named', () => {
  const cases = {
    CF_ZONE_ID: 'not-hex',
    CF_API_BASE: 'ftp://x',
    DOH_URL: 'nope',
    CNAME_TARGET: 'bad target',
    SESSION_SECRET: 'short',
    TENANT_HOSTNAME_LIMIT: '0',
    RECONCILE_PAGES: 'many',
    ALLOWED_ORIGINS: 'http://a.io/path',
    DEMO_SIM_ADMIN: 'x',
  };
  for (const [name, value] of Object.entries(cases)) assert.equal(configError({ ...env, [name]: value }), name);
});

test('config: demo only when the API base is the simulator; outside it, short secrets and dev defaults are refused', () => {
  assert.equal(loadConfig(env).demo, true);
  const prod = { ...env, CF_API_BASE: 'https://api.cloudflare.com/client/v4', WEBHOOK_SECRET: 'w'.repeat(32) };
  assert.equal(configError({ ...prod, WEBHOOK_SECRET: 'short-webhook-secret' }), 'WEBHOOK_SECRET');
  assert.equal(configError({ ...prod, WEBHOOK_SECRET: DEV_WEBHOOK_SECRET }), 'WEBHOOK_SECRET');
  assert.equal(configError({ ...prod, SESSION_SECRET: DEV_SESSION_SECRET }), 'SESSION_SECRET');
  assert.equal(configError({ ...prod, EVENTS_URL: 'https://backend.example/hook' }), 'EVENTS_SECRET');
  assert.equal(configError({ ...prod, TENANT_METADATA_KEYS: 'plan,tenant' }), 'TENANT_METADATA_KEYS');
  const real = loadConfig(prod);
  assert.equal(real.demo, false);
  assert.equal(real.demoSimAdmin, undefined);
  assert.equal(loadConfig({ ...env, DEMO_SIM_ADMIN: '', WEBHOOK_SECRET: 'w'.repeat(32) }).demo, false);
});

test('zone budget: tenant share, light-tenant reserve, cron share, shared 429 block', () => {
  const limits = { budget: 100, windowMs: 300_000, tenantPercent: 30, cronPercent: 50 };
  const state = { calls: [], blockedUntil: 0 };
  const t0 = 1_000_000;
  // A tenant may take 30 of the tenants' 50; then tenant_share, retry when its oldest call leaves.
  for (let i = 0; i < 30; i++) assert.ok(decide(state, 'tenant:a', 1, t0 + i, limits).ok);
  const a = decide(state, 'tenant:a', 1, t0 + 100, limits);
  assert.deepEqual([a.ok, a.reason, a.retryAfter], [false, 'tenant_share', 300]);
  // A second heavy tenant stops at 80 % of the pool (40): the last 10 are for light tenants.
  let b = 0;
  while (decide(state, 'tenant:b', 1, t0 + 200, limits).ok) b += 1;
  assert.equal(b, 10);
  for (let i = 0; i < 10; i++) assert.ok(decide(state, `tenant:light${i}`, 1, t0 + 300, limits).ok, `light ${i}`);
  assert.equal(decide(state, 'tenant:light-late', 1, t0 + 300, limits).reason, 'zone_share');
  // Cron has its own half.
  for (let i = 0; i < 50; i++) assert.ok(decide(state, 'cron', 1, t0 + 400, limits).ok);
  assert.equal(decide(state, 'cron', 1, t0 + 400, limits).reason, 'cron_share');
  // The window slides.
  assert.ok(decide(state, 'tenant:a', 1, t0 + 300_100, limits).ok);
  const u = usage(state, t0 + 300_100, limits);
  assert.deepEqual([u.budget, u.byActor.cron, u.byActor['tenant:a']], [100, 50, 1]);
  // Cloudflare's 429: nobody until Retry-After.
  state.blockedUntil = t0 + 400_000;
  const blocked = decide(state, 'tenant:z', 1, t0 + 390_000, limits);
  assert.deepEqual([blocked.reason, blocked.retryAfter], ['upstream_blocked', 10]);
});

test('locale: ?locale= first, then Accept-Language, among the library locales', () => {
  const req = (h) => new Request('http://x/', { headers: h ? { 'accept-language': h } : {} });
  assert.equal(localeOf(req('fr-CA,fr;q=0.9,en;q=0.8'), new URL('http://x/')), 'fr');
  assert.equal(localeOf(req('pt-PT'), new URL('http://x/')), 'pt-BR');
  assert.equal(localeOf(req('zh'), new URL('http://x/')), undefined);
  assert.equal(localeOf(req('de'), new URL('http://x/?locale=ja')), 'ja');
});

test('handler: a config error is a JSON 500 naming the variable, without the token', T, async () => {
  const h = createHandler({ lib });
  const res = await h.fetch(new Request('http://w.test/api/config'), { ...env, CF_ZONE_ID: undefined });
  assert.equal(res.status, 500);
  const body = await res.json();
  assert.equal(body.error.code, 'config_invalid');
  assert.equal(body.error.variable, 'CF_ZONE_ID');
  assert.ok(!JSON.stringify(body).includes(TOKEN));
});

test('session tokens: round trip, expiry boundary, tampering', async () => {
  const req = (t) => new Request('http://w.test/', { headers: { authorization: `Bearer ${t}` } });
  const t = await mintSession(SECRET, { tenant: 'a', aud: AUDIENCE, exp: 1000, scope: 'admin' });
  assert.deepEqual(await verifySession(req(t), { secret: SECRET, audience: AUDIENCE, nowSeconds: 999 }), { tenant: 'a', admin: true });
  await assert.rejects(verifySession(req(t), { secret: SECRET, audience: AUDIENCE, nowSeconds: 1000 }), (e) => e.code === 'token_expired');
  await assert.rejects(verifySession(req(t), { secret: `${SECRET}x`, audience: AUDIENCE, nowSeconds: 1 }), (e) => e.code === 'invalid_token');
  await assert.rejects(verifySession(req(`${t}x`), { secret: SECRET, audience: AUDIENCE, nowSeconds: 1 }), (e) => e.code === 'invalid_token');
  const bad = await mintSession(SECRET, { tenant: 'bad tenant!', aud: AUDIENCE, exp: 1000 });
  await assert.rejects(verifySession(req(bad), { secret: SECRET, audience: AUDIENCE, nowSeconds: 1 }), (e) => e.code === 'invalid_token');
  const noExp = await mintSession(SECRET, { tenant: 'a', aud: AUDIENCE });
  await assert.rejects(verifySession(req(noExp), { secret: SECRET, audience: AUDIENCE, nowSeconds: 1 }), (e) => e.code === 'token_expired');
  assert.equal(await secretsEqual('abc', 'abc'), true);
  assert.equal(await secretsEqual('abc', 'abd'), false);
  assert.equal(await secretsEqual('abc', ''), false);
});

test('error mapping: library and Cloudflare failures', () => {
  const lib = (code, data) => Object.assign(new Error(`m ${code}`), { name: 'CustomHostnamesError', code, data });
  const cases = [
    [lib('invalid_character', {}), 400, 'invalid_character'],
    [lib('cloudflare_api_error', { httpStatus: 404, errors: [{ code: 1436, message: 'x' }] }), 404, 'not_found'],
    [lib('cloudflare_api_error', { httpStatus: 409, errors: [{ code: 1406, message: 'Duplicate' }] }), 409, 'hostname_taken'],
    [lib('cloudflare_api_error', { httpStatus: 429, retryable: true }), 429, 'rate_limited'],
    [lib('cloudflare_api_error', { httpStatus: 503, retryable: true }), 503, 'upstream_error'],
    [lib('cloudflare_api_error', { httpStatus: 500, retryable: true }), 502, 'upstream_error'],
    [lib('cloudflare_api_error', { httpStatus: 403, errors: [{ code: 1405 }] }), 422, 'zone_hostname_cap'],
    [lib('cloudflare_api_error', { httpStatus: 401, errors: [{ code: 1000 }] }), 502, 'upstream_auth_failed'],
    [lib('cloudflare_api_error', { httpStatus: 400, errors: [{ code: 1407, message: 'bad' }] }), 400, 'cloudflare_rejected'],
    [lib('timeout', {}), 504, 'upstream_timeout'],
    [lib('network_error', {}), 502, 'upstream_unreachable'],
    [new TypeError('boom'), 500, 'internal_error'],
  ];
  for (const [e, status, code] of cases) {
    const h = toHttpError(e);
    assert.ok(h instanceof HttpError);
    assert.deepEqual([h.status, h.code], [status, code], e.message);
  }
  assert.equal(toHttpError(cases[4][0]).extra.retryable, true);
  // Cloudflare's messages never reach a tenant; an admin sees them.
  const raw = lib('cloudflare_api_error', { httpStatus: 400, errors: [{ code: 1407, message: 'zone 023e105f… /zones/x/custom_hostnames' }] });
  assert.deepEqual(toHttpError(raw).extra.errors, [{ code: 1407 }]);
  assert.ok(!JSON.stringify(toHttpError(raw)).includes('zones'));
  assert.deepEqual(forAudience(toHttpError(raw), raw, true).extra.upstreamErrors, [{ code: 1407, message: 'zone 023e105f… /zones/x/custom_hostnames' }]);
  assert.equal(forAudience(toHttpError(raw), raw, false).extra.upstreamErrors, undefined);
});

test('handler on the Node build: create, list, expiry follows the injected clock', T, async () => {
  let now = Date.now();
  const h = createHandler({ lib, nowMs: () => now });
  const api = recorder((u, init) => h.fetch(new Request(u, init), env));
  const token = await mintSession(SECRET, { tenant: 'node-t', aud: AUDIENCE, exp: Math.floor(now / 1000) + 60 });
  const c = await api.call('POST', '/api/hostnames', { token, body: { hostname: 'node.unit-test.io', options: { dcv: 'http' } } });
  assert.equal(c.status, 201, c.text);
  assert.equal(c.json.customHostname.ssl.method, 'http');
  const l = await api.call('GET', '/api/hostnames?limit=1', { token });
  assert.deepEqual([l.json.total, l.json.hostnames.length, l.json.hostnames[0].hostname], [1, 1, 'node.unit-test.io']);
  assert.equal((await api.call('GET', '/api/hostnames?limit=0', { token })).status, 400);
  assert.equal((await api.call('POST', '/api/hostnames', { token, body: { hostname: 'x.io', options: { dcv: 'email' } } })).json.error.code, 'unsupported_dcv_method');
  now += 61_000;
  const expired = await api.call('DELETE', `/api/hostnames/${c.json.customHostname.id}`, { token });
  assert.equal(expired.json.error.code, 'token_expired');
  now -= 61_000;
  assert.equal((await api.call('DELETE', `/api/hostnames/${c.json.customHostname.id}`, { token })).status, 200);
  for (const b of api.bodies) assert.ok(!b.includes(TOKEN));
});

test('handler: the API token is scrubbed even from an error message', T, async () => {
  const leaky = {
    ...lib,
    buildRequest() {
      throw Object.assign(new Error(`invalid id near ${TOKEN}`), { name: 'CustomHostnamesError', code: 'invalid_argument' });
    },
  };
  const h = createHandler({ lib: leaky });
  const token = await mintSession(SECRET, { tenant: 'x', aud: AUDIENCE, exp: Math.floor(Date.now() / 1000) + 60 });
  const res = await h.fetch(new Request('http://w.test/api/hostnames/abc', { headers: { authorization: `Bearer ${token}` } }), env);
  const text = await res.text();
  assert.equal(res.status, 400);
  assert.ok(!text.includes(TOKEN));
  assert.match(text, /\[redacted\]/);
});

test('handler: bodies over the limit are refused while streaming, whatever content-length says', T, async () => {
  const h = createHandler({ lib });
  const token = await mintSession(SECRET, { tenant: 'x', aud: AUDIENCE, exp: Math.floor(Date.now() / 1000) + 60 });
  let pulled = 0;
  const body = new ReadableStream({
    pull(c) {
      pulled += 1;
      if (pulled > 1000) c.close();
      else c.enqueue(new Uint8Array(1024).fill(32));
    },
  });
  const req = new Request('http://w.test/api/hostnames', { method: 'POST', body, duplex: 'half', headers: { authorization: `Bearer ${token}` } });
  const res = await h.fetch(req, env);
  assert.equal(res.status, 413);
  assert.equal((await res.json()).error.code, 'body_too_large');
  assert.ok(pulled < 100, `read ${pulled} KiB`);
  const bad = await h.fetch(new Request('http://w.test/api/hostnames/%E0%A4%A', { headers: { authorization: `Bearer ${token}` } }), env);
  assert.equal(bad.status, 404);
});
