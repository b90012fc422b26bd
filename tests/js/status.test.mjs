// The status interpreter through the Wasm boundary (Node build in pkg/node):
// the same golden expectations as the native tests, plus the JS-only
// behaviour (JSON text or object input, envelopes, batch items, coded errors).
// Run: bash scripts/build && node --test tests/js/status.test.mjs
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import m from '../../pkg/node/custom_hostnames.js';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const read = (rel) => readFileSync(fixtures + rel, 'utf8');
const golden = JSON.parse(read('status/golden.json'));

function checkKeyFields(assessment, expected, label) {
  assert.equal(assessment.phase, expected.phase, `${label}: phase`);
  assert.equal(assessment.actor, expected.actor, `${label}: actor`);
  assert.equal(assessment.ready, expected.ready, `${label}: ready`);
  if (expected.errors) assert.deepEqual(assessment.errors.map((e) => e.code), expected.errors, `${label}: errors`);
  if (expected.steps) assert.deepEqual(assessment.steps.map((s) => s.code), expected.steps, `${label}: steps`);
  if ('refresh' in expected) assert.equal(assessment.refreshRecommended, expected.refresh, `${label}: refresh`);
  if ('poll' in expected) assert.equal(assessment.pollAfterSeconds ?? null, expected.poll, `${label}: poll`);
}

test('every Cloudflare example matches the golden expectations', () => {
  let checked = 0;
  for (const name of readdirSync(fixtures + 'cloudflare').filter((n) => n.endsWith('.json')).sort()) {
    const entry = golden.cloudflare[name];
    assert.ok(entry, `golden.json lacks ${name}`);
    if (entry.skip) continue;
    const body = read('cloudflare/' + name);
    for (const [i, expected] of entry.entries()) {
      const label = `${name} #${i}`;
      if (expected.webhook) {
        const w = m.interpretWebhook(body, expected.context);
        assert.equal(w.stage, expected.webhook.stage);
        assert.equal(w.outcome, expected.webhook.outcome);
        checkKeyFields(w.assessment, expected, label);
        assert.equal(w.phase, w.assessment.phase);
      } else if (Array.isArray(JSON.parse(body).result)) {
        for (const item of m.interpretMany(body, expected.context)) {
          assert.equal(item.ok, true, label);
          checkKeyFields(item.assessment, expected, label);
        }
      } else {
        checkKeyFields(m.interpretCustomHostname(JSON.parse(body), expected.context), expected, label);
      }
      checked++;
    }
  }
  assert.ok(checked >= 20);
});

test('hand-written cases match too', () => {
  for (const [name, variants] of Object.entries(golden.cases)) {
    const object = JSON.parse(read('status/cases/' + name));
    for (const [i, expected] of variants.entries()) {
      checkKeyFields(m.interpretCustomHostname(object, expected.context), expected, `${name} #${i}`);
    }
  }
});

test('bare object, envelope and JSON text give the same assessment', () => {
  const body = read('cloudflare/get-response-active-ssl-active-truncated.json');
  const envelope = m.interpretCustomHostname(JSON.parse(body));
  const text = m.interpretCustomHostname(body);
  const bare = m.interpretCustomHostname(JSON.parse(body).result);
  assert.deepEqual(envelope, text);
  assert.deepEqual(envelope, bare);
  assert.equal(bare.phase, 'active');
  assert.equal(bare.ready, true);
});

test('now accepts Unix seconds and RFC 3339 alike', () => {
  const object = JSON.parse(read('status/cases/active-expiring.json'));
  const a = m.interpretCustomHostname(object, { now: 1795564800 });
  const b = m.interpretCustomHostname(object, { now: '2026-11-25T00:00:00Z' });
  assert.deepEqual(a, b);
  assert.equal(a.phase, 'active_needs_attention');
});

test('interpretMany reports bad items without throwing', () => {
  const results = m.interpretMany([{ hostname: 42 }, { hostname: 'a.example.net', status: 'moved' }]);
  assert.equal(results[0].ok, false);
  assert.equal(results[0].error.code, 'unexpected_shape');
  assert.equal(results[1].ok, true);
  assert.equal(results[1].assessment.phase, 'moved');
});

test('summarizeMany is interpretMany reduced to one row per hostname', () => {
  const context = { now: '2026-11-27T00:00:00Z', cnameTarget: 'customers.saasprovider.com' };
  const items = readdirSync(fixtures + 'cloudflare')
    .filter((n) => /^(create|get|list|edit)-response/.test(n))
    .flatMap((n) => {
      const r = JSON.parse(read('cloudflare/' + n)).result;
      return Array.isArray(r) ? r : [r];
    })
    .filter((h) => h && h.hostname);
  items.push({ hostname: 42 });
  assert.ok(items.length >= 15, `${items.length} items`);
  const full = m.interpretMany(items, context);
  const brief = m.summarizeMany(items, context);
  assert.equal(brief.length, full.length);
  brief.forEach((b, i) => {
    const f = full[i];
    assert.equal(b.ok, f.ok);
    if (!f.ok) return assert.deepEqual(b.error, f.error);
    const a = f.assessment;
    const s = b.summary;
    for (const k of ['id', 'name', 'phase', 'summary', 'ready', 'actor', 'pollAfterSeconds', 'refreshRecommended']) assert.deepEqual(s[k], a[k], `${a.name}: ${k}`);
    assert.equal(s.hostnameStatus, a.hostname.status);
    assert.equal(s.certificateStatus, a.certificate.status);
    assert.deepEqual(s.errorCodes, a.errors.map((e) => e.code));
    assert.equal(s.nextStep, (a.steps.find((x) => !x.optional) ?? a.steps[0])?.code);
    const ahead = a.deadlines.filter((d) => d.secondsLeft >= 0).sort((x, y) => x.secondsLeft - y.secondsLeft);
    assert.deepEqual(s.nextDeadline, ahead[0]);
    assert.ok(!('steps' in s) && !('hostname' in s), 'no full-assessment fields');
  });
  assert.equal(brief.at(-1).error.code, 'unexpected_shape');
  assert.ok(JSON.stringify(brief).length * 4 < JSON.stringify(full).length);
  assert.deepEqual(m.summarizeMany(JSON.stringify({ success: true, result: items.slice(0, 3) }), context), brief.slice(0, 3));
});

test('bad arguments throw coded errors', () => {
  const codeOf = (fn) => { try { fn(); } catch (e) { assert.equal(e.name, 'CustomHostnamesError'); return e.code; } return null; };
  assert.equal(codeOf(() => m.interpretCustomHostname('{oops')), 'invalid_json');
  assert.equal(codeOf(() => m.interpretCustomHostname([])), 'not_an_object');
  assert.equal(codeOf(() => m.interpretCustomHostname({}, { now: 'soon' })), 'invalid_timestamp');
  assert.equal(codeOf(() => m.interpretMany(7)), 'invalid_argument');
  assert.equal(codeOf(() => m.summarizeMany({ result: 1 })), 'invalid_argument');
  assert.equal(codeOf(() => m.interpretWebhook('[]')), 'not_an_object');
});

test('a DNS observation changes who acts', () => {
  const object = JSON.parse(read('cloudflare/create-response-pending-ownership-verification-truncated.json'));
  const record = (status) => ({ observation: { records: [
    { purpose: 'traffic', type: 'CNAME', fqdn: 'app.example.com', expected: 'customers.saas.example', status, observed: [] },
  ] } });
  assert.equal(m.interpretCustomHostname(object, record('missing')).actor, 'customer');
  assert.equal(m.interpretCustomHostname(object, record('lookup_failed')).actor, 'nobody');
  const right = m.interpretCustomHostname(object, record('ok'));
  assert.equal(right.actor, 'provider');
  assert.equal(right.refreshRecommended, true);
  assert.equal(right.steps[0].operation.op, 'refresh');
});
