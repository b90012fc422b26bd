#!/usr/bin/env node
// The error-code table of pkg/README.md is generated from the one list of
// codes in Rust (src/error_codes.rs) by the native test
// tests/error_codes.rs, which renders it and compares it with the README.
// This script runs that test, writing the table first with --write.
//
// Usage: node scripts/gen-error-table.mjs --write   replace the table in pkg/README.md
//        node scripts/gen-error-table.mjs --check   exit 1 if the README is stale
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../', import.meta.url));

/** The codes of an `export type ErrorCode = ...;` declaration (the
 * generated .d.ts), in order. */
export function unionCodes(dts) {
  const m = dts.match(/export type ErrorCode\s*=([\s\S]*?);/);
  if (!m) throw new Error('no `export type ErrorCode = ...;` declaration');
  return [...m[1].matchAll(/"([a-z0-9_]+)"/g)].map((x) => x[1]);
}

/** The codes of the README table, in order. */
export function readmeCodes(readme = readFileSync(`${repo}pkg/README.md`, 'utf8')) {
  return [...readme.matchAll(/^\| `([a-z0-9_]+)` \| (.+) \|$/gm)].map((m) => m[1]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const mode = process.argv[2];
  if (mode !== '--write' && mode !== '--check') {
    console.error('usage: node scripts/gen-error-table.mjs --write | --check');
    process.exit(2);
  }
  const env = { ...process.env };
  if (mode === '--write') env.CUSTOM_HOSTNAMES_WRITE_ERROR_TABLE = '1';
  const r = spawnSync('cargo', ['test', '--quiet', '--test', 'integration', 'error_codes::'], { cwd: repo, env, stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
}
