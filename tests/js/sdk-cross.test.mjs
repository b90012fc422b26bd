// Cross-check with Cloudflare's official TypeScript SDK at run time: bodies
// built by our buildRequest are sent unmodified through the SDK's own create
// and edit methods (against cf-sim) and accepted; what the SDK returns is read
// by our parseResponse and interpretCustomHostname.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import Cloudflare from 'cloudflare';
import { buildRequest, parseResponse, interpretCustomHostname } from '../../pkg/node/custom_hostnames.js';
import { startSim } from '../../sim/js/harness.mjs';

let sim;
let cf;
before(async () => {
  sim = await startSim({ args: ['--speed', '1000', '--rate-limit', '100000'] });
  cf = new Cloudflare({ apiToken: sim.token, baseURL: sim.apiBase, maxRetries: 0 });
});
after(async () => {
  await sim?.stop();
});

const creates = [
  { hostname: 'Shop.SDK-Cross.io', ssl: { method: 'txt', type: 'dv' } },
  { hostname: 'https://api.sdk-cross.io/x', ssl: { method: 'http', type: 'dv', settings: { minTlsVersion: '1.2', http2: 'on' } }, customMetadata: { tenant: 't1' } },
  { hostname: '*.wild.sdk-cross.io', ssl: { method: 'txt', type: 'dv', certificateAuthority: 'lets_encrypt', bundleMethod: 'ubiquitous' } },
];

for (const params of creates) {
  test(`a create body we build is accepted by the SDK: ${params.hostname}`, async () => {
    const op = { op: 'create', zoneId: sim.zoneId, ...params };
    const built = buildRequest(op);
    assert.equal(built.request.method, 'POST');
    const sdkResult = await cf.customHostnames.create({ zone_id: sim.zoneId, ...built.request.body });
    assert.equal(sdkResult.hostname, built.request.body.hostname);
    const ours = parseResponse(op, { success: true, errors: [], messages: [], result: sdkResult });
    assert.equal(ours.customHostname.id, sdkResult.id);
    const verdict = interpretCustomHostname(sdkResult);
    assert.equal(typeof verdict.phase, 'string');

    const edit = { op: 'edit', zoneId: sim.zoneId, customHostnameId: sdkResult.id, customMetadata: { plan: 'pro' } };
    const builtEdit = buildRequest(edit);
    const edited = await cf.customHostnames.edit(sdkResult.id, { zone_id: sim.zoneId, ...builtEdit.request.body });
    assert.deepEqual(edited.custom_metadata, { plan: 'pro' });
  });
}
