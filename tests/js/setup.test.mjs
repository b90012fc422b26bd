// checkSetup and context.edge across the Wasm boundary in Node: the same
// recorded-shape data as the native tests (tests/fixtures/setup/), objects and
// JSON texts alike, and the error for input that is not a setup.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import m from '../../pkg/node/custom_hostnames.js';

const dir = fileURLToPath(new URL('../fixtures/', import.meta.url));
const json = (p) => JSON.parse(readFileSync(`${dir}${p}`, 'utf8'));

const ready = () => ({
  cnameTarget: 'customers.saasprovider.com',
  fallbackOrigin: { result: { origin: 'fallback.saasprovider.com', status: 'active' } },
  dnsRecords: { result: json('setup/dns-records-list-ready.json') },
  quota: { result: json('setup/quota-response.json') },
  lookups: {
    cnameTarget: { name: 'customers.saasprovider.com', answer: json('setup/doh-cname-target-proxied.json') },
    wildcardProbe: { name: 'cf-setup-probe.customers.saasprovider.com', answer: json('setup/doh-wildcard-probe-proxied.json') },
    fallbackOrigin: { name: 'fallback.saasprovider.com', answer: JSON.stringify(json('setup/doh-fallback-origin-proxied.json')) },
  },
});

test('checkSetup: a ready setup passes every check, in setup order', () => {
  const r = m.checkSetup(ready());
  assert.equal(r.ok, true);
  assert.deepEqual(r.checks.map((c) => [c.code, c.verdict]), [
    ['custom_hostnames_enabled', 'ok'], ['fallback_origin_set', 'ok'], ['fallback_origin_active', 'ok'],
    ['fallback_origin_record', 'ok'], ['fallback_origin_proxied', 'ok'], ['cname_target_record', 'ok'],
    ['cname_target_resolves', 'ok'], ['wildcard_cname_target', 'ok'],
  ]);
});

test('checkSetup: the recorded pending origin, a 404 without one, an API error as the client throws it', () => {
  const pending = m.checkSetup({ ...ready(), fallbackOrigin: { result: json('cloudflare/fallback-origin-get-response-pending-deployment-with-errors.json') } });
  const active = pending.checks.find((c) => c.code === 'fallback_origin_active');
  assert.equal(active.verdict, 'failed');
  assert.match(active.detail, /Origin should be a proxied A\/AAAA\/CNAME dns record/);
  const none = m.checkSetup({ ...ready(), fallbackOrigin: { error: { message: 'No fallback origin', httpStatus: 404, errors: [{ code: 1551, message: 'No fallback origin' }] } } });
  assert.equal(none.checks.find((c) => c.code === 'fallback_origin_set').verdict, 'failed');
  const down = m.checkSetup({ ...ready(), dnsRecords: { error: { message: 'network error', code: 'network_error' } } });
  assert.equal(down.checks.find((c) => c.code === 'fallback_origin_record').verdict, 'unknown');
  assert.equal(down.ok, false);
});

test('checkSetup: input without a CNAME target is invalid_argument', () => {
  assert.throws(() => m.checkSetup({ lookups: {} }), (e) => e.name === 'CustomHostnamesError' && e.code === 'invalid_argument');
  assert.throws(() => m.checkSetup('customers.saasprovider.com'), (e) => e.code === 'invalid_argument');
});

test('context.edge: the served certificate is judged against the hostname and the API', () => {
  const host = json('cloudflare/get-response-active-ssl-active-truncated.json');
  Object.assign(host.result.ssl, { serial_number: '0a0b0c', expires_on: '2027-03-05T00:00:00Z' });
  const at = 1796000000;
  const same = m.interpretCustomHostname(host, { now: at, edge: { names: ['app.example.com'], serialNumber: '0A:0B:0C', notAfter: '2027-03-05T00:00:00Z' } });
  assert.deepEqual([same.phase, same.edge.verdict, same.edge.covers, same.edge.matchesApi], ['active', 'serving', true, true]);
  const old = m.interpretCustomHostname(host, { now: at, edge: { names: ['*.example.com'], serialNumber: '01', notAfter: 1797000000 } });
  assert.deepEqual([old.phase, old.actor, old.edge.verdict, old.edge.matchedName], ['active_needs_attention', 'cloudflare', 'old_certificate', '*.example.com']);
  const wrong = m.interpretCustomHostname(host, { now: at, edge: { names: ['*.co.uk', 'example.net'] } });
  assert.deepEqual([wrong.edge.verdict, wrong.ready], ['not_covering', false]);
  assert.throws(() => m.interpretCustomHostname(host, { edge: { notAfter: 'tomorrow' } }), (e) => e.code === 'invalid_timestamp');
});
