// `watch HOST|ID`: polls one custom hostname at the pace its assessment
// sets (pollAfterSeconds: Cloudflare's own back-off, never faster), checks
// the customer's DNS live each time, sends the refresh PATCH when the
// assessment recommends it (at most once per poll interval), and shows the
// progress until the hostname is active or stuck for good. On a terminal:
// one live line (phase, who acts, next check in ...); otherwise a plain line
// per change. The closing note counts every request sent.
'use strict';

const op = require('./operate.cjs');
const { inspect, describe } = require('./hostnames.cjs');

const { EXIT_OK, EXIT_NOT_YET, write } = op;

const SPINNER = ['|', '/', '-', '\\'];

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function stamp(seconds) {
  return new Date(seconds * 1000).toISOString().slice(11, 19);
}

async function cmdWatch(values, positionals) {
  const ref = op.one(positionals, 'HOST or ID');
  const maxWait = op.positiveInt(values['max-wait'], 'max-wait');
  const conn = op.connect(values);
  const tty = Boolean(process.stdout.isTTY) && !values.json && !values.plain;
  const polls = [];
  let lastKey = '';
  let refreshes = 0;
  let lastRefresh = -Infinity;
  let id = ref;
  let started;
  let seen;
  let frame = 0;
  const status = (text) => {
    if (tty) process.stdout.write(`\r\x1b[2K${op.redact(text)}`);
  };
  for (;;) {
    seen = await inspect(conn, values, id);
    id = seen.ch.id;
    const a = seen.assessment;
    started ??= seen.now;
    polls.push({ at: seen.now, phase: a.phase, actor: a.actor, hostname: a.hostname.status ?? null, certificate: a.certificate.status ?? null, pollAfterSeconds: a.pollAfterSeconds ?? null, refreshRecommended: a.refreshRecommended });
    const key = `${a.phase}|${a.actor}|${a.hostname.status}|${a.certificate.status}`;
    if (key !== lastKey) {
      const line = `${stamp(seen.now)}  ${seen.ch.hostname}  ${a.phase}  (who acts: ${a.actor}; hostname ${a.hostname.status ?? '-'}, certificate ${a.certificate.status ?? '-'})`;
      if (tty) process.stdout.write(`\r\x1b[2K${op.redact(line)}\n`);
      else if (!values.json) write(line);
      lastKey = key;
    }
    if (a.ready) break;
    if (a.refreshRecommended && seen.now - lastRefresh >= (a.pollAfterSeconds ?? 60)) {
      await conn.client.refresh(id);
      refreshes += 1;
      lastRefresh = seen.now;
      if (!values.json && !tty) write(`${stamp(seen.now)}  refresh sent (the DNS looks right; asking Cloudflare to check now)`);
    }
    if (a.pollAfterSeconds === undefined && !a.refreshRecommended) break;
    if (maxWait !== undefined && seen.now - started >= maxWait) break;
    const wait = a.pollAfterSeconds ?? 60;
    // Simulated seconds at the simulator's speed; 1 with the local clock.
    const realMs = Math.ceil((wait * 1000) / seen.speed);
    const until = Date.now() + realMs;
    while (Date.now() < until) {
      const left = Math.ceil(((until - Date.now()) * seen.speed) / 1000);
      status(`${SPINNER[frame++ % SPINNER.length]} ${seen.ch.hostname}  ${a.phase}  who acts: ${a.actor}  next check in ${op.duration(left)}  (${conn.counter.api} API, ${conn.counter.dns} DNS requests)`);
      await sleep(Math.min(1000, Math.max(0, until - Date.now())));
    }
  }
  if (tty) process.stdout.write('\r\x1b[2K');
  const a = seen.assessment;
  const elapsed = seen.now - started;
  const counts = { api: conn.counter.api, dns: conn.counter.dns, polls: polls.length, refreshes };
  const outcome = a.ready ? 'active' : a.pollAfterSeconds === undefined ? 'stuck' : 'still waiting';
  if (values.json) {
    write(JSON.stringify({ outcome, elapsedSeconds: elapsed, requests: counts, polls, assessment: a }, null, 2));
  } else {
    if (!a.ready) write(describe(seen));
    write(`${outcome === 'active' ? 'done' : outcome === 'stuck' ? 'stopped' : 'gave up'}: ${seen.ch.hostname} ${a.phase} after ${op.duration(elapsed)}` +
      ` — ${counts.polls} checks, ${counts.api} API requests (${refreshes} refresh${refreshes === 1 ? '' : 'es'}), ${counts.dns} DNS-over-HTTPS lookups`);
  }
  return a.ready ? EXIT_OK : EXIT_NOT_YET;
}

module.exports = { cmdWatch };
