// Onboarding under faults: 500 hostnames created through the Worker (workerd,
// wrangler dev --local) while cf-sim injects a mix of 429 (with Retry-After),
// 503, dropped connections, latency and malformed JSON on the API. Each client
// is well-behaved: on a typed retryable error it tries again (bounded). At the
// end every hostname must exist exactly once, and every answer must have been
// a success or a typed retryable error. Loopback only, bounded; prints the
// counts and exits non-zero on any violation.
// Usage: node scripts/load/faults.mjs [--hostnames 500] [--concurrency 25]
import { numberArg, startWorkerStack } from '../lib/worker-stack.mjs';

const N = numberArg('--hostnames', 500);
const CONCURRENCY = numberArg('--concurrency', 25);
// Each injected 429 makes the Worker hold every Cloudflare call for its
// Retry-After (the zone's token is blocked for everyone, worker/src/budget.js),
// and the queued 429 rules fire one after another as each block ends: about
// 24 s of blocks in all. A client honouring Retry-After needs more tries than
// the 8 that sufficed when each request met its 429 alone.
const MAX_TRIES = 30;

const stack = await startWorkerStack({ name: 'faults', quota: true });
const { sim, base, token } = stack;
const problems = [];
try {
  // The fault mix, spread over the run (each rule affects `count` API requests).
  const faults = [];
  for (let i = 0; i < 60; i++) {
    faults.push([
      { kind: 'status', status: 429, retryAfter: 1, count: 2 },
      { kind: 'status', status: 503, count: 3 },
      { kind: 'drop', count: 2 },
      { kind: 'latency', latencyMs: 1500, count: 2 },
      { kind: 'malformed_json', count: 2 },
    ][i % 5]);
  }
  await sim.admin.setFaults(faults);

  const tally = { ok: 0, retried: 0, retryableErrors: 0, otherErrors: 0 };
  const names = Array.from({ length: N }, (_, i) => `fault-${i}.customer-faults.io`);
  let next = 0;
  async function client() {
    while (next < names.length) {
      const hostname = names[next++];
      for (let attempt = 1; ; attempt++) {
        let res;
        let body;
        try {
          res = await fetch(`${base}/api/hostnames`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ hostname }) });
          body = await res.json();
        } catch (e) {
          problems.push(`${hostname}: no JSON answer from the Worker (${e.message})`);
          break;
        }
        if (res.status === 201 || (res.status === 200 && body?.existing === true)) { tally.ok++; if (attempt > 1) tally.retried++; break; }
        // (A retry after an uncertain failure is answered 200 `existing: true`
        // with the hostname: the Worker's create looks it up instead of re-sending.)
        if (body?.error?.retryable === true && typeof body.error.code === 'string') {
          tally.retryableErrors++;
          if (attempt >= MAX_TRIES) { problems.push(`${hostname}: still failing after ${MAX_TRIES} tries (${body.error.code}${body.error.reason ? `, ${body.error.reason}` : ""})`); break; }
          // Honour Retry-After (a 429 from the Worker's zone budget carries it).
          const after = Number(res.headers.get('retry-after')) || 0;
          await new Promise((r) => setTimeout(r, Math.max(200 * attempt, after * 1000)));
          continue;
        }
        tally.otherErrors++;
        problems.push(`${hostname}: HTTP ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
        break;
      }
    }
  }
  const t0 = Date.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, client));
  const seconds = (Date.now() - t0) / 1000;
  // What was injected: each rule's count minus what it still had left.
  const planned = new Map();
  for (const f of faults) planned.set(f.kind, (planned.get(f.kind) ?? 0) + f.count);
  const injected = new Map(planned);
  for (const r of (await sim.admin.listFaults()).faults) injected.set(r.kind, injected.get(r.kind) - r.remaining);
  await sim.admin.clearFaults();
  const injectedTotal = [...injected.values()].reduce((a, b) => a + b, 0);
  if (injectedTotal === 0) problems.push('no fault was injected: the run proves nothing');

  const world = JSON.stringify((await sim.admin.state()).world);
  const counts = new Map(names.map((n) => [n, 0]));
  for (const m of world.matchAll(/"hostname":"(fault-\d+\.customer-faults\.io)"/g)) counts.set(m[1], counts.get(m[1]) + 1);
  const missing = [...counts].filter(([, c]) => c === 0).map(([n]) => n);
  const twice = [...counts].filter(([, c]) => c > 1).map(([n]) => n);
  console.log(`${N} hostnames through the Worker under injected faults, ${CONCURRENCY} clients, ${seconds.toFixed(1)} s`);
  console.log(`faults injected: ${injectedTotal} (${[...injected].map(([k, n]) => `${k} ${n}/${planned.get(k)}`).join(', ')})`);
  console.log(`answers: ${tally.ok} created (${tally.retried} after a retry), ${tally.retryableErrors} typed retryable errors seen, ${tally.otherErrors} other errors`);
  console.log(`at the end: ${N - missing.length - twice.length} exist exactly once, ${missing.length} missing, ${twice.length} duplicated`);
  if (missing.length) problems.push(`missing: ${missing.slice(0, 5).join(', ')}`);
  if (twice.length) problems.push(`duplicated: ${twice.slice(0, 5).join(', ')}`);
} finally {
  await stack.stop();
}
for (const p of problems.slice(0, 20)) console.log(`FAIL ${p}`);
console.log(problems.length ? `faults: ${problems.length} problem(s)` : 'faults: every hostname exists exactly once; every answer was a success or a typed retryable error');
process.exitCode = problems.length ? 1 : 0;
