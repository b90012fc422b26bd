// A bundled browser app: the bare package name, resolved by Vite through the
// package's "browser" export condition (top-level await instantiation).
import { parseHostname, dnsInstructions, interpretCustomHostname, version } from 'custom-hostnames';
import * as page from 'custom-hostnames/page';
import * as hostnameOnly from 'custom-hostnames/hostname';
import { probe } from '../probe.mjs';

const full = { parseHostname, dnsInstructions, interpretCustomHostname, version };
const result = probe('vite', full, page, hostnameOnly);
document.getElementById('out').textContent = JSON.stringify(result);
window.consumerResult = result;
