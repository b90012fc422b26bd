// The demo stack, for `scripts/run` (via scripts/demo.mjs) and the page's e2e
// tests: cf-sim (standing in for Cloudflare and the public DNS), the Worker
// (wrangler dev --local, its vars pointing at cf-sim, demo mode), and a
// static server for www/ + pkg/ on 127.0.0.1. Everything listens on loopback
// and stops with `stack.stop()`.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSim } from '../sim/js/harness.mjs';
import { mintSession } from '../worker/src/auth.js';

export const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const CNAME_TARGET = 'customers.saasprovider.com';
export const ZONE_NAME = 'saasprovider.com';
const AUDIENCE = 'custom-hostnames-onboarding';

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

/**
 * Starts the Worker through its helper's dev command (worker/scripts/dev.mjs:
 * D1 migrations, then `wrangler dev --local` on 127.0.0.1) with its settings
 * pointing at cf-sim (demo mode), a fresh local D1 under a temp dir, and CORS
 * for the page's origin. Logs go to `log(line)`.
 */
export async function startWorker({ sim, secret, pageOrigin, log = () => {} }) {
  const port = await freePort();
  const persist = await mkdtemp(join(tmpdir(), 'onboarding-d1-'));
  const env = {
    ...process.env, CF_SIM_URL: sim.url, PORT: String(port), PERSIST_TO: persist,
    ALLOWED_ORIGINS: pageOrigin, SESSION_SECRET: secret, SESSION_AUDIENCE: AUDIENCE,
    CF_API_TOKEN: sim.token, CF_ZONE_ID: sim.zoneId, CNAME_TARGET, PROVIDER_ZONE: ZONE_NAME,
    WEBHOOK_SECRET: randomBytes(16).toString('hex'), TENANT_HOSTNAME_LIMIT: '1000',
    // The simulator runs ×1000: per-id reads come from the index for at most 1 s.
    INDEX_FRESH_SECONDS: '1',
  };
  // Its own process group, so stopping it also stops wrangler and workerd.
  const child = spawn(process.execPath, [join(REPO, 'worker', 'scripts', 'dev.mjs')], {
    cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true,
  });
  let dead = false;
  const exited = new Promise((r) => child.once('exit', () => { dead = true; r(); }));
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (d) => d.split('\n').filter(Boolean).forEach((l) => log(`[worker] ${l}`)));
  }
  const stop = async () => {
    if (!dead) {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
      const t = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 5000);
      await exited;
      clearTimeout(t);
    }
    await rm(persist, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitHttp(`${url}/api/config`, 120_000, () => dead);
  } catch (e) {
    await stop();
    throw new Error(`the Worker did not start: ${e.message}`);
  }
  return { url, stop };
}

/** A session token (worker/openapi.yaml, "Sessions"), minted by the Worker's own code. */
function mint(secret, tenant) {
  return mintSession(secret, { tenant, aud: AUDIENCE, exp: Math.floor(Date.now() / 1000) + 8 * 3600 });
}

/**
 * Starts the whole stack: cf-sim, the Worker (wrangler dev --local) and the
 * page server. Returns { sim, api, page, pageUrl, token, stop }.
 */
export async function startStack({ log = () => {}, speed = 1000 } = {}) {
  const stops = [];
  const stop = async () => { for (const s of stops.reverse()) await s().catch(() => {}); };
  try {
    // The simulator binary: $CF_SIM_BIN, else cargo's target dir (honours CARGO_TARGET_DIR).
    const bin = process.env.CF_SIM_BIN ?? join(resolve(REPO, process.env.CARGO_TARGET_DIR ?? 'target'), 'debug', 'cf-sim');
    const sim = await startSim({ bin, args: ['--speed', String(speed), '--rate-limit', '100000', '--fallback-origin', `fallback.${ZONE_NAME}`, '--cname-target', CNAME_TARGET, '--zone-name', ZONE_NAME] });
    stops.push(() => sim.stop());
    const page = await startPageServer();
    stops.push(() => page.close());
    const secret = randomBytes(32).toString('hex');
    const api = await startWorker({ sim, secret, pageOrigin: page.url, log });
    stops.push(() => api.stop());
    const token = await mint(secret, 'demo-tenant');
    const fragment = new URLSearchParams({ token, api: api.url }).toString();
    return { sim, api, page, token, secret, pageUrl: `${page.url}/www/#${fragment}`, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
