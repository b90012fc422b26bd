// The DNS instructions through the JS boundary (built by scripts/build):
// node --test tests/js/dns.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const lib = require('../../pkg/node/custom_hostnames.js');

const seed = {
  hostname: 'app.customer.com',
  cnameTarget: 'john.customers.saasprovider.com',
  provider: 'namecheap',
};

test('dnsInstructions gives the provider-shaped CNAME for the seed example', () => {
  const instr = lib.dnsInstructions(seed);
  assert.equal(instr.zone, 'customer.com');
  const cname = instr.records.find((r) => r.purpose === 'traffic');
  assert.equal(cname.type, 'CNAME');
  assert.equal(cname.name, 'app');
  assert.equal(cname.display.name, 'app');
  assert.equal(cname.display.fieldLabels.name, 'Host');
  assert.equal(cname.value, 'john.customers.saasprovider.com');
  assert.equal(instr.order.kind, 'simple');
});

test('customHostname accepts an API envelope straight through', () => {
  const envelope = {
    success: true, errors: [], messages: [],
    result: {
      id: 'x', hostname: 'app.customer.com',
      ownership_verification: { type: 'txt', name: '_cf-custom-hostname.app.customer.com', value: 'tok' },
      ssl: { method: 'txt', type: 'dv', validation_records: [{ txt_name: '_acme-challenge.app.customer.com', txt_value: 'a' }, { txt_name: '_acme-challenge.app.customer.com', txt_value: 'b' }] },
    },
  };
  const instr = lib.dnsInstructions({ ...seed, customHostname: envelope, live: true });
  assert.equal(instr.order.kind, 'zero_downtime');
  const dcv = instr.records.filter((r) => r.purpose === 'dcv').map((r) => r.value);
  assert.deepEqual(dcv, ['a', 'b']);
  const purposes = instr.records.map((r) => r.purpose);
  const traffic = instr.records[purposes.indexOf('traffic')];
  assert.ok(purposes.indexOf('traffic') > purposes.lastIndexOf('dcv'));
  assert.ok(traffic.step > instr.records[purposes.indexOf('ownership')].step);
  assert.equal(traffic.when, 'after_validation');
});

test('renderInstructions renders every format', () => {
  const instr = lib.dnsInstructions({ ...seed, provider: 'cloudflare' });
  for (const format of ['text', 'markdown', 'html', 'zonefile', 'json']) {
    const out = lib.renderInstructions(instr, format);
    assert.equal(typeof out, 'string');
    assert.ok(out.includes('john.customers.saasprovider.com'), format);
  }
  assert.ok(lib.renderInstructions(instr, 'zonefile').includes('$ORIGIN customer.com.'));
  const dc = JSON.parse(lib.renderInstructions(instr, 'domainConnect', { domainConnect: { redirectUri: 'https://saasprovider.com/done' } }));
  assert.ok(dc.applies[0].applyUrl.startsWith('https://dash.cloudflare.com/domainconnect/v2/domainTemplates/providers/'));
  assert.ok(dc.applies[0].signingInput.includes('redirect_uri=https%3A%2F%2Fsaasprovider.com%2Fdone'));
});

test('renderDnsInstructions is renderInstructions(dnsInstructions(request)) in one call', () => {
  const custom = {
    id: 'x', hostname: 'app.customer.com',
    ownership_verification: { type: 'txt', name: '_cf-custom-hostname.app.customer.com', value: 'tok' },
    ssl: { method: 'txt', type: 'dv', validation_records: [{ txt_name: '_acme-challenge.app.customer.com', txt_value: 'a' }] },
  };
  const requests = [
    seed,
    { ...seed, provider: 'cloudflare', customHostname: custom, live: true },
    { hostname: 'customer.co.uk', cnameTarget: 'customers.saasprovider.com', apex: { ips: ['192.0.2.10', '2001:db8::10'] }, provider: 'route53' },
    { hostname: 'shop.bücher.de', cnameTarget: 'customers.saasprovider.com', dcv: 'delegation', dcvDelegationUuid: 'abc123', provider: 'cloudflare' },
  ];
  const options = { serviceName: 'SaaS <Provider>', domainConnect: { redirectUri: 'https://saasprovider.com/done' } };
  let compared = 0;
  for (const request of requests) {
    for (const format of ['text', 'markdown', 'html', 'zonefile', 'json', 'domainConnect']) {
      const outcome = (f) => {
        try {
          return { text: f() };
        } catch (e) {
          return { code: e.code };
        }
      };
      const twoCalls = outcome(() => lib.renderInstructions(lib.dnsInstructions(request), format, options));
      const oneCall = outcome(() => lib.renderDnsInstructions(request, format, options));
      assert.deepEqual(oneCall, twoCalls, `${request.hostname} ${format}`);
      if (twoCalls.text) compared++;
    }
  }
  assert.ok(compared >= 20, `${compared} texts compared`);
  assert.throws(() => lib.renderDnsInstructions({ hostname: 'shop.saasprovider.com', cnameTarget: 'customers.saasprovider.com' }, 'zonefile'),
    (e) => e.name === 'CustomHostnamesError' && e.code === 'hostname_in_provider_zone' && e.input === 'shop.saasprovider.com');
  assert.throws(() => lib.renderDnsInstructions(seed, 'pdf'), (e) => e.code === 'invalid_argument');
  assert.throws(() => lib.renderDnsInstructions(null, 'text'), (e) => e.code === 'invalid_argument');
});

test('errors are coded CustomHostnamesError objects', () => {
  assert.throws(() => lib.dnsInstructions({ hostname: 'shop.saasprovider.com', cnameTarget: 'customers.saasprovider.com' }),
    (e) => e.name === 'CustomHostnamesError' && e.code === 'hostname_in_provider_zone' && e.input === 'shop.saasprovider.com');
  assert.throws(() => lib.dnsInstructions({ hostname: 'app.customer.com', cnameTarget: '1.2.3.4' }),
    (e) => e.code === 'invalid_target');
  assert.throws(() => lib.dnsInstructions(undefined), (e) => e.code === 'invalid_argument');
  const instr = lib.dnsInstructions(seed);
  assert.throws(() => lib.renderInstructions(instr, 'pdf'), (e) => e.code === 'invalid_argument');
  assert.throws(() => lib.renderInstructions(instr, 'domainConnect'), (e) => e.code === 'domain_connect_unavailable');
});

test('detectDnsProvider and dnsProviders', () => {
  assert.equal(lib.detectDnsProvider(['ns-1.awsdns-01.org', 'ns-2.awsdns-02.com']).id, 'route53');
  assert.equal(lib.detectDnsProvider(['ns1.example.net']), undefined);
  assert.ok(lib.dnsProviders().length >= 18);
  assert.throws(() => lib.detectDnsProvider('ns1.x.com'), (e) => e.code === 'invalid_argument');
});
