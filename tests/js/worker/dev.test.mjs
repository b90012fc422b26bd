// The documented dev command (worker/scripts/dev.mjs: D1 migrations, then
// `wrangler dev --local`) against a cf-sim: it serves the API, a minted
// session works end to end, and SIGTERM stops it. Bounded: 120 s.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startSim } from '../../../sim/js/harness.mjs';
import { REPO } from './helpers.mjs';
import { processArgsContaining } from '../helpers/processes.mjs';

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

test('worker/scripts/dev.mjs serves the API against cf-sim', { timeout: 120000 }, async () => {
  const sim = await startSim({ args: ['--speed', '1000'] });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'worker-dev-'));
  const port = await freePort();
  const env = { ...process.env, CF_SIM_URL: sim.url, PORT: String(port), PERSIST_TO: dir, SESSION_SECRET: 'dev-test-secret-0123456789abcdef0123', SESSION_AUDIENCE: 'dev-test' };
  const dev = spawn(process.execPath, [path.join(REPO, 'worker/scripts/dev.mjs')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  dev.stdout.on('data', (d) => (out += d));
  dev.stderr.on('data', (d) => (out += d));
  const exited = new Promise((resolve) => dev.once('exit', (code, signal) => resolve({ code, signal })));
  try {
    const base = `http://127.0.0.1:${port}`;
    let config;
    for (let i = 0; i < 180 && !config; i++) {
      try {
        const r = await fetch(`${base}/api/config`);
        if (r.ok) config = await r.json();
      } catch {
        await new Promise((res) => setTimeout(res, 500));
      }
    }
    assert.ok(config, `dev server did not answer:\n${out.slice(-2000)}`);
    assert.deepEqual(config, { cnameTarget: 'customers.saasprovider.com', demo: true, dohUrl: sim.dohUrl, zoneName: 'saasprovider.com' });
    const token = execFileSync(process.execPath, [path.join(REPO, 'scripts/mint-session.mjs'), '--tenant', 'dev-t'], { env, encoding: 'utf8' }).trim();
    const created = await fetch(`${base}/api/hostnames`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ hostname: 'dev.customer-demo.io' }),
    });
    assert.equal(created.status, 201, await created.clone().text());
    const list = await (await fetch(`${base}/api/hostnames`, { headers: { authorization: `Bearer ${token}` } })).json();
    assert.deepEqual(list.hostnames.map((h) => h.hostname), ['dev.customer-demo.io']);
    // No secret on any command line (ps): they went through a private env file.
    assert.deepEqual(await processArgsContaining([env.SESSION_SECRET, 'sim-token']), []);
  } finally {
    dev.kill('SIGTERM');
    const timer = setTimeout(() => dev.kill('SIGKILL'), 10000);
    await exited;
    clearTimeout(timer);
    await sim.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
