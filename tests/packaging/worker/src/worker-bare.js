// The same Worker through the bare import: wrangler picks the package's
// "workerd" entry, which instantiates the wasm itself.
import { parseHostname, dnsInstructions, interpretCustomHostname, version } from 'custom-hostnames';
import * as page from 'custom-hostnames/page';
import * as hostnameOnly from 'custom-hostnames/hostname';
import { probe } from '../../probe.mjs';

const full = { parseHostname, dnsInstructions, interpretCustomHostname, version };

export default {
  async fetch() {
    return Response.json(probe('worker', full, page, hostnameOnly));
  },
};
