// A real DNS stack on 127.0.0.1 for interoperability tests: Debian's Unbound
// serving local zone data, behind dnsdist's DNS-over-HTTPS listener (plain
// HTTP/1.1, no TLS). Started and stopped by the test; temporary files only.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export function haveRealDns() {
  return existsSync('/usr/sbin/unbound') && existsSync('/usr/bin/dnsdist');
}

/**
 * Starts unbound with `records` (lines of "name TTL IN TYPE data") under the
 * given local `zones`, and dnsdist's DoH in front. Resolves to
 * { dohUrl, stop() }.
 */
export async function startRealDns({ zones, records }) {
  const dir = mkdtempSync(join(tmpdir(), 'realdns-'));
  const dnsPort = await freePort();
  const dohPort = await freePort();
  const consolePort = await freePort();
  const unboundConf = join(dir, 'unbound.conf');
  writeFileSync(
    unboundConf,
    [
      'server:',
      `  interface: 127.0.0.1@${dnsPort}`,
      `  port: ${dnsPort}`,
      '  do-daemonize: no',
      '  username: ""',
      '  chroot: ""',
      `  directory: "${dir}"`,
      `  pidfile: "${join(dir, 'unbound.pid')}"`,
      '  use-syslog: no',
      '  logfile: ""',
      '  verbosity: 0',
      '  do-ip6: no',
      '  access-control: 127.0.0.0/8 allow',
      // Nothing leaves the machine: everything outside the local zones is NXDOMAIN.
      '  local-zone: "." static',
      ...zones.map((z) => `  local-zone: "${z}." static`),
      ...records.map((r) => `  local-data: '${r}'`),
      'remote-control:',
      '  control-enable: no',
      '',
    ].join('\n'),
  );
  execFileSync('unbound-checkconf', [unboundConf]);
  const dnsdistConf = join(dir, 'dnsdist.conf');
  writeFileSync(
    dnsdistConf,
    [
      `setLocal("127.0.0.1:${await freePort()}")`,
      `controlSocket("127.0.0.1:${consolePort}")`,
      'setSecurityPollSuffix("")',
      'setACL({"127.0.0.0/8"})',
      `newServer({address="127.0.0.1:${dnsPort}", healthCheckMode="lazy"})`,
      `addDOHLocal("127.0.0.1:${dohPort}", nil, nil, "/dns-query")`,
      '',
    ].join('\n'),
  );
  const procs = [
    spawn('unbound', ['-d', '-c', unboundConf], { stdio: ['ignore', 'ignore', 'pipe'] }),
    spawn('dnsdist', ['--supervised', '--disable-syslog', '-C', dnsdistConf], { stdio: ['ignore', 'ignore', 'pipe'] }),
  ];
  let stderr = '';
  for (const p of procs) p.stderr.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
  const dohUrl = `http://127.0.0.1:${dohPort}/dns-query`;
  const stop = async () => {
    for (const p of procs) p.kill('SIGTERM');
    await Promise.all(procs.map((p) => (p.exitCode !== null ? null : new Promise((r) => p.once('exit', r)))));
    rmSync(dir, { recursive: true, force: true });
  };
  // Ready when a JSON-free wire query for the first zone's SOA... any answer will do.
  const probe = `${dohUrl}?dns=AAABAAABAAAAAAAAA3d3dwdleGFtcGxlA2NvbQAAAQAB`;
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(probe, { headers: { accept: 'application/dns-message' } });
      if (res.status === 200) return { dohUrl, stop };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`the real DNS stack did not start:\n${stderr}`);
}
