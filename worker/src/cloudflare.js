// The Worker's Cloudflare API calls: every request is built by the library
// (`buildRequest`: the operation's rules, PATCH rules of the reference §11.1
// included), sent with the API token by `fetch`, and read by the library
// (`parseResponse`: Cloudflare's errors become `cloudflare_api_error` with
// codes, status and retryable). The library's own `CloudflareClient` does
// the same with retries inside; the Worker sends each request itself so that
// every call is charged to the zone's budget first (budget.js) and a 429's
// Retry-After is seen (and shared: nobody calls until it has passed).
//
// Retries: an idempotent call (GET, DELETE, PUT) is tried once more after a
// network error or a 5xx; a create is never blindly re-sent: after an
// uncertain attempt or a 1406 (duplicate, spec §3.1) the hostname is looked
// up by name instead (`existing: true`).

import { HttpError } from './errors.js';

const ATTEMPTS = 2;
const TIMEOUT_MS = 10_000;

/** Error for a refusal of the zone budget (before anything is sent). */
export function budgetRefusal(decision) {
  const retryAfter = decision.retryAfter ?? 60;
  const message =
    decision.reason === 'upstream_blocked'
      ? 'Cloudflare asked us to slow down; try again later.'
      : 'Too many requests for this account; try again later.';
  return new HttpError(429, 'rate_limited', message, { retryable: true, retryAfter, reason: decision.reason });
}

/**
 * A client for one zone: `call(op)` resolves the parsed OperationResult.
 * @param {{ lib, cfg, budget, actor: string, fetch: typeof fetch, nowMs: () => number }} deps
 */
export function cloudflare({ lib, cfg, budget, actor, fetch: fetchFn, nowMs }) {
  let calls = 0;

  async function once(op, built) {
    const decision = await budget.charge(actor, 1);
    if (!decision.ok) throw budgetRefusal(decision);
    calls += 1;
    const req = built.request;
    const qs = req.query.length ? `?${new URLSearchParams(req.query).toString()}` : '';
    const headers = { authorization: `Bearer ${cfg.apiToken}` };
    for (const [k, v] of req.headers) headers[k] = v;
    let res;
    let text;
    try {
      res = await fetchFn(`${cfg.apiBase}${req.path}${qs}`, {
        method: req.method,
        headers,
        body: req.body === undefined || req.body === null ? undefined : JSON.stringify(req.body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      text = await res.text();
    } catch (e) {
      throw transportError(e);
    }
    if (res.status === 429) {
      const after = Number(res.headers.get('retry-after'));
      const seconds = Number.isFinite(after) && after > 0 ? Math.min(after, 3600) : 60;
      await budget.block(nowMs() + seconds * 1000);
      throw new HttpError(429, 'rate_limited', 'Cloudflare asked us to slow down; try again later.', {
        retryable: true,
        retryAfter: seconds,
        reason: 'upstream_429',
      });
    }
    return lib.parseResponse(op, text, { httpStatus: res.status });
  }

  const transient = (e) =>
    e?.code === 'upstream_unreachable' ||
    e?.code === 'upstream_timeout' ||
    (e?.code === 'cloudflare_api_error' && Number(e?.data?.httpStatus) >= 500) ||
    ['invalid_json', 'unexpected_shape', 'missing_result', 'not_an_object'].includes(e?.code);

  /** Sends `op` (zoneId filled in); resolves the parsed result. */
  async function call(operation) {
    const op = { zoneId: cfg.zoneId, ...operation };
    const built = lib.buildRequest(op);
    const idempotent = built.request.method !== 'POST' && built.request.method !== 'PATCH';
    for (let attempt = 1; ; attempt++) {
      try {
        return Object.assign(await once(op, built), { warnings: built.warnings ?? [] });
      } catch (e) {
        if (!(idempotent && attempt < ATTEMPTS && transient(e))) throw e;
      }
    }
  }

  /**
   * A create that never makes two: after a 1406 (duplicate) or an uncertain
   * failure (network, timeout, 5xx, garbled answer: it may have reached
   * Cloudflare) the name is looked up; found → `existing: true`, else the
   * create is tried again (at most ATTEMPTS + 1 times in all).
   */
  async function create(params) {
    const op = { op: 'create', ...params };
    for (let attempt = 1; ; attempt++) {
      try {
        const r = await call(op);
        return { customHostname: r.customHostname, existing: false, warnings: r.warnings };
      } catch (e) {
        const duplicate = e?.code === 'cloudflare_api_error' && (e.data?.errors ?? []).some((x) => x?.code === 1406);
        if (!duplicate && !transient(e)) throw e;
        let found;
        try {
          found = await findByName(params.hostname);
        } catch (lookupError) {
          if (!transient(lookupError) || attempt > ATTEMPTS) throw e;
        }
        if (found) return { customHostname: found, existing: true, warnings: [] };
        if (duplicate || attempt > ATTEMPTS) throw e;
      }
    }
  }

  async function findByName(hostname) {
    const r = await call({ op: 'list', hostname, perPage: 5 });
    return (r.customHostnames ?? []).find((h) => h.hostname === hostname);
  }

  return { call, create, findByName, get calls() { return calls; } };
}

/** A failed fetch as a retryable upstream error (timeouts apart). */
function transportError(e) {
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') {
    return new HttpError(504, 'upstream_timeout', 'Cloudflare did not answer in time.', { retryable: true });
  }
  return new HttpError(502, 'upstream_unreachable', 'Cloudflare could not be reached.', { retryable: true });
}
