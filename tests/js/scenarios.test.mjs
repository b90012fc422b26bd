// The scenario matrix of the customer-truth issue (tests/fixtures/scenarios/matrix.json):
// every kind of hostname (subdomain, apex with each apex mode, IDN, wildcard, a
// name live elsewhere, CAA present) × DNS states (nothing, partial, all right,
// wrong target, stale records, proxied by the customer's own Cloudflare zone,
// lookup failures) × Cloudflare states (pending, validating, active), through
// the real `checkDns` against cf-sim's DNS-over-HTTPS and the real
// `interpretCustomHostname`, in every shipped locale. It asserts the invariants:
// - never ready unless the routing record is observed right;
// - ready (and active) when everything is right;
// - a record holding the right value is never flagged, and a removal never
//   names the target's own addresses;
// - a missing or wrong required record makes the customer the actor;
// - customer text (summary, customer steps, deadlines, each check's detail,
//   the DNS instructions and their text/Markdown/HTML documents) never holds
//   spec references, HTTP verbs, API field names, raw statuses or codes, and
//   shows an IDN hostname in Unicode.
// The Cloudflare state is set on a copy of the object cf-sim returned (its
// tokens are real); the DNS is published through cf-sim's admin API the way
// the customer would, from the instructions they were given.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  CloudflareClient,
  checkDns,
  dnsInstructions,
  interpretCustomHostname,
  renderInstructions,
} from '../../pkg/node/custom_hostnames.js';
import { startSim } from '../../sim/js/harness.mjs';
import { assertCustomerText } from './helpers/customer-text.mjs';
import { hostnameWhen } from './helpers/hostname-wait.mjs';

const matrix = JSON.parse(readFileSync(new URL('../fixtures/scenarios/matrix.json', import.meta.url), 'utf8'));
const TARGET = matrix.target;
const DEAD_RESOLVER = 'http://127.0.0.1:9/dns-query';
const ELSEWHERE_CNAME = 'old-site.hosting-elsewhere.net';
const ELSEWHERE_IP = '203.0.113.7';
/** An address in Cloudflare's published ranges, not the target's. */
const OWN_ZONE_PROXY_IP = '104.21.7.7';

let sim;
let client;
let targetA = [];
let targetAAAA = [];

before(async () => {
  sim = await startSim({ args: ['--rate-limit', '100000', '--fallback-origin', 'fallback.saasprovider.com'] });
  client = new CloudflareClient({ apiToken: sim.token, zoneId: sim.zoneId, baseUrl: sim.apiBase });
  targetA = ((await sim.dohJson(TARGET, 'A')).Answer ?? []).filter((r) => r.type === 1).map((r) => r.data);
  targetAAAA = ((await sim.dohJson(TARGET, 'AAAA')).Answer ?? []).filter((r) => r.type === 28).map((r) => r.data);
  assert.ok(targetA.length > 0, 'the CNAME target resolves in cf-sim');
});
after(async () => {
  await sim?.stop();
});

const fill = (text, zone) => text.replaceAll('{zone}', zone);

/** The hostname once its ownership and certificate tokens are there (else as last read). */
const fetchWithTokens = (id) => hostnameWhen(client, id,
  (h) => h.ownership_verification && (h.ssl?.validation_records?.length ?? 0) > 0, { delayMs: 30 });

function request(kind, zone, object, locale) {
  return {
    hostname: fill(kind.hostname, zone),
    cnameTarget: TARGET,
    customHostname: object,
    provider: kind.provider,
    apex: kind.apexIps ? { ips: kind.apexIps } : undefined,
    live: kind.live ?? false,
    locale,
  };
}

/** The DNS the customer publishes for a DNS state, from the instructions they got. */
async function publish(kind, zone, dnsState, instructions) {
  const add = (name, type, value) => sim.admin.addDns(name, type, value);
  for (const ns of kind.nameServers ?? []) await add(instructions.zone, 'NS', ns);
  if (kind.caa) await add(instructions.zone, 'CAA', kind.caa);
  if (dnsState === 'nothing') return;
  const records = instructions.records.filter(
    (r) => r.purpose !== 'remove' && r.when !== 'if_present' && !['HTTP', 'EMAIL'].includes(r.type),
  );
  if (dnsState === 'partial') {
    for (const r of records.filter((x) => x.purpose === 'ownership')) await add(r.fqdn, r.type, r.value);
    return;
  }
  for (const r of records) {
    if (r.purpose !== 'traffic') {
      await add(r.fqdn, r.type, r.value);
      continue;
    }
    // cf-sim's DNS has no wildcard synthesis: publish what `*.name` answers
    // for the probe name the check asks.
    const owner = r.fqdn.startsWith('*.') ? `wildcard-probe.${r.fqdn.slice(2)}` : r.fqdn;
    if (dnsState === 'wrong_target') {
      await add(owner, r.type === 'CNAME' ? 'CNAME' : 'A', r.type === 'CNAME' ? ELSEWHERE_CNAME : ELSEWHERE_IP);
    } else if (dnsState === 'proxied_by_own_zone') {
      await add(owner, 'A', OWN_ZONE_PROXY_IP);
    } else if (r.type === 'ALIAS') {
      // The provider's flattening record answers with the target's own addresses.
      for (const ip of targetA) await add(owner, 'A', ip);
      for (const ip of targetAAAA) await add(owner, 'AAAA', ip);
    } else {
      await add(owner, r.type, r.value);
    }
  }
  if (dnsState === 'stale_records') {
    for (const s of kind.stale) await add(fill(s.name, zone), s.type, s.value);
  }
}

function withState(base, cf, now) {
  const object = structuredClone(base);
  object.status = cf.status;
  object.ssl = { ...object.ssl, status: cf.sslStatus };
  // What cf-sim reported while pending does not survive a forced success.
  if (cf.status === 'active') object.verification_errors = [];
  if (cf.sslStatus === 'active') object.ssl.validation_errors = [];
  if (cf.sslStatus === 'active') {
    object.ssl.expires_on = new Date((now + 150 * 86400) * 1000).toISOString();
  }
  return object;
}

const isRequiredNow = (when, cutover) => when === 'now' || when === 'keep' || (when === 'after_validation' && cutover);
const problem = (s) => ['missing', 'wrong_value', 'conflict'].includes(s);

/** Every value the customer copies (masked before the text rules run). */
function copiedValues(instructions, object, observation) {
  const out = [instructions.hostname, instructions.zone, TARGET, object.id];
  for (const r of instructions.records) {
    out.push(r.fqdn, r.name, r.value, r.display?.name, r.display?.value, r.display?.alternativeName, r.http?.body);
    out.push(...(r.emails ?? []));
  }
  for (const c of observation.records) out.push(c.fqdn, c.expected, ...(c.observed ?? []));
  for (const v of object.ssl?.validation_records ?? []) out.push(v.txt_name, v.txt_value, v.http_url, v.http_body);
  out.push(object.ownership_verification?.name, object.ownership_verification?.value);
  return out.filter((v) => typeof v === 'string' && v.length > 0);
}

function expectationsFor(kindName, dnsState, cfName) {
  return matrix.expect.filter(
    (e) =>
      (e.kind === '*' || e.kind === kindName) &&
      (e.dns === '*' || e.dns === dnsState) &&
      e.cf === cfName &&
      !(e.unless ?? []).includes(kindName) &&
      !(e.unless_dns ?? []).includes(dnsState),
  );
}

const kinds = Object.entries(matrix.kinds);
const cfStates = Object.entries(matrix.cloudflareStates);
let cells = 0;

for (const [ki, [kindName, kind]] of kinds.entries()) {
  test(`scenario matrix: ${kindName}`, async () => {
    for (const [di, dnsState] of matrix.dnsStates.entries()) {
      const zone = `m${ki}-${di}-customer.io`;
      const hostname = fill(kind.hostname, zone);
      const created = await client.create({ hostname, ssl: kind.ssl });
      const base = await fetchWithTokens(created.customHostname.id);
      const now = Math.floor(Date.parse(base.created_at) / 1000) + 600;
      const pending = withState(base, matrix.cloudflareStates.pending, now);
      await publish(kind, zone, dnsState, dnsInstructions(request(kind, zone, pending, 'en')));
      const resolver = dnsState === 'lookup_failures' ? DEAD_RESOLVER : sim.dohUrl;
      for (const [cfName, cf] of cfStates) {
        const object = withState(base, cf, now);
        const cutover = cf.status === 'active' && cf.sslStatus === 'active';
        // The locales' checks run at once (each is a full check through the DoH).
        const runs = await Promise.all(
          matrix.locales.map(async (locale) => {
            const instructions = dnsInstructions(request(kind, zone, object, locale));
            const observation = await checkDns(instructions, { resolvers: [resolver], timeoutMs: 1500 });
            return { locale, instructions, observation };
          }),
        );
        for (const { locale, instructions, observation } of runs) {
          const label = `${kindName} × ${dnsState} × ${cfName} × ${locale}`;
          const a = interpretCustomHostname(object, { now, cnameTarget: TARGET, observation, locale });
          cells += 1;

          // Never ready unless the routing record is observed right.
          const routing = observation.records.filter((c) => c.purpose === 'traffic');
          if (a.ready) {
            assert.ok(routing.length > 0 && routing.every((c) => c.status === 'ok'), `${label}: ready without routing seen right ${JSON.stringify(routing)}`);
            assert.equal(a.phase, 'active', `${label}: ready but ${a.phase}`);
          }
          if (a.phase === 'active') assert.ok(a.ready, `${label}: active but not ready`);

          // A record holding the right value is never flagged; a removal
          // never names the target's own addresses.
          for (const c of observation.records) {
            if (c.purpose === 'remove') {
              for (const v of c.observed ?? []) {
                assert.ok(![...targetA, ...targetAAAA].includes(v), `${label}: removal flags the target's address ${v}`);
              }
            } else if (c.type !== 'CAA' && (c.observed ?? []).includes(c.expected)) {
              assert.equal(c.status, 'ok', `${label}: right value flagged ${JSON.stringify(c)}`);
            }
            if (c.reason === 'flattened') assert.equal(c.status, 'ok', `${label}: flattened apex flagged`);
          }
          // Nothing to delete and no CAA are not passes.
          for (const c of observation.records) {
            if ((c.purpose === 'remove' || c.purpose === 'caa') && (c.observed ?? []).length === 0 && c.status !== 'lookup_failed') {
              assert.notEqual(c.status, 'ok', `${label}: "${c.purpose}" with nothing there counted as ok`);
            }
          }

          // A missing or wrong required record makes the customer the actor.
          const blocking = observation.records.filter((c) => c.required && isRequiredNow(c.when, cutover) && problem(c.status));
          if (blocking.length > 0) {
            assert.equal(a.actor, 'customer', `${label}: ${blocking.map((c) => `${c.purpose} ${c.status}`).join(', ')} but actor ${a.actor} (${a.phase})`);
            const named = a.steps.filter((s) => s.actor === 'customer').flatMap((s) => s.records.map((r) => r.name));
            assert.ok(named.length > 0, `${label}: the customer acts but no step names a record`);
          }

          // Pinned cells.
          for (const e of expectationsFor(kindName, dnsState, cfName)) {
            for (const key of ['phase', 'ready', 'actor']) {
              if (key in e) assert.equal(a[key], e[key], `${label}: ${key} (${a.summary})`);
            }
            if (e.step) assert.ok(a.steps.some((s) => s.code === e.step), `${label}: no ${e.step} step in ${a.steps.map((s) => s.code)}`);
          }

          // Customer text, in this locale.
          const values = copiedValues(instructions, object, observation);
          const customer = [
            a.summary,
            a.dns?.text,
            ...a.steps.filter((s) => s.audience === 'customer').map((s) => s.text),
            ...a.deadlines.map((d) => d.text),
            ...a.errors.map((e) => e.customer),
            ...observation.records.map((c) => c.detail),
            instructions.order.explanation,
            ...instructions.notes,
            ...instructions.records.map((r) => r.explanation),
            renderInstructions(instructions, 'text'),
            renderInstructions(instructions, 'markdown'),
            renderInstructions(instructions, 'html'),
          ];
          // The HTML fragment is judged by what a reader sees: its text,
          // not its markup (class names and data attributes are not read).
          const visible = (t) => t.includes('<section') ? t.replace(/<[^>]*>/g, ' ').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&') : t;
          for (const text of customer) assertCustomerText(visible(text), label, values);
          if (kindName === 'idn') {
            assert.ok(a.summary.includes(hostname), `${label}: the summary shows ${hostname} in Unicode: ${a.summary}`);
            assert.ok(!a.summary.includes('xn--'), `${label}: punycode in the summary`);
          }
          assert.equal(a.locale, locale, `${label}: locale`);
        }
      }
    }
  });
}

test('the matrix ran every cell', () => {
  const expected = kinds.length * matrix.dnsStates.length * cfStates.length * matrix.locales.length;
  assert.equal(cells, expected);
});
