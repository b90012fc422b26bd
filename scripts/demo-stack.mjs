// The demo stack, for `scripts/run` (via scripts/demo.mjs) and the page's e2e
// tests: cf-sim (standing in for Cloudflare and the public DNS), the Worker
// (wrangler dev --local, its vars pointing at cf-sim, demo mode), and a
// static server for www/ + pkg/ on 127.0.0.1. Everything listens on loopback
// and stops with `stack.stop()`.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSim } from '../sim/js/harness.mjs';
import { mintSession } from '../tests/js/e2e/helpers/session.mjs';

export const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const CNAME_TARGET = 'customers.saasprovider.com';
export const ZONE_NAME = 'saasprovider.com';
const AUDIENCE = 'onboarding-demo';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
};

/**
 * Serves only www/ and pkg/ of the repository (nothing else: worker/.dev.vars
 * and the like stay private), `/` redirecting to /www/.
 */
export async function startPageServer(port = 0) {
  const allowed = ['www', 'pkg'].map((d) => normalize(join(REPO, d)) + sep);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (path === '/') { res.writeHead(302, { location: '/www/' }).end(); return; }
      const file = normalize(join(REPO, path));
      if (!allowed.some((a) => file.startsWith(a) || file + sep === a)) { res.writeHead(404).end('not found'); return; }
      const info = await stat(file);
      const target = info.isDirectory() ? join(file, 'index.html') : file;
      const body = await readFile(target);
      res.writeHead(200, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

/** A free loopback port (bound then released). */
async function freePort() {
  const s = createServer();
  await new Promise((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address();
  await new Promise((r) => s.close(r));
  return port;
}

/** Waits until `url` answers any HTTP status (bounded). */
async function waitHttp(url, timeoutMs, isDead) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (isDead?.()) throw new Error('process exited');
    try { await fetch(url, { signal: AbortSignal.timeout(2000) }); return; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Whether the real Worker is in this checkout. */
export function haveWorker() {
  return existsSync(join(REPO, 'worker', 'wrangler.toml')) || existsSync(join(REPO, 'worker', 'wrangler.jsonc'));
}

/**
 * Starts the Worker under `wrangler dev --local` with its vars pointing at
 * cf-sim (demo mode). Logs go to `log(line)`.
 */
export async function startWorker({ sim, secret, pageOrigin, log = () => {} }) {
  const port = await freePort();
  const vars = {
    CF_API_BASE: sim.apiBase, CF_API_TOKEN: sim.token, CF_ZONE_ID: sim.zoneId,
    CNAME_TARGET, PROVIDER_ZONE: ZONE_NAME, DOH_URL: sim.dohUrl, SIM_ADMIN_URL: sim.url,
    SESSION_SECRET: secret, SESSION_AUDIENCE: AUDIENCE, ALLOWED_ORIGINS: pageOrigin,
    DEMO: 'true', WEBHOOK_SECRET: randomBytes(16).toString('hex'),
  };
  const wrangler = join(REPO, 'node_modules', '.bin', 'wrangler');
  const args = ['dev', '--local', '--ip', '127.0.0.1', '--port', String(port), '--show-interactive-dev-session=false',
    '--persist-to', join(REPO, 'test-output', 'wrangler-state', String(port))];
  for (const [k, v] of Object.entries(vars)) args.push('--var', `${k}:${v}`);
  const child = spawn(wrangler, args, {
    cwd: join(REPO, 'worker'), stdio: ['ignore', 'pipe', 'pipe'], detached: true,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1', NO_COLOR: '1' },
  });
  let dead = false;
  child.once('exit', () => { dead = true; });
  for (const s of [child.stdout, child.stderr]) {
    s.setEncoding('utf8');
    s.on('data', (d) => d.split('\n').filter(Boolean).forEach((l) => log(`[worker] ${l}`)));
  }
  const url = `http://127.0.0.1:${port}`;
  await waitHttp(`${url}/api/config`, 90_000, () => dead);
  return {
    url,
    stop: () => new Promise((r) => {
      if (dead) { r(); return; }
      child.once('exit', r);
      try { process.kill(-child.pid, 'SIGTERM'); } catch { r(); }
      setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 5000).unref();
    }),
  };
}

/**
 * Starts the whole stack. `worker`: 'auto' (the real Worker when worker/
 * exists, else the Node contract stand-in), 'real' or 'standin'.
 * Returns { sim, api, page, pageUrl, token, kind, stop }.
 */
export async function startStack({ worker = process.env.ONBOARDING_WORKER ?? 'auto', log = () => {}, speed = 1000 } = {}) {
  const stops = [];
  const stop = async () => { for (const s of stops.reverse()) await s().catch(() => {}); };
  try {
    const sim = await startSim({ args: ['--speed', String(speed), '--rate-limit', '100000', '--fallback-origin', `fallback.${ZONE_NAME}`, '--cname-target', CNAME_TARGET, '--zone-name', ZONE_NAME] });
    stops.push(() => sim.stop());
    const page = await startPageServer();
    stops.push(() => page.close());
    const secret = randomBytes(32).toString('hex');
    const kind = worker === 'auto' ? (haveWorker() ? 'real' : 'standin') : worker;
    let api;
    if (kind === 'real') {
      api = await startWorker({ sim, secret, pageOrigin: page.url, log });
    } else {
      const { startContractWorker } = await import('../tests/js/e2e/helpers/contract-worker.mjs');
      const s = await startContractWorker({ sim, secret, audience: AUDIENCE, cnameTarget: CNAME_TARGET, zoneName: ZONE_NAME, allowedOrigins: [page.url] });
      api = { url: s.url, stop: s.close };
    }
    stops.push(() => api.stop());
    const token = mintSession(secret, { tenant: 'demo-tenant', aud: AUDIENCE, ttl: 8 * 3600 });
    const fragment = new URLSearchParams({ token, api: api.url }).toString();
    return { sim, api, page, kind, token, secret, pageUrl: `${page.url}/www/#${fragment}`, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
