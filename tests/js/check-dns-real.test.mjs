// checkDns against real DNS software nobody here wrote: Unbound answering
// from local zone data, behind dnsdist's DoH listener. The wire format must
// interoperate with them, not only with our own simulator.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { checkDns } from '../../pkg/node/custom_hostnames.js';
import { startRealDns, haveRealDns } from './helpers/real-dns.mjs';

const TARGET = 'customers.saasprovider.com';
let dns;

before(async () => {
  if (!haveRealDns()) throw new Error('unbound and dnsdist are required: run scripts/setup');
  dns = await startRealDns({
    zones: ['customer-real.io', 'saasprovider.com'],
    records: [
      `customer-real.io. 3600 IN NS ns1.dnsimple-like.net.`,
      `customer-real.io. 3600 IN CAA 0 issue "letsencrypt.org"`,
      `app.customer-real.io. 300 IN CNAME ${TARGET}.`,
      `${TARGET}. 60 IN A 192.0.2.10`,
      `_cf-custom-hostname.app.customer-real.io. 300 IN TXT "ownership-token-123"`,
      `_acme-challenge.app.customer-real.io. 300 IN TXT "dcv-apex-token"`,
      `_acme-challenge.app.customer-real.io. 300 IN TXT "dcv-wild-" "token-split"`,
      `old.customer-real.io. 300 IN A 203.0.113.5`,
      `_acme-challenge.old.customer-real.io. 300 IN TXT "stale"`,
    ],
  });
});
after(async () => {
  await dns?.stop();
});

const request = {
  hostname: 'app.customer-real.io',
  zone: 'customer-real.io',
  certificateAuthority: 'lets_encrypt',
  records: [
    { purpose: 'traffic', type: 'CNAME', fqdn: 'app.customer-real.io', value: TARGET },
    { purpose: 'ownership', type: 'TXT', fqdn: '_cf-custom-hostname.app.customer-real.io', value: 'ownership-token-123' },
    { purpose: 'dcv', type: 'TXT', fqdn: '_acme-challenge.app.customer-real.io', value: 'dcv-apex-token' },
    { purpose: 'dcv', type: 'TXT', fqdn: '_acme-challenge.app.customer-real.io', value: 'dcv-wild-token-split' },
  ],
};

for (const format of ['wire_get', 'wire_post']) {
  test(`every record is ok through unbound + dnsdist (${format})`, async () => {
    const r = await checkDns(request, { resolvers: [dns.dohUrl], format });
    assert.deepEqual(r.records.map((x) => [x.purpose, x.status]), [
      ['traffic', 'ok'], ['ownership', 'ok'], ['dcv', 'ok'], ['dcv', 'ok'], ['caa', 'ok'],
    ], JSON.stringify(r.records, null, 1));
    assert.deepEqual(r.records[0].observed, [TARGET]);
    assert.ok(r.records[0].ttlRemaining > 0 && r.records[0].ttlRemaining <= 300);
    assert.deepEqual(r.records[4].observed, ['0 issue "letsencrypt.org"']);
  });
}

test('conflicts, wrong values and NXDOMAIN from a real server', async () => {
  const r = await checkDns({
    hostname: 'old.customer-real.io',
    zone: 'customer-real.io',
    certificateAuthority: 'google',
    records: [
      { purpose: 'traffic', type: 'CNAME', fqdn: 'old.customer-real.io', value: TARGET },
      { purpose: 'dcv_delegation', type: 'CNAME', fqdn: '_acme-challenge.old.customer-real.io', value: 'old.customer-real.io.abc123def456ghi7.dcv.cloudflare.com' },
      { purpose: 'ownership', type: 'TXT', fqdn: '_cf-custom-hostname.old.customer-real.io', value: 'tok' },
      { purpose: 'remove', type: 'A', fqdn: 'old.customer-real.io', value: '' },
    ],
  }, { resolvers: [dns.dohUrl] });
  assert.deepEqual(r.records.map((x) => x.status), ['wrong_value', 'conflict', 'missing', 'conflict', 'conflict']);
  assert.deepEqual(r.records[0].observed, ['203.0.113.5']);
  assert.deepEqual(r.records[1].observed, ['stale']);
  assert.equal(r.records[4].reason, 'caa_forbids');
  assert.match(r.records[4].detail, /do not allow the certificate authority/);
  assert.equal(r.records[4].expected, 'pki.goog');
});
