// A Worker consumer that instantiates the web build itself (works with or
// without the package's "workerd" entry): workerd imports the .wasm as a
// compiled WebAssembly.Module, which initSync accepts.
import wasm from 'custom-hostnames/custom_hostnames_bg.wasm';
import { initSync, parseHostname, dnsInstructions, interpretCustomHostname, version } from 'custom-hostnames/web';

import pageWasm from 'custom-hostnames/page/custom_hostnames_bg.wasm';
import * as page from 'custom-hostnames/page/web';
import hostnameWasm from 'custom-hostnames/hostname/custom_hostnames_bg.wasm';
import * as hostnameOnly from 'custom-hostnames/hostname/web';
import { probe } from '../../probe.mjs';

initSync({ module: wasm });
page.initSync({ module: pageWasm });
hostnameOnly.initSync({ module: hostnameWasm });

const full = { parseHostname, dnsInstructions, interpretCustomHostname, version };

export default {
  async fetch() {
    return Response.json(probe('worker', full, page, hostnameOnly));
  },
};
