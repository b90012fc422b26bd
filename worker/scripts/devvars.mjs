// Shared by the dev command and scripts/mint-session.mjs: reads
// worker/.dev.vars (KEY=VALUE lines) and the development session secret.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const WORKER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export { DEV_SESSION_SECRET, DEV_WEBHOOK_SECRET } from '../src/devdefaults.js';
export const DEV_AUDIENCE = 'custom-hostnames-onboarding';

/** worker/.dev.vars as an object ({} when absent). */
export function readDevVars(file = path.join(WORKER_DIR, '.dev.vars')) {
  if (!existsSync(file)) return {};
  const out = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^\s*([A-Z0-9_]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (m) out[m[1]] = m[2].replace(/^"(.*)"$/, '$1');
  }
  return out;
}

/** A setting from the environment, else worker/.dev.vars, else `dflt`. */
export function setting(name, dflt) {
  return process.env[name] ?? readDevVars()[name] ?? dflt;
}
