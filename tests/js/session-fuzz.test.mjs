// Fuzz of the Worker's session-token verification (worker/src/auth.js):
// hostile Authorization headers, mutated tokens, random payloads signed
// with the right and the wrong secret. Properties: verifySession either
// resolves with a tenant that the signed payload named (valid tenant id,
// right audience, not expired) or rejects with a 401 HttpError and one of
// its four codes; a token accepted after mutation decodes to the same
// payload and signature bytes (base64url's unused low bits), so no altered
// payload is ever accepted. Seeded PRNG, bounded count. With
// SESSION_FUZZ_SECONDS=S (scripts/fuzz 600 session_token) the three run in
// rounds until S seconds have passed, from SESSION_FUZZ_SEED (default: the
// clock, printed), and print how many cases ran. Coverage-guided fuzzing of
// this JS (Jazzer.js) does not run here: its only build needs glibc 2.38,
// this Debian 12 has 2.36 (docs/robustness.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { verifySession, mintSession, fromBase64url } from '../../worker/src/auth.js';

const SECRET = 'test-session-secret-0123456789abcdef';
const AUDIENCE = 'custom-hostnames-demo';
const NOW = 1_795_759_200;
const CODES = new Set(['missing_token', 'invalid_token', 'token_expired', 'wrong_audience']);
const TENANT_RE = /^[A-Za-z0-9._:-]{1,64}$/;
const N = Number(process.env.SESSION_FUZZ_CASES ?? 3000);
const SECONDS = Number(process.env.SESSION_FUZZ_SECONDS ?? 0);
const SEED = Number(process.env.SESSION_FUZZ_SEED ?? (SECONDS > 0 ? Date.now() % 0xffffffff : 0xa117));

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
const rand = prng(SEED);
const int = (n) => Math.floor(rand() * n);
const pick = (xs) => xs[int(xs.length)];
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const junkChars = [...B64, '.', '=', '+', '/', ' ', '\t', '\u0000', 'é', '\ud800', '🙂', '%', '"'];

const request = (authorization) => ({
  headers: { get: (name) => (name.toLowerCase() === 'authorization' ? authorization : null) },
});
const verify = (authorization) => verifySession(request(authorization), { secret: SECRET, audience: AUDIENCE, nowSeconds: NOW });

async function outcome(authorization) {
  try {
    return { ok: await verify(authorization) };
  } catch (e) {
    assert.ok(e instanceof Error, `non-Error thrown: ${e}`);
    assert.equal(e.status, 401, `${e.code}: ${e.message}`);
    assert.ok(CODES.has(e.code), `unexpected code ${e.code}`);
    return { err: e.code };
  }
}

function randomPayload() {
  const p = {};
  if (rand() < 0.9) p.tenant = pick(['acme', 'a'.repeat(64), 'a'.repeat(65), '', 'bad tenant', 'x/y', 1, null, ['acme'], 'ok.tenant:1-2_3']);
  if (rand() < 0.9) p.aud = pick([AUDIENCE, 'other', '', null, 1, [AUDIENCE]]);
  if (rand() < 0.9) p.exp = pick([NOW + 60, NOW, NOW - 1, '9999999999', null, Infinity, NaN, 1e308, -1]);
  if (rand() < 0.3) p.scope = pick(['admin', 'user', 1, null]);
  if (rand() < 0.2) p['__proto__'] = { tenant: 'evil' };
  return pick([p, p, p, p, [], 'text', 1, null, true]);
}

async function hostileHeaders(n) {
  const fixed = [
    '', 'Bearer', 'Bearer ', 'Bearer .', 'Bearer a.b.c', 'Basic abc', 'bearer x.y', `Bearer ${'a'.repeat(5000)}.${'b'.repeat(43)}`,
    `Bearer ${'a'.repeat(1 << 20)}`, 'Bearer \ud800.\udc00', 'Bearer  x.y', null,
  ];
  for (const h of fixed) assert.ok((await outcome(h ?? '')).err);
  for (let i = 0; i < n; i++) {
    const token = Array.from({ length: int(120) }, () => pick(junkChars)).join('');
    const r = await outcome(`${pick(['Bearer ', 'bearer ', 'Bearer\t', ''])}${token}`);
    assert.ok(r.err, `random token accepted: ${token}`);
  }
  return n + fixed.length;
}

async function signedPayloads(n) {
  for (let i = 0; i < n; i++) {
    const payload = randomPayload();
    const secret = rand() < 0.8 ? SECRET : 'another-secret';
    const token = await mintSession(secret, payload);
    const r = await outcome(`Bearer ${token}`);
    if (r.ok) {
      assert.equal(secret, SECRET);
      assert.equal(r.ok.tenant, payload.tenant);
      assert.ok(TENANT_RE.test(r.ok.tenant));
      assert.equal(payload.aud, AUDIENCE);
      assert.ok(typeof payload.exp === 'number' && payload.exp > NOW);
      assert.equal(r.ok.admin, payload.scope === 'admin');
    }
  }
  return n;
}

async function mutatedTokens(n) {
  const good = await mintSession(SECRET, { tenant: 'acme', aud: AUDIENCE, exp: NOW + 600 });
  assert.deepEqual((await outcome(`Bearer ${good}`)).ok, { tenant: 'acme', admin: false });
  const [body, sig] = good.split('.');
  for (let i = 0; i < n; i++) {
    const chars = [...good];
    for (let k = 1 + int(3); k > 0; k--) {
      const at = int(chars.length);
      const op = int(3);
      if (op === 0) chars[at] = pick(junkChars);
      else if (op === 1) chars.splice(at, 1);
      else chars.splice(at, 0, pick(junkChars));
    }
    const token = chars.join('');
    const r = await outcome(`Bearer ${token}`);
    if (r.ok) {
      // What the header carried once `Bearer` and its white space are cut
      // (a mutation may add a tab or space in front: same token).
      const carried = /^Bearer\s+(\S+)$/i.exec(`Bearer ${token}`)?.[1] ?? '';
      const [b2, s2] = carried.split('.');
      assert.deepEqual(fromBase64url(b2), fromBase64url(body), `accepted another payload: ${token}`);
      assert.deepEqual(fromBase64url(s2), fromBase64url(sig), `accepted another signature: ${token}`);
    }
  }
  return n;
}

if (SECONDS > 0) {
  test(`session tokens for ${SECONDS} s from seed ${SEED}`, async () => {
    const end = Date.now() + SECONDS * 1000;
    let cases = 0;
    let rounds = 0;
    while (Date.now() < end) {
      cases += await hostileHeaders(300);
      cases += await signedPayloads(100);
      cases += await mutatedTokens(300);
      rounds++;
    }
    console.log(`session_token: ${cases} cases in ${rounds} rounds, ${SECONDS} s, seed ${SEED}, 0 failures`);
  });
} else {
  test('hostile Authorization headers are refused with a 401 code', () => hostileHeaders(N));
  test('signed random payloads: accepted only when tenant, audience and expiry are valid', () => signedPayloads(N / 3));
  test('mutated valid tokens never yield another payload', () => mutatedTokens(N));
}
