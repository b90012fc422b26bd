// The whole flow from Node with only the package, against cf-sim: create a
// hostname, read its DNS instructions, play the customer (add the records
// through the simulator's admin API), watch checkDns turn every record ok,
// and see the assessment report ready.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CloudflareClient, checkDns, dnsInstructions, interpretCustomHostname } from '../../pkg/node/custom_hostnames.js';
import { startSim } from '../../sim/js/harness.mjs';

const TARGET = 'customers.saasprovider.com';
let sim;
let client;

before(async () => {
  sim = await startSim({ args: ['--speed', '2000', '--rate-limit', '100000', '--fallback-origin', 'fallback.saasprovider.com'] });
  client = new CloudflareClient({ apiToken: sim.token, zoneId: sim.zoneId, baseUrl: sim.apiBase });
});
after(async () => {
  await sim?.stop();
});

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Re-reads the hostname until `done(h)` (bounded). */
async function until(id, done, what) {
  for (let i = 0; i < 200; i++) {
    const h = (await client.get(id)).customHostname;
    if (done(h)) return h;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}`);
}

for (const [label, ssl] of [
  ['TXT DCV', { method: 'txt', type: 'dv' }],
  ['HTTP DCV', { method: 'http', type: 'dv' }],
]) {
  test(`create → instructions → customer adds records → checkDns ok → ready (${label})`, async () => {
    const hostname = `shop-${ssl.method}.flow-customer.io`;
    const created = (await client.create({ hostname, ssl })).customHostname;
    const fresh = await until(created.id, (h) => ssl.method !== 'txt' || h.ssl?.validation_records?.some((r) => r.txt_value), 'tokens');

    const instructions = dnsInstructions({ hostname, cnameTarget: TARGET, customHostname: fresh });
    assert.equal(instructions.zone, 'flow-customer.io');
    const toAdd = instructions.records.filter((r) => r.purpose !== 'remove' && ['CNAME', 'TXT', 'A', 'AAAA'].includes(r.type));
    assert.ok(toAdd.some((r) => r.purpose === 'traffic' && r.type === 'CNAME' && r.value === TARGET));

    const before = await checkDns(instructions, { resolvers: [sim.dohUrl] });
    assert.ok(before.records.some((r) => r.status === 'missing'), 'nothing is there yet');
    const early = interpretCustomHostname(fresh, { cnameTarget: TARGET, observation: before, now: Math.floor(Date.now() / 1000) });
    assert.equal(early.ready, false);
    assert.equal(early.actor, 'customer');

    for (const r of toAdd) await sim.admin.addDns(r.fqdn, r.type, r.value);
    const after = await checkDns(instructions, { resolvers: [sim.dohUrl] });
    // Every record is right; removals with nothing there and a zone
    // without CAA are `absent` (nothing to do), never a problem.
    const notOk = after.records.filter((r) => !['ok', 'absent'].includes(r.status));
    assert.deepEqual(notOk, [], 'every record is ok or absent');
    assert.ok(after.records.some((r) => r.status === 'ok'));

    const active = await until(created.id, (h) => h.status === 'active' && h.ssl?.status === 'active', 'active/active');
    const verdict = interpretCustomHostname(active, { cnameTarget: TARGET, observation: after, now: Math.floor(Date.now() / 1000) });
    assert.equal(verdict.ready, true, JSON.stringify(verdict, null, 1));
    assert.equal(verdict.phase, 'active');
  });
}
