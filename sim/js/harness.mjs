// Reusable JS harness for cf-sim: spawns the built binary on a free loopback
// port and exposes its URLs and admin API. Imported by the runtime client
// tests, the Worker tests and the browser e2e.
//
//   import { startSim } from '<repo>/sim/js/harness.mjs';
//   const sim = await startSim({ args: ['--speed', '1000'] });
//   ... new Cloudflare({ apiToken: sim.token, baseURL: sim.apiBase, maxRetries: 0 }) ...
//   await sim.stop();
//
// The binary is $CF_SIM_BIN, else <repo>/target/debug/cf-sim (build it with
// `cargo build -p cf-sim`). Load runs and benchmarks use `releaseSimBin()`:
// the debug build spends several times the CPU per request, enough to turn
// a load run's creates into timeouts.

import { spawn, execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Zone id served when no `--zone` is given. */
export const DEFAULT_ZONE_ID = '023e105f4ecef8ad9ca31a8372d0c353';
/** Token accepted when no `--token` is given. */
export const DEFAULT_TOKEN = 'sim-token';

function flagValue(args, flag) {
  const i = args.indexOf(flag);
  if (i >= 0 && i + 1 < args.length) return args[i + 1];
  const eq = args.find((a) => a.startsWith(`${flag}=`));
  return eq ? eq.slice(flag.length + 1) : undefined;
}

/**
 * The optimized simulator binary: $CF_SIM_BIN when set, else
 * target/release/cf-sim, built (or brought up to date) first by cargo, which
 * is quick when nothing changed.
 */
export function releaseSimBin() {
  if (process.env.CF_SIM_BIN) return process.env.CF_SIM_BIN;
  execFileSync('cargo', ['build', '--quiet', '--release', '-p', 'cf-sim'], { cwd: REPO, stdio: 'inherit' });
  return path.join(REPO, 'target', 'release', 'cf-sim');
}

/**
 * Start a simulator.
 * @param {{ args?: string[], bin?: string, startTimeoutMs?: number }} [options]
 */
export async function startSim({ args = [], bin, startTimeoutMs = 15000 } = {}) {
  const exe = bin ?? process.env.CF_SIM_BIN ?? path.join(REPO, 'target', 'debug', 'cf-sim');
  const hasListen = args.some((a) => a === '--listen' || a.startsWith('--listen='));
  const argv = hasListen ? [...args] : ['--listen', '127.0.0.1:0', ...args];
  const child = spawn(exe, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d) => {
    stderr = (stderr + d).slice(-8192);
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  const url = await new Promise((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`cf-sim did not start within ${startTimeoutMs} ms\n${stderr}`));
    }, startTimeoutMs);
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`cannot run ${exe}: ${e.message} (build it with: cargo build -p cf-sim)`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`cf-sim exited with code ${code} before listening\n${stderr}`));
    });
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d) => {
      buf += d;
      const nl = buf.indexOf('\n');
      if (nl < 0) return;
      const line = buf.slice(0, nl).trim();
      const m = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(line);
      clearTimeout(timer);
      if (m) resolve(m[1]);
      else reject(new Error(`unexpected first line from cf-sim: ${JSON.stringify(line)}`));
    });
  });
  child.stdout.resume();

  async function admin(method, p, body) {
    const res = await fetch(`${url}/__sim${p}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const json = text ? JSON.parse(text) : null;
    if (!res.ok) throw new Error(`cf-sim admin ${method} ${p} -> ${res.status}: ${text}`);
    return json;
  }

  let stopped = false;
  return {
    url,
    apiBase: `${url}/client/v4`,
    dohUrl: `${url}/dns-query`,
    zoneId: flagValue(args, '--zone') ?? DEFAULT_ZONE_ID,
    token: flagValue(args, '--token') ?? DEFAULT_TOKEN,
    process: child,
    admin: {
      /** Add one record: value is a string (TXT: string or array of strings). */
      addDns: (name, type, value, ttl) => admin('POST', '/dns', { name, type, value, ...(ttl === undefined ? {} : { ttl }) }),
      /** Remove records of `type` at `name` (only the one equal to `value` when given). */
      removeDns: (name, type, value) => admin('DELETE', '/dns', { name, type, ...(value === undefined ? {} : { value }) }),
      listDns: (name) => admin('GET', `/dns${name ? `?name=${encodeURIComponent(name)}` : ''}`),
      advanceClock: (advanceSeconds) => admin('POST', '/clock', { advanceSeconds }),
      /** One fault spec or an array of them (see sim/README.md). */
      setFaults: (faults) => admin('POST', '/faults', faults),
      clearFaults: () => admin('DELETE', '/faults'),
      /** The fault rules still pending: { faults: [{ kind, remaining, ... }] }. */
      listFaults: () => admin('GET', '/faults'),
      /** { status?, sslStatus?, validationErrors?, verificationErrors? } */
      forceStatus: (id, body) => admin('POST', `/hostnames/${encodeURIComponent(id)}/status`, body),
      setQuota: (quota) => admin('POST', '/quota', quota),
      setRateLimit: (limit, windowSeconds) => admin('POST', '/ratelimit', { limit, windowSeconds }),
      reset: () => admin('POST', '/reset', {}),
      state: () => admin('GET', '/state'),
    },
    /** JSON DoH lookup: { Status, Answer?, Authority?, ... } */
    async dohJson(name, type = 'A') {
      const res = await fetch(`${url}/dns-query?name=${encodeURIComponent(name)}&type=${encodeURIComponent(type)}`, {
        headers: { accept: 'application/dns-json' },
      });
      return res.json();
    },
    /** SIGTERM, wait for exit (SIGKILL after 5 s); resolves to { code, signal }. */
    async stop() {
      if (stopped) return exited;
      stopped = true;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      const r = await exited;
      clearTimeout(timer);
      return r;
    },
  };
}
