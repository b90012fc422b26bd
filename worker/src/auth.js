// Session tokens and the webhook secret (worker/openapi.yaml, "Session
// tokens"). Token = base64url(JSON payload) "." base64url(HMAC-SHA256(secret,
// first part)); payload { tenant, aud, exp, scope? }. Verified with Web Crypto
// (`crypto.subtle.verify` compares in constant time), then `exp` > now and
// `aud` = SESSION_AUDIENCE.

import { HttpError } from './errors.js';

const enc = new TextEncoder();
/** Tenant ids: what goes into custom_metadata.tenant and the D1 index. */
const TENANT_RE = /^[A-Za-z0-9._:-]{1,64}$/;

function unauthorized(code, message) {
  return new HttpError(401, code, message);
}

/** base64url → bytes (no padding needed); undefined when malformed. */
export function fromBase64url(s) {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) return undefined;
  try {
    const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** bytes → base64url without padding. */
export function toBase64url(bytes) {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function hmacKey(secret, usage) {
  return crypto.subtle.importKey('raw', enc.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [usage]);
}

/** Mints a token (used by scripts/mint-session.mjs and the tests). */
export async function mintSession(secret, payload) {
  const body = toBase64url(enc.encode(JSON.stringify(payload)));
  const sig = await crypto.subtle.sign('HMAC', await hmacKey(secret, 'sign'), enc.encode(body));
  return `${body}.${toBase64url(new Uint8Array(sig))}`;
}

/**
 * Verifies the request's bearer token; resolves `{ tenant, admin }` or
 * throws a 401 HttpError (`missing_token`, `invalid_token`, `token_expired`,
 * `wrong_audience`).
 */
export async function verifySession(request, { secret, audience, nowSeconds }) {
  const header = request.headers.get('authorization') ?? '';
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  if (!m) throw unauthorized('missing_token', 'Authorization: Bearer <session token> is required.');
  const parts = m[1].split('.');
  if (parts.length !== 2 || parts[0].length > 4096) throw unauthorized('invalid_token', 'The session token is malformed.');
  const sig = fromBase64url(parts[1]);
  if (!sig || sig.length !== 32) throw unauthorized('invalid_token', 'The session token is malformed.');
  const ok = await crypto.subtle.verify('HMAC', await hmacKey(secret, 'verify'), sig, enc.encode(parts[0]));
  if (!ok) throw unauthorized('invalid_token', 'The session token signature is wrong.');
  let payload;
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64url(parts[0])));
  } catch {
    throw unauthorized('invalid_token', 'The session token payload is not JSON.');
  }
  if (!payload || typeof payload !== 'object') throw unauthorized('invalid_token', 'The session token payload is not an object.');
  if (typeof payload.exp !== 'number' || !(payload.exp > nowSeconds)) {
    throw unauthorized('token_expired', 'The session token has expired.');
  }
  if (payload.aud !== audience) throw unauthorized('wrong_audience', 'The session token is for another audience.');
  if (typeof payload.tenant !== 'string' || !TENANT_RE.test(payload.tenant)) {
    throw unauthorized('invalid_token', 'The session token has no valid tenant.');
  }
  return { tenant: payload.tenant, admin: payload.scope === 'admin' };
}

/**
 * Compares two secrets in constant time (HMAC both with a random key, then
 * compare the digests: equal-length, data-independent).
 */
export async function secretsEqual(a, b) {
  const key = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const [x, y] = await Promise.all([
    crypto.subtle.sign('HMAC', key, enc.encode(a)),
    crypto.subtle.sign('HMAC', key, enc.encode(b)),
  ]);
  const u = new Uint8Array(x);
  const v = new Uint8Array(y);
  let diff = 0;
  for (let i = 0; i < u.length; i++) diff |= u[i] ^ v[i];
  return diff === 0;
}
