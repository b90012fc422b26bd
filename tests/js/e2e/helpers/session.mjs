// Session tokens in the contract's format (/work/briefs/api-contract.md):
// base64url(JSON payload) "." base64url(HMAC-SHA256(secret, first part)).
import { createHmac, timingSafeEqual } from 'node:crypto';

export function mintSession(secret, { tenant, aud, ttl = 3600, admin = false }) {
  const payload = { tenant, aud, exp: Math.floor(Date.now() / 1000) + ttl, ...(admin ? { scope: 'admin' } : {}) };
  const first = Buffer.from(JSON.stringify(payload)).toString('base64url');
  const mac = createHmac('sha256', secret).update(first).digest('base64url');
  return `${first}.${mac}`;
}

/** The payload of a valid token for `aud`, or null. */
export function verifySession(secret, aud, token) {
  const [first, mac, extra] = String(token ?? '').split('.');
  if (!first || !mac || extra !== undefined) return null;
  const want = createHmac('sha256', secret).update(first).digest();
  const got = Buffer.from(mac, 'base64url');
  if (got.length !== want.length || !timingSafeEqual(got, want)) return null;
  let payload;
  try { payload = JSON.parse(Buffer.from(first, 'base64url').toString('utf8')); } catch { return null; }
  if (payload?.aud !== aud || !(payload.exp > Date.now() / 1000) || typeof payload.tenant !== 'string') return null;
  return payload;
}
