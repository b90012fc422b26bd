// Bounded load run against the Worker (wrangler dev --local, workerd) backed
// by cf-sim, loopback only: GET /api/hostnames/:id and POST /api/hostnames,
// each with wrk at 100 connections for a fixed duration (default 60 s).
// Prints throughput and p50/p99, then checks cf-sim's state: no 5xx, no
// hostname created twice, and every hostname the Worker answered 201 for
// exists (wrk cannot list which ones, so: created ≥ 2xx answers and no
// duplicates). Exits non-zero on any 5xx, duplicate or loss.
// Usage: node scripts/load/run.mjs [--seconds 60] [--connections 100]
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSim, releaseSimBin } from '../../sim/js/harness.mjs';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const SECONDS = arg('--seconds', 60);
const CONNECTIONS = arg('--connections', 100);

const freePort = () => new Promise((resolve) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});

function wrk(url, extra = []) {
  const out = execFileSync('wrk', ['-t2', `-c${CONNECTIONS}`, `-d${SECONDS}s`, '--timeout', '30s', '--latency', ...extra, url], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const num = (re) => Number(re.exec(out)?.[1] ?? 0);
  const lat = (p) => {
    const m = new RegExp(`${p}%\\s+([\\d.]+)(us|ms|s)\\b`).exec(out);
    return m ? Number(m[1]) * { us: 0.001, ms: 1, s: 1000 }[m[2]] : NaN;
  };
  const requests = num(/(\d+) requests in/);
  const non2xx = num(/Non-2xx or 3xx responses:\s+(\d+)/);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const errors = socket ? socket.slice(1).reduce((a, b) => a + Number(b), 0) : 0;
  const samples = /non-2xx samples:\n([\s\S]*)$/.exec(out)?.[1]?.trim() ?? '';
  return { requests, non2xx, errors, samples, rps: num(/Requests\/sec:\s+([\d.]+)/), p50: lat('50'), p99: lat('99'), raw: out };
}

const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', CI: 'true' };
const sim = await startSim({ bin: releaseSimBin(), args: ['--speed', '1000', '--rate-limit', '100000000', '--fallback-origin', 'fallback.saasprovider.com'] });
let dev;
let failed = false;
try {
  await sim.admin.setQuota({ allocated: 10_000_000, hardCap: 10_000_000 });
  const port = await freePort();
  const wenv = {
    ...env, CF_SIM_URL: sim.url, PORT: String(port), PERSIST_TO: mkdtempSync(path.join(os.tmpdir(), 'load-worker-')),
    SESSION_SECRET: 'load-secret-0123456789abcdef0123456789ab', SESSION_AUDIENCE: 'load', TENANT_HOSTNAME_LIMIT: '100000',
  };
  dev = spawn(process.execPath, [path.join(REPO, 'worker/scripts/dev.mjs')], { env: wenv, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 180; i++) {
    try { if ((await fetch(`${base}/api/config`)).ok) break; } catch { /* starting */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  const token = execFileSync(process.execPath, [path.join(REPO, 'scripts/mint-session.mjs'), '--tenant', 'load'], { env: wenv, encoding: 'utf8' }).trim();
  const auth = ['-H', `authorization: Bearer ${token}`];
  const created = await fetch(`${base}/api/hostnames`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ hostname: 'get-target.customer-load.io' }) });
  if (created.status !== 201) throw new Error(`setup create failed: ${created.status} ${await created.text()}`);
  const id = (await created.json()).customHostname.id;

  const get = wrk(`${base}/api/hostnames/${id}`, [...auth, '-s', path.join(REPO, 'scripts/load/get.lua')]);
  const post = wrk(base, [...auth, '-H', 'content-type: application/json', '-s', path.join(REPO, 'scripts/load/post.lua')]);

  // What exists now, from the simulator's own state.
  const world = (await sim.admin.state()).world;
  const names = JSON.stringify(world).match(/"hostname":"load-[^"]+"/g) ?? [];
  const counts = new Map();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  const duplicates = [...counts].filter(([, c]) => c > 1).length;
  const existing = counts.size;
  const post2xx = post.requests - post.non2xx;

  const row = (name, r) => `${name.padEnd(26)} ${String(r.requests).padStart(7)} req  ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  non-2xx ${r.non2xx}  socket errors ${r.errors}`;
  console.log(`wrk -t2 -c${CONNECTIONS} -d${SECONDS}s against the Worker on workerd + cf-sim, ${os.cpus().length} cores, ${new Date().toISOString()}`);
  console.log(row('GET /api/hostnames/:id', get));
  console.log(row('POST /api/hostnames', post));
  for (const [name, r] of [['GET', get], ['POST', post]]) if (r.samples) console.log(`${name} non-2xx answers (first ones):\n${r.samples}`);
  console.log(`hostnames: ${post2xx} created answers, ${existing} exist, ${duplicates} duplicated`);
  const fivexx = (r) => /Non-2xx/.test(r.raw) ? r.non2xx : 0;
  if (fivexx(get) || fivexx(post)) { console.log('FAIL: non-2xx answers under load'); failed = true; }
  if (duplicates) { console.log('FAIL: a hostname exists twice'); failed = true; }
  if (existing < post2xx) { console.log('FAIL: a hostname answered 201 does not exist'); failed = true; }
} finally {
  dev?.kill('SIGTERM');
  await sim.stop();
}
process.exitCode = failed ? 1 : 0;
