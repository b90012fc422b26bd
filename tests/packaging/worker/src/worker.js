// A Worker consumer that instantiates the web build itself (works with or
// without the package's "workerd" entry): workerd imports the .wasm as a
// compiled WebAssembly.Module, which initSync accepts.
import wasm from 'custom-hostnames/custom_hostnames_bg.wasm';
import { initSync, parseHostname, dnsInstructions, interpretCustomHostname, version } from 'custom-hostnames/web';

import pageWasm from 'custom-hostnames/page/custom_hostnames_bg.wasm';
import * as page from 'custom-hostnames/page/web';
import hostnameWasm from 'custom-hostnames/hostname/custom_hostnames_bg.wasm';
import * as hostnameOnly from 'custom-hostnames/hostname/web';

initSync({ module: wasm });
page.initSync({ module: pageWasm });
hostnameOnly.initSync({ module: hostnameWasm });

export default {
  async fetch() {
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
    const result = { runtime: 'worker', version: version(), ascii: host.ascii, cname: [cname.type, cname.name, cname.value], phase: assessment.phase, ready: assessment.ready, errorCode, entries: entryResults(page, hostnameOnly) };
    return Response.json(result);
  },
};
