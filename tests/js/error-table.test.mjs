// pkg/README.md's error-code table and the `ErrorCode` union agree: the
// generated block is current, every code of the union has exactly one row,
// and the published declarations (pkg/web, after scripts/build) carry the
// same union as the source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { table, unionCodes } from '../../scripts/gen-error-table.mjs';

const readme = readFileSync(fileURLToPath(new URL('../../pkg/README.md', import.meta.url)), 'utf8');

test('the README block is what scripts/gen-error-table.mjs generates', () => {
  assert.ok(readme.includes(`\n\n${table()}\n\n<!-- error-codes:end -->`), 'stale: run node scripts/gen-error-table.mjs --write');
});

test('every ErrorCode has exactly one row, and every row is an ErrorCode', () => {
  const codes = unionCodes();
  assert.ok(codes.length > 50, `only ${codes.length} codes parsed`);
  assert.equal(new Set(codes).size, codes.length, 'duplicate codes in the union');
  const rows = [...readme.matchAll(/^\| `([a-z0-9_]+)` \| (.+) \|$/gm)].map((m) => m[1]);
  assert.deepEqual([...rows].sort(), [...codes].sort());
  for (const m of readme.matchAll(/^\| `([a-z0-9_]+)` \| (.+) \|$/gm)) {
    assert.ok(m[2].length > 10, `${m[1]}: no meaning`);
  }
});

test('the built declarations carry the same union', { skip: !existsSync(fileURLToPath(new URL('../../pkg/web/custom_hostnames.d.ts', import.meta.url))) && 'pkg/ not built' }, () => {
  const dts = readFileSync(fileURLToPath(new URL('../../pkg/web/custom_hostnames.d.ts', import.meta.url)), 'utf8');
  assert.deepEqual(unionCodes(dts), unionCodes());
});
