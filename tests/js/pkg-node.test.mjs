// The package's Node build (CommonJS glue, loaded from ESM by name) passes
// the shared checks; CommonJS `require` works too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as esm from '../../pkg/node/custom_hostnames.js';
import { checks } from './pkg-checks.mjs';

for (const [name, check] of Object.entries(checks)) {
  test(`node ESM: ${name}`, () => check(esm));
}

test('node CommonJS: require gives the same API', () => {
  const cjs = createRequire(import.meta.url)('../../pkg/node/custom_hostnames.js');
  assert.equal(cjs.parseHostname('App.Customer.com').ascii, 'app.customer.com');
});
