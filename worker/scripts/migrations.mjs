// Reads worker/migrations/*.sql in order as single statements (comments
// stripped), for Miniflare's D1 in the tests (wrangler applies the same files
// with `wrangler d1 migrations apply DB --local` in the dev script).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'migrations');

/** Every statement of every migration file, in file order. */
export function migrationStatements(dir = MIGRATIONS_DIR) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .flatMap((f) =>
      readFileSync(path.join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => !l.trim().startsWith('--'))
        .join('\n')
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean),
    );
}

/** Applies the migrations to a D1 binding (idempotent: IF NOT EXISTS). */
export async function applyMigrations(db, dir) {
  for (const sql of migrationStatements(dir)) await db.prepare(sql).run();
}
