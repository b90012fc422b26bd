// Unit tests of the Worker's modules in Node: config checks, session tokens,
// error mapping, and the handler itself built with the package's Node build,
// Miniflare's real D1 and an injected clock, against cf-sim.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Miniflare } from 'miniflare';
import * as lib from '../../../pkg/node/custom_hostnames.js';
import { loadConfig } from '../../../worker/src/config.js';
import { mintSession, verifySession, secretsEqual } from '../../../worker/src/auth.js';
import { toHttpError, HttpError } from '../../../worker/src/errors.js';
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

test('config: demo only when the API base is the simulator', () => {
  assert.equal(loadConfig(env).demo, true);
  const real = loadConfig({ ...env, CF_API_BASE: 'https://api.cloudflare.com/client/v4' });
  assert.equal(real.demo, false);
  assert.equal(real.demoSimAdmin, undefined);
  assert.equal(loadConfig({ ...env, DEMO_SIM_ADMIN: '' }).demo, false);
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
});

test('handler on the Node build: create, list, expiry follows the injected clock', T, async () => {
  let now = Date.now();
  const h = createHandler({ lib, nowMs: () => now });
  const api = recorder((u, init) => h.fetch(new Request(u, init), env));
  const token = await mintSession(SECRET, { tenant: 'node-t', aud: AUDIENCE, exp: Math.floor(now / 1000) + 60 });
  const c = await api.call('POST', '/api/hostnames', { token, body: { hostname: 'node.unit-test.io', options: { dcv: 'http' } } });
  assert.equal(c.status, 201, c.text);
  assert.equal(c.json.customHostname.ssl.method, 'http');
  const l = await api.call('GET', '/api/hostnames?perPage=1', { token });
  assert.deepEqual([l.json.total, l.json.perPage, l.json.hostnames[0].hostname], [1, 1, 'node.unit-test.io']);
  assert.equal((await api.call('GET', '/api/hostnames?perPage=0', { token })).status, 400);
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
    CloudflareClient: class {
      async get() {
        throw Object.assign(new Error(`invalid id near ${TOKEN}`), { name: 'CustomHostnamesError', code: 'invalid_argument' });
      }
      free() {}
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
