// Worker throughput on workerd (wrangler dev --local) against cf-sim, side by
// side with a bare Worker returning fixed JSON, same machine, same run:
// GET /api/hostnames/:id (fresh object from the API + assessment +
// instructions) with wrk, 100 connections, fixed duration. Loopback only;
// bounded; everything it starts is stopped at the end.
// Usage: node scripts/bench/worker.mjs [--seconds 15] [--connections 100]
import { spawn, execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSim, releaseSimBin, DEFAULT_ZONE_ID, DEFAULT_TOKEN } from '../../sim/js/harness.mjs';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const SECONDS = arg('--seconds', 15);
const CONNECTIONS = arg('--connections', 100);

// Distinct free loopback ports: all held open at once, so the OS cannot hand
// the same one out twice (it did, now and then, with one-at-a-time probes).
async function freePorts(n) {
  const servers = await Promise.all(Array.from({ length: n }, () => new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => resolve(s));
  })));
  const ports = servers.map((s) => s.address().port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

async function waitFor(url, ms = 90000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try { if ((await fetch(url)).status < 500) return; } catch { /* not up */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not come up`);
}

function wrk(url, headers = []) {
  const args = ['-t2', `-c${CONNECTIONS}`, `-d${SECONDS}s`, '--timeout', '30s', '--latency', ...headers.flatMap((h) => ['-H', h]), url];
  const out = execFileSync('wrk', args, { encoding: 'utf8' });
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  const lat = (p) => /(\d+(?:\.\d+)?)(us|ms|s)\b/.exec(new RegExp(`${p}%\\s+(\\S+)`).exec(out)?.[1] ?? '');
  const ms = (m) => (m ? Number(m[1]) * { us: 0.001, ms: 1, s: 1000 }[m[2]] : NaN);
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
  const errors = /Socket errors:.*/.exec(out)?.[0] ?? 'no socket errors';
  return { rps, p50: ms(lat('50')), p99: ms(lat('99')), non2xx, errors };
}

const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', CI: 'true' };
const procs = [];
const sim = await startSim({ bin: releaseSimBin(), args: ['--speed', '1000', '--rate-limit', '100000000', '--fallback-origin', 'fallback.saasprovider.com'] });
try {
  const [workerPort, barePort, fetchPort, instPort] = await freePorts(4);
  const secret = 'bench-secret-0123456789abcdef0123456789';
  const wenv = { ...env, CF_SIM_URL: sim.url, PORT: String(workerPort), PERSIST_TO: mkdtempSync(path.join(os.tmpdir(), 'bench-worker-')), SESSION_SECRET: secret, SESSION_AUDIENCE: 'bench' };
  procs.push(spawn(process.execPath, [path.join(REPO, 'worker/scripts/dev.mjs')], { env: wenv, stdio: 'ignore' }));
  const worker = `http://127.0.0.1:${workerPort}`;
  const fetchOnly = `http://127.0.0.1:${fetchPort}`;
  const bare = `http://127.0.0.1:${barePort}`;
  // One wrangler at a time: two starting together raced for the same
  // inspector port and one never came up.
  await waitFor(`${worker}/api/config`);
  const plain = (script, name, port, vars = []) => {
    procs.push(spawn(path.join(REPO, 'node_modules/.bin/wrangler'), ['dev', path.join(REPO, script), '--name', name, '--compatibility-date', '2026-04-01', '--local', '--ip', '127.0.0.1', '--port', String(port),
      '--persist-to', mkdtempSync(path.join(os.tmpdir(), `bench-${name}-`)), ...vars.flatMap((v) => ['--var', v])], { env, stdio: 'ignore' }));
  };
  plain('scripts/bench/bare-worker.js', 'bare', barePort);
  await waitFor(bare);
  plain('scripts/bench/fetch-worker.js', 'fetch-only', fetchPort, [`UPSTREAM:${sim.url}/client/v4/zones/${DEFAULT_ZONE_ID}/custom_hostnames`, `UPSTREAM_TOKEN:${DEFAULT_TOKEN}`]);
  await waitFor(fetchOnly);
  // Instantiation inside workerd: a temp dir with the web build, its glue
  // exporting the two internal functions initSync uses.
  const instDir = mkdtempSync(path.join(os.tmpdir(), 'bench-inst-'));
  copyFileSync(path.join(REPO, 'pkg/web/custom_hostnames_bg.wasm'), path.join(instDir, 'custom_hostnames_bg.wasm'));
  cpSync(path.join(REPO, 'pkg/web/snippets'), path.join(instDir, 'snippets'), { recursive: true });
  copyFileSync(path.join(REPO, 'scripts/bench/instantiate-worker.js'), path.join(instDir, 'worker.js'));
  writeFileSync(path.join(instDir, 'glue.js'), `${readFileSync(path.join(REPO, 'pkg/web/custom_hostnames.js'), 'utf8')}\nexport { __wbg_get_imports, __wbg_finalize_init };\n`);
  plain(path.relative(REPO, path.join(instDir, 'worker.js')), 'instantiate', instPort);
  const inst = `http://127.0.0.1:${instPort}`;
  await waitFor(inst);
  const timed = async (n) => {
    const t0 = performance.now();
    const r = await fetch(`${inst}/?n=${n}`);
    const body = await r.json();
    if (n > 0 && body.ascii !== 'app.example.co.uk') throw new Error(`instantiate worker answered ${JSON.stringify(body)}`);
    return performance.now() - t0;
  };
  const N = 100;
  const perInstance = [];
  for (let round = 0; round < 9; round++) {
    const empty = await timed(0);
    const full = await timed(N);
    perInstance.push((full - empty) / N);
  }
  perInstance.sort((a, b) => a - b);
  const instMs = perInstance[Math.floor(perInstance.length / 2)];

  const token = execFileSync(process.execPath, [path.join(REPO, 'scripts/mint-session.mjs'), '--tenant', 'bench'], { env: wenv, encoding: 'utf8' }).trim();
  const created = await fetch(`${worker}/api/hostnames`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ hostname: 'bench.customer-bench.io' }),
  });
  if (created.status !== 201) throw new Error(`create failed: ${created.status} ${await created.text()}`);
  const { customHostname } = await created.json();
  const url = `${worker}/api/hostnames/${customHostname.id}`;
  // Warm both up, then measure the bare one, the real one, the bare one again.
  const fetchUrl = `${fetchOnly}/${customHostname.id}`;
  wrk(bare); wrk(url, [`authorization: Bearer ${token}`]); wrk(fetchUrl);
  const b1 = wrk(bare);
  const f = wrk(fetchUrl);
  const w = wrk(url, [`authorization: Bearer ${token}`]);
  const b2 = wrk(bare);
  const base = (b1.rps + b2.rps) / 2;
  const fmt = (name, r) => `${name.padEnd(34)} ${r.rps.toFixed(0).padStart(8)} req/s  p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  non-2xx ${r.non2xx}  ${r.errors}`;
  console.log(`wrk -t2 -c${CONNECTIONS} -d${SECONDS}s, ${os.cpus().length} cores, ${new Date().toISOString()}`);
  console.log(fmt('bare Worker (fixed JSON), before', b1));
  console.log(fmt('Worker with only the upstream GET', f));
  console.log(fmt('GET /api/hostnames/:id', w));
  console.log(fmt('bare Worker (fixed JSON), after', b2));
  console.log(`instantiation in workerd (new WebAssembly.Instance + the glue's finalize, as initSync): median ${instMs.toFixed(2)} ms over 9 rounds of ${N} (goal <= 5 ms: ${instMs <= 5 ? 'met' : 'missed'}); workerd compiles the module when it loads the script`);
  console.log(`ratio: ${(w.rps / base).toFixed(2)}x the bare Worker (goal >= 0.5x: ${w.rps / base >= 0.5 ? 'met' : 'missed'}); `
    + `the upstream call alone: ${(f.rps / base).toFixed(2)}x; ours: ${(w.rps / f.rps).toFixed(2)}x the upstream-only Worker`);
  if (w.non2xx > 0) process.exitCode = 1;
} finally {
  for (const p of procs) p.kill('SIGTERM');
  await sim.stop();
}
