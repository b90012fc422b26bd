// The demo behind `scripts/run`: starts cf-sim, the Worker (demo mode) and the
// page server, mints a session token and prints the page URL (the token rides
// in the URL fragment, which browsers never send to a server). Ctrl-C stops
// everything. Flags: --verbose (Worker logs), --standin (Node contract
// stand-in instead of wrangler dev, see tests/js/e2e/helpers/contract-worker.mjs).
import { startStack } from './demo-stack.mjs';

const verbose = process.argv.includes('--verbose');
const worker = process.argv.includes('--standin') ? 'standin' : 'auto';
console.log('demo: starting cf-sim, the Worker and the page server…');
const stack = await startStack({ worker, log: verbose ? (l) => console.log(l) : () => {} });
console.log(`demo: cf-sim      ${stack.sim.url} (Cloudflare API + DoH, speed ×1000)`);
console.log(`demo: API         ${stack.api.url} (${stack.kind === 'real' ? 'the Worker under wrangler dev --local' : 'Node contract stand-in'})`);
console.log(`demo: page server ${stack.page.url} (www/ and pkg/)`);
console.log('');
console.log('Open the onboarding page (the link carries a session token for tenant "demo-tenant"):');
console.log('');
console.log(`  ${stack.pageUrl}`);
console.log('');
console.log('Type e.g. shop.customer-demo.io, then press "Add all records" in the demo panel. Ctrl-C stops everything.');

let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  console.log('\ndemo: stopping…');
  await stack.stop();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
