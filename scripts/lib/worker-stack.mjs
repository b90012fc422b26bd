// What the load, fault and Worker-benchmark scripts share: the Worker under
// `wrangler dev --local` (workerd) in front of the release cf-sim, on
// loopback ports, and wrk with its output parsed. One place, so the three
// scripts start, wait and measure the same way.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSim, releaseSimBin } from '../../sim/js/harness.mjs';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** Environment for wrangler: no metrics, no fetch of the `cf` object (no network here). */
export const WRANGLER_ENV = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', CI: 'true' };

/** `--name value` from the command line as a number, else `dflt`. */
export function numberArg(name, dflt) {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
}

/**
 * `n` distinct free loopback ports: all held open at once, so the OS cannot
 * hand the same one out twice (it did, now and then, with one-at-a-time probes).
 */
export async function freePorts(n) {
  const servers = await Promise.all(Array.from({ length: n }, () => new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => resolve(s));
  })));
  const ports = servers.map((s) => s.address().port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

/** Polls `url` until it answers below 500 (or throws after `ms`). */
export async function waitFor(url, ms = 90_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try { if ((await fetch(url)).status < 500) return; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not come up within ${ms} ms`);
}

/**
 * Runs wrk (2 threads, `connections`, `seconds`, 30 s request timeout, latency
 * distribution) and parses its report: requests, req/s, p50/p99 in ms,
 * non-2xx count, socket errors (sum and wrk's line), and the non-2xx samples
 * printed by scripts/load/wrk.lua. `scriptArgs` go to the script (after `--`).
 */
export function wrk(url, { connections, seconds, args = [], scriptArgs = [] }) {
  const after = scriptArgs.length ? ['--', ...scriptArgs] : [];
  const out = execFileSync('wrk', ['-t2', `-c${connections}`, `-d${seconds}s`, '--timeout', '30s', '--latency', ...args, url, ...after], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const num = (re) => Number(re.exec(out)?.[1] ?? 0);
  const lat = (p) => {
    const m = new RegExp(`${p}%\\s+([\\d.]+)(us|ms|s)\\b`).exec(out);
    return m ? Number(m[1]) * { us: 0.001, ms: 1, s: 1000 }[m[2]] : NaN;
  };
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  return {
    requests: num(/(\d+) requests in/),
    rps: num(/Requests\/sec:\s+([\d.]+)/),
    p50: lat('50'),
    p99: lat('99'),
    non2xx: num(/Non-2xx or 3xx responses:\s+(\d+)/),
    socketErrors: socket ? socket.slice(1).reduce((a, b) => a + Number(b), 0) : 0,
    socketLine: socket?.[0] ?? 'no socket errors',
    samples: /non-2xx samples:\n([\s\S]*)$/.exec(out)?.[1]?.trim() ?? '',
    raw: out,
  };
}

/**
 * The release cf-sim (speed ×1000, no rate limit to speak of) and the Worker
 * (`worker/scripts/dev.mjs`) in front of it, with a session token for
 * `tenant`. `quota` lifts cf-sim's hostname quota and the Worker's tenant
 * limit for runs that create thousands. `stop()` ends both.
 */
export async function startWorkerStack({ name, tenant = name, quota = false, port }) {
  const sim = await startSim({ bin: releaseSimBin(), args: ['--speed', '1000', '--rate-limit', '100000000', '--fallback-origin', 'fallback.saasprovider.com'] });
  let dev;
  try {
    if (quota) await sim.admin.setQuota({ allocated: 10_000_000, hardCap: 10_000_000 });
    const [workerPort] = port ? [port] : await freePorts(1);
    const env = {
      ...WRANGLER_ENV, CF_SIM_URL: sim.url, PORT: String(workerPort), PERSIST_TO: mkdtempSync(path.join(os.tmpdir(), `${name}-worker-`)),
      SESSION_SECRET: `${name}-secret-0123456789abcdef0123456789ab`, SESSION_AUDIENCE: name,
      ...(quota ? { TENANT_HOSTNAME_LIMIT: '100000' } : {}),
      // Throughput runs from one tenant: no per-tenant request limit, and a
      // zone API budget as large as cf-sim's rate limit (fair use is tested in
      // tests/js/worker/adversarial.test.mjs, not here).
      TENANT_RATE_LIMITING: 'off', ZONE_API_BUDGET: '1000000', TENANT_API_SHARE_PERCENT: '100',
    };
    dev = spawn(process.execPath, [path.join(REPO, 'worker/scripts/dev.mjs')], { env, stdio: 'ignore' });
    const base = `http://127.0.0.1:${workerPort}`;
    await waitFor(`${base}/api/config`);
    const token = execFileSync(process.execPath, [path.join(REPO, 'scripts/mint-session.mjs'), '--tenant', tenant], { env, encoding: 'utf8' }).trim();
    return {
      sim,
      base,
      token,
      async stop() {
        dev.kill('SIGTERM');
        await sim.stop();
      },
    };
  } catch (e) {
    dev?.kill('SIGTERM');
    await sim.stop();
    throw e;
  }
}
