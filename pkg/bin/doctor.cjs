// `doctor`: the provider's own setup (Cloudflare's get-started step 1):
// fallback origin set and active, its record present and proxied, the CNAME
// target (and a name under it) resolving to it, custom hostnames enabled.
// Fetches through the API and DNS-over-HTTPS, then the package's
// checkSetup judges (the same function the Worker's setup route uses).
'use strict';

const op = require('./operate.cjs');

const { lib, UsageError, EXIT_OK, EXIT_NOT_YET, EXIT_API, write } = op;

/** The label asked under the CNAME target to see its wildcard record. */
const PROBE_LABEL = 'cf-setup-probe';
const DEFAULT_RESOLVER = 'https://cloudflare-dns.com/dns-query';

async function answer(promise) {
  try {
    return { result: await promise };
  } catch (e) {
    return { error: op.failure(e) };
  }
}

/** Every page of the zone's DNS records (the client's `listDnsRecords`, pages of 1,000). */
async function zoneRecords(conn) {
  const all = [];
  for (let page = 1; page <= 100; page += 1) {
    const out = await conn.client.call({ op: 'listDnsRecords', page, perPage: 1000 });
    const items = out.dnsRecords ?? [];
    all.push(...items);
    if (items.length === 0 || page >= (out.resultInfo?.total_pages ?? 1)) break;
  }
  return all;
}

/** One A question in the DoH JSON form. */
async function lookup(resolver, name, timeoutMs) {
  const url = `${resolver}${resolver.includes('?') ? '&' : '?'}name=${encodeURIComponent(name)}&type=A`;
  try {
    const res = await fetch(url, { headers: { accept: 'application/dns-json' }, signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) return { name, error: `${resolver} answered HTTP ${res.status}` };
    return { name, answer: await res.json() };
  } catch (e) {
    return { name, error: `${resolver} could not be reached: ${e.cause?.message ?? e.message}` };
  }
}

async function cmdDoctor(values, positionals) {
  if (positionals.length) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  const cnameTarget = lib.parseHostname(op.target(values), { allowSpecialUse: true }).ascii;
  const resolver = values.resolver?.[0] ?? DEFAULT_RESOLVER;
  const conn = op.connect(values);
  const [fallbackOrigin, dnsRecords, quota] = await Promise.all([
    answer(conn.client.getFallbackOrigin().then((o) => o.fallbackOrigin)),
    answer(zoneRecords(conn)),
    answer(conn.client.quota().then((o) => o.quota)),
  ]);
  const origin = fallbackOrigin.result?.origin;
  const [targetLookup, probeLookup, originLookup] = await Promise.all([
    lookup(resolver, cnameTarget, conn.timeoutMs),
    lookup(resolver, `${PROBE_LABEL}.${cnameTarget}`, conn.timeoutMs),
    origin ? lookup(resolver, origin, conn.timeoutMs) : Promise.resolve(undefined),
  ]);
  const input = {
    cnameTarget,
    fallbackOrigin,
    dnsRecords,
    quota,
    lookups: { cnameTarget: targetLookup, wildcardProbe: probeLookup, ...(originLookup ? { fallbackOrigin: originLookup } : {}) },
    ...(values.wildcard ? { expectWildcard: true } : {}),
  };
  const report = lib.checkSetup(input);
  if (values.json) {
    write(JSON.stringify({ ...report, requests: { api: conn.counter.api, dns: conn.counter.dns } }, null, 2));
  } else {
    for (const c of report.checks) {
      const mark = c.verdict === 'ok' ? 'ok  ' : c.verdict === 'failed' ? (c.required ? 'FAIL' : '--  ') : '??  ';
      write(`${mark} ${c.title}`);
      write(`     ${c.detail}`);
      if (c.fix && c.verdict !== 'ok') write(`     fix: ${c.fix}`);
    }
    write(report.ok ? 'setup ok: custom hostnames can be onboarded' : 'setup not ready: fix the FAIL lines (?? = could not check)');
  }
  // The API refused or could not be reached: not a verdict on the setup.
  const apiDown = [fallbackOrigin, dnsRecords, quota].find((x) => x.error && !(x === fallbackOrigin && (x.error.httpStatus === 404 || x.error.errors?.some((e) => e.code === 1551))));
  if (apiDown) {
    op.note(`error (${apiDown.error.code ?? 'cloudflare_api_error'}): ${apiDown.error.message}`);
    return EXIT_API;
  }
  return report.ok ? EXIT_OK : EXIT_NOT_YET;
}

module.exports = { cmdDoctor };
