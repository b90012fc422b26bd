// pkg/README.md's error-code table and the `ErrorCode` union of the built
// declarations are both generated from the one list in Rust
// (src/error_codes.rs; the table by tests/error_codes.rs, the union by
// tsify): they list the same codes in the same order, in every entry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readmeCodes, unionCodes } from '../../scripts/gen-error-table.mjs';

const dts = (entry) => fileURLToPath(new URL(`../../pkg/${entry}web/custom_hostnames.d.ts`, import.meta.url));

test('every README row is a code of the built union, and the other way round', { skip: !existsSync(dts('')) && 'pkg/ not built' }, () => {
  const rows = readmeCodes();
  assert.ok(rows.length > 50, `only ${rows.length} rows`);
  assert.equal(new Set(rows).size, rows.length, 'a code has two rows');
  for (const entry of ['', 'page/', 'hostname/']) {
    assert.deepEqual(unionCodes(readFileSync(dts(entry), 'utf8')), rows, `pkg/${entry}`);
  }
});

test('every README row explains its code', () => {
  const readme = readFileSync(fileURLToPath(new URL('../../pkg/README.md', import.meta.url)), 'utf8');
  for (const m of readme.matchAll(/^\| `([a-z0-9_]+)` \| (.+) \|$/gm)) assert.ok(m[2].length > 10, `${m[1]}: no meaning`);
});
