// The Worker's request and scheduled handlers, built from their dependencies
// (the library, fetch, a clock) so that Node tests can run them with the
// Node build and Miniflare's D1. Order per request: config → CORS → routing →
// body size → session → operation. Every answer is JSON; the API token is
// scrubbed from every body as a last line of defence.

import { HttpError, json, errorResponse, toHttpError } from './errors.js';
import { loadConfig } from './config.js';
import { checkOrigin, preflight, withCors } from './cors.js';
import { verifySession, secretsEqual } from './auth.js';
import { reconcile } from './reconcile.js';
import * as routes from './routes.js';
import { demoDns } from './demo.js';

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

/**
 * @param {{ lib: object, fetch?: typeof fetch, nowMs?: () => number, log?: (msg: string) => void }} deps
 */
export function createHandler({ lib, fetch: fetchFn = (...a) => fetch(...a), nowMs = () => Date.now(), log = () => {} }) {
  function clientFor(cfg) {
    return new lib.CloudflareClient({ apiToken: cfg.apiToken, zoneId: cfg.zoneId, baseUrl: cfg.apiBase, timeoutMs: 10000 });
  }

  async function route(request, cfg, url) {
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
      return routes.applyWebhook({ lib, cfg, nowMs }, body);
    }
    if (!path.startsWith('/api/')) throw noRoute();
    const m = /^\/api\/hostnames(?:\/([^/]+))?(\/refresh)?$/.exec(path);
    const known = m || path === '/api/setup/fallback-origin' || path === '/api/demo/dns';
    if (!known) throw noRoute();
    const body = method === 'POST' || method === 'DELETE' ? await readJson(request) : undefined;
    const session = await verifySession(request, {
      secret: cfg.sessionSecret,
      audience: cfg.sessionAudience,
      nowSeconds: Math.floor(nowMs() / 1000),
    });
    const client = clientFor(cfg);
    try {
      const ctx = { lib, cfg, client, session, nowMs, fetch: fetchFn };
      if (path === '/api/setup/fallback-origin') {
        if (method !== 'POST') throw methodNotAllowed();
        return await routes.setFallbackOrigin(ctx, body);
      }
      if (path === '/api/demo/dns') {
        if (method !== 'POST' && method !== 'DELETE') throw methodNotAllowed();
        return await demoDns(ctx, method, body);
      }
      const [, id, refresh] = m;
      if (!id) {
        if (method === 'POST') return await routes.createHostname(ctx, body);
        if (method === 'GET') return await routes.listHostnames(ctx, url);
        throw methodNotAllowed();
      }
      let decoded;
      try {
        decoded = decodeURIComponent(id);
      } catch {
        throw new HttpError(404, 'not_found', 'No such custom hostname.');
      }
      if (refresh) {
        if (method !== 'POST') throw methodNotAllowed();
        return await routes.refreshHostname(ctx, decoded);
      }
      if (method === 'GET') return await routes.getHostname(ctx, decoded, url);
      if (method === 'DELETE') return await routes.deleteHostname(ctx, decoded);
      throw methodNotAllowed();
    } finally {
      client.free();
    }
  }

  async function handleFetch(request, env) {
    let token;
    let origin = null;
    let response;
    try {
      const cfg = loadConfig(env);
      token = cfg.apiToken;
      const url = new URL(request.url);
      origin = checkOrigin(request, cfg.allowedOrigins);
      if (request.method === 'OPTIONS') {
        if (!origin) throw new HttpError(400, 'not_a_preflight', 'OPTIONS needs an Origin header.');
        return preflight(origin);
      }
      const [status, body] = await route(request, cfg, url);
      response = json(body, status);
    } catch (e) {
      const err = toHttpError(e);
      if (err.status >= 500) log(`error ${err.code}: ${err.message}`);
      response = errorResponse(err);
    }
    token ??= typeof env?.CF_API_TOKEN === 'string' ? env.CF_API_TOKEN.trim() : undefined;
    return withCors(await scrub(response, token), origin);
  }

  async function handleScheduled(env) {
    const cfg = loadConfig(env);
    const client = clientFor(cfg);
    try {
      const r = await reconcile({
        lib,
        client,
        db: cfg.db,
        nowMs,
        cnameTarget: cfg.cnameTarget,
        budgetPages: cfg.reconcilePages,
        perPage: cfg.reconcilePerPage,
      });
      log(`reconcile: ${JSON.stringify(r)}`);
      return r;
    } finally {
      client.free();
    }
  }

  return { fetch: handleFetch, scheduled: handleScheduled };
}
