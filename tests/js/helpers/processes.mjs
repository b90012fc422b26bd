// The command lines of this machine's processes (/proc/<pid>/cmdline), for
// tests that check no secret is passed as an argument (visible to `ps`).
import { readdir, readFile } from 'node:fs/promises';

/**
 * The processes whose command line (arguments joined by spaces) contains
 * one of `needles` (strings, or RegExps tested against it): [{ pid, cmd,
 * needle }], empty when none does. Processes that end meanwhile or cannot
 * be read are skipped.
 */
export async function processArgsContaining(needles) {
  const found = [];
  for (const pid of (await readdir('/proc')).filter((p) => /^\d+$/.test(p))) {
    let cmd;
    try { cmd = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).replaceAll('\0', ' '); } catch { continue; }
    const needle = needles.find((n) => (n instanceof RegExp ? n.test(cmd) : cmd.includes(n)));
    if (needle !== undefined) found.push({ pid, cmd: cmd.slice(0, 200), needle: String(needle) });
  }
  return found;
}
