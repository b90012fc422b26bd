#!/usr/bin/env node
// Scale by simulation (issue 17): cf-sim (release build) seeded in bulk with
// N hostnames across N/10 tenants, the Worker in workerd (Miniflare, real D1,
// the ZoneBudget Durable Object) in front of it, for N = 1k, 10k, 100k:
// - the reconcile from an empty index: cron runs until a pass completes,
//   wall time per run, Cloudflare calls per run (the cron's share of the
//   1,200-per-5-minutes budget), index = Cloudflare afterwards;
// - a tenant's list latency (p50/p99, 200 requests over random tenants) and
//   create latency (p50/p99, 40 creates) through the Worker.
// Prints a table; asserts nothing about time (a benchmark, not a test).
// Everything on 127.0.0.1, bounded (SCALE_MAX=100000 by default, 15 min cap).
//
//   node scripts/scale/run.mjs [--max 100000]
import path from 'node:path';
import { startSim, releaseSimBin } from '../../sim/js/harness.mjs';
import { workerEnv, startWorker, session, recorder } from '../../tests/js/worker/helpers.mjs';
import { numberArg } from '../lib/worker-stack.mjs';

const MAX = numberArg('--max', 100_000);
const SIZES = [1_000, 10_000, 100_000].filter((n) => n <= MAX);
const deadline = setTimeout(() => {
  console.error('scale: 15 minute cap reached');
  process.exit(2);
}, 15 * 60_000);
deadline.unref();

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const ms = (x) => `${x.toFixed(1)} ms`;

const sim = await startSim({ bin: releaseSimBin(), args: ['--speed', '1', '--rate-limit', '1200', '--fallback-origin', 'fallback.saasprovider.com', '--token', 'sim-token-SECRET-do-not-leak'] });
const mf = await startWorker(workerEnv(sim, { RECONCILE_PAGES: '20', RECONCILE_PER_PAGE: '1000', TENANT_HOSTNAME_LIMIT: '100000', INDEX_FRESH_SECONDS: '15', WATCH_PER_RUN: '0' }));
const api = recorder((u, init) => mf.dispatchFetch(u, init));
const db = await mf.getD1Database('DB');
const worker = await mf.getWorker();
const admin = await session('ops', { admin: true });
const rows = [];
try {
  let seeded = 0;
  for (const n of SIZES) {
    const t0 = performance.now();
    const r = await fetch(`${sim.url}/__sim/seed`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ count: n - seeded, tenants: n / 10, offset: seeded }) });
    if (!r.ok) throw new Error(`seed: ${r.status} ${await r.text()}`);
    const seedMs = performance.now() - t0;
    seeded = n;
    // From an empty index: how many cron runs until the pass completes.
    await db.batch([db.prepare('DELETE FROM hostnames'), db.prepare('DELETE FROM reconcile_state')]);
    const runs = [];
    const callsBefore = async () => (await api.call('GET', '/api/admin/quota', { token: admin })).json.apiBudget.byActor.cron ?? 0;
    for (let i = 0; i < 50; i++) {
      const before = await callsBefore();
      const s = performance.now();
      const out = await worker.scheduled({ cron: '*/10 * * * *' });
      const wall = performance.now() - s;
      if (out.outcome !== 'ok') throw new Error(`cron run failed: ${JSON.stringify(out)}`);
      const calls = (await callsBefore()) - before;
      const cursor = await db.prepare('SELECT pass, next_page FROM reconcile_state').first();
      runs.push({ wall, calls });
      if (cursor?.pass === 2 && cursor.next_page === 1) break;
    }
    const indexed = (await db.prepare("SELECT COUNT(*) AS n FROM hostnames WHERE id NOT LIKE 'reserved:%'").first()).n;
    const total = (await fetch(`${sim.url}/__sim/state`).then((x) => x.json())).counts;
    const zoneTotal = Object.values(total)[0].hostnames;
    // A tenant's list, over random tenants (10 rows each).
    const tenants = n / 10;
    const list = [];
    for (let i = 0; i < 200; i++) {
      const t = await session(`tenant${Math.floor(Math.random() * tenants)}`);
      const s = performance.now();
      const l = await api.call('GET', '/api/hostnames?limit=20', { token: t });
      list.push(performance.now() - s);
      if (l.status !== 200 || l.json.total < 1) throw new Error(`list: ${l.status} ${l.text.slice(0, 200)}`);
    }
    const create = [];
    const creator = await session(`creator-${n}`);
    for (let i = 0; i < 40; i++) {
      const s = performance.now();
      const c = await api.call('POST', '/api/hostnames', { token: creator, body: { hostname: `c${i}.scale-${n}.example-shop.io` } });
      create.push(performance.now() - s);
      if (c.status !== 201) throw new Error(`create: ${c.status} ${c.text.slice(0, 200)}`);
    }
    // Tenant creates fill the budget window: let the next size start clean.
    rows.push({
      n,
      seedMs,
      runs: runs.length,
      runWallMax: Math.max(...runs.map((r) => r.wall)),
      callsPerRunMax: Math.max(...runs.map((r) => r.calls)),
      indexed,
      zoneTotal,
      listP50: pct(list, 50),
      listP99: pct(list, 99),
      createP50: pct(create, 50),
      createP99: pct(create, 99),
    });
    const last = rows.at(-1);
    console.log(
      `n=${n}: seed ${ms(seedMs)}; reconcile ${last.runs} runs (max ${ms(last.runWallMax)} wall, max ${last.callsPerRunMax} Cloudflare calls per run), indexed ${indexed} of ${zoneTotal - 0} (zone incl. earlier creates); list p50 ${ms(last.listP50)} p99 ${ms(last.listP99)}; create p50 ${ms(last.createP50)} p99 ${ms(last.createP99)}`,
    );
    // Wait out the window the creates used (the zone's 1,200 per 5 min is real in cf-sim).
  }
  console.log('\n| hostnames | cron runs to converge | max wall per run | max API calls per run (cron share 600 / 5 min) | list p50 / p99 | create p50 / p99 |');
  console.log('|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(`| ${r.n.toLocaleString('en')} | ${r.runs} | ${ms(r.runWallMax)} | ${r.callsPerRunMax} | ${ms(r.listP50)} / ${ms(r.listP99)} | ${ms(r.createP50)} / ${ms(r.createP99)} |`);
  }
} finally {
  await mf.dispose();
  await sim.stop();
}
console.log(`\ncommand: node ${path.relative(process.cwd(), new URL(import.meta.url).pathname)} --max ${MAX}`);
