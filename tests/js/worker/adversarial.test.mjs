// Hostile tenants and forged deliveries against the Worker in workerd
// (Miniflare, real D1, the ZoneBudget Durable Object, the Rate Limiting
// binding) in front of cf-sim: a flood by one tenant leaves the others
// served; forged, replayed and reordered webhooks leave the index equal to
// Cloudflare's state; a squatted name is taken over through the TXT
// challenge; an unverified claim expires; drift and take-overs reach the SaaS
// backend as signed events. Every response is checked against
// worker/openapi.yaml (helpers.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createHmac } from 'node:crypto';
import { TOKEN, WEBHOOK_SECRET, startTestSim, workerEnv, startWorker, session, recorder, delivery } from './helpers.mjs';

const T = { timeout: 60000 };
const EVENTS_SECRET = 'events-secret-0123456789abcdef0123456789';
let sim;
let backend;
const events = [];
const workers = [];
/** The recorder of every Worker of this suite: their bodies are grepped for the token at the end. */
const recorders = [];

before(async () => {
  sim = await startTestSim();
  // The SaaS backend: records every event whose signature checks out.
  backend = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const sig = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(req.headers['x-custom-hostnames-signature'] ?? '');
      const want = sig && createHmac('sha256', EVENTS_SECRET).update(`${sig[1]}.${raw}`).digest('hex');
      events.push({ ok: Boolean(sig && want === sig[2]), ...JSON.parse(raw) });
      res.writeHead(204).end();
    });
  });
  await new Promise((r) => backend.listen(0, '127.0.0.1', r));
});
after(async () => {
  for (const w of workers) await w.dispose();
  await sim?.stop();
  await new Promise((r) => backend?.close(r));
});

async function worker(extra = {}, opts) {
  const mf = await startWorker(
    workerEnv(sim, { TENANT_HOSTNAME_LIMIT: '10', EVENTS_URL: `http://127.0.0.1:${backend.address().port}/events`, EVENTS_SECRET, ...extra }),
    opts,
  );
  workers.push(mf);
  const api = recorder((u, init) => mf.dispatchFetch(u, init));
  recorders.push(api);
  return { mf, call: api.call, api, db: () => mf.getD1Database('DB') };
}

async function make(call, token, hostname) {
  const r = await call('POST', '/api/hostnames', { token, body: { hostname } });
  assert.equal(r.status, 201, r.text);
  return r.json.customHostname.id;
}

test('a flooding tenant gets 429 + Retry-After; another tenant is still served', T, async () => {
  // A budget of 60 calls: cron 50 %, one tenant at most 20 % (12 calls).
  const w = await worker({ ZONE_API_BUDGET: '60', TENANT_API_SHARE_PERCENT: '20' });
  const tA = await session('flood-a');
  const tB = await session('flood-b');
  const id = await make(w.call, tA, 'flood.flood-a.io');
  let refused;
  for (let i = 0; i < 30 && !refused; i++) {
    const r = await w.call('POST', `/api/hostnames/${id}/refresh`, { token: tA });
    if (r.status === 429) refused = r;
  }
  assert.ok(refused, 'tenant A was never limited');
  assert.equal(refused.json.error.code, 'rate_limited');
  assert.equal(refused.json.error.reason, 'tenant_share');
  assert.ok(Number(refused.headers.get('retry-after')) >= 1);
  const b = await w.call('POST', '/api/hostnames', { token: tB, body: { hostname: 'shop.flood-b.io' } });
  assert.equal(b.status, 201, b.text);
  // The cron keeps its own share: a reconcile still runs.
  const run = await (await w.mf.getWorker()).scheduled({ cron: '*/10 * * * *' });
  assert.equal(run.outcome, 'ok');
});

test('the per-tenant request rate (Rate Limiting binding) answers 429 past its limit', T, async () => {
  const w = await worker({}, { tenantRate: 5 });
  const t = await session('rate-a');
  const answers = [];
  for (let i = 0; i < 8; i++) answers.push((await w.call('GET', '/api/quota', { token: t })).status);
  assert.deepEqual(answers.slice(0, 5), [200, 200, 200, 200, 200]);
  assert.ok(answers.slice(5).every((s) => s === 429), answers.join(','));
  assert.equal((await w.call('GET', '/api/quota', { token: await session('rate-b') })).status, 200);
});


test('forged, replayed, reordered and malformed webhooks leave the index equal to Cloudflare', T, async () => {
  const w = await worker();
  const hook = (body) => w.call('POST', '/webhooks/cloudflare', { body, headers: { 'cf-webhook-auth': WEBHOOK_SECRET } });
  const tA = await session('hook-a');
  const tB = await session('hook-b');
  const tE = await session('hook-e');
  const live = await make(w.call, tA, 'live.hook-a.io');
  // A made-up deletion of a live hostname: re-read, still there.
  const del = await hook(delivery('webhook-deletion-succeeded', live, sim.zoneId));
  assert.equal(del.json.action, 'indexed');
  assert.equal((await w.call('GET', '/api/hostnames', { token: tA })).json.total, 1);
  // Another tenant named in the body: the row keeps Cloudflare's tenant.
  await hook(delivery('webhook-validation-failed-google-safe-browsing', live, sim.zoneId, { data: { custom_metadata: { tenant: 'hook-b' } } }));
  assert.equal((await w.call('GET', '/api/hostnames', { token: tB })).json.total, 0);
  // Five made-up ids under tenant E: nothing indexed, E's quota untouched.
  for (let i = 0; i < 5; i++) {
    const r = await hook(delivery('webhook-issuance-failed-caa-error', `00000000-0000-4000-8000-00000000000${i}`, sim.zoneId, { data: { custom_metadata: { tenant: 'hook-e' } } }));
    assert.equal(r.json.action, 'removed');
  }
  assert.deepEqual((await w.call('GET', '/api/quota', { token: tE })).json, { limit: 10, used: 0, remaining: 10 });
  // Replays and old deliveries are dropped.
  const once = delivery('webhook-issuance-failed-caa-error', live, sim.zoneId);
  assert.equal((await hook(once)).json.action, 'indexed');
  assert.equal((await hook(once)).json.action, 'duplicate');
  const old = await hook(delivery('webhook-issuance-failed-caa-error', live, sim.zoneId, { createdAt: '2022-02-09T00:03:28Z' }));
  assert.deepEqual([old.json.action, old.json.reason], ['ignored', 'stale']);
  // Malformed bodies: 400, not 502.
  for (const raw of ['[]', '{}', '{"metadata":{"event":{"id":"x","type":"t","created_at":"2026-01-01T00:00:00Z"}},"data":{}}', 'null']) {
    const r = await w.call('POST', '/webhooks/cloudflare', { raw, headers: { 'cf-webhook-auth': WEBHOOK_SECRET, 'content-type': 'application/json' } });
    assert.deepEqual([r.status, r.json.error.code], [400, 'invalid_webhook'], raw);
  }
  const other = delivery('webhook-issuance-failed-caa-error', live, sim.zoneId);
  other.metadata.zone.id = 'ffffffffffffffffffffffffffffffff';
  assert.equal((await hook(other)).status, 400);
  // Reordered: the hostname goes active, then a late "validation" delivery arrives.
  await sim.admin.forceStatus(live, { status: 'active', sslStatus: 'active' });
  await hook(delivery('webhook-issuance-failed-caa-error', live, sim.zoneId));
  await hook(delivery('webhook-validation-failed-google-safe-browsing', live, sim.zoneId, { createdAt: new Date(Date.now() - 60_000).toISOString() }));
  // Index = Cloudflare, row by row.
  const { results } = await (await w.db()).prepare("SELECT id, tenant, phase FROM hostnames WHERE id NOT LIKE 'reserved:%'").all();
  assert.equal(results.length, 1);
  const truth = await fetch(`${sim.apiBase}/zones/${sim.zoneId}/custom_hostnames/${live}`, { headers: { authorization: `Bearer ${TOKEN}` } }).then((r) => r.json());
  assert.equal(results[0].tenant, truth.result.custom_metadata.tenant);
  const fresh = await w.call('GET', `/api/hostnames/${live}?fresh=1`, { token: tA });
  assert.equal(results[0].phase, fresh.json.assessment.phase);
  assert.match(results[0].phase, /^active/);
  assert.ok(events.some((e) => e.type === 'hostname.active' && e.data.id === live && e.ok), JSON.stringify(events));
  await w.call('DELETE', `/api/hostnames/${live}`, { token: tA });
});

test('a squatted name is taken over by its owner through the TXT challenge', T, async () => {
  const w = await worker();
  const squatter = await session('squatter');
  const acme = await session('acme');
  const held = await make(w.call, squatter, 'acme-corp.io');
  const wildcard = await make(w.call, squatter, '*.acme-corp.io');
  const taken = await w.call('POST', '/api/hostnames', { token: acme, body: { hostname: 'acme-corp.io' } });
  assert.deepEqual([taken.status, taken.json.error.code, taken.json.error.claimable], [409, 'hostname_taken', true]);
  const ch = await w.call('POST', '/api/claims', { token: acme, body: { hostname: 'acme-corp.io' } });
  assert.equal(ch.status, 201, ch.text);
  assert.equal(ch.json.recordName, '_custom-hostname-claim.acme-corp.io');
  // Asking again gives the same record; the squatter cannot see Acme's token.
  assert.equal((await w.call('POST', '/api/claims', { token: acme, body: { hostname: 'acme-corp.io' } })).json.recordValue, ch.json.recordValue);
  const early = await w.call('POST', '/api/claims/verify', { token: acme, body: { hostname: 'acme-corp.io' } });
  assert.deepEqual([early.status, early.json.error.code], [422, 'claim_not_proven']);
  // The squatter publishing its own claim record does not help it elsewhere: it has no claim.
  assert.equal((await w.call('POST', '/api/claims/verify', { token: squatter, body: { hostname: 'acme-corp.io' } })).status, 404);
  await sim.admin.addDns(ch.json.recordName, 'TXT', ch.json.recordValue);
  const done = await w.call('POST', '/api/claims/verify', { token: acme, body: { hostname: 'acme-corp.io' } });
  assert.equal(done.status, 201, done.text);
  assert.equal(done.json.takenOver, true);
  assert.deepEqual(done.json.customHostname.custom_metadata, { tenant: 'acme' });
  const left = await w.call('GET', '/api/hostnames', { token: squatter });
  assert.deepEqual(left.json.hostnames.map((h) => h.hostname), ['*.acme-corp.io']);
  assert.equal((await w.call('GET', `/api/hostnames/${held}`, { token: squatter })).status, 404);
  const told = events.find((e) => e.type === 'hostname.taken_over' && e.data.id === held);
  assert.ok(told?.ok, JSON.stringify(events));
  assert.deepEqual([told.data.tenant, told.data.newTenant], ['squatter', 'acme']);
  // The wildcard is claimed the same way, its record under the base name.
  const wc = await w.call('POST', '/api/claims', { token: acme, body: { hostname: '*.acme-corp.io' } });
  assert.equal(wc.json.recordName, '_custom-hostname-claim.acme-corp.io');
  assert.notEqual(wc.json.recordValue, ch.json.recordValue);
  await sim.admin.addDns(wc.json.recordName, 'TXT', wc.json.recordValue);
  assert.equal((await w.call('POST', '/api/claims/verify', { token: acme, body: { hostname: '*.acme-corp.io' } })).status, 201);
  assert.equal((await w.call('GET', `/api/hostnames/${wildcard}`, { token: squatter })).status, 404);
  // Lookalikes of the provider's zone cannot even be claimed.
  const look = await w.call('POST', '/api/claims', { token: acme, body: { hostname: '\u0455aasprovider.com' } });
  assert.deepEqual([look.status, look.json.error.code], [422, 'hostname_lookalike']);
});

test('a proven claim by a tenant at its hostname limit leaves the holder its name', T, async () => {
  const w = await worker({ TENANT_HOSTNAME_LIMIT: '1' });
  const holder = await session('limit-holder');
  const claimant = await session('limit-claimant');
  const held = await make(w.call, holder, 'held.limit-claim.io');
  const own = await make(w.call, claimant, 'own.limit-claimant.io');
  const ch = await w.call('POST', '/api/claims', { token: claimant, body: { hostname: 'held.limit-claim.io' } });
  assert.equal(ch.status, 201, ch.text);
  await sim.admin.addDns(ch.json.recordName, 'TXT', ch.json.recordValue);
  const full = await w.call('POST', '/api/claims/verify', { token: claimant, body: { hostname: 'held.limit-claim.io' } });
  assert.deepEqual([full.status, full.json.error.code], [422, 'tenant_hostname_limit'], full.text);
  // The holder keeps the name, at Cloudflare and in the index, and was told nothing.
  const kept = await w.call('GET', `/api/hostnames/${held}?fresh=1`, { token: holder });
  assert.equal(kept.status, 200, kept.text);
  assert.deepEqual(kept.json.customHostname.custom_metadata, { tenant: 'limit-holder' });
  assert.deepEqual((await w.call('GET', '/api/hostnames', { token: holder })).json.hostnames.map((h) => h.id), [held]);
  assert.ok(!events.some((e) => e.type === 'hostname.taken_over' && e.data.id === held), JSON.stringify(events));
  // The claim is still open: once a slot is free, the same proof takes the name over.
  assert.equal((await w.call('DELETE', `/api/hostnames/${own}`, { token: claimant })).status, 200);
  const done = await w.call('POST', '/api/claims/verify', { token: claimant, body: { hostname: 'held.limit-claim.io' } });
  assert.equal(done.status, 201, done.text);
  assert.equal(done.json.takenOver, true);
  assert.equal((await w.call('GET', `/api/hostnames/${held}`, { token: holder })).status, 404);
});

test('an unverified claim expires: another tenant creates the name; the cron removes stale ones', T, async () => {
  const w = await worker({ CLAIM_TTL_SECONDS: '1' });
  const early = await session('early-bird');
  const owner = await session('real-owner');
  const first = await make(w.call, early, 'stale.expiry-test.io');
  const other = await make(w.call, early, 'other.expiry-test.io');
  await new Promise((r) => setTimeout(r, 1500));
  const r = await w.call('POST', '/api/hostnames', { token: owner, body: { hostname: 'stale.expiry-test.io' } });
  assert.equal(r.status, 201, r.text);
  assert.ok(events.some((e) => e.type === 'hostname.expired' && e.data.id === first && e.data.reason === 'expired_unverified'));
  const run = await (await w.mf.getWorker()).scheduled({ cron: '*/10 * * * *' });
  assert.equal(run.outcome, 'ok');
  assert.equal((await w.call('GET', `/api/hostnames/${other}?fresh=1`, { token: early })).status, 404, 'the cron removed the stale one');
  await w.call('DELETE', `/api/hostnames/${r.json.customHostname.id}`, { token: owner });
});

test('the cron watches active hostnames: DNS drift and its repair are signed events', T, async () => {
  const w = await worker({ WATCH_INTERVAL_SECONDS: '0' });
  const t = await session('watched');
  const id = await make(w.call, t, 'www.drift-test.io');
  await sim.admin.addDns('www.drift-test.io', 'CNAME', 'customers.saasprovider.com');
  await sim.admin.forceStatus(id, { status: 'active', sslStatus: 'active' });
  await w.call('GET', `/api/hostnames/${id}?fresh=1`, { token: t });
  const cron = async () => (await w.mf.getWorker()).scheduled({ cron: '*/10 * * * *' });
  await cron();
  assert.ok(!events.some((e) => e.type === 'hostname.dns_drift' && e.data.id === id));
  await sim.admin.removeDns('www.drift-test.io', 'CNAME');
  await new Promise((r) => setTimeout(r, 1100));
  await cron();
  const drift = events.find((e) => e.type === 'hostname.dns_drift' && e.data.id === id);
  assert.ok(drift?.ok, JSON.stringify(events.slice(-3)));
  assert.deepEqual(drift.data.findings, ['routing_record_missing']);
  const row = (await w.call('GET', '/api/hostnames', { token: t })).json.hostnames[0];
  assert.deepEqual(row.drift, ['routing_record_missing']);
  await sim.admin.addDns('www.drift-test.io', 'CNAME', 'customers.saasprovider.com');
  await new Promise((r) => setTimeout(r, 1100));
  await cron();
  const last = await cron();
  const after = (await w.call('GET', '/api/hostnames', { token: t })).json.hostnames[0];
  assert.ok(events.some((e) => e.type === 'hostname.dns_restored' && e.data.id === id && e.ok), JSON.stringify({ last, after }));
});

test('a cron run that meets Cloudflare\'s 429 keeps its cursor; later runs wait without failing', T, async () => {
  const w = await worker({ RECONCILE_PAGES: '5', RECONCILE_PER_PAGE: '5', TENANT_HOSTNAME_LIMIT: '20' });
  const t = await session('cursor-t');
  for (let i = 0; i < 12; i++) await make(w.call, t, `c${i}.cursor-test.io`);
  await (await w.db()).prepare('DELETE FROM reconcile_state').run();
  // Cloudflare allows one more call: the second page gets 429.
  await sim.admin.setRateLimit(1, 300);
  try {
    const cron = async () => (await w.mf.getWorker()).scheduled({ cron: '*/10 * * * *' });
    assert.equal((await cron()).outcome, 'ok');
    const cursor = await (await w.db()).prepare('SELECT pass, next_page FROM reconcile_state').first();
    assert.deepEqual(cursor, { pass: 1, next_page: 2 }, 'the first page was saved with its cursor');
    const blocked = await cron();
    assert.equal(blocked.outcome, 'ok', 'a blocked run does not fail');
    assert.deepEqual(await (await w.db()).prepare('SELECT pass, next_page FROM reconcile_state').first(), cursor);
    const admin = await session('ops', { admin: true });
    const q = await w.call('GET', '/api/admin/quota', { token: admin });
    assert.equal(q.status, 429, 'every call waits for Retry-After, admin ones too');
    assert.equal(q.json.error.reason, 'upstream_blocked');
  } finally {
    await sim.admin.setRateLimit(100000, 300);
  }
});

test('no response of this suite contained the API token', () => {
  assert.ok(workers.length >= 5);
  const bodies = recorders.flatMap((r) => r.bodies);
  assert.ok(bodies.length > 50, `only ${bodies.length} bodies recorded`);
  for (const b of bodies) assert.ok(!b.includes(TOKEN), b.slice(0, 200));
});
