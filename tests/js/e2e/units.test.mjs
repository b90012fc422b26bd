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
