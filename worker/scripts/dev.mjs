#!/usr/bin/env node
// The Worker's local dev command: applies the D1 migrations to the local
// database, then runs `wrangler dev --local` on 127.0.0.1 with vars pointing at
// a running cf-sim (demo mode). Usage (from anywhere):
//
//   CF_SIM_URL=http://127.0.0.1:8788 PORT=8787 ALLOWED_ORIGINS=http://127.0.0.1:8080 node worker/scripts/dev.mjs
//
// PERSIST_TO=DIR keeps the local D1 database there instead of worker/.wrangler/state.
// Every setting: environment, else worker/.dev.vars, else the default below;
// they reach wrangler through a private env file, never the command line.
// Stops wrangler on SIGINT/SIGTERM and exits with its code.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WORKER_DIR, DEV_SESSION_SECRET, DEV_WEBHOOK_SECRET, DEV_AUDIENCE, setting } from './devvars.mjs';

const REPO = path.resolve(WORKER_DIR, '..');
const wrangler = path.join(REPO, 'node_modules', '.bin', 'wrangler');
const sim = setting('CF_SIM_URL', 'http://127.0.0.1:8788').replace(/\/+$/, '');
const port = setting('PORT', '8787');
// Local D1/state directory (default worker/.wrangler/state); tests use a temp dir.
const persist = process.env.PERSIST_TO ? ['--persist-to', path.resolve(process.env.PERSIST_TO)] : [];

const vars = {
  CF_API_TOKEN: setting('CF_API_TOKEN', 'sim-token'),
  CF_ZONE_ID: setting('CF_ZONE_ID', '023e105f4ecef8ad9ca31a8372d0c353'),
  CF_API_BASE: setting('CF_API_BASE', `${sim}/client/v4`),
  DOH_URL: setting('DOH_URL', `${sim}/dns-query`),
  DEMO_SIM_ADMIN: setting('DEMO_SIM_ADMIN', sim),
  CNAME_TARGET: setting('CNAME_TARGET', 'customers.saasprovider.com'),
  PROVIDER_ZONE: setting('PROVIDER_ZONE', 'saasprovider.com'),
  SESSION_SECRET: setting('SESSION_SECRET', DEV_SESSION_SECRET),
  SESSION_AUDIENCE: setting('SESSION_AUDIENCE', DEV_AUDIENCE),
  WEBHOOK_SECRET: setting('WEBHOOK_SECRET', DEV_WEBHOOK_SECRET),
  ALLOWED_ORIGINS: setting('ALLOWED_ORIGINS', 'http://127.0.0.1:8080,http://localhost:8080'),
  TENANT_HOSTNAME_LIMIT: setting('TENANT_HOSTNAME_LIMIT', '20'),
};
// Any other variable of worker/README.md "Configuration" given in the environment.
for (const name of ['INDEX_FRESH_SECONDS', 'CLAIM_TTL_SECONDS', 'ZONE_API_BUDGET', 'TENANT_API_SHARE_PERCENT', 'CRON_API_SHARE_PERCENT', 'RECONCILE_PAGES', 'RECONCILE_PER_PAGE', 'TENANT_METADATA_KEYS', 'EVENTS_URL', 'EVENTS_SECRET', 'WATCH_PER_RUN', 'TENANT_RATE_LIMITING']) {
  const v = setting(name, undefined);
  if (v !== undefined) vars[name] = v;
}

const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', CI: 'true' };
const migrate = spawnSync(wrangler, ['d1', 'migrations', 'apply', 'DB', '--local', ...persist], { cwd: WORKER_DIR, env, stdio: 'inherit' });
if (migrate.status !== 0) {
  console.error('dev: applying the D1 migrations failed');
  process.exit(migrate.status ?? 1);
}

// The values go to wrangler in a private env file (mode 0600, removed on
// exit), not as `--var` arguments: a command line is readable by anyone on
// the machine (`ps`), secrets included.
const varsDir = mkdtempSync(path.join(os.tmpdir(), 'worker-dev-vars-'));
const envFile = path.join(varsDir, '.env');
const quote = (v) => `"${String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
writeFileSync(envFile, Object.entries(vars).map(([k, v]) => `${k}=${quote(v)}\n`).join(''), { mode: 0o600 });
const cleanup = () => rmSync(varsDir, { recursive: true, force: true });
const args = ['dev', '--local', '--ip', '127.0.0.1', '--port', String(port), '--test-scheduled', '--show-interactive-dev-session=false', '--env-file', envFile, ...persist];
console.log(`dev: Worker on http://127.0.0.1:${port} against ${sim} (scheduled reconcile: GET /__scheduled)`);
const child = spawn(wrangler, args, { cwd: WORKER_DIR, env, stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => {
  cleanup();
  process.exit(code ?? (signal ? 1 : 0));
});
