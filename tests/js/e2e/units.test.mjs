// Unit tests of the page's DOM-free modules (poll pace, API client, mailto).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextPollSeconds, shouldStopPolling, Poller } from '../../../www/lib/poll.js';
import { OnboardingApi, ApiError } from '../../../www/lib/api.js';
import { mailtoHref } from '../../../www/lib/exports.js';

test('poll pace follows pollAfterSeconds within [min, max]', () => {
  assert.equal(nextPollSeconds({ pollAfterSeconds: 60 }, 2, 30), 30);
  assert.equal(nextPollSeconds({ pollAfterSeconds: 1 }, 2, 30), 2);
  assert.equal(nextPollSeconds({ pollAfterSeconds: 10 }, 2, 30), 10);
  assert.equal(nextPollSeconds({}, 2, 30), 30);
  assert.equal(nextPollSeconds({ pollAfterSeconds: 5 }, 10, 3), 10, 'max below min is raised to min');
});

test('polling stops when ready or when the library gives no next poll', () => {
  assert.equal(shouldStopPolling({ ready: true, pollAfterSeconds: 60 }), true);
  assert.equal(shouldStopPolling({ ready: false, pollAfterSeconds: 60 }), false);
  assert.equal(shouldStopPolling({ ready: false, phase: 'timed_out' }), true);
  assert.equal(shouldStopPolling({ ready: false, pollAfterSeconds: null }), true);
  assert.equal(shouldStopPolling(null), false);
});

test('Poller runs ticks until null and a restart cancels the old loop', async () => {
  const p = new Poller();
  let n = 0;
  await new Promise((done) => p.start(async () => (++n < 3 ? 0.01 : (done(), null))));
  assert.equal(n, 3);
  let old = 0;
  p.start(async () => { old++; return 0.01; });
  p.stop();
  await new Promise((r) => setTimeout(r, 50));
  assert.equal(old, 1, 'stopped loop does not tick again');
});

test('API client: bearer token, JSON body, contract errors as ApiError', async () => {
  const calls = [];
  const fake = async (url, init) => {
    calls.push({ url, init });
    if (url.endsWith('/api/hostnames')) {
      return new Response(JSON.stringify({ error: { code: 'invalid_hostname', message: 'bad', field: 'hostname' } }), { status: 400 });
    }
    return new Response(JSON.stringify({ demo: true }), { status: 200 });
  };
  const api = new OnboardingApi('http://127.0.0.1:1/', 'tok', fake);
  assert.deepEqual(await api.config(), { demo: true });
  assert.equal(calls[0].url, 'http://127.0.0.1:1/api/config');
  assert.equal(calls[0].init.headers.authorization, 'Bearer tok');
  await assert.rejects(api.create('x'), (e) => e instanceof ApiError && e.code === 'invalid_hostname' && e.status === 400 && e.extra.field === 'hostname');
  assert.equal(calls[1].init.body, JSON.stringify({ hostname: 'x' }));
  assert.equal(calls[1].init.headers['content-type'], 'application/json');
  const down = new OnboardingApi('', 't', async () => { throw new TypeError('refused'); });
  await assert.rejects(down.get('a/b'), (e) => e.code === 'network_error' && e.retryable);
  const html = new OnboardingApi('', 't', async () => new Response('<html>', { status: 502 }));
  await assert.rejects(html.get('id'), (e) => e.code === 'http_502' && e.retryable);
});

test('mailto link encodes subject and body', () => {
  const href = mailtoHref('DNS for bücher.example', 'line 1\nname & value=?');
  assert.ok(href.startsWith('mailto:?subject='));
  const url = new URL(href);
  assert.equal(url.searchParams.get('subject'), 'DNS for bücher.example');
  assert.equal(url.searchParams.get('body'), 'line 1\nname & value=?');
});

import { apiOrigin } from '../../../www/lib/api.js';
import { matchLocale, pickLocale, substitute, Words } from '../../../www/lib/i18n.js';
import { errorKey } from '../../../www/lib/errors.js';
import { splitRecords } from '../../../www/lib/records.js';
import { stageOf } from '../../../www/lib/progress.js';

test('the API origin is an http(s) origin or same origin; anything else sends nothing', async () => {
  assert.equal(apiOrigin(''), '');
  assert.equal(apiOrigin('https://api.saas.example/some/path?x=1'), 'https://api.saas.example');
  assert.equal(apiOrigin('javascript:alert(1)'), null);
  assert.equal(apiOrigin('//evil.example'), null);
  let called = false;
  const api = new OnboardingApi('ftp://x', 't', async () => { called = true; return new Response('{}'); });
  await assert.rejects(api.config(), (e) => e.code === 'invalid_api_base');
  assert.equal(called, false);
  const calls = [];
  const ok = new OnboardingApi('http://127.0.0.1:1', 't', async (url, init) => { calls.push({ url, init }); return new Response('{"hostnames":[]}'); }, 'de');
  await ok.list();
  await ok.get('abc');
  assert.equal(calls[0].url, 'http://127.0.0.1:1/api/hostnames?limit=20', 'no locale on the strict list query');
  assert.equal(calls[1].url, 'http://127.0.0.1:1/api/hostnames/abc?locale=de');
  assert.equal(calls[1].init.redirect, 'error', 'the token never follows a redirect');
});

test('locale: lang attribute, then the browser, then English', () => {
  assert.equal(matchLocale('de-CH'), 'de');
  assert.equal(matchLocale('pt'), 'pt-BR');
  assert.equal(matchLocale('PT-br'), 'pt-BR');
  assert.equal(matchLocale('zh'), null);
  assert.equal(pickLocale('ja', ['de']), 'ja');
  assert.equal(pickLocale(null, ['zh-TW', 'fr-CA']), 'fr');
  assert.equal(pickLocale('', []), 'en');
  assert.equal(substitute('{host} and {other}', { host: 'a' }), 'a and {other}');
  const w = new Words({ 'page.n.one': '{count} item', 'page.n.other': '{count} items of {n}' }, 'en');
  assert.equal(w.n('n', 1), '1 item');
  assert.equal(w.n('n', 3, { n: 4 }), '3 items of 4');
  assert.equal(w.t('missing'), 'page.missing');
});

test('error codes map to the page catalogue, unknown ones to the generic sentence', () => {
  assert.equal(errorKey('empty_label'), 'error.hostname.character');
  assert.equal(errorKey('hostname_taken'), 'error.taken');
  assert.equal(errorKey('token_expired'), 'error.session');
  assert.equal(errorKey('something_new'), 'error.generic');
});

test('records: the ones to add first, the others folded, the ones to keep', () => {
  const r = (purpose, type, when, step = 1) => ({ purpose, type, when, step });
  const { primary, keep, other } = splitRecords({ records: [
    r('remove', 'A', 'if_present', 2), r('traffic', 'CNAME', 'after_validation', 3), r('ownership', 'TXT', 'now', 1),
    r('caa', 'CAA', 'if_present', 4), r('dcv_delegation', 'CNAME', 'keep', 1), r('ownership', 'TXT', 'removable', 1),
  ] });
  assert.deepEqual(primary.map((x) => x.type), ['TXT', 'CNAME'], 'now first, the switch last');
  assert.deepEqual(keep.map((x) => x.when), ['keep']);
  assert.deepEqual(other.map((x) => x.type), ['A', 'CAA', 'TXT']);
  assert.equal(stageOf('awaiting_customer_dns'), 0);
  assert.equal(stageOf('deploying_certificate'), 2);
  assert.equal(stageOf('blocked'), -1);
});
