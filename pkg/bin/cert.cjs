// `cert HOST [--via TARGET[:PORT]]`: the certificate the edge serves for a
// hostname, before or after the customer points DNS (Cloudflare's "view
// certificates": `openssl s_client -servername HOST -connect TARGET:443`),
// with Node's tls. Prints its names, issuer, validity and chain, and
// compares it with what the API reports; the library judges the names
// (RFC 6125) and folds the observation into the verdict (context.edge).
'use strict';

const tls = require('node:tls');
const { X509Certificate } = require('node:crypto');
const { readFileSync } = require('node:fs');
const op = require('./operate.cjs');

const { lib, UsageError, EXIT_OK, EXIT_NOT_YET, EXIT_API, write } = op;

/** `host`, `host:port`, `[v6]:port` → { host, port }. */
function endpoint(via, defaultPort) {
  const m = /^\[([^\]]+)\](?::(\d+))?$/.exec(via) ?? /^([^:]+)(?::(\d+))?$/.exec(via);
  if (!m) throw new UsageError(`--via must be HOST or HOST:PORT, got ${JSON.stringify(via)}`);
  const port = m[2] !== undefined ? Number(m[2]) : defaultPort;
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new UsageError(`bad port in ${JSON.stringify(via)}`);
  return { host: m[1], port };
}

/** One TLS handshake with SNI = servername; resolves what was seen (never rejects on TLS errors). */
function handshake({ host, port }, servername, ca, timeoutMs) {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host, port, servername, rejectUnauthorized: false, ...(ca ? { ca } : {}) });
    const timer = setTimeout(() => socket.destroy(new Error(`no TLS answer within ${timeoutMs} ms`)), timeoutMs);
    socket.once('secureConnect', () => {
      clearTimeout(timer);
      const peer = socket.getPeerCertificate(true);
      const out = {
        protocol: socket.getProtocol(),
        authorized: socket.authorized,
        authorizationError: socket.authorizationError ? String(socket.authorizationError) : null,
        peer,
      };
      socket.end();
      resolve(out);
    });
    socket.once('error', (e) => {
      clearTimeout(timer);
      // Nothing reached (no TCP connection): a network failure, not a verdict.
      if (['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'EAI_AGAIN'].includes(e.code)) {
        const err = new Error(`cannot reach ${host}:${port}: ${e.message}`);
        err.code = 'network_error';
        reject(err);
        return;
      }
      resolve({ error: e.message });
    });
  });
}

/** The chain as sent (leaf first), as X509Certificate objects. */
function chainOf(peer) {
  const out = [];
  let c = peer;
  const seen = new Set();
  while (c && c.raw && !seen.has(c.fingerprint256)) {
    seen.add(c.fingerprint256);
    out.push(new X509Certificate(c.raw));
    c = c.issuerCertificate;
  }
  return out;
}

/** Signatures checked leaf → ... → one of `roots` (validity dates aside). */
function verifyChain(chain, roots) {
  if (chain.length === 0) return { verified: false, why: 'no certificate' };
  for (let i = 0; i + 1 < chain.length; i += 1) {
    if (!chain[i].checkIssued(chain[i + 1]) || !chain[i].verify(chain[i + 1].publicKey)) {
      return { verified: false, why: `${chain[i].subject.replace(/\n/g, ', ')} is not signed by the next certificate` };
    }
  }
  const last = chain[chain.length - 1];
  const root = roots.find((r) => last.checkIssued(r) && last.verify(r.publicKey));
  if (!root) return { verified: false, why: `no given root signed ${last.issuer.replace(/\n/g, ', ')}` };
  return { verified: true, root: root.subject.replace(/\n/g, ', ') };
}

function pemBlocks(text) {
  return text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
}

function iso(seconds) {
  return seconds === undefined ? '?' : new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

async function cmdCert(values, positionals) {
  if (positionals.length !== 1) throw new UsageError(positionals.length ? `unexpected argument ${JSON.stringify(positionals[1])}` : 'missing HOST');
  const host = lib.parseHostname(positionals[0], { allowSpecialUse: true }).ascii;
  const via = values.via ?? op.target(values, false);
  if (!via) throw new UsageError('--via <cname-target[:port]> is required (or set CNAME_TARGET)');
  const where = endpoint(via, op.positiveInt(values.port, 'port') ?? 443);
  let caPems;
  if (values['ca-file']) {
    try {
      caPems = pemBlocks(readFileSync(values['ca-file'], 'utf8'));
    } catch (e) {
      throw new UsageError(`cannot read --ca-file: ${e.message}`, 'unreadable_file');
    }
    if (caPems.length === 0) throw new UsageError('--ca-file holds no PEM certificate', 'unreadable_file');
  }
  const timeoutMs = op.positiveInt(values.timeout, 'timeout') ?? 10000;
  const seen = await handshake(where, host, caPems, timeoutMs);
  const { now } = await op.clockNow(values);

  // What the API says, when a token and a zone are at hand.
  let ch = null;
  let apiNote = null;
  if ((values['api-token'] ?? process.env.CLOUDFLARE_API_TOKEN) && (values['zone-id'] ?? process.env.CLOUDFLARE_ZONE_ID)) {
    const conn = op.connect(values);
    try {
      ch = await op.resolveHostname(conn.client, host);
    } catch (e) {
      if (e.code !== 'not_found') throw e;
      apiNote = e.message;
    }
  } else {
    apiNote = 'not compared with the API (set CLOUDFLARE_API_TOKEN and CLOUDFLARE_ZONE_ID)';
  }

  let observation;
  let chain = [];
  let chainCheck = null;
  if (seen.error) {
    observation = { error: seen.error };
  } else {
    const p = seen.peer;
    const names = String(p.subjectaltname ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.startsWith('DNS:'))
      .map((s) => s.slice(4));
    const secs = (t) => (t ? Math.floor(Date.parse(t) / 1000) : undefined);
    observation = {
      names,
      ...(p.subject?.CN ? { commonName: String(p.subject.CN) } : {}),
      ...(p.issuer ? { issuer: String(p.issuer.O ?? p.issuer.CN ?? '') } : {}),
      ...(p.valid_from ? { notBefore: secs(p.valid_from) } : {}),
      ...(p.valid_to ? { notAfter: secs(p.valid_to) } : {}),
      ...(p.serialNumber ? { serialNumber: String(p.serialNumber) } : {}),
    };
    chain = chainOf(p);
    if (caPems) chainCheck = verifyChain(chain, caPems.map((pem) => new X509Certificate(pem)));
  }
  // Without the API, the edge part of the assessment is judged against a
  // hostname taken as live (its phase is then not shown).
  const subject = ch ?? { hostname: host, status: 'active', ssl: { status: 'active' } };
  const assessment = lib.interpretCustomHostname(subject, { now, edge: observation });
  const edge = assessment.edge;
  const api = ch?.ssl
    ? { issuer: ch.ssl.issuer ?? null, certificateAuthority: ch.ssl.certificate_authority ?? null, expiresOn: ch.ssl.expires_on ?? null, serialNumber: ch.ssl.serial_number ?? null, hosts: ch.ssl.hosts ?? [] }
    : null;
  const issuerAgrees = api?.issuer && observation.issuer ? api.issuer === observation.issuer : null;
  const result = {
    hostname: host,
    via: `${where.host}:${where.port}`,
    ...(seen.error ? { error: seen.error } : { protocol: seen.protocol, certificate: observation }),
    chain: chain.map((c) => ({ subject: c.subject.replace(/\n/g, ', '), issuer: c.issuer.replace(/\n/g, ', ') })),
    trust: seen.error ? null : { authorized: seen.authorized, authorizationError: seen.authorizationError, ...(chainCheck ? { caFile: chainCheck } : {}) },
    edge,
    api,
    issuerAgrees,
    ...(ch ? { phase: assessment.phase, ready: assessment.ready } : {}),
  };
  const good = edge?.verdict === 'serving' && (chainCheck ? chainCheck.verified : true) && issuerAgrees !== false;
  if (values.json) {
    write(JSON.stringify(result, null, 2));
    return good ? EXIT_OK : EXIT_NOT_YET;
  }
  write(`${host} via ${result.via}${seen.protocol ? ` (${seen.protocol})` : ''}`);
  if (seen.error) {
    write(`  no certificate: ${seen.error}`);
  } else {
    write(`  subject:  CN=${observation.commonName ?? '-'}`);
    write(`  names:    ${observation.names.join(', ') || '(none)'}`);
    write(`  issuer:   ${observation.issuer ?? '-'}${chain[1] ? ` (${chain[0].issuer.replace(/\n/g, ', ')})` : ''}`);
    write(`  valid:    ${iso(observation.notBefore)} to ${iso(observation.notAfter)}${observation.notAfter !== undefined ? ` (${observation.notAfter > now ? `expires in ${op.duration(observation.notAfter - now)}` : 'expired'})` : ''}`);
    write(`  serial:   ${observation.serialNumber ?? '-'}`);
    write(`  covers ${host}: ${edge?.covers ? `yes (${edge.matchedName})` : 'NO'}`);
    if (chainCheck) write(`  chain:    ${chainCheck.verified ? `signed up to ${chainCheck.root} (--ca-file)` : `NOT verified: ${chainCheck.why}`}`);
    else write(`  trust:    ${seen.authorized ? 'verified by the system roots' : `not verified: ${seen.authorizationError}`}`);
  }
  if (api) {
    write(`  API:      issuer ${api.issuer ?? '-'}, ${api.certificateAuthority ?? 'default CA'}, expires ${api.expiresOn ?? '-'}, serial ${api.serialNumber ?? '-'}`);
    if (edge?.matchesApi !== undefined) write(`            ${edge.matchesApi ? 'the same certificate as the API reports' : 'NOT the certificate the API reports'}${issuerAgrees === false ? '; issuer differs' : ''}`);
  } else if (apiNote) {
    write(`  API:      ${apiNote}`);
  }
  if (edge) write(`  edge:     ${edge.verdict}: ${edge.text}`);
  if (ch) write(`  verdict:  ${assessment.phase}${assessment.ready ? ' (ready)' : ''}, who acts: ${assessment.actor}`);
  return good ? EXIT_OK : EXIT_NOT_YET;
}

module.exports = { cmdCert, EXIT_API };
