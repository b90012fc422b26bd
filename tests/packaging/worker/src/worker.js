// A Worker consumer that instantiates the web build itself (works with or
// without the package's "workerd" entry): workerd imports the .wasm as a
// compiled WebAssembly.Module, which initSync accepts.
import wasm from 'custom-hostnames/custom_hostnames_bg.wasm';
import { initSync, parseHostname, dnsInstructions, interpretCustomHostname, version } from 'custom-hostnames/web';

initSync({ module: wasm });

export default {
  async fetch() {
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
    const result = { runtime: 'worker', version: version(), ascii: host.ascii, cname: [cname.type, cname.name, cname.value], phase: assessment.phase, ready: assessment.ready, errorCode };
    return Response.json(result);
  },
};
