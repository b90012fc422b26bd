// The `custom-hostnames` command (pkg/bin/custom-hostnames.cjs) as a shell
// user meets it: every command, --help, --json output that parses, exit codes
// (0 ok/ready, 1 not yet, 2 bad input with the error code), and `check`
// against cf-sim's DNS-over-HTTPS as the "customer" adds records.
// Needs `bash scripts/build` (pkg/node) and `cargo build -p cf-sim`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startSim } from '../../sim/js/harness.mjs';

const BIN = fileURLToPath(new URL('../../pkg/bin/custom-hostnames.cjs', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/cloudflare/', import.meta.url));
const TARGET = 'john.customers.saasprovider.com';
const ZONE_ID = '023e105f4ecef8ad9ca31a8372d0c353';

/** Runs the CLI; resolves to { code, stdout, stderr } (never rejects on exit != 0). */
function cli(args, { input } = {}) {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [BIN, ...args], { timeout: 30000 }, (err, stdout, stderr) => {
      if (err && typeof err.code !== 'number') return reject(err);
      resolve({ code: err ? err.code : 0, stdout, stderr });
    });
    child.stdin.end(input ?? '');
  });
}

async function json(args, expectedCode = 0) {
  const r = await cli([...args, '--json']);
  assert.equal(r.code, expectedCode, `exit code of ${args.join(' ')}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

async function badInput(args, code) {
  const r = await cli(args);
  assert.equal(r.code, 2, `${args.join(' ')} should exit 2; stderr: ${r.stderr}`);
  assert.match(r.stderr, new RegExp(`^error \\(${code}\\): `, 'm'), `${args.join(' ')}: stderr names ${code}`);
  const j = await cli([...args, '--json']);
  assert.equal(j.code, 2);
  assert.equal(JSON.parse(j.stdout).error.code, code, `${args.join(' ')} --json error code`);
}

test('help: the overview, each command, and no command at all', async () => {
  const top = await cli(['--help']);
  assert.equal(top.code, 0);
  for (const name of ['parse', 'instructions', 'status', 'check', 'request']) {
    assert.match(top.stdout, new RegExp(`^  ${name} `, 'm'));
    const h = await cli([name, '--help']);
    assert.equal(h.code, 0, name);
    assert.match(h.stdout, new RegExp(`^Usage: custom-hostnames ${name} `), name);
    assert.match(h.stdout, /--json/, name);
  }
  const none = await cli([]);
  assert.equal(none.code, 2);
  assert.match(none.stdout, /Usage: custom-hostnames <command>/);
  const version = await cli(['--version']);
  assert.match(version.stdout, /^\d+\.\d+\.\d+/);
});

test('usage errors exit 2: unknown command, unknown option, missing argument', async () => {
  await badInput(['frobnicate'], 'usage');
  await badInput(['parse', 'a.customer.com', '--bogus'], 'usage');
  await badInput(['parse'], 'usage');
  await badInput(['parse', 'a.customer.com', 'b.customer.com'], 'usage');
});

test('parse: human output, --json, and bad hostnames exit 2 with their code', async () => {
  const r = await cli(['parse', 'https://Bücher.Example.co.uk:443/x']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^hostname: +xn--bcher-kva\.example\.co\.uk$/m);
  assert.match(r.stdout, /^registrable domain: +example\.co\.uk$/m);
  assert.match(r.stdout, /^note \(removed_scheme\): /m);
  const h = await json(['parse', 'Shop.Customer.com']);
  assert.equal(h.ascii, 'shop.customer.com');
  assert.equal(h.registrableDomain, 'customer.com');
  assert.deepEqual(h.warnings.map((w) => w.code), ['lowercased']);
  await badInput(['parse', 'shop..customer.com'], 'empty_label');
  await badInput(['parse', '*.customer.com'], 'wildcard_not_allowed');
  const wild = await json(['parse', '*.customer.com', '--allow-wildcard']);
  assert.equal(wild.isWildcard, true);
});

test('instructions: the seed CNAME in the customer\'s terms (name app, value the target)', async () => {
  const text = await cli(['instructions', 'app.customer.com', '--target', TARGET]);
  assert.equal(text.code, 0, text.stderr);
  assert.match(text.stdout, /Type: +CNAME\n +Name \/ Host: +app\n/);
  assert.match(text.stdout, new RegExp(`Target / Points to: +${TARGET.replaceAll('.', '\\.')}\n`));
  const zone = await cli(['instructions', 'app.customer.com', '--target', TARGET, '--format', 'zonefile']);
  assert.match(zone.stdout, new RegExp(`^app 300 IN CNAME ${TARGET.replaceAll('.', '\\.')}\\.$`, 'm'));
  const md = await cli(['instructions', 'app.customer.com', '-t', TARGET, '-f', 'markdown']);
  assert.equal(md.code, 0);
  assert.match(md.stdout, /^#/m);
  const j = await json(['instructions', 'app.customer.com', '--target', TARGET]);
  const cname = j.records.find((r) => r.purpose === 'traffic');
  assert.deepEqual([cname.type, cname.name, cname.value, cname.fqdn], ['CNAME', 'app', TARGET, 'app.customer.com']);
  assert.equal(j.zone, 'customer.com');
});

test('instructions: provider, a Cloudflare response, provider list, bad input', async () => {
  const r53 = await json(['instructions', 'app.customer.com', '--target', TARGET, '--provider', 'route53']);
  assert.equal(r53.provider.id, 'route53');
  // A recorded create response, moved off example.com (a special-use name
  // the instructions refuse), given on stdin.
  const { readFile } = await import('node:fs/promises');
  const recorded = await readFile(`${FIXTURES}create-response-pending-cname-digicert-with-ownership.json`, 'utf8');
  const moved = recorded.replaceAll('app.example.com', 'app.customer.com');
  const withCh = await cli(['instructions', 'app.customer.com', '--target', TARGET, '--custom-hostname', '-', '--json'], { input: moved });
  assert.equal(withCh.code, 0, withCh.stderr);
  const own = JSON.parse(withCh.stdout).records.find((r) => r.purpose === 'ownership');
  assert.ok(own, 'ownership record from the response');
  assert.equal(own.fqdn, `_cf-custom-hostname.app.customer.com`);
  const providers = await json(['instructions', '--providers']);
  assert.ok(providers.some((p) => p.id === 'cloudflare'));
  await badInput(['instructions', 'app.customer.com'], 'usage');
  await badInput(['instructions', 'app.customer.com', '--target', TARGET, '--format', 'pdf'], 'usage');
  await badInput(['instructions', 'app..customer.com', '--target', TARGET], 'empty_label');
  await badInput(['instructions', 'app.customer.com', '--target', 'not a host'], 'invalid_target');
  await badInput(['instructions', 'app.customer.com', '--target', TARGET, '--custom-hostname', '/nonexistent.json'], 'unreadable_file');
});

test('status: 0 when ready, 1 when not yet, from a file or stdin; lists and webhooks', async () => {
  const active = await cli(['status', `${FIXTURES}get-response-active-ssl-active-truncated.json`]);
  assert.equal(active.code, 0, active.stderr);
  assert.match(active.stdout, /: active \(ready\)/);
  const pending = await cli(['status', `${FIXTURES}get-response-pending-validation-caa-servfail.json`]);
  assert.equal(pending.code, 1);
  assert.match(pending.stdout, /awaiting_customer_dns/);
  assert.match(pending.stdout, /error \(caa_servfail\)/);
  const { readFile } = await import('node:fs/promises');
  const body = await readFile(`${FIXTURES}get-response-pending-validation-caa-servfail.json`, 'utf8');
  const stdin = await cli(['status', '-', '--json'], { input: body });
  assert.equal(stdin.code, 1);
  const a = JSON.parse(stdin.stdout);
  assert.equal(a.phase, 'awaiting_customer_dns');
  assert.equal(a.ready, false);
  const list = await json(['status', `${FIXTURES}list-response-wildcard-txt-pending-two-validation-records.json`], 1);
  assert.ok(Array.isArray(list) && list.length > 0 && list.every((r) => r.ok));
  const hook = await json(['status', `${FIXTURES}webhook-issuance-failed-caa-error.json`, '--webhook'], 1);
  assert.equal(typeof hook.eventType, 'string');
  assert.equal(typeof hook.assessment.phase, 'string');
  await badInput(['status', '/nonexistent.json'], 'unreadable_file');
  const notJson = await cli(['status', '-'], { input: '{ nope' });
  assert.equal(notJson.code, 2);
  assert.match(notJson.stderr, /^error \(invalid_json\)/m);
  const notObject = await cli(['status', '-'], { input: '42' });
  assert.equal(notObject.code, 2, notObject.stderr);
});

test('request: JSON or curl for an operation; bad operations exit 2', async () => {
  const built = await json(['request', 'create', '--zone-id', ZONE_ID, '--hostname', 'App.Customer.com', '--ssl-method', 'txt']);
  assert.equal(built.request.method, 'POST');
  assert.equal(built.url, `https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/custom_hostnames`);
  assert.equal(built.request.body.hostname, 'app.customer.com');
  assert.deepEqual(built.request.body.ssl, { method: 'txt', type: 'dv' });
  const curl = await cli(['request', 'get', '--zone-id', ZONE_ID, '--id', '0d89c70d-ad9f-4843-b99f-6cc0252067e9', '--curl']);
  assert.equal(curl.code, 0, curl.stderr);
  assert.match(curl.stdout, /^curl /);
  assert.match(curl.stdout, /\$CLOUDFLARE_API_TOKEN/);
  assert.match(curl.stdout, /custom_hostnames\/0d89c70d-ad9f-4843-b99f-6cc0252067e9/);
  const data = await json(['request', 'list', '--zone-id', ZONE_ID, '--data', '{"perPage":50,"hostnameStatus":"pending"}']);
  assert.equal(data.request.method, 'GET');
  assert.match(data.url, /per_page=50/);
  await badInput(['request', 'explode', '--zone-id', ZONE_ID], 'unknown_operation');
  await badInput(['request', 'create', '--zone-id', ZONE_ID, '--hostname=-bad.customer.com'], 'label_starts_with_hyphen');
  await badInput(['request', 'list', '--zone-id', ZONE_ID, '--data', '[1]'], 'invalid_json');
  await badInput(['request', 'get', '--zone-id', ZONE_ID], 'malformed_operation');
});

let sim;
before(async () => {
  sim = await startSim({ args: ['--speed', '1000', '--rate-limit', '100000'] });
});
after(async () => {
  await sim?.stop();
});

test('check: 1 while the CNAME is missing, 0 once the customer adds it (cf-sim DoH)', async () => {
  const host = 'app.customer-cli.io';
  const args = ['check', host, '--target', TARGET, '--resolver', sim.dohUrl];
  const missing = await cli(args);
  assert.equal(missing.code, 1, missing.stderr);
  assert.match(missing.stderr, /^checking \d+ record\(s\) for app\.customer-cli\.io via /m);
  assert.match(missing.stdout, /^NO +CNAME app\.customer-cli\.io missing/m);
  await sim.admin.addDns(host, 'CNAME', TARGET);
  const ok = await cli(args);
  assert.equal(ok.code, 0, ok.stdout + ok.stderr);
  assert.match(ok.stdout, /^ok +CNAME app\.customer-cli\.io ok/m);
  const j = await json(args, 0);
  assert.equal(j.ok, true);
  const cname = j.records.find((r) => r.purpose === 'traffic');
  assert.deepEqual([cname.status, cname.observed], ['ok', [TARGET]]);
  await sim.admin.removeDns(host, 'CNAME');
  await sim.admin.addDns(host, 'CNAME', 'elsewhere.example.net');
  const wrong = await json(args, 1);
  assert.equal(wrong.records.find((r) => r.purpose === 'traffic').status, 'wrong_value');
});

test('check: an unreachable resolver is "not yet" (1), bad input is 2', async () => {
  const dead = await cli(['check', 'app.customer-cli.io', '--target', TARGET, '--resolver', 'http://127.0.0.1:9/dns-query', '--timeout', '2000', '--json']);
  assert.equal(dead.code, 1, dead.stderr);
  const out = JSON.parse(dead.stdout);
  assert.equal(out.ok, false);
  await badInput(['check', 'app.customer-cli.io', '--target', TARGET, '--timeout', 'soon'], 'usage');
  await badInput(['check', 'localhost', '--target', TARGET], 'special_use_name');
});
