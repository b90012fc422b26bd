// Every kind of response cf-sim produces, validated with ajv (an implementation
// independent of the Rust `jsonschema` crate the simulator uses) against the
// official OpenAPI subset. Same two documented corrections as sim/src/schema.rs:
// ids may be 36 chars (UUIDs), and failures are checked against the failure
// envelope alone (the spec's 4XX `allOf` of success+failure is unsatisfiable).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

import { startSim } from '../../js/harness.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const spec = JSON.parse(readFileSync(path.join(REPO, 'spec', 'custom-hostnames.openapi.json'), 'utf8'));
spec.components.schemas['tls-certificates-and-hostnames_identifier'].maxLength = 36;

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const json = (op, code) => op.responses[code].content['application/json'].schema;
const P = spec.paths;
const CH = P['/zones/{zone_id}/custom_hostnames'];
const ID = P['/zones/{zone_id}/custom_hostnames/{custom_hostname_id}'];
const FB = P['/zones/{zone_id}/custom_hostnames/fallback_origin'];
const compile = (schema) => ajv.compile({ components: spec.components, allOf: [schema] });
const ref = (name) => ({ $ref: `#/components/schemas/tls-certificates-and-hostnames_${name}` });
const V = {
  list: compile(json(CH.get, '200')),
  single: compile(json(ID.get, '200')),
  created: compile(json(CH.post, '200')),
  edited: compile(json(ID.patch, '200')),
  deleted: compile(json(ID.delete, '200')),
  fallback: compile(json(FB.get, '200')),
  fallbackPut: compile(json(FB.put, '200')),
  fallbackDelete: compile(json(FB.delete, '200')),
  quota: compile(json(P['/zones/{zone_id}/custom_hostnames/quota'].get, '200')),
  quotaFailure: compile(json(P['/zones/{zone_id}/custom_hostnames/quota'].get, '4XX')),
  dcv: compile(json(P['/zones/{zone_id}/dcv_delegation/uuid'].get, '200')),
  failure: compile(ref('api-response-common-failure')),
  createBody: compile(CH.post.requestBody.content['application/json'].schema),
};

let sim;
before(async () => {
  sim = await startSim({ args: ['--speed', '1000', '--apex-ip', '192.0.2.100'] });
});
after(async () => {
  assert.equal((await sim.admin.state()).schemaViolations, 0);
  await sim.stop();
});

async function call(method, p, body, token = sim.token) {
  const res = await fetch(`${sim.apiBase}/zones/${sim.zoneId}${p}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

function valid(validator, r, label) {
  const ok = validator(r.body);
  assert.ok(ok, `${label}: ${JSON.stringify(validator.errors)}\n${JSON.stringify(r.body, null, 2)}`);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

test('success responses in every lifecycle state match the schema', async () => {
  valid(V.fallbackPut, await call('PUT', '/custom_hostnames/fallback_origin', { origin: 'fallback.saasprovider.com' }), 'fallback put');
  await sim.admin.addDns('live.schema-test.io', 'CNAME', 'customers.saasprovider.com');
  await sim.admin.addDns('schema-test.io', 'A', '192.0.2.100');
  await sim.admin.addDns('blocked.schema-test.io', 'CAA', '0 issue ";"');
  const bodies = [
    { hostname: 'live.schema-test.io', ssl: { method: 'http', type: 'dv', bundle_method: 'optimal', settings: { http2: 'on', min_tls_version: '1.2', ciphers: ['ECDHE-RSA-AES128-GCM-SHA256'] } }, custom_metadata: { a: 'b' } },
    { hostname: 'txt.schema-test.io', ssl: { method: 'txt', type: 'dv', wildcard: true, certificate_authority: 'ssl_com' } },
    { hostname: 'mail.schema-test.io', ssl: { method: 'email', type: 'dv' } },
    { hostname: 'schema-test.io', ssl: { method: 'http', type: 'dv', certificate_authority: '' } },
    { hostname: 'blocked.schema-test.io', ssl: { method: 'txt', type: 'dv' } },
    { hostname: 'bare.schema-test.io' },
    { hostname: 'origin.schema-test.io', custom_origin_server: 'fallback.saasprovider.com', custom_origin_sni: ':request_host_header:' },
  ];
  const ids = [];
  for (const b of bodies) {
    // `certificate_authority: ""` (default CA) is documented but missing from the schema enum.
    if (b.ssl?.certificate_authority !== '') assert.ok(V.createBody(b), `request example ${JSON.stringify(V.createBody.errors)}`);
    const r = await call('POST', '/custom_hostnames', b);
    assert.equal(r.status, 201, JSON.stringify(r.body));
    valid(V.created, r, `create ${b.hostname}`);
    ids.push(r.body.result.id);
  }
  // Walk the clock through every stage and validate each observed state.
  const seen = new Set();
  for (let step = 0; step < 12; step++) {
    for (const id of ids) {
      const r = await call('GET', `/custom_hostnames/${id}`);
      valid(V.single, r, `get ${id}`);
      seen.add(`${r.body.result.status}/${r.body.result.ssl?.status}`);
    }
    valid(V.list, await call('GET', '/custom_hostnames?per_page=5&page=1&order=ssl_status&direction=desc'), 'list');
    await sim.admin.advanceClock(step < 6 ? 20 : 3600);
  }
  assert.ok(seen.has('active/active'), [...seen].join(' '));
  assert.ok(seen.has('pending/pending_validation'), [...seen].join(' '));
  // Forced states (including hostile strings).
  await sim.admin.forceStatus(ids[1], { status: 'blocked', sslStatus: 'validation_timed_out', validationErrors: ['caa_error: x'], verificationErrors: ['<b>x</b>'] });
  valid(V.single, await call('GET', `/custom_hostnames/${ids[1]}`), 'forced');
  valid(V.edited, await call('PATCH', `/custom_hostnames/${ids[1]}`, { ssl: { method: 'txt', type: 'dv', wildcard: true, certificate_authority: 'ssl_com' } }), 'patch');
  valid(V.fallback, await call('GET', '/custom_hostnames/fallback_origin'), 'fallback get');
  valid(V.quota, await call('GET', '/custom_hostnames/quota'), 'quota');
  valid(V.dcv, await call('GET', '/dcv_delegation/uuid'), 'dcv uuid');
  valid(V.deleted, await call('DELETE', `/custom_hostnames/${ids[0]}`), 'delete');
  valid(V.fallbackDelete, await call('DELETE', '/custom_hostnames/fallback_origin'), 'fallback delete');
});

test('refusals match the failure envelope', async () => {
  await call('DELETE', '/custom_hostnames/fallback_origin');
  const cases = [
    ['POST', '/custom_hostnames', { hostname: 'x.example.com' }, 400],
    ['POST', '/custom_hostnames', { hostname: 'ok.schema-test.io', ssl: { method: 'txt', type: 'dv', settings: { tls_1_3: 'maybe' } } }, 400],
    ['GET', '/custom_hostnames/00000000-0000-4000-8000-000000000000', undefined, 404],
    ['GET', '/custom_hostnames?per_page=2000', undefined, 400],
    ['GET', '/custom_hostnames/fallback_origin', undefined, 404],
    ['PUT', '/custom_hostnames/fallback_origin', { origin: 42 }, 400],
  ];
  for (const [m, p, b, status] of cases) {
    const r = await call(m, p, b);
    assert.equal(r.status, status, `${m} ${p}: ${JSON.stringify(r.body)}`);
    valid(V.failure, r, `${m} ${p}`);
  }
  const unauth = await call('GET', '/custom_hostnames', undefined, null);
  assert.equal(unauth.status, 400);
  valid(V.failure, unauth, 'no token');
  const quotaUnauth = await call('GET', '/custom_hostnames/quota', undefined, 'bad');
  assert.equal(quotaUnauth.status, 401);
  valid(V.quotaFailure, quotaUnauth, 'quota 401');
  await sim.admin.setFaults({ kind: 'status', status: 500 });
  const boom = await call('GET', '/custom_hostnames');
  assert.equal(boom.status, 500);
  valid(V.failure, boom, 'injected 500');
  await sleep(1);
});
