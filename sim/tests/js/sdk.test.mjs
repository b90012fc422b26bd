// The official Cloudflare TypeScript SDK, unmodified, against cf-sim.
// Run: cargo build -p cf-sim && node --test sim/tests/js/

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import Cloudflare from 'cloudflare';

import { startSim } from '../../js/harness.mjs';

let sim;
let client;

before(async () => {
  sim = await startSim({ args: ['--speed', '1000'] });
  client = new Cloudflare({ apiToken: sim.token, baseURL: sim.apiBase, maxRetries: 0 });
});

after(async () => {
  const state = await sim.admin.state();
  assert.equal(state.schemaViolations, 0, 'every response the simulator produced matched the schema');
  const { code } = await sim.stop();
  assert.equal(code, 0, 'clean exit on SIGTERM');
});

test('fallback origin update / get / delete', async () => {
  const zone_id = sim.zoneId;
  const put = await client.customHostnames.fallbackOrigin.update({ zone_id, origin: 'fallback.saasprovider.com' });
  assert.equal(put.origin, 'fallback.saasprovider.com');
  assert.equal(put.status, 'pending_deployment');
  // 5 simulated seconds at --speed 1000: a few milliseconds.
  let got;
  for (let i = 0; i < 50; i++) {
    got = await client.customHostnames.fallbackOrigin.get({ zone_id });
    if (got.status === 'active') break;
    await new Promise((r) => setTimeout(r, 20));
  }
  assert.equal(got.status, 'active');
  const del = await client.customHostnames.fallbackOrigin.delete({ zone_id });
  assert.equal(del.status, 'pending_deletion');
  await assert.rejects(client.customHostnames.fallbackOrigin.get({ zone_id }), (e) => e.status === 404);
  await client.customHostnames.fallbackOrigin.update({ zone_id, origin: 'fallback.saasprovider.com' });
});

test('create / get / edit / delete and onboarding to active', async () => {
  const zone_id = sim.zoneId;
  await sim.admin.addDns('shop.sdk-customer.io', 'CNAME', 'customers.saasprovider.com');
  const created = await client.customHostnames.create({
    zone_id,
    hostname: 'shop.sdk-customer.io',
    ssl: { method: 'http', type: 'dv', settings: { min_tls_version: '1.2' } },
    custom_metadata: { plan: 'pro' },
  });
  assert.equal(created.hostname, 'shop.sdk-customer.io');
  assert.equal(created.id.length, 36);
  assert.equal(created.ssl.status, 'initializing');
  assert.deepEqual(created.custom_metadata, { plan: 'pro' });

  let h;
  for (let i = 0; i < 100; i++) {
    h = await client.customHostnames.get(created.id, { zone_id });
    if (h.status === 'active' && h.ssl.status === 'active') break;
    await new Promise((r) => setTimeout(r, 30));
  }
  assert.equal(h.status, 'active');
  assert.equal(h.ssl.status, 'active');
  assert.deepEqual(h.ssl.hosts, ['shop.sdk-customer.io']);

  const edited = await client.customHostnames.edit(created.id, { zone_id, custom_metadata: { plan: 'enterprise' } });
  assert.deepEqual(edited.custom_metadata, { plan: 'enterprise' });
  const refreshed = await client.customHostnames.edit(created.id, { zone_id, ssl: { method: 'http', type: 'dv' } });
  assert.equal(refreshed.id, created.id);

  const del = await client.customHostnames.delete(created.id, { zone_id });
  assert.equal(del.id, created.id);
  await assert.rejects(client.customHostnames.get(created.id, { zone_id }), (e) => {
    assert.equal(e.status, 404);
    assert.equal(e.errors[0].code, 1436);
    return true;
  });
});

test('list auto-pagination over several pages with for await', async () => {
  const zone_id = sim.zoneId;
  const names = [];
  for (let i = 0; i < 12; i++) {
    const hostname = `p${String(i).padStart(2, '0')}.paging-test.io`;
    names.push(hostname);
    await client.customHostnames.create({ zone_id, hostname, ssl: { method: 'txt', type: 'dv' } });
  }
  const seen = [];
  for await (const h of client.customHostnames.list({ zone_id, per_page: 5, 'hostname.contain': 'paging-test' })) {
    seen.push(h.hostname);
  }
  assert.deepEqual(seen.sort(), names.sort());
  const page = await client.customHostnames.list({ zone_id, per_page: 5, page: 3, 'hostname.contain': 'paging-test' });
  assert.equal(page.result.length, 2);
  assert.deepEqual(page.result_info, { count: 2, page: 3, per_page: 5, total_count: 12, total_pages: 3 });
});

test('errors surface as SDK errors with Cloudflare codes', async () => {
  const zone_id = sim.zoneId;
  await client.customHostnames.create({ zone_id, hostname: 'dup.sdk-customer.io' });
  await assert.rejects(client.customHostnames.create({ zone_id, hostname: 'dup.sdk-customer.io' }), (e) => {
    assert.ok(e instanceof Cloudflare.ConflictError);
    assert.equal(e.errors[0].code, 1406);
    assert.equal(e.errors[0].message, 'Duplicate custom hostname found.');
    return true;
  });
  const bad = new Cloudflare({ apiToken: 'nope', baseURL: sim.apiBase, maxRetries: 0 });
  await assert.rejects(bad.customHostnames.list({ zone_id }), (e) => e instanceof Cloudflare.AuthenticationError);
  await sim.admin.setFaults({ kind: 'status', status: 429, retryAfter: 2 });
  await assert.rejects(client.customHostnames.list({ zone_id }), (e) => {
    assert.ok(e instanceof Cloudflare.RateLimitError);
    assert.equal(e.headers.get('retry-after'), '2');
    return true;
  });
  const quota = await client.customHostnames.quota.get({ zone_id });
  assert.equal(typeof quota.used, 'number');
});
