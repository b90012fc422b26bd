// No panic across the JS boundary: every exported function and every
// CloudflareClient method, fed thousands of random and hostile inputs
// (wrong types, null/undefined, 1 MB strings, 10k-deep JSON, lone
// surrogates, prototype-pollution keys, numbers for strings, junk arrays),
// may only return normally or throw/reject an Error with a string `code`;
// afterwards the module still works. A Rust panic would surface as a
// WebAssembly.RuntimeError ("unreachable") without a code, and would leave
// the instance unusable. Seeded PRNG, bounded count and time.
// Needs `bash scripts/build` first (pkg/node).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import * as lib from '../../pkg/node/custom_hostnames.js';

const CALLS_PER_FUNCTION = Number(process.env.NO_PANIC_CALLS ?? 400);
const BUDGET_MS = 45_000;

// --- Seeded PRNG (mulberry32) -------------------------------------------
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(Number(process.env.NO_PANIC_SEED ?? 0x5eed));
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const int = (n) => Math.floor(rand() * n);

// --- Hostile values ---------------------------------------------------------
const MB = 1 << 20;
const huge = 'a'.repeat(MB);
const hugeLabels = 'a.'.repeat(MB / 2) + 'com';
function deepObject(n) {
  let v = {};
  for (let i = 0; i < n; i++) v = { a: v };
  return v;
}
function deepArray(n) {
  let v = [];
  for (let i = 0; i < n; i++) v = [v];
  return v;
}
const deepObj = deepObject(10_000);
const deepArr = deepArray(10_000);
const deepJsonText = '['.repeat(10_000) + ']'.repeat(10_000);
const deepObjText = '{"a":'.repeat(10_000) + '{}' + '}'.repeat(10_000);
const polluted = JSON.parse('{"__proto__": {"polluted": "yes", "code": 1}, "constructor": {"prototype": {"polluted": "yes"}}, "hostname": "app.customer.com"}');
const withGetterThatThrows = Object.defineProperty({}, 'hostname', {
  enumerable: true,
  get() {
    throw new Error('getter');
  },
});
const fakeString = { length: 2 ** 31, toString: () => 'x' };
const cyclic = {};
cyclic.self = cyclic;

const atoms = [
  undefined, null, true, false, 0, -0, 1, -1, 0.5, NaN, Infinity, -Infinity, 2 ** 53, -(2 ** 63), 1e308,
  10n, Symbol('s'), () => 1, new Date(0), /re/, new Map([[1, 2]]), new Set([1]), new Uint8Array(4),
  '', ' ', 'ok', 'app.customer.com', '*.customer.com', 'xn--', '\u0000', '\ud800', 'a\udfffb', '\udc00\ud800',
  '🙂', 'é'.repeat(300), huge, hugeLabels, '{', '{}', '[]', 'null', '"x"', deepJsonText, deepObjText,
  '__proto__', 'constructor', 'toString', 'hasOwnProperty',
  {}, [], [null], [1, 'a', {}], polluted, Object.create(null), deepObj, deepArr, cyclic, fakeString,
  withGetterThatThrows, new Array(1000).fill('x'), new Array(100_000).fill(0),
];

const keys = [
  'op', 'zoneId', 'zone_id', 'hostname', 'customHostnameId', 'id', 'ssl', 'method', 'type', 'settings',
  'customMetadata', 'custom_metadata', 'result', 'success', 'errors', 'messages', 'status', 'result_info',
  'ownership_verification', 'validation_records', 'txt_name', 'txt_value', 'cnameTarget', 'customHostname',
  'records', 'fqdn', 'value', 'purpose', 'zone', 'provider', 'now', 'observation', 'metadata', 'data',
  'format', 'apex', 'ips', 'existingRecords', 'page', 'perPage', 'origin', '__proto__', 'constructor',
  'prototype', 'apiToken', 'baseUrl', 'timeoutMs', 'retry', 'resolvers', 'checkCaa', 'certificateAuthority',
];
const strings = [
  'create', 'get', 'list', 'edit', 'delete', 'refresh', 'getQuota', 'updateFallbackOrigin', 'txt', 'http',
  'dv', 'active', 'pending', 'app.customer.com', '023e105f4ecef8ad9ca31a8372d0c353', 'google', 'text',
  'zonefile', 'html', 'markdown', 'json', 'domainConnect', 'TXT', 'CNAME', 'traffic', 'dcv', '\ud800',
];

function junk(depth = 0) {
  const r = rand();
  if (depth > 4 || r < 0.35) return pick(atoms.slice(0, 45));
  if (r < 0.55) return pick(strings);
  if (r < 0.7) return Array.from({ length: int(5) }, () => junk(depth + 1));
  const o = {};
  for (let i = int(6); i > 0; i--) o[pick(keys)] = junk(depth + 1);
  return o;
}

// Plausible inputs mutated: real fixtures with fields replaced by junk.
const fixtureDir = new URL('../fixtures/cloudflare/', import.meta.url);
const fixtures = [
  'get-response-pending-validation-caa-servfail.json',
  'list-response-wildcard-txt-pending-two-validation-records.json',
  'webhook-issuance-failed-caa-error.json',
  'create-response-pending-txt-legacy-flat-fields.json',
].map((f) => JSON.parse(readFileSync(new URL(f, fixtureDir), 'utf8')));

function mutate(value, depth = 0) {
  if (value === null || typeof value !== 'object') return rand() < 0.2 ? junk(3) : value;
  if (Array.isArray(value)) return value.map((v) => mutate(v, depth + 1));
  const out = {};
  for (const [k, v] of Object.entries(value)) {
    if (rand() < 0.1) continue;
    out[k] = rand() < 0.1 ? junk(2) : mutate(v, depth + 1);
  }
  if (rand() < 0.2) out[pick(keys)] = junk(2);
  return out;
}

// JSON text of junk (BigInt as text, cycles as {}).
function stringify(v) {
  try {
    return JSON.stringify(v, (_, x) => (typeof x === 'bigint' ? String(x) : x)) ?? 'null';
  } catch {
    return '{}';
  }
}

function arg() {
  const r = rand();
  if (r < 0.45) return junk();
  if (r < 0.6) return pick(atoms);
  if (r < 0.8) return mutate(pick(fixtures));
  return stringify(mutate(pick(fixtures)));
}

// --- The API surface, from the .d.ts ----------------------------------------
const dts = readFileSync(new URL('../../pkg/node/custom_hostnames.d.ts', import.meta.url), 'utf8');
const declaredFunctions = [...dts.matchAll(/^export function (\w+)\(/gm)].map((m) => m[1]).sort();
const classBody = dts.match(/^export class CloudflareClient \{([\s\S]*?)^\}/m)?.[1] ?? '';
const declaredMethods = [...classBody.matchAll(/^ {4}(\w+)\(/gm)]
  .map((m) => m[1])
  .filter((m) => !['free', 'constructor'].includes(m))
  .sort();

// Arity (max arguments) of each; the list must match the .d.ts exactly, so
// a new export fails this test until it is added here.
const FUNCTIONS = {
  buildRequest: 2, checkDns: 2, checkSetup: 1, claimChallenge: 2, customerLocaleLoaded: 1, customerMessages: 2, customerWarning: 2, detectDnsProvider: 1, isClaimProven: 2, loadCustomerLocale: 1, lookalikeOf: 2, dnsInstructions: 1, dnsProviders: 0, registerCustomerLocale: 2,
  interpretCustomHostname: 2, interpretMany: 2, interpretWebhook: 2, parseHostname: 2, parseHostnameColumns: 2,
  parseHostnames: 2, parseHostnamesFlat: 2, parseHostnamesJson: 2, parseResponse: 3, renderDnsInstructions: 3, renderInstructions: 3, summarizeMany: 2, toCurl: 2, version: 0,
};
const METHODS = {
  call: 1, create: 1, dcvDelegationUuid: 0, deleteFallbackOrigin: 0, delete: 1, edit: 2,
  getFallbackOrigin: 0, get: 1, listAll: 1, list: 1, quota: 0, refresh: 1, updateFallbackOrigin: 1,
};

// --- A hostile local API: random statuses and bodies ------------------------
let server;
let baseUrl;
const bodies = [
  '', 'not json', '{', '{"success":true}', '{"success":true,"result":null}', '{"success":false,"errors":[{"code":1406,"message":"dup"}]}',
  '{"success":true,"result":[],"result_info":{"page":1,"per_page":5,"count":0,"total_count":1e300}}', deepObjText,
  stringify({ success: true, result: mutate(fixtures[0].result) }),
  stringify({ success: true, result: Array.from({ length: 50 }, () => mutate(fixtures[0].result)), result_info: { page: 1, total_pages: 2 } }),
];
before(async () => {
  let n = 0;
  server = http.createServer((req, res) => {
    req.resume();
    const k = n++;
    res.writeHead([200, 200, 200, 400, 404, 429, 500, 503][k % 8], { 'content-type': 'application/json', 'retry-after': '0' });
    res.end(bodies[k % bodies.length]);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${server.address().port}/client/v4`;
});
after(() => server?.close());

// --- Judging one outcome ----------------------------------------------------
const failures = [];
function judge(where, args, error) {
  if (error instanceof Error && typeof error.code === 'string' && error.code.length > 0) return;
  const shown = args.map((a) => {
    try {
      return stringify(a).slice(0, 120);
    } catch {
      return typeof a;
    }
  });
  failures.push(`${where}(${shown.join(', ')}) threw ${error?.name}: ${String(error?.message).slice(0, 200)} (code ${error?.code})`);
}

async function settle(where, args, thunk) {
  try {
    const out = thunk();
    if (out && typeof out.then === 'function') await out.catch((e) => judge(where, args, e));
    else if (out && typeof out[Symbol.asyncIterator] === 'function') {
      let k = 0;
      for await (const _ of out) if (++k > 3) break;
    }
  } catch (e) {
    judge(where, args, e);
  }
}

test('the list of exports matches the .d.ts (new exports must be added here)', () => {
  assert.deepEqual(declaredFunctions, Object.keys(FUNCTIONS).sort());
  assert.deepEqual(declaredMethods, Object.keys(METHODS).sort());
  const runtime = Object.keys(lib).filter((k) => typeof lib[k] === 'function' && k !== 'CloudflareClient').sort();
  assert.deepEqual(runtime, Object.keys(FUNCTIONS).sort());
});

test('every export, hostile inputs: only coded Errors, module keeps working', { timeout: 120_000 }, async () => {
  const start = Date.now();
  let calls = 0;
  for (const [name, arity] of Object.entries(FUNCTIONS)) {
    for (let i = 0; i < CALLS_PER_FUNCTION && Date.now() - start < BUDGET_MS; i++) {
      const args = Array.from({ length: int(arity + 2) }, arg);
      if (name === 'checkDns' && args[1] && typeof args[1] === 'object') {
        // Never ask a real resolver: only the local hostile server.
        args[1] = { ...args[1], resolvers: [`${baseUrl}/dns-query`], timeoutMs: 200 };
      } else if (name === 'checkDns') {
        args[1] = { resolvers: [`${baseUrl}/dns-query`], timeoutMs: 200 };
      }
      calls++;
      await settle(name, args, () => lib[name](...args));
    }
  }
  // The constructor, then every method on a client pointed at the hostile server.
  for (let i = 0; i < 200; i++) {
    const args = [arg()];
    calls++;
    await settle('new CloudflareClient', args, () => new lib.CloudflareClient(...args));
  }
  const client = new lib.CloudflareClient({
    apiToken: 't', zoneId: '023e105f4ecef8ad9ca31a8372d0c353', baseUrl, timeoutMs: 500,
    retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2, maxTotalMs: 50 },
  });
  for (const [name, arity] of Object.entries(METHODS)) {
    for (let i = 0; i < CALLS_PER_FUNCTION / 4 && Date.now() - start < BUDGET_MS * 1.2; i++) {
      const args = Array.from({ length: int(arity + 2) }, arg);
      calls++;
      await settle(`client.${name}`, args, () => client[name](...args));
    }
  }
  // Prototype pollution did not happen.
  assert.equal({}.polluted, undefined);
  assert.equal(Object.prototype.code, undefined);
  // Still alive.
  assert.equal(lib.parseHostname('ok.customer.com').ascii, 'ok.customer.com');
  assert.ok(calls > 1000, `only ${calls} calls`);
  assert.deepEqual(failures.slice(0, 20), [], `${failures.length} uncoded throws of ${calls} calls`);
});

test('deep JS objects (10k nesting) are refused with a code, not a stack overflow', () => {
  const deep = { op: 'create', zoneId: '023e105f4ecef8ad9ca31a8372d0c353', hostname: 'app.customer.com', customMetadata: deepObj };
  for (const [name, call] of [
    ['interpretCustomHostname', () => lib.interpretCustomHostname({ result: deepObj })],
    ['interpretMany', () => lib.interpretMany([deepArr])],
    ['summarizeMany', () => lib.summarizeMany([deepArr])],
    ['interpretWebhook', () => lib.interpretWebhook({ data: deepObj })],
    ['dnsInstructions', () => lib.dnsInstructions({ hostname: 'app.customer.com', cnameTarget: 'c.saas.com', customHostname: deepObj })],
    ['buildRequest', () => lib.buildRequest(deep)],
    ['parseResponse', () => lib.parseResponse({ op: 'getQuota', zoneId: '023e105f4ecef8ad9ca31a8372d0c353' }, deepObj)],
  ]) {
    assert.throws(call, (e) => typeof e.code === 'string', name);
  }
  assert.equal(lib.parseHostname('ok.customer.com').ascii, 'ok.customer.com');
});

test('long strings (copied through TextEncoder) read the same as short ones', () => {
  // Strings from 4096 UTF-16 units on take another copy into Wasm memory;
  // lone surrogates must become U+FFFD there exactly as on the short path.
  const odd = ['\ud800x.com', 'a\udfffb.com', 'bücher.de', '\udc00\ud800', 'ok.customer.com'];
  const short = lib.parseHostnamesFlat(odd.join('\n')).split('\n');
  const long = lib.parseHostnamesFlat([...odd, ...new Array(2000).fill('filler.example.com')].join('\n')).split('\n');
  assert.deepEqual(long.slice(0, odd.length), short);
  const batch = lib.parseHostnames([...odd, ...new Array(2000).fill('filler.example.com')]);
  assert.equal(JSON.stringify(batch.slice(0, odd.length)), JSON.stringify(lib.parseHostnames(odd)));
  // A raw lone surrogate in JSON text (JSON.stringify would escape it, and
  // serde_json refuses an escaped lone surrogate on either path).
  const item = '{"id":"x\ud800","hostname":"app.customer.com","status":"pending"}';
  const filler = JSON.stringify({ hostname: 'filler.example.com', status: 'active' });
  const text = `[${item},${new Array(100).fill(filler).join(',')}]`;
  assert.ok(text.length >= 4096);
  assert.deepEqual(lib.interpretMany(text)[0], lib.interpretMany(`[${item}]`)[0]);
  assert.equal(lib.interpretMany(text)[0].assessment.id, 'x\ufffd');
});

test('a JSON text that does not parse is invalid_json for every function taking one', () => {
  const code = (f) => {
    try {
      f();
    } catch (e) {
      return e.code;
    }
    return 'no error';
  };
  for (const broken of ['[{', '{"result": [', 'not json']) {
    assert.equal(code(() => lib.interpretCustomHostname(broken)), 'invalid_json', broken);
    assert.equal(code(() => lib.interpretMany(broken)), 'invalid_json', broken);
    assert.equal(code(() => lib.summarizeMany(broken)), 'invalid_json', broken);
  }
});

test('size limits have their own codes', () => {
  const code = (f) => {
    try {
      f();
    } catch (e) {
      return e.code;
    }
    return 'no error';
  };
  // One 1 MB string listed 100 times: 100 Mi units of JSON, over the 64 Mi bound.
  const many = new Array(100).fill(huge);
  assert.equal(code(() => lib.interpretMany(many)), 'input_too_large');
  assert.equal(code(() => lib.detectDnsProvider(many)), 'input_too_large');
  // More items than a batch may hold.
  const item = { id: 'x', hostname: 'app.customer.com' };
  assert.equal(code(() => lib.interpretMany(new Array(10_001).fill(item))), 'input_too_large');
  assert.equal(lib.interpretMany(new Array(10_000).fill(item)).length, 10_000);
  assert.equal(code(() => lib.summarizeMany(new Array(10_001).fill(item))), 'input_too_large');
  assert.equal(lib.summarizeMany(new Array(10_000).fill(item)).length, 10_000);
  // A list page over the API's per_page maximum.
  const page = JSON.stringify({ success: true, errors: [], messages: [], result: new Array(1001).fill(item) });
  assert.equal(code(() => lib.parseResponse({ op: 'list', zoneId: '023e105f4ecef8ad9ca31a8372d0c353' }, page)), 'input_too_large');
  // JSON text over 8 MiB.
  assert.equal(code(() => lib.interpretCustomHostname(`{"x":"${'a'.repeat(8 << 20)}"}`)), 'input_too_large');
  // Deep JSON: text (serde_json's limit) and objects (129 levels, under the engine's own limit).
  assert.equal(code(() => lib.interpretCustomHostname(deepObjText)), 'invalid_json');
  assert.equal(code(() => lib.interpretCustomHostname({ result: deepObject(200) })), 'input_too_deep');
  assert.equal(code(() => lib.interpretCustomHostname({ result: deepObj })), 'input_too_deep');
  // Not JSON data: cycles, BigInt, throwing getters.
  assert.equal(code(() => lib.buildRequest(cyclic)), 'invalid_argument');
  assert.equal(code(() => lib.buildRequest({ op: 'getQuota', zoneId: 10n })), 'invalid_argument');
  assert.equal(code(() => lib.buildRequest(withGetterThatThrows)), 'invalid_argument');
  assert.equal(lib.parseHostname('ok.customer.com').ascii, 'ok.customer.com');
});
