// Contested names: a tenant takes over a hostname another tenant holds by
// proving control of its DNS. The challenge (record name, TXT value, the
// `checkDns` request) is built and judged by the library (`claimChallenge`,
// `isClaimProven`, core src/claim.rs); the Worker only generates the random
// token, stores it per (hostname, tenant) in D1 (`claims`), and once the
// proof is seen deletes the holder's hostname, tells the SaaS backend
// (`hostname.taken_over`, events.js) and creates it for the claimant.

import { HttpError } from './errors.js';
import { toBase64url } from './auth.js';
import { tenantOf } from './reconcile.js';
import { refuseUnknownKeys } from './input.js';
import { assertClaimable, createParsed, expireHostname } from './routes.js';

function hostnameOf(ctx, body) {
  if (!body || typeof body !== 'object' || Array.isArray(body) || typeof body.hostname !== 'string') {
    throw new HttpError(400, 'invalid_argument', 'Body must be { hostname }.', { field: 'hostname' });
  }
  refuseUnknownKeys(body, ['hostname'], '');
  const info = ctx.lib.parseHostname(body.hostname);
  assertClaimable(ctx.lib, info, ctx.cfg);
  return info;
}

function challengeBody(ctx, ascii, token, createdAt) {
  const c = ctx.lib.claimChallenge(ascii, token);
  return {
    hostname: c.hostname,
    recordName: c.recordName,
    recordType: 'TXT',
    recordValue: c.recordValue,
    createdAt: new Date(createdAt * 1000).toISOString(),
    expiresAt: new Date(createdAt * 1000 + ctx.cfg.claimTtlMs).toISOString(),
  };
}

/** POST /api/claims { hostname }: the TXT challenge to take over a held name. */
export async function startClaim(ctx, body) {
  const info = hostnameOf(ctx, body);
  const holder = await ctx.cf.findByName(info.ascii);
  if (!holder) throw new HttpError(409, 'hostname_available', 'Nobody holds this hostname: create it instead.');
  if (tenantOf(holder) === ctx.session.tenant) throw new HttpError(409, 'already_yours', 'This hostname is already yours.');
  const db = ctx.cfg.db;
  const now = Math.floor(ctx.nowMs() / 1000);
  const token = toBase64url(crypto.getRandomValues(new Uint8Array(24)));
  // Keeps an unexpired claim's token (re-asking does not invalidate a published record).
  await db
    .prepare(
      `INSERT INTO claims (hostname, tenant, token, created_at) VALUES (?1, ?2, ?3, ?4)
       ON CONFLICT (hostname, tenant) DO UPDATE SET token = ?3, created_at = ?4 WHERE claims.created_at < ?5`,
    )
    .bind(info.ascii, ctx.session.tenant, token, now, now - Math.floor(ctx.cfg.claimTtlMs / 1000))
    .run();
  const row = await db.prepare('SELECT token, created_at FROM claims WHERE hostname = ?1 AND tenant = ?2').bind(info.ascii, ctx.session.tenant).first();
  return [201, challengeBody(ctx, info.ascii, row.token, row.created_at)];
}

/**
 * POST /api/claims/verify { hostname }: looks for the TXT record; when it is
 * there, the holder's hostname is deleted (the holder's backend is told) and
 * created for the caller.
 */
export async function verifyClaim(ctx, body) {
  const info = hostnameOf(ctx, body);
  const db = ctx.cfg.db;
  const row = await db.prepare('SELECT token, created_at FROM claims WHERE hostname = ?1 AND tenant = ?2').bind(info.ascii, ctx.session.tenant).first();
  if (!row || ctx.nowMs() - row.created_at * 1000 > ctx.cfg.claimTtlMs) throw new HttpError(404, 'no_claim', 'No open claim for this hostname: start one first.');
  const challenge = ctx.lib.claimChallenge(info.ascii, row.token);
  const observation = await ctx.lib.checkDns(challenge.check, { resolvers: [ctx.cfg.dohUrl], timeoutMs: 5000 });
  if (!ctx.lib.isClaimProven(challenge, observation)) {
    throw new HttpError(422, 'claim_not_proven', 'The TXT record was not found with the expected value yet.', {
      ...challengeBody(ctx, info.ascii, row.token, row.created_at),
      found: observation.records?.[0]?.status ?? 'lookup_failed',
    });
  }
  // The holder's hostname goes only once the caller's slot is reserved: a
  // caller at its hostname limit is refused before anything is deleted.
  let takenOver = false;
  const [status, created] = await createParsed(ctx, info, {
    beforeCreate: async () => {
      const holder = await ctx.cf.findByName(info.ascii);
      if (holder && tenantOf(holder) !== ctx.session.tenant) {
        await expireHostname(ctx, holder, 'taken_over', { newTenant: ctx.session.tenant });
        takenOver = true;
      }
    },
  });
  await db.prepare('DELETE FROM claims WHERE hostname = ?1').bind(info.ascii).run();
  return [status, { ...created, takenOver }];
}
