// The Worker's request and scheduled handlers, built from their dependencies
// (the library, fetch, a clock) so that tests can run them in workerd and
// Node. Order per request: config → CORS → routing → body size → session →
// per-tenant rate limit → operation. Every answer is JSON (worker/openapi.yaml);
// the API token is scrubbed from every body as a last line of defence.

import { HttpError, json, errorResponse, toHttpError, forAudience } from './errors.js';
import { loadConfig } from './config.js';
import { checkOrigin, preflight, withCors } from './cors.js';
import { verifySession, secretsEqual } from './auth.js';
import { budgetFor } from './budget.js';
import { cloudflare } from './cloudflare.js';
import { eventSender } from './events.js';
import { localeOf } from './locale.js';
import { scheduledRun } from './reconcile.js';
import { applyWebhook } from './webhooks.js';
import { startClaim, verifyClaim } from './claims.js';
import { demoDns } from './demo.js';
import { setupCheck } from './setup.js';
import * as routes from './routes.js';

/** Request bodies above this are refused with 413. */
export const MAX_BODY_BYTES = 16 * 1024;

async function readJson(request) {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  // Read at most MAX_BODY_BYTES + 1 bytes, whatever the header claimed.
  const chunks = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BODY_BYTES) {
        await reader.cancel().catch(() => {});
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  if (size === 0) return undefined;
  const buf = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    buf.set(c, at);
    at += c.byteLength;
  }
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(buf));
  } catch {
    throw new HttpError(400, 'invalid_json', 'The request body is not JSON.');
  }
}

function tooLarge() {
  return new HttpError(413, 'body_too_large', `Request bodies are limited to ${MAX_BODY_BYTES} bytes.`, { limit: MAX_BODY_BYTES });
}

const methodNotAllowed = () => new HttpError(405, 'method_not_allowed', 'Method not allowed on this route.');
const noRoute = () => new HttpError(404, 'not_found', 'No such route.');

/** Removes every occurrence of the API token from a response body. */
async function scrub(response, token) {
  const text = await response.text();
  if (!token || !text.includes(token)) return new Response(text, response);
  return new Response(text.split(token).join('[redacted]'), response);
}

/** The per-tenant request rate (Workers Rate Limiting binding, when bound). */
async function tenantRate(env, cfg, tenant) {
  const rl = cfg.tenantRateLimiting ? env?.TENANT_RATE_LIMITER : undefined;
  if (!rl || typeof rl.limit !== 'function') return;
  const { success } = await rl.limit({ key: tenant });
  if (!success) {
    throw new HttpError(429, 'rate_limited', 'Too many requests for this account; try again later.', {
      retryable: true,
      retryAfter: 60,
      reason: 'tenant_rate',
    });
  }
}

/**
 * Routes: [method set, pattern, handler(ctx, match, body, url)]. `auth`:
 * 'session' (tenant), 'none'. Bodies are read for POST, PATCH and DELETE.
 */
const ROUTES = [
  ['/api/hostnames', { GET: (c, m, b, u) => routes.listHostnames(c, u), POST: (c, m, b) => routes.createHostname(c, b) }],
  [/^\/api\/hostnames\/([^/]+)\/refresh$/, { POST: (c, m) => routes.refreshHostname(c, m[1]) }],
  [
    /^\/api\/hostnames\/([^/]+)$/,
    {
      GET: (c, m, b, u) => routes.getHostname(c, m[1], u),
      PATCH: (c, m, b) => routes.patchHostname(c, m[1], b),
      DELETE: (c, m) => routes.deleteHostname(c, m[1]),
    },
  ],
  ['/api/quota', { GET: (c) => routes.tenantQuota(c) }],
  ['/api/claims', { POST: (c, m, b) => startClaim(c, b) }],
  ['/api/claims/verify', { POST: (c, m, b) => verifyClaim(c, b) }],
  ['/api/setup', { GET: (c) => setupCheck(c) }],
  [
    '/api/setup/fallback-origin',
    {
      GET: (c) => routes.fallbackOrigin(c, 'GET'),
      POST: (c, m, b) => routes.fallbackOrigin(c, 'POST', b),
      DELETE: (c) => routes.fallbackOrigin(c, 'DELETE'),
    },
  ],
  ['/api/admin/hostnames', { GET: (c, m, b, u) => routes.adminListHostnames(c, u) }],
  ['/api/admin/quota', { GET: (c) => routes.adminQuota(c) }],
  ['/api/demo/dns', { POST: (c, m, b) => demoDns(c, 'POST', b), DELETE: (c, m, b) => demoDns(c, 'DELETE', b) }],
];

function match(path) {
  for (const [pattern, methods] of ROUTES) {
    if (typeof pattern === 'string' ? pattern === path : pattern.test(path)) {
      return { methods, m: typeof pattern === 'string' ? [path] : pattern.exec(path) };
    }
  }
  return undefined;
}

/**
 * @param {{ lib: object, fetch?: typeof fetch, nowMs?: () => number, log?: (msg: string) => void }} deps
 */
export function createHandler({ lib, fetch: fetchFn = (...a) => fetch(...a), nowMs = () => Date.now(), log = () => {} }) {
  function deps(cfg, env, actor) {
    const budget = budgetFor(env, cfg.budgetLimits);
    const cf = cloudflare({ lib, cfg, budget, actor, fetch: fetchFn, nowMs });
    const events = eventSender({ cfg, fetch: fetchFn, nowMs, log });
    return { lib, cfg, cf, budget, events, nowMs, fetch: fetchFn, log };
  }

  async function route(request, env, cfg, url, state) {
    const path = url.pathname;
    const method = request.method;
    if (path === '/api/config') {
      if (method !== 'GET') throw methodNotAllowed();
      return [200, { cnameTarget: cfg.cnameTarget, demo: cfg.demo, dohUrl: cfg.dohUrl, zoneName: cfg.providerZone }];
    }
    if (path === '/webhooks/cloudflare') {
      if (method !== 'POST') throw methodNotAllowed();
      if (!cfg.webhookSecret) throw new HttpError(503, 'webhooks_not_configured', 'WEBHOOK_SECRET is not set.', { variable: 'WEBHOOK_SECRET' });
      const given = request.headers.get('cf-webhook-auth') ?? '';
      if (!(await secretsEqual(given, cfg.webhookSecret))) throw new HttpError(401, 'invalid_webhook_secret', 'Wrong webhook secret.');
      const body = await readJson(request);
      return applyWebhook(deps(cfg, env, 'cron'), body);
    }
    if (!path.startsWith('/api/')) throw noRoute();
    const found = match(path);
    if (!found) throw noRoute();
    const handler = found.methods[method];
    if (!handler) throw methodNotAllowed();
    const body = method === 'POST' || method === 'PATCH' || method === 'DELETE' ? await readJson(request) : undefined;
    const session = await verifySession(request, {
      secret: cfg.sessionSecret,
      audience: cfg.sessionAudience,
      nowSeconds: Math.floor(nowMs() / 1000),
    });
    state.admin = session.admin;
    await tenantRate(env, cfg, session.tenant);
    const m = found.m.map((part, i) => {
      if (i === 0) return part;
      try {
        return decodeURIComponent(part);
      } catch {
        throw new HttpError(404, 'not_found', 'No such custom hostname.');
      }
    });
    const ctx = { ...deps(cfg, env, `tenant:${session.tenant}`), session, locale: localeOf(request, url) };
    return handler(ctx, m, body, url);
  }

  async function handleFetch(request, env) {
    let token;
    let origin = null;
    let response;
    const state = { admin: false };
    try {
      const cfg = loadConfig(env);
      token = cfg.apiToken;
      const url = new URL(request.url);
      origin = checkOrigin(request, cfg.allowedOrigins);
      if (request.method === 'OPTIONS') {
        if (!origin) throw new HttpError(400, 'not_a_preflight', 'OPTIONS needs an Origin header.');
        return preflight(origin);
      }
      const [status, body] = await route(request, env, cfg, url, state);
      response = json(body, status);
    } catch (e) {
      const err = forAudience(toHttpError(e), e, state.admin);
      if (err.status >= 500) log(`error ${err.code}: ${e?.message ?? ''}`);
      response = errorResponse(err);
    }
    token ??= typeof env?.CF_API_TOKEN === 'string' ? env.CF_API_TOKEN.trim() : undefined;
    return withCors(await scrub(response, token), origin);
  }

  async function handleScheduled(env) {
    const cfg = loadConfig(env);
    const r = await scheduledRun(deps(cfg, env, 'cron'));
    log(`scheduled: ${JSON.stringify(r)}`);
    return r;
  }

  return { fetch: handleFetch, scheduled: handleScheduled };
}
