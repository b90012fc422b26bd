// The demo behind `scripts/run`: starts cf-sim, the Worker (demo mode) and the
// page server, mints a session token and prints the page URL (the token rides
// in the URL fragment, which browsers never send to a server). Ctrl-C stops
// everything. Flags: --port N (the page on N, the API on N+1, cf-sim on N+2;
// default: free ports), --lang TAG (the page's language in the printed URL),
// --verbose (Worker logs). Secrets never appear on a command line: the
// Worker gets them through its environment and a private env file.
import { startStack } from './demo-stack.mjs';

const args = process.argv.slice(2);
const value = (flag) => {
  const i = args.indexOf(flag);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1);
};
const verbose = args.includes('--verbose');
const portText = value('--port');
const port = portText === undefined ? 0 : Number(portText);
if (!Number.isInteger(port) || port < 0 || port > 65533) {
  console.error(`demo: --port takes a port number (the page's; the API uses N+1, cf-sim N+2), got ${JSON.stringify(portText)}`);
  process.exit(2);
}
const lang = value('--lang');

console.log('demo: starting cf-sim, the Worker and the page server…');
let stack;
try {
  stack = await startStack({ port, log: verbose ? (l) => console.log(l) : () => {} });
} catch (e) {
  console.error(`demo: could not start: ${e.message}`);
  process.exit(1);
}
const url = lang ? stack.pageUrl.replace('/www/#', `/www/?lang=${encodeURIComponent(lang)}#`) : stack.pageUrl;
console.log(`demo: cf-sim      ${stack.sim.url} (Cloudflare API + DoH, speed ×1000)`);
console.log(`demo: API         ${stack.api.url} (the Worker under wrangler dev --local)`);
console.log(`demo: page server ${stack.page.url} (www/ and pkg/, with a strict Content-Security-Policy)`);
console.log('');
console.log('Open the onboarding page (the link carries a session token for tenant "demo-tenant"):');
console.log('');
console.log(`  ${url}`);
console.log('');
console.log('Type e.g. shop.customer-demo.io, then press "Add all records due now" in the demo panel. Ctrl-C stops everything.');

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
