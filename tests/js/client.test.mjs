// The package's CloudflareClient (Node build, global fetch) against cf-sim:
// every operation, pagination, and each injected fault seen as configured.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CloudflareClient } from '../../pkg/node/custom_hostnames.js';
import { startSim } from '../../sim/js/harness.mjs';

let sim;
let client;

const fastRetry = { maxAttempts: 4, baseDelayMs: 20, maxDelayMs: 200, maxTotalMs: 20000 };

before(async () => {
  sim = await startSim({ args: ['--speed', '1000', '--fallback-origin', 'fallback.saasprovider.com', '--rate-limit', '100000'] });
  await sim.admin.setQuota({ allocated: 10000, hardCap: 10000 });
  client = new CloudflareClient({ apiToken: sim.token, zoneId: sim.zoneId, baseUrl: sim.apiBase, timeoutMs: 3000, retry: fastRetry });
});
after(async () => {
  await sim?.stop();
});

async function rejection(promise) {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  assert.fail('expected a rejection');
}

test('create, get, edit, refresh, delete', async () => {
  const created = await client.create({ hostname: 'App.Customer-One.io', ssl: { method: 'txt', type: 'dv' } });
  assert.equal(created.kind, 'customHostname');
  assert.equal(created.attempts, 1);
  const h = created.customHostname;
  assert.equal(h.hostname, 'app.customer-one.io');
  const got = await client.get(h.id);
  assert.equal(got.customHostname.id, h.id);
  const edited = await client.edit(h.id, { customMetadata: { tenant: 't-1' } });
  assert.deepEqual(edited.customHostname.custom_metadata, { tenant: 't-1' }); // responses keep Cloudflare's wire names, like the official SDK
  const refreshed = await client.refresh(h.id);
  assert.equal(refreshed.customHostname.id, h.id);
  const deleted = await client.delete(h.id);
  assert.deepEqual([deleted.kind, deleted.id], ['deleted', h.id]);
  const gone = await rejection(client.get(h.id));
  assert.equal(gone.name, 'CustomHostnamesError');
  assert.equal(gone.data.httpStatus, 404);
  assert.equal(gone.data.retryable, false);
});

test('listAll pages through every hostname exactly once', async () => {
  const names = Array.from({ length: 12 }, (_, i) => `page-${i}.customer-two.io`);
  for (const hostname of names) await client.create({ hostname });
  const seen = [];
  for await (const h of client.listAll({ hostnameContain: 'customer-two.io', perPage: 5 })) seen.push(h.hostname);
  assert.deepEqual([...seen].sort(), [...names].sort());
  const page = await client.list({ hostnameContain: 'customer-two.io', perPage: 5, page: 3 });
  assert.equal(page.customHostnames.length, 2);
  assert.equal(page.resultInfo.total_count, 12);
});

test('fallback origin, quota, delegation uuid', async () => {
  const up = await client.updateFallbackOrigin('fallback.saasprovider.com');
  assert.equal(up.fallbackOrigin.origin, 'fallback.saasprovider.com');
  const fo = await client.getFallbackOrigin();
  assert.equal(fo.fallbackOrigin.origin, 'fallback.saasprovider.com');
  const q = await client.quota();
  assert.equal(typeof q.quota.allocated, 'number');
  const u = await client.dcvDelegationUuid();
  assert.match(u.uuid, /^[0-9a-f]{16}$/);
});

test('invalid operations are refused before any request', async () => {
  const before = (await sim.admin.state()).world;
  const e = await rejection(client.create({ hostname: 'localhost' }));
  assert.equal(e.code, 'special_use_name');
  const e2 = await rejection(client.create({ hostname: '*.wild.customer.io', ssl: { method: 'http', type: 'dv' } }));
  assert.match(e2.code, /http/);
  assert.deepEqual((await sim.admin.state()).world.zones?.length, before.zones?.length);
});

test('429 with Retry-After is waited out', async () => {
  await sim.admin.setFaults({ kind: 'status', status: 429, retryAfter: 1, count: 1 });
  const t0 = Date.now();
  const r = await client.quota();
  assert.equal(r.attempts, 2);
  assert.ok(Date.now() - t0 >= 950, 'waited at least Retry-After');
});

test('a 503 burst, a dropped connection and malformed JSON are retried', async () => {
  await sim.admin.setFaults([
    { kind: 'status', status: 503, count: 1 },
    { kind: 'drop', count: 1 },
    { kind: 'malformed_json', count: 1 },
  ]);
  const r = await client.quota();
  assert.equal(r.attempts, 4);
});

test('slow responses past the timeout give a typed, retryable timeout', async () => {
  const slow = new CloudflareClient({ apiToken: sim.token, zoneId: sim.zoneId, baseUrl: sim.apiBase, timeoutMs: 200, retry: { ...fastRetry, maxAttempts: 2 } });
  await sim.admin.setFaults({ kind: 'latency', latencyMs: 1000, count: 2 });
  const e = await rejection(slow.quota());
  assert.equal(e.code, 'timeout');
  assert.equal(e.data.retryable, true);
  assert.equal(e.data.attempts, 2);
  await sim.admin.clearFaults();
});

test('auth failures are typed and never echo the token', async () => {
  const bad = new CloudflareClient({ apiToken: 'wrong-secret-token', zoneId: sim.zoneId, baseUrl: sim.apiBase, retry: fastRetry });
  const e = await rejection(bad.quota());
  assert.equal(e.data.httpStatus, 401);
  assert.ok(!JSON.stringify({ m: e.message, d: e.data }).includes('wrong-secret-token'));
});

test('200 creates under a fault mix: every hostname exists exactly once', async () => {
  const faults = [];
  for (let i = 0; i < 30; i++) {
    faults.push({ kind: ['drop', 'status', 'malformed_json', 'truncated'][i % 4], status: i % 8 === 1 ? 429 : 503, method: 'POST', count: 1 });
  }
  await sim.admin.setFaults(faults);
  const names = Array.from({ length: 200 }, (_, i) => `bulk-${i}.customer-three.io`);
  const results = [];
  for (let i = 0; i < names.length; i += 20) {
    results.push(...(await Promise.allSettled(names.slice(i, i + 20).map((hostname) => client.create({ hostname })))));
  }
  const failures = results.filter((r) => r.status === 'rejected');
  for (const f of failures) assert.equal(f.reason.data?.retryable, true, `only typed retryable errors: ${f.reason.code} ${f.reason.message} ${JSON.stringify(f.reason.data)}`);
  const recovered = results.filter((r) => r.status === 'fulfilled' && r.value.recovered).length;
  await sim.admin.clearFaults();
  const counts = new Map();
  for await (const h of client.listAll({ hostnameContain: 'customer-three.io', perPage: 100 })) {
    counts.set(h.hostname, (counts.get(h.hostname) ?? 0) + 1);
  }
  const dupes = [...counts].filter(([, n]) => n > 1);
  assert.deepEqual(dupes, [], 'no hostname created twice');
  const lost = results
    .map((r, i) => [r, names[i]])
    .filter(([r, n]) => r.status === 'fulfilled' && !counts.has(n));
  assert.deepEqual(lost, [], 'every success exists');
  console.log(`# 200 creates: ${results.length - failures.length} ok (${recovered} recovered), ${failures.length} retryable errors, ${counts.size} exist`);
});
