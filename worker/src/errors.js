// Every error the Worker answers is JSON: { error: { code, message, ...extra } }
// with an HTTP status (worker/openapi.yaml, `Error`). This module builds those answers and maps the library's
// CustomHostnamesError codes (pkg/web/custom_hostnames.d.ts `ErrorCode`) and
// Cloudflare's API failures (spec/cloudflare-for-saas.md §7) to statuses.

/** An error the handler turns into a JSON answer. */
export class HttpError extends Error {
  /**
   * @param {number} status HTTP status
   * @param {string} code stable snake_case code
   * @param {string} message English sentence
   * @param {object} [extra] more fields of the error object
   */
  constructor(status, code, message, extra = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.extra = extra;
  }
}

/** A JSON response (the token scrubbing happens in handler.js). */
export function json(body, status = 200, headers = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

/** The JSON answer of an HttpError (429 and 503 carry Retry-After when known). */
export function errorResponse(err) {
  const headers = {};
  if (Number.isFinite(err.extra?.retryAfter)) headers['retry-after'] = String(err.extra.retryAfter);
  return json({ error: { code: err.code, message: err.message, ...err.extra } }, err.status, headers);
}

// Library codes that mean "Cloudflare could not be reached or answered
// garbage": upstream failures, retryable (contract: 502/503/504).
const TRANSPORT = {
  network_error: [502, 'upstream_unreachable'],
  timeout: [504, 'upstream_timeout'],
  invalid_json: [502, 'upstream_invalid_response'],
  not_an_object: [502, 'upstream_invalid_response'],
  unexpected_shape: [502, 'upstream_invalid_response'],
  missing_result: [502, 'upstream_invalid_response'],
};

/** Cloudflare API error codes (spec §7.4) seen through `data.errors[].code`. */
function cloudflareCodes(data) {
  return Array.isArray(data?.errors) ? data.errors.map((e) => e?.code).filter((c) => typeof c === 'number') : [];
}

/**
 * Cloudflare's errors as a tenant may see them: the numeric codes only (the
 * reference §7.4 names them). Cloudflare's own messages can quote the zone
 * id, API paths or other tenants' names, so they are kept for admin sessions
 * (`upstreamErrors`, see `forAudience`).
 */
function cloudflareErrors(data) {
  return Array.isArray(data?.errors) ? data.errors.map((e) => ({ code: Number(e?.code) || 0 })) : [];
}

function rawErrors(data) {
  return Array.isArray(data?.errors)
    ? data.errors.map((e) => ({ code: Number(e?.code) || 0, message: String(e?.message ?? '').slice(0, 500) }))
    : [];
}

/**
 * Adds Cloudflare's raw messages to an upstream error for an admin session
 * only (`upstreamErrors`); tenants keep the safe, catalogued form.
 */
export function forAudience(err, source, admin) {
  if (admin && source?.code === 'cloudflare_api_error') err.extra = { ...err.extra, upstreamErrors: rawErrors(source.data ?? {}) };
  return err;
}

/**
 * Converts anything thrown by the library (or by us) into an HttpError.
 * Validation codes become 400 with the library's code; Cloudflare failures
 * keep their meaning (404, 409, 429, 5xx → 502 retryable).
 */
export function toHttpError(e) {
  if (e instanceof HttpError) return e;
  const code = typeof e?.code === 'string' ? e.code : undefined;
  if (!code || e?.name !== 'CustomHostnamesError') {
    return new HttpError(500, 'internal_error', 'Internal error.');
  }
  const data = e.data ?? {};
  if (TRANSPORT[code]) {
    const [status, c] = TRANSPORT[code];
    return new HttpError(status, c, 'Cloudflare could not be used; try again.', { retryable: true });
  }
  if (code === 'cloudflare_api_error') {
    const status = Number(data.httpStatus);
    const codes = cloudflareCodes(data);
    const errors = cloudflareErrors(data);
    if (status === 404 || codes.includes(1436)) return new HttpError(404, 'not_found', 'No such custom hostname.');
    if (codes.includes(1406)) {
      return new HttpError(409, 'hostname_taken', 'This hostname is already registered.', { errors });
    }
    if (status === 409) return new HttpError(409, 'conflict', 'Cloudflare refused a conflicting change.', { errors });
    if (status === 429) {
      return new HttpError(429, 'rate_limited', 'Cloudflare rate limit reached; try again later.', { retryable: true, retryAfter: 60 });
    }
    if (codes.includes(1405)) {
      return new HttpError(422, 'zone_hostname_cap', 'The provider has no custom hostnames left.', { errors });
    }
    if (status >= 500 || data.retryable === true) {
      return new HttpError(status === 503 ? 503 : 502, 'upstream_error', 'Cloudflare failed; try again.', {
        retryable: true,
        errors,
      });
    }
    if (status === 401 || status === 403) {
      // Our credentials are wrong: the caller cannot fix it, and must not learn more.
      return new HttpError(502, 'upstream_auth_failed', 'The Worker could not authenticate to Cloudflare.', {
        retryable: false,
      });
    }
    return new HttpError(400, 'cloudflare_rejected', 'Cloudflare refused the request.', { errors });
  }
  // Everything else is one of the library's validation codes (bad input).
  return new HttpError(400, code, e.message, data.field ? { field: data.field } : {});
}
