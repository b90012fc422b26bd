#!/usr/bin/env node
// Prints a Worker session token (format: worker/openapi.yaml, "Sessions";
// verified by worker/src/auth.js).
//
//   node scripts/mint-session.mjs --tenant t1 [--admin] [--ttl 3600] [--aud AUDIENCE]
//
// SESSION_SECRET and SESSION_AUDIENCE come from the environment, else
// worker/.dev.vars, else the local dev defaults of worker/scripts/dev.mjs.
import { parseArgs } from 'node:util';
import { mintSession } from '../worker/src/auth.js';
import { DEV_SESSION_SECRET, DEV_AUDIENCE, setting } from '../worker/scripts/devvars.mjs';

const { values } = parseArgs({
  options: {
    tenant: { type: 'string' },
    admin: { type: 'boolean', default: false },
    ttl: { type: 'string', default: '3600' },
    aud: { type: 'string' },
  },
});
if (!values.tenant || !/^[A-Za-z0-9._:-]{1,64}$/.test(values.tenant)) {
  console.error('usage: mint-session.mjs --tenant ID [--admin] [--ttl SECONDS] [--aud AUDIENCE]');
  process.exit(2);
}
const ttl = Number(values.ttl);
if (!Number.isInteger(ttl)) {
  console.error('--ttl must be an integer number of seconds');
  process.exit(2);
}
const payload = {
  tenant: values.tenant,
  aud: values.aud ?? setting('SESSION_AUDIENCE', DEV_AUDIENCE),
  exp: Math.floor(Date.now() / 1000) + ttl,
  ...(values.admin ? { scope: 'admin' } : {}),
};
console.log(await mintSession(setting('SESSION_SECRET', DEV_SESSION_SECRET), payload));
