// What the acting commands (add, ls, show, watch, rm, doctor, cert) share:
// the connection (token and zone from the environment, flags override,
// --base-url for cf-sim), exit codes, error reports that never carry the
// token, and small formatting helpers; the offline commands take the exit
// codes, UsageError and the argument helpers (one, positiveInt, dohOptions)
// from here too. The reader is the provider's operator.
'use strict';

const lib = require('../node/custom_hostnames.js');

const EXIT_OK = 0;
const EXIT_NOT_YET = 1;
const EXIT_BAD_INPUT = 2;
const EXIT_API = 3;

/** A usage or input error raised by the CLI itself (exit 2). */
class UsageError extends Error {
  constructor(message, code = 'usage') {
    super(message);
    this.name = 'CustomHostnamesError';
    this.code = code;
  }
}

/** The options every acting command takes. */
const CONNECTION = {
  'zone-id': { type: 'string', short: 'z', arg: 'ID', description: 'SaaS zone id (default $CLOUDFLARE_ZONE_ID)' },
  'api-token': { type: 'string', arg: 'TOKEN', description: 'API token (default $CLOUDFLARE_API_TOKEN; prefer the variable: flags show in `ps`)' },
  'base-url': { type: 'string', arg: 'URL', description: 'API base including /client/v4 (default Cloudflare\'s; cf-sim\'s for tests)' },
  timeout: { type: 'string', arg: 'MS', description: 'per-request timeout in milliseconds (default 15000)' },
};

/** The token in use, for redaction (set by `connect`). */
let secret = '';

/** Removes the token from any text before it is shown. */
function redact(text) {
  const s = String(text);
  return secret && secret.length >= 4 ? s.split(secret).join('[redacted]') : s;
}

function write(text) {
  const s = redact(text);
  process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
}

function note(text) {
  process.stderr.write(`${redact(text)}\n`);
}

/** The one positional argument (`what` names it when missing; `usage`, a command's usage line, is added then). */
function one(positionals, what, usage) {
  if (positionals.length === 0) throw new UsageError(`missing ${what}${usage ? `; usage: custom-hostnames ${usage}` : ''}`);
  if (positionals.length > 1) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[1])}`);
  return positionals[0];
}

/** A `--flag` value that must be a positive integer (undefined when not given). */
function positiveInt(value, flag) {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${flag} must be a positive integer, got ${JSON.stringify(value)}`);
  return n;
}

/** The zone, token and API base from flags and the environment. */
function connection(values) {
  const apiToken = values['api-token'] ?? process.env.CLOUDFLARE_API_TOKEN;
  const zoneId = values['zone-id'] ?? process.env.CLOUDFLARE_ZONE_ID;
  if (!apiToken) throw new UsageError('no API token: set CLOUDFLARE_API_TOKEN (or pass --api-token)', 'missing_token');
  if (!zoneId) throw new UsageError('no zone: set CLOUDFLARE_ZONE_ID (or pass --zone-id)', 'missing_zone');
  secret = apiToken;
  const baseUrl = (values['base-url'] ?? process.env.CLOUDFLARE_API_BASE_URL ?? 'https://api.cloudflare.com/client/v4').replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+/.test(baseUrl)) throw new UsageError(`--base-url must be an http(s) URL, got ${JSON.stringify(baseUrl)}`);
  const timeoutMs = positiveInt(values.timeout, 'timeout') ?? 15000;
  return { apiToken, zoneId, baseUrl, timeoutMs };
}

/** Counts what a command sends, by kind (API, DNS-over-HTTPS, clock). */
class Counter {
  constructor() {
    this.api = 0;
    this.dns = 0;
    this.clock = 0;
  }
}

/**
 * Counts every HTTP request this process sends (the package's client and
 * checkDns use the global fetch): API requests by their base URL, the rest
 * as DNS-over-HTTPS, the clock URL apart. Retries are requests too.
 */
function countRequests(counter, baseUrl, clockUrl) {
  const original = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (clockUrl && url === clockUrl) counter.clock += 1;
    else if (url.startsWith(`${baseUrl}/`)) counter.api += 1;
    else counter.dns += 1;
    return original(input, init);
  };
}

/** The package's CloudflareClient for the zone, its requests counted. */
function connect(values, counter = new Counter()) {
  const c = connection(values);
  countRequests(counter, c.baseUrl, values['clock-url']);
  const client = new lib.CloudflareClient({ apiToken: c.apiToken, zoneId: c.zoneId, baseUrl: c.baseUrl, timeoutMs: c.timeoutMs });
  return { ...c, client, counter };
}

/** An error as `checkSetup` and `--json` output take it: no token, no stack. */
function failure(e) {
  return {
    message: redact(e?.message ?? String(e)),
    ...(e?.code ? { code: e.code } : {}),
    ...(e?.data?.httpStatus !== undefined ? { httpStatus: e.data.httpStatus } : {}),
    ...(Array.isArray(e?.data?.errors) ? { errors: e.data.errors.map((x) => ({ code: x.code, message: redact(x.message ?? '') })) } : {}),
  };
}

/** Codes of the API or the network failing (exit 3). */
const API_CODES = new Set(['cloudflare_api_error', 'network_error', 'timeout', 'malformed_response', 'unexpected_shape', 'invalid_json', 'missing_result']);

/** Cloudflare refusing the request itself (not the token, not a limit, not an outage): bad input. */
const REFUSED_INPUT = new Set([400, 404, 409, 422]);

/** Exit code of an error: 3 for the API or the network, 2 for input. */
function exitCodeOf(e) {
  const known = e && typeof e === 'object' && e.name === 'CustomHostnamesError';
  if (e instanceof UsageError) return EXIT_BAD_INPUT;
  if (e?.code === 'cloudflare_api_error' && REFUSED_INPUT.has(e?.data?.httpStatus)) return EXIT_BAD_INPUT;
  if (e?.code && API_CODES.has(e.code)) return EXIT_API;
  if (known && e.data && (e.data.httpStatus !== undefined || e.data.attempts > 0)) return EXIT_API;
  return known ? EXIT_BAD_INPUT : EXIT_API;
}

/** Reports an acting command's error on stderr (and stdout with --json). */
function report(e, json) {
  const code = e?.code ?? 'internal_error';
  const message = redact(e?.message ?? String(e));
  const out = { error: { code, message, ...(e?.data ? { data: JSON.parse(redact(JSON.stringify(e.data))) } : {}) } };
  if (json) write(JSON.stringify(out, null, 2));
  note(`error (${code}): ${message}`);
  return exitCodeOf(e);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Finds a custom hostname by id or by name (exact match over the list). */
async function resolveHostname(api, ref) {
  if (UUID.test(ref)) return (await api.get(ref)).customHostname;
  const parsed = lib.parseHostname(ref, { allowWildcard: true, allowSpecialUse: true });
  const out = await api.list({ hostnameExact: parsed.ascii, perPage: 50 });
  const found = out.customHostnames.find((h) => h.hostname === parsed.ascii);
  if (!found) throw new UsageError(`no custom hostname ${parsed.ascii} in this zone`, 'not_found');
  return found;
}

/** Unix seconds now (local clock, or the simulator's with --clock-url). */
async function clockNow(values) {
  if (!values['clock-url']) return { now: Math.floor(Date.now() / 1000), speed: 1 };
  const res = await fetch(values['clock-url'], { signal: AbortSignal.timeout(5000) });
  const body = await res.json();
  const now = typeof body.now === 'number' ? body.now : Math.floor(Date.parse(body.now) / 1000);
  const speed = Number(body.speed) > 0 ? Number(body.speed) : 1;
  if (!Number.isFinite(now)) throw new UsageError(`--clock-url answered no time: ${JSON.stringify(body).slice(0, 200)}`);
  return { now, speed };
}

const CLOCK = {
  'clock-url': { type: 'string', arg: 'URL', description: "read the time from this URL's {now, speed} (cf-sim's /__sim/clock) instead of the local clock" },
};

/** `3d 4h`, `12m 5s`, `40s`. */
function duration(seconds) {
  const s = Math.max(0, Math.round(seconds));
  const units = [['d', 86400], ['h', 3600], ['m', 60], ['s', 1]];
  const parts = [];
  let rest = s;
  for (const [u, n] of units) {
    if (rest >= n || (u === 's' && parts.length === 0)) {
      parts.push(`${Math.floor(rest / n)}${u}`);
      rest %= n;
    }
    if (parts.length === 2) break;
  }
  return parts.join(' ');
}

/** A table with a header row, columns padded to their widest cell. */
function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i === r.length - 1 ? String(c) : String(c).padEnd(widths[i]))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

/** The CNAME target from --target or $CNAME_TARGET. */
function target(values, required = true) {
  const t = values.target ?? process.env.CNAME_TARGET;
  if (!t && required) throw new UsageError('--target <cname-target> is required (or set CNAME_TARGET), e.g. customers.saasprovider.com');
  return t;
}

/** The DNS instructions for a custom hostname (object from the API). */
function instructionsFor(customHostname, values) {
  const req = { hostname: customHostname.hostname.replace(/^\*\./, ''), cnameTarget: target(values), customHostname };
  if (values.provider) req.provider = values.provider;
  return lib.dnsInstructions(req);
}

/** checkDns options from --resolver (repeatable) and --doh-format. */
function dohOptions(values) {
  const o = {};
  if (values.resolver?.length) o.resolvers = values.resolver;
  if (values['doh-format']) o.format = values['doh-format'];
  return o;
}

const DNS = {
  target: { type: 'string', short: 't', arg: 'HOST', description: 'your CNAME target (default $CNAME_TARGET)' },
  provider: { type: 'string', short: 'p', arg: 'ID', description: "the customer's DNS provider id, for the instructions' terms" },
  resolver: { type: 'string', multiple: true, arg: 'URL', description: "DoH endpoint for the live checks (repeatable; default Cloudflare's)" },
  'doh-format': { type: 'string', arg: 'FORMAT', description: 'wire_get (default), wire_post, json' },
};

module.exports = {
  lib,
  EXIT_OK,
  EXIT_NOT_YET,
  EXIT_BAD_INPUT,
  EXIT_API,
  UsageError,
  CONNECTION,
  CLOCK,
  DNS,
  Counter,
  connect,
  failure,
  report,
  redact,
  write,
  note,
  resolveHostname,
  clockNow,
  duration,
  table,
  target,
  instructionsFor,
  dohOptions,
  one,
  positiveInt,
};
