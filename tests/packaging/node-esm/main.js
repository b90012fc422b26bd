// A Node ESM consumer: the bare package name, named imports.
import { parseHostname, dnsInstructions, interpretCustomHostname, version } from 'custom-hostnames';
import * as page from 'custom-hostnames/page';
import * as hostnameOnly from 'custom-hostnames/hostname';
import { probe } from '../probe.mjs';

const full = { parseHostname, dnsInstructions, interpretCustomHostname, version };
console.log(JSON.stringify(probe('node-esm', full, page, hostnameOnly)));
