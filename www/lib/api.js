// Client for the Worker's JSON API (worker/openapi.yaml): every call
// carries the session token as a Bearer header; errors become ApiError with
// the contract's stable `code`. The page never sees a Cloudflare API token.

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

export class OnboardingApi {
  /** `base`: the Worker's origin (or '' for same origin); `token`: the session token. */
  constructor(base, token, fetchImpl = globalThis.fetch.bind(globalThis)) {
    this.base = String(base ?? '').replace(/\/+$/, '');
    this.token = token ?? '';
    this.fetch = fetchImpl;
  }

  async request(method, path, body) {
    const headers = { accept: 'application/json' };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response;
    try {
      response = await this.fetch(`${this.base}${path}`, {
        method, headers, body: body === undefined ? undefined : JSON.stringify(body),
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
}
