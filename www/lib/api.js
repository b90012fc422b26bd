// Client for the Worker's JSON API (worker/openapi.yaml): every call
// carries the session token as a Bearer header, to one origin only (fixed
// when the client is made: `apiOrigin`), and the customer's locale;
// errors become ApiError with the contract's stable `code`. The page never
// sees a Cloudflare API token.

/** An error answer of the Worker (`{ error: { code, message } }`) or a network failure. */
export class ApiError extends Error {
  constructor(code, message, status, extra = {}) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.retryable = Boolean(extra.retryable);
    this.extra = extra;
  }
}

/**
 * The API origin for an `api-base` value: '' (same origin) for an empty
 * value, else the origin of an http(s) URL; null for anything else (then
 * nothing is sent). Only the origin counts: a path or query is dropped.
 */
export function apiOrigin(base) {
  const text = String(base ?? '').trim();
  if (text === '') return '';
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

export class OnboardingApi {
  /**
   * `base`: the Worker's origin (or '' for same origin; anything but an
   * http(s) origin refuses every call); `token`: the session token;
   * `locale`: the customer's language for the API's texts.
   */
  constructor(base, token, fetchImpl = globalThis.fetch.bind(globalThis), locale = undefined) {
    this.base = apiOrigin(base);
    this.token = token ?? '';
    this.fetch = fetchImpl;
    this.locale = locale;
  }

  async request(method, path, body) {
    if (this.base === null) throw new ApiError('invalid_api_base', 'The API address is not an http(s) origin', 0);
    const headers = { accept: 'application/json' };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const url = new URL(`${this.base}${path}`, globalThis.location?.href ?? 'http://localhost/');
    // The list's rows carry no text (and its query is strict): no locale there.
    const listing = method === 'GET' && url.pathname === '/api/hostnames';
    if (this.locale && url.pathname.startsWith('/api/hostnames') && !listing) url.searchParams.set('locale', this.locale);
    let response;
    try {
      response = await this.fetch(this.base === '' && globalThis.location ? url.pathname + url.search : url.href, {
        method, headers, body: body === undefined ? undefined : JSON.stringify(body),
        // The token goes to the API origin only: never follow a redirect elsewhere.
        redirect: 'error', credentials: 'omit',
      });
    } catch (e) {
      throw new ApiError('network_error', `Could not reach the server: ${e?.message ?? e}`, 0, { retryable: true });
    }
    let data = null;
    try {
      data = await response.json();
    } catch {
      data = null;
    }
    if (!response.ok) {
      const err = data?.error ?? {};
      const { code, message, ...extra } = typeof err === 'object' && err ? err : {};
      throw new ApiError(
        typeof code === 'string' ? code : `http_${response.status}`,
        typeof message === 'string' ? message : `The server answered HTTP ${response.status}`,
        response.status,
        { retryable: response.status >= 500 || response.status === 429, ...extra },
      );
    }
    if (data === null) throw new ApiError('bad_response', 'The server answered something that is not JSON', response.status);
    return data;
  }

  config() { return this.request('GET', '/api/config'); }
  /** One page of the tenant's hostnames (newest first is not promised: sorted by name). */
  list({ cursor, limit = 20 } = {}) {
    const q = new URLSearchParams({ limit: String(limit) });
    if (cursor) q.set('cursor', cursor);
    return this.request('GET', `/api/hostnames?${q}`);
  }
  create(hostname, options) {
    return this.request('POST', '/api/hostnames', options ? { hostname, options } : { hostname });
  }
  get(id, { checkDns = false } = {}) {
    return this.request('GET', `/api/hostnames/${encodeURIComponent(id)}${checkDns ? '?check=dns' : ''}`);
  }
  refresh(id) { return this.request('POST', `/api/hostnames/${encodeURIComponent(id)}/refresh`); }
  remove(id) { return this.request('DELETE', `/api/hostnames/${encodeURIComponent(id)}`); }
  /** Demo mode only: play the customer's DNS provider. */
  demoAddRecord(record) { return this.request('POST', '/api/demo/dns', record); }
  /** Demo mode only: delete records of a name and type. */
  demoRemoveRecord(record) { return this.request('DELETE', '/api/demo/dns', record); }
}
