// Every error the Worker answers is JSON: { error: { code, message, ...extra } }
// with an HTTP status (contract: /work/briefs/api-contract.md, "Every response is
// JSON"). This module builds those answers and maps the library's
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

/** The JSON answer of an HttpError. */
export function errorResponse(err) {
  return json({ error: { code: err.code, message: err.message, ...err.extra } }, err.status);
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

/** Only the codes and messages of Cloudflare's errors (nothing else is echoed). */
function cloudflareErrors(data) {
  return Array.isArray(data?.errors)
    ? data.errors.map((e) => ({ code: e?.code, message: String(e?.message ?? '') }))
    : [];
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
    return new HttpError(status, c, `Cloudflare could not be used: ${e.message}`, { retryable: true });
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
      return new HttpError(429, 'rate_limited', 'Cloudflare rate limit reached; try again later.', { retryable: true });
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
