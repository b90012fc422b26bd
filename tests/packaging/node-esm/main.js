// A Node ESM consumer: the bare package name, named imports.
import { parseHostname, dnsInstructions, interpretCustomHostname, version } from 'custom-hostnames';
import * as page from 'custom-hostnames/page';
import * as hostnameOnly from 'custom-hostnames/hostname';

// The page and hostname-only entries: what each has, and what it leaves out.
function entryResults(page, hostnameOnly) {
  const codeOf = (lib) => { try { lib.parseHostname('shop..customer.com'); } catch (e) { return e.code; } };
  const host = page.parseHostname('https://App.Customer.com/signup');
  const cname = page.dnsInstructions({ hostname: host.ascii, cnameTarget: 'john.customers.saasprovider.com' })
    .records.find((r) => r.purpose === 'traffic');
  const phase = page.interpretCustomHostname({ id: '0d89c70d-ad9f-4843-b99f-6cc0252067e9', hostname: host.ascii,
    status: 'active', ssl: { status: 'active', method: 'txt', type: 'dv' } }).phase;
  const kinds = (lib, names) => Object.fromEntries(names.map((n) => [n, typeof lib[n]]));
  return {
    page: { ascii: host.ascii, cname: [cname.type, cname.name, cname.value], phase, errorCode: codeOf(page),
      exports: kinds(page, ['checkDns', 'interpretMany', 'renderInstructions', 'buildRequest', 'CloudflareClient']) },
    hostname: { ascii: hostnameOnly.parseHostname('App.Customer.com').ascii, errorCode: codeOf(hostnameOnly),
      exports: kinds(hostnameOnly, ['parseHostnameColumns', 'dnsInstructions', 'checkDns', 'interpretCustomHostname']) },
  };
}

const host = parseHostname('https://App.Customer.com/signup');
const instructions = dnsInstructions({ hostname: host.ascii, cnameTarget: 'john.customers.saasprovider.com' });
const cname = instructions.records.find((r) => r.purpose === 'traffic');
const assessment = interpretCustomHostname({
  id: '0d89c70d-ad9f-4843-b99f-6cc0252067e9',
  hostname: host.ascii,
  status: 'active',
  ssl: { status: 'active', method: 'txt', type: 'dv' },
});
let errorCode;
try {
  parseHostname('shop..customer.com');
} catch (e) {
  errorCode = e.code;
}
console.log(JSON.stringify({ runtime: 'node-esm', version: version(), ascii: host.ascii, cname: [cname.type, cname.name, cname.value], phase: assessment.phase, ready: assessment.ready, errorCode, entries: entryResults(page, hostnameOnly) }));
