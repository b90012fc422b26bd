// Bounded load run against the Worker (wrangler dev --local, workerd) backed
// by cf-sim, loopback only: GET /api/hostnames/:id and POST /api/hostnames,
// each with wrk at 100 connections for a fixed duration (default 60 s).
// Prints throughput and p50/p99, then checks cf-sim's state: no 5xx, no
// hostname created twice, and every hostname the Worker answered 201 for
// exists (wrk cannot list which ones, so: created ≥ 2xx answers and no
// duplicates). Exits non-zero on any 5xx, duplicate or loss.
// Usage: node scripts/load/run.mjs [--seconds 60] [--connections 100]
import os from 'node:os';
import path from 'node:path';
import { REPO, numberArg, startWorkerStack, wrk } from '../lib/worker-stack.mjs';

const SECONDS = numberArg('--seconds', 60);
const CONNECTIONS = numberArg('--connections', 100);

const stack = await startWorkerStack({ name: 'load', quota: true });
const { sim, base, token } = stack;
let failed = false;
try {
  const auth = ['-H', `authorization: Bearer ${token}`];
  const created = await fetch(`${base}/api/hostnames`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ hostname: 'get-target.customer-load.io' }) });
  if (created.status !== 201) throw new Error(`setup create failed: ${created.status} ${await created.text()}`);
  const id = (await created.json()).customHostname.id;

  const script = ['-s', path.join(REPO, 'scripts/load/wrk.lua')];
  const run = { connections: CONNECTIONS, seconds: SECONDS };
  const get = wrk(`${base}/api/hostnames/${id}`, { ...run, args: [...auth, ...script] });
  const post = wrk(base, { ...run, args: [...auth, '-H', 'content-type: application/json', ...script], scriptArgs: ['post'] });

  // What exists now, from the simulator's own state.
  const world = (await sim.admin.state()).world;
  const names = JSON.stringify(world).match(/"hostname":"load-[^"]+"/g) ?? [];
  const counts = new Map();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  const duplicates = [...counts].filter(([, c]) => c > 1).length;
  const existing = counts.size;
  const post2xx = post.requests - post.non2xx;

  const row = (name, r) => `${name.padEnd(26)} ${String(r.requests).padStart(7)} req  ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  non-2xx ${r.non2xx}  socket errors ${r.socketErrors}`;
  console.log(`wrk -t2 -c${CONNECTIONS} -d${SECONDS}s against the Worker on workerd + cf-sim, ${os.cpus().length} cores, ${new Date().toISOString()}`);
  console.log(row('GET /api/hostnames/:id', get));
  console.log(row('POST /api/hostnames', post));
  for (const [name, r] of [['GET', get], ['POST', post]]) if (r.samples) console.log(`${name} non-2xx answers (first ones):\n${r.samples}`);
  console.log(`hostnames: ${post2xx} created answers, ${existing} exist, ${duplicates} duplicated`);
  if (get.non2xx || post.non2xx) { console.log('FAIL: non-2xx answers under load'); failed = true; }
  if (duplicates) { console.log('FAIL: a hostname exists twice'); failed = true; }
  if (existing < post2xx) { console.log('FAIL: a hostname answered 201 does not exist'); failed = true; }
} finally {
  await stack.stop();
}
process.exitCode = failed ? 1 : 0;
