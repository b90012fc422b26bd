// The demo behind `scripts/run`: starts cf-sim, the Worker (demo mode) and the
// page server, mints a session token and prints the page URL (the token rides
// in the URL fragment, which browsers never send to a server). Ctrl-C stops
// everything. Flag: --verbose (Worker logs).
import { startStack } from './demo-stack.mjs';

const verbose = process.argv.includes('--verbose');
console.log('demo: starting cf-sim, the Worker and the page server…');
const stack = await startStack({ log: verbose ? (l) => console.log(l) : () => {} });
console.log(`demo: cf-sim      ${stack.sim.url} (Cloudflare API + DoH, speed ×1000)`);
console.log(`demo: API         ${stack.api.url} (the Worker under wrangler dev --local)`);
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
