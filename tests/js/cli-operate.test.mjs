// The acting commands (doctor, add, watch, ls, show, rm, and their exit
// codes) as an operator meets them: the packed tarball installed in a fresh
// temporary directory and run through `npx`, against cf-sim (--speed 1000),
// the customer's DNS published through cf-sim's admin API.
// Needs `bash scripts/build` (pkg/node) and `cargo build -p cf-sim`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { startSim } from '../../sim/js/harness.mjs';

const run = promisify(execFile);
const PKG = fileURLToPath(new URL('../../pkg/', import.meta.url));
const TARGET = 'customers.saasprovider.com';

let sim;
let dir;
let env;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ch-cli-'));
  const packed = await run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: PKG });
  const [info] = JSON.parse(packed.stdout);
  await writeFile(join(dir, 'package.json'), '{"name":"operator","private":true}\n');
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', join(dir, info.filename)], { cwd: dir });
  sim = await startSim({ args: ['--speed', '1000', '--rate-limit', '100000'] });
  env = {
    ...process.env,
    CLOUDFLARE_API_TOKEN: sim.token,
    CLOUDFLARE_ZONE_ID: sim.zoneId,
    CNAME_TARGET: TARGET,
  };
});

after(async () => {
  await sim?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** `npx custom-hostnames ARGS` in the operator's directory; never rejects on exit != 0. */
function cli(args, { extraEnv = {}, sim: withSim = true } = {}) {
  const conn = withSim ? ['--base-url', sim.apiBase] : [];
  return new Promise((resolve, reject) => {
    execFile('npx', ['--offline', 'custom-hostnames', ...args, ...conn], { cwd: dir, env: { ...env, ...extraEnv }, timeout: 120000, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      if (err && typeof err.code !== 'number') return reject(err);
      resolve({ code: err ? err.code : 0, stdout, stderr });
    });
  });
}

const live = () => ['--resolver', sim.dohUrl, '--clock-url', `${sim.url}/__sim/clock`];

async function api(method, path, body) {
  const res = await fetch(`${sim.apiBase}/zones/${sim.zoneId}${path}`, {
    method,
    headers: { authorization: `Bearer ${sim.token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return res.json();
}

test('doctor: a zone without a fallback origin fails (1), with one it passes (0)', async () => {
  const before = await cli(['doctor', '--resolver', sim.dohUrl, '--json']);
  assert.equal(before.code, 1, before.stderr);
  const report = JSON.parse(before.stdout);
  assert.equal(report.ok, false);
  const set = report.checks.find((c) => c.code === 'fallback_origin_set');
  assert.equal(set.verdict, 'failed');
  assert.match(set.fix, /fallback_origin/);
  const text = await cli(['doctor', '--resolver', sim.dohUrl]);
  assert.match(text.stdout, /^FAIL a fallback origin is set$/m);
  assert.match(text.stdout, /^setup not ready/m);

  // A DNS-only origin record: the origin never deploys, doctor says why.
  const rec = await api('POST', '/dns_records', { type: 'A', name: 'origin.saasprovider.com', content: '198.51.100.8', proxied: false });
  await api('PUT', '/custom_hostnames/fallback_origin', { origin: 'origin.saasprovider.com' });
  await sim.admin.advanceClock(120);
  const dnsOnly = JSON.parse((await cli(['doctor', '--resolver', sim.dohUrl, '--json'])).stdout);
  const verdict = (r, code) => r.checks.find((c) => c.code === code).verdict;
  assert.equal(verdict(dnsOnly, 'fallback_origin_active'), 'failed');
  assert.equal(verdict(dnsOnly, 'fallback_origin_proxied'), 'failed');
  assert.ok(dnsOnly.checks.find((c) => c.code === 'fallback_origin_proxied').fix.includes(rec.result.id));

  // The seed's proxied fallback record: every check passes.
  await api('PUT', '/custom_hostnames/fallback_origin', { origin: 'fallback.saasprovider.com' });
  await sim.admin.advanceClock(60);
  const ok = await cli(['doctor', '--resolver', sim.dohUrl, '--json', '--wildcard']);
  assert.equal(ok.code, 0, ok.stdout);
  const good = JSON.parse(ok.stdout);
  assert.equal(good.ok, true);
  assert.deepEqual(good.checks.filter((c) => c.verdict !== 'ok').map((c) => c.code), []);
  assert.equal(good.fallbackOrigin, 'fallback.saasprovider.com');
  assert.ok(good.requests.api >= 3 && good.requests.dns === 3, JSON.stringify(good.requests));
});

test('add → watch → active while the customer publishes the CNAME; watch follows the pacing', async () => {
  await api('PUT', '/custom_hostnames/fallback_origin', { origin: 'fallback.saasprovider.com' });
  const host = 'shop.watch-customer.io';
  const added = await cli(['add', host, '--json']);
  assert.equal(added.code, 0, added.stderr);
  const created = JSON.parse(added.stdout);
  assert.equal(created.customHostname.hostname, host);
  const cname = created.instructions.records.find((r) => r.purpose === 'traffic');
  assert.deepEqual([cname.type, cname.name, cname.value], ['CNAME', 'shop', TARGET]);
  // Idempotent: the same add finds the existing one.
  const again = JSON.parse((await cli(['add', host, '--json'])).stdout);
  assert.equal(again.customHostname.id, created.customHostname.id);
  assert.equal(again.recovered, 'existing_after_duplicate');
  const text = await cli(['add', host]);
  assert.match(text.stdout, /^already exists: shop\.watch-customer\.io/m);
  assert.match(text.stdout, /Target \/ Points to: +customers\.saasprovider\.com/);

  // The customer adds the CNAME about 1.5 s (25 simulated minutes) into the watch.
  const publish = new Promise((resolve) => setTimeout(resolve, 1500)).then(() => sim.admin.addDns(host, 'CNAME', TARGET));
  const watched = await cli(['watch', host, '--json', ...live()]);
  await publish;
  assert.equal(watched.code, 0, watched.stderr);
  const w = JSON.parse(watched.stdout);
  assert.equal(w.outcome, 'active');
  assert.equal(w.assessment.phase, 'active');
  assert.ok(w.polls.length >= 2, `${w.polls.length} polls`);
  assert.equal(w.polls[0].phase, 'awaiting_customer_dns');
  // Never faster than the assessment said (times are the simulator's, whole seconds).
  for (let i = 1; i < w.polls.length; i += 1) {
    const gap = w.polls[i].at - w.polls[i - 1].at;
    const asked = w.polls[i - 1].pollAfterSeconds;
    assert.ok(asked !== null && gap >= asked - 1, `poll ${i}: ${gap} s after the previous one, which asked for ${asked} s`);
  }
  // One GET per poll plus two per refresh (GET + PATCH); the first poll
  // resolves the name through the list.
  assert.equal(w.requests.api, w.requests.polls + 2 * w.requests.refreshes, JSON.stringify(w.requests));
  assert.ok(w.requests.dns > 0);
  console.log(`watch over a whole onboarding: ${w.requests.polls} polls, ${w.requests.api} API requests (${w.requests.refreshes} refreshes), ${w.requests.dns} DoH lookups, ${w.elapsedSeconds} simulated seconds`);

  // The plain (non-terminal) form: a line per change and the closing note with the counts.
  const host2 = 'www.watch-customer.io';
  await cli(['add', host2]);
  const publish2 = new Promise((resolve) => setTimeout(resolve, 1500)).then(() => sim.admin.addDns(host2, 'CNAME', TARGET));
  const plain = await cli(['watch', host2, ...live()]);
  await publish2;
  assert.equal(plain.code, 0, plain.stderr);
  const lines = plain.stdout.trim().split('\n');
  assert.match(lines.at(-1), /^done: www\.watch-customer\.io active after .+ — \d+ checks, \d+ API requests \(\d+ refresh(es)?\), \d+ DNS-over-HTTPS lookups$/);
  assert.match(lines[0], /^\d\d:\d\d:\d\d {2}www\.watch-customer\.io {2}awaiting_customer_dns {2}\(who acts: customer;/);
  assert.match(plain.stdout, /^\d\d:\d\d:\d\d {2}www\.watch-customer\.io {2}active {2}\(who acts: nobody;/m);
  console.log(`watch closing note: ${lines.at(-1)}`);
});

test('watch sends the refresh the assessment recommends (timed-out certificate), and stops on a terminal state', async () => {
  const host = 'late.watch-customer.io';
  const created = JSON.parse((await cli(['add', host, '--json'])).stdout).customHostname;
  await sim.admin.addDns(host, 'CNAME', TARGET);
  await sim.admin.advanceClock(600);
  // Cloudflare gave up on the certificate: only a refresh (PATCH with ssl) restarts it.
  await sim.admin.forceStatus(created.id, { sslStatus: 'validation_timed_out' });
  const r = await cli(['watch', created.id, '--json', ...live()]);
  assert.equal(r.code, 0, r.stderr);
  const w = JSON.parse(r.stdout);
  assert.equal(w.polls[0].phase, 'timed_out');
  assert.equal(w.polls[0].refreshRecommended, true);
  assert.equal(w.requests.refreshes, 1);
  assert.equal(w.outcome, 'active');
  // Watched by id: one GET per poll, a GET and a PATCH for the refresh.
  assert.equal(w.requests.api, w.requests.polls + 2 * w.requests.refreshes, JSON.stringify(w.requests));
  console.log(`watch with a refresh: ${w.requests.polls} polls, ${w.requests.api} API requests (${w.requests.refreshes} refresh), ${w.requests.dns} DoH lookups`);

  // Blocked: nothing will change by itself, watch stops (1) after one check.
  const blocked = JSON.parse((await cli(['add', 'held.watch-customer.io', '--json'])).stdout).customHostname;
  await sim.admin.forceStatus(blocked.id, { status: 'blocked' });
  const b = await cli(['watch', 'held.watch-customer.io', ...live()]);
  assert.equal(b.code, 1, b.stderr);
  assert.match(b.stdout, /^stopped: held\.watch-customer\.io blocked after 0s — 1 checks, 1 API requests \(0 refreshes\)/m);
});

test('cert: the edge serves the active hostname a certificate that covers it, from cf-sim\'s CA, as the API says', async () => {
  const host = 'shop.watch-customer.io';
  const edge = await (await fetch(`${sim.url}/__sim/edge`)).json();
  const caFile = join(dir, 'cf-sim-ca.pem');
  await writeFile(caFile, edge.caPem);
  const r = await cli(['cert', host, '--via', edge.listen, '--ca-file', caFile, '--json', '--clock-url', `${sim.url}/__sim/clock`]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const c = JSON.parse(r.stdout);
  assert.equal(c.edge.verdict, 'serving');
  assert.equal(c.edge.covers, true);
  assert.equal(c.edge.matchedName, host);
  assert.equal(c.edge.matchesApi, true);
  assert.equal(c.trust.caFile.verified, true, JSON.stringify(c.trust));
  assert.match(c.trust.caFile.root, /cf-sim Test Root CA/);
  assert.equal(c.issuerAgrees, true);
  assert.equal(c.certificate.issuer, c.api.issuer);
  assert.equal(new Date(c.certificate.notAfter * 1000).toISOString().slice(0, 19), c.api.expiresOn.slice(0, 19));
  assert.deepEqual(c.certificate.names, c.api.hosts);
  assert.equal(c.phase, 'active');
  const text = await cli(['cert', host, '--via', edge.listen, '--ca-file', caFile, '--clock-url', `${sim.url}/__sim/clock`]);
  assert.match(text.stdout, new RegExp(`^ {2}covers ${host.replaceAll('.', '\\.')}: yes`, 'm'));
  assert.match(text.stdout, /^ {2}chain: +signed up to CN=cf-sim Test Root CA/m);
  assert.match(text.stdout, /^ {12}the same certificate as the API reports$/m);
  // A hostname that is not active gets no certificate: not yet (1).
  await cli(['add', 'pending.watch-customer.io']);
  const pending = await cli(['cert', 'pending.watch-customer.io', '--via', edge.listen, '--json']);
  assert.equal(pending.code, 1, pending.stderr);
  assert.equal(JSON.parse(pending.stdout).edge.verdict, 'no_certificate');
  // Nothing listening: a network failure (3).
  const closed = await cli(['cert', host, '--via', '127.0.0.1:9', '--json']);
  assert.equal(closed.code, 3, closed.stdout + closed.stderr);
});

test('ls: every page, as a table and as JSON, with phase and actor filters', async () => {
  for (let i = 0; i < 7; i += 1) {
    const r = await cli(['add', `site${i}.ls-customer.io`, '--json']);
    assert.equal(r.code, 0, r.stderr);
  }
  const all = await cli(['ls', '--per-page', '5', '--json', '--clock-url', `${sim.url}/__sim/clock`]);
  assert.equal(all.code, 0, all.stderr);
  const j = JSON.parse(all.stdout);
  assert.ok(j.pages >= 2, `${j.pages} page(s)`);
  assert.equal(j.total, j.hostnames.length);
  const names = j.hostnames.map((h) => h.hostname);
  for (let i = 0; i < 7; i += 1) assert.ok(names.includes(`site${i}.ls-customer.io`), names.join(' '));
  assert.equal(new Set(names).size, names.length, 'each hostname once');
  const table = await cli(['ls', '--per-page', '5', '--phase', 'awaiting_customer_dns']);
  assert.match(table.stdout, /^HOSTNAME +PHASE +WHO ACTS +CERTIFICATE +AGE$/m);
  assert.match(table.stdout, /^site3\.ls-customer\.io +awaiting_customer_dns +customer +\w+ +\S/m);
  assert.doesNotMatch(table.stdout, / active /);
  assert.match(table.stderr, /\d+ of \d+ custom hostname\(s\), \d+ page\(s\) of 5/);
  const customers = JSON.parse((await cli(['ls', '--actor', 'nobody', '--json'])).stdout);
  assert.ok(customers.hostnames.every((h) => h.actor === 'nobody'));
});

test('show: verdict, steps, deadlines with dates and live records; 1 while not ready', async () => {
  const host = 'site0.ls-customer.io';
  const r = await cli(['show', host, ...live()]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /^ {2}verdict: +awaiting_customer_dns/m);
  assert.match(r.stdout, /^ {4}hostname_validation_ends +\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ \(in /m);
  assert.match(r.stdout, /^ {4}-- +CNAME site0\.ls-customer\.io missing$/m);
  const j = JSON.parse((await cli(['show', host, '--json', ...live()])).stdout);
  assert.equal(j.customHostname.hostname, host);
  assert.equal(j.assessment.actor, 'customer');
  assert.ok(j.observation.records.some((x) => x.purpose === 'traffic' && x.status === 'missing'));
});

test('rm: asks first (refuses without a terminal), --yes deletes', async () => {
  const host = 'site1.ls-customer.io';
  const refused = await cli(['rm', host, '--json']);
  assert.equal(refused.code, 2);
  assert.equal(JSON.parse(refused.stdout).error.code, 'confirmation_required');
  const gone = await cli(['rm', host, '--yes', '--json']);
  assert.equal(gone.code, 0, gone.stderr);
  assert.equal(JSON.parse(gone.stdout).deleted.hostname, host);
  const missing = await cli(['show', host, '--json']);
  assert.equal(missing.code, 2);
  assert.equal(JSON.parse(missing.stdout).error.code, 'not_found');
});

test('bad input exits 2 with the error code; no token or zone is bad input too', async () => {
  const bad = await cli(['add', 'shop..customer.io', '--json']);
  assert.equal(bad.code, 2, bad.stderr);
  assert.equal(JSON.parse(bad.stdout).error.code, 'empty_label');
  assert.match(bad.stderr, /^error \(empty_label\): /m);
  const method = await cli(['add', 'a.customer.io', '--method', 'carrier-pigeon', '--json']);
  assert.equal(JSON.parse(method.stdout).error.code, 'usage');
  const noToken = await cli(['ls', '--json'], { extraEnv: { CLOUDFLARE_API_TOKEN: '' } });
  assert.equal(noToken.code, 2);
  assert.equal(JSON.parse(noToken.stdout).error.code, 'missing_token');
  const phase = await cli(['ls', '--phase', 'sleeping']);
  assert.equal(phase.code, 2);
  // Cloudflare refusing the request itself (404 for an unknown id) is bad input too.
  const unknown = await cli(['show', '00000000-0000-4000-8000-000000000000', '--json']);
  assert.equal(unknown.code, 2, unknown.stderr);
  assert.equal(JSON.parse(unknown.stdout).error.data.httpStatus, 404);
});

test('a refused token exits 3 and is never printed', async () => {
  const token = 'cfat_refused_0123456789abcdef';
  for (const args of [['ls'], ['add', 'x.refused-customer.io'], ['doctor', '--resolver', sim.dohUrl], ['show', 'x.refused-customer.io', '--json']]) {
    const r = await cli(args, { extraEnv: { CLOUDFLARE_API_TOKEN: token } });
    assert.equal(r.code, 3, `${args[0]}: ${r.stdout}${r.stderr}`);
    assert.ok(!r.stdout.includes(token) && !r.stderr.includes(token), `${args[0]} printed the token`);
    assert.match(r.stderr, /error \((cloudflare_api_error|\w+)\)/);
  }
  const flag = await cli(['ls', '--api-token', token, '--json']);
  assert.equal(flag.code, 3);
  assert.ok(!flag.stdout.includes(token) && !flag.stderr.includes(token));
  assert.equal(JSON.parse(flag.stdout).error.data.httpStatus, 401);
  // Unreachable API: 3 too.
  const down = await cli(['ls', '--base-url', 'http://127.0.0.1:9/client/v4', '--timeout', '2000'], { sim: false });
  assert.equal(down.code, 3, down.stderr);
});
