// A Node stand-in for the Worker's JSON API (the contract in
// /work/briefs/api-contract.md), for the page's e2e tests when the real
// Worker (worker/, wrangler dev) is not available: it implements the routes
// the page uses on top of the package's Node build and a running cf-sim.
// It is NOT the Worker (no D1, no webhooks, no tenant index); the e2e suite
// runs against the real Worker whenever worker/ exists.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { verifySession } from './session.mjs';

const require = createRequire(import.meta.url);
const lib = require('../../../../pkg/node/custom_hostnames.js');

export async function startContractWorker({ sim, secret, audience, cnameTarget = 'customers.saasprovider.com', zoneName = 'saasprovider.com', allowedOrigins = [] }) {
  const cf = async (method, path, body) => {
    const res = await fetch(`${sim.apiBase}/zones/${sim.zoneId}${path}`, {
      method, headers: { authorization: `Bearer ${sim.token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, json: await res.json() };
  };
  const bundle = (customHostname) => {
    const instructions = lib.dnsInstructions({ hostname: customHostname.hostname, cnameTarget, customHostname });
    const assessment = lib.interpretCustomHostname(customHostname, { cnameTarget });
    return { customHostname, assessment, instructions };
  };
  const fail = (status, code, message) => ({ status, body: { error: { code, message, ...(status >= 500 ? { retryable: true } : {}) } } });

  async function route(req, url, body, session) {
    if (req.method === 'GET' && url.pathname === '/api/config') {
      return { status: 200, body: { cnameTarget, demo: true, dohUrl: sim.dohUrl, zoneName } };
    }
    if (req.method === 'POST' && url.pathname === '/api/hostnames') {
      let info;
      try { info = lib.parseHostname(String(body?.hostname ?? '')); } catch (e) { return fail(400, e.code, e.message); }
      const r = await cf('POST', '/custom_hostnames', {
        hostname: info.ascii, ssl: { method: 'txt', type: 'dv' }, custom_metadata: { tenant: session.tenant },
      });
      if (r.status === 409) return fail(409, 'duplicate_hostname', r.json.errors?.[0]?.message ?? 'duplicate');
      if (!r.json.success) return fail(502, 'upstream_error', r.json.errors?.[0]?.message ?? 'Cloudflare refused');
      return { status: 201, body: bundle(r.json.result) };
    }
    const m = url.pathname.match(/^\/api\/hostnames\/([\w-]{1,36})$/);
    if (req.method === 'GET' && m) {
      const r = await cf('GET', `/custom_hostnames/${m[1]}`);
      if (!r.json.success || r.json.result?.custom_metadata?.tenant !== session.tenant) return fail(404, 'not_found', 'No such hostname');
      return { status: 200, body: bundle(r.json.result) };
    }
    const refresh = url.pathname.match(/^\/api\/hostnames\/([\w-]{1,36})\/refresh$/);
    if (req.method === 'POST' && refresh) {
      const r = await cf('GET', `/custom_hostnames/${refresh[1]}`);
      if (!r.json.success || r.json.result?.custom_metadata?.tenant !== session.tenant) return fail(404, 'not_found', 'No such hostname');
      // Cloudflare's refresh: a PATCH repeating the same ssl method and type (spec §3.2).
      const ssl = r.json.result.ssl ?? {};
      const p = await cf('PATCH', `/custom_hostnames/${refresh[1]}`, { ssl: { method: ssl.method ?? 'txt', type: ssl.type ?? 'dv' } });
      if (!p.json.success) return fail(502, 'upstream_error', p.json.errors?.[0]?.message ?? 'Cloudflare refused');
      return { status: 200, body: bundle(p.json.result) };
    }
    if (req.method === 'POST' && url.pathname === '/api/demo/dns') {
      const res = await fetch(`${sim.url}/__sim/dns`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: body?.name, type: body?.type, value: body?.value }) });
      return { status: res.status === 200 || res.status === 201 ? 200 : res.status, body: res.ok ? { ok: true } : { error: { code: 'demo_dns_refused', message: await res.text() } } };
    }
    return fail(404, 'not_found', 'No route');
  }

  const server = createServer(async (req, res) => {
    const origin = req.headers.origin;
    const cors = origin && allowedOrigins.includes(origin)
      ? { 'access-control-allow-origin': origin, 'access-control-allow-headers': 'authorization, content-type', 'access-control-allow-methods': 'GET, POST, DELETE, OPTIONS', vary: 'Origin' }
      : {};
    const send = (status, body) => { res.writeHead(status, { 'content-type': 'application/json', ...cors }); res.end(JSON.stringify(body)); };
    if (req.method === 'OPTIONS') { res.writeHead(204, cors).end(); return; }
    try {
      const url = new URL(req.url, 'http://x');
      const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
      const session = verifySession(secret, audience, token);
      if (!session) { send(401, { error: { code: 'unauthorized', message: 'Missing or invalid session token' } }); return; }
      const chunks = [];
      for await (const c of req) chunks.push(c);
      const raw = Buffer.concat(chunks).toString('utf8');
      const body = raw ? JSON.parse(raw) : undefined;
      const out = await route(req, url, body, session);
      send(out.status, out.body);
    } catch (e) {
      send(500, { error: { code: 'internal', message: String(e?.message ?? e) } });
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}
