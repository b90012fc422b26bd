// checkDns (Node build, global fetch) against cf-sim's DNS-over-HTTPS:
// missing → ok as the "customer" adds records; wire GET, wire POST and JSON;
// a dead resolver is "lookup_failed", never "missing".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CloudflareClient, checkDns } from '../../pkg/node/custom_hostnames.js';
import { startSim } from '../../sim/js/harness.mjs';
import { hostnameWhen } from './helpers/hostname-wait.mjs';

let sim;
let client;
const TARGET = 'customers.saasprovider.com';

before(async () => {
  sim = await startSim({ args: ['--speed', '1000', '--rate-limit', '100000'] });
  client = new CloudflareClient({ apiToken: sim.token, zoneId: sim.zoneId, baseUrl: sim.apiBase });
});
after(async () => {
  await sim?.stop();
});

/** Waits until the certificate's TXT tokens are published. */
const withTokens = (id) => hostnameWhen(client, id,
  (h) => h.ssl?.validation_records?.some((r) => r.txt_value), { delayMs: 50, otherwise: 'no validation records' });

function expected(h, zone) {
  return {
    hostname: h.hostname,
    zone,
    records: [
      { purpose: 'traffic', type: 'CNAME', fqdn: h.hostname, value: TARGET },
      { purpose: 'ownership', type: 'TXT', fqdn: h.ownership_verification.name, value: h.ownership_verification.value },
      ...h.ssl.validation_records.map((r) => ({ purpose: 'dcv', type: 'TXT', fqdn: r.txt_name, value: r.txt_value })),
    ],
  };
}

test('records go from missing to ok as the customer adds them', async () => {
  const created = await client.create({ hostname: 'shop.customer-four.io', ssl: { method: 'txt', type: 'dv' } });
  const h = await withTokens(created.customHostname.id);
  const req = expected(h, 'customer-four.io');
  const before = await checkDns(req, { resolvers: [sim.dohUrl] });
  // No CAA set: nothing to add, and not counted as a passed check.
  assert.deepEqual(before.records.map((r) => r.status), ['missing', 'missing', 'missing', 'absent']);
  assert.equal(before.records[3].purpose, 'caa');
  assert.equal(before.records[3].reason, 'no_caa');
  await sim.admin.addDns(h.hostname, 'CNAME', TARGET);
  await sim.admin.addDns(h.ownership_verification.name, 'TXT', h.ownership_verification.value);
  for (const r of h.ssl.validation_records) await sim.admin.addDns(r.txt_name, 'TXT', r.txt_value);
  for (const format of ['wire_get', 'wire_post', 'json']) {
    const after = await checkDns(req, { resolvers: [sim.dohUrl], format });
    assert.deepEqual(after.records.map((r) => r.status), ['ok', 'ok', 'ok', 'absent'], format);
    assert.deepEqual(after.records[0].observed, [TARGET]);
    assert.equal(typeof after.checkedAt, 'number');
  }
});

test('wrong values and a forbidding CAA are named', async () => {
  const req = {
    hostname: 'www.customer-five.io',
    zone: 'customer-five.io',
    certificateAuthority: 'lets_encrypt',
    records: [
      { purpose: 'traffic', type: 'CNAME', fqdn: 'www.customer-five.io', value: TARGET },
      { purpose: 'ownership', type: 'TXT', fqdn: '_cf-custom-hostname.www.customer-five.io', value: 'expected-token' },
    ],
  };
  await sim.admin.addDns('www.customer-five.io', 'CNAME', 'old.hosting.example.net');
  await sim.admin.addDns('_cf-custom-hostname.www.customer-five.io', 'TXT', 'other-token');
  await sim.admin.addDns('customer-five.io', 'CAA', '0 issue "pki.goog"');
  const r = await checkDns(req, { resolvers: [sim.dohUrl] });
  assert.deepEqual(r.records.map((x) => x.status), ['wrong_value', 'wrong_value', 'conflict']);
  assert.deepEqual(r.records[0].observed, ['old.hosting.example.net']);
  assert.deepEqual(r.records[1].observed, ['other-token']);
  assert.equal(r.records[2].fqdn, 'customer-five.io');
});

test('an unreachable resolver is lookup_failed, and several resolvers are compared', async () => {
  const req = { hostname: 'x.customer-six.io', zone: 'customer-six.io', records: [{ purpose: 'traffic', type: 'CNAME', fqdn: 'x.customer-six.io', value: TARGET }] };
  const dead = 'http://127.0.0.1:9/dns-query';
  const r = await checkDns(req, { resolvers: [dead], timeoutMs: 2000 });
  assert.ok(r.records.every((x) => x.status === 'lookup_failed'), JSON.stringify(r.records));
  const both = await checkDns(req, { resolvers: [sim.dohUrl, dead], timeoutMs: 2000 });
  assert.equal(both.resolvers.length, 2);
  assert.deepEqual(both.resolvers[0].statuses, ['missing', 'absent']);
  assert.deepEqual(both.resolvers[1].statuses, ['lookup_failed', 'lookup_failed']);
});

test('bad arguments reject with a code; a bad resolver URL fails the lookups', async () => {
  await assert.rejects(checkDns({ hostname: 1 }), (e) => e.name === 'CustomHostnamesError' && e.code === 'invalid_argument');
  await assert.rejects(checkDns('app.customer.io'), (e) => e.code === 'invalid_argument');
  const r = await checkDns({ hostname: 'a.b.io', zone: 'b.io', records: [] }, { resolvers: ['ftp://x'] });
  assert.ok(r.records.length > 0 && r.records.every((x) => x.status === 'lookup_failed'));
  // The reason is for the provider (technical); the customer reads plain words.
  assert.match(r.records[0].technical, /not an http\(s\) resolver URL/);
  assert.doesNotMatch(r.records[0].detail, /http/);
});
