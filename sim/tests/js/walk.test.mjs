// The README's curl walk (sim/scripts/walk.sh) really onboards a hostname to active.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { startSim } from '../../js/harness.mjs';

const SCRIPT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'scripts', 'walk.sh');
const hasTools = ['jq', 'curl'].every((t) => spawnSync('sh', ['-c', `command -v ${t}`]).status === 0);

test('README curl walk reaches active/active', { skip: hasTools || process.env.CUSTOM_HOSTNAMES_REQUIRE_TOOLS ? false : 'needs curl and jq' }, async () => {
  const sim = await startSim({ args: ['--speed', '1000'] });
  try {
    const out = execFileSync('bash', [SCRIPT], { env: { ...process.env, CF_SIM_URL: sim.url }, encoding: 'utf8', timeout: 30000 });
    assert.match(out, /status\/ssl\.status: active active/);
    assert.match(out, /customers\.saasprovider\.com\./);
  } finally {
    const { code } = await sim.stop();
    assert.equal(code, 0);
  }
});
