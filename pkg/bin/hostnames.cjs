// The acting commands on custom hostnames: add, ls, show, rm (watch is in
// watch.cjs). Each goes through the package's CloudflareClient, judges with
// interpretCustomHostname / summarizeMany, and checks the customer's DNS
// live with checkDns.
'use strict';

const readline = require('node:readline/promises');
const op = require('./operate.cjs');

const { lib, UsageError, EXIT_OK, EXIT_NOT_YET, write, note } = op;

/** `--metadata k=v` (repeatable) as an object. */
function metadata(pairs) {
  if (!pairs?.length) return undefined;
  const out = {};
  for (const p of pairs) {
    const i = p.indexOf('=');
    if (i <= 0) throw new UsageError(`--metadata takes key=value, got ${JSON.stringify(p)}`);
    out[p.slice(0, i)] = p.slice(i + 1);
  }
  return out;
}

const METHODS = ['http', 'txt', 'email'];

async function cmdAdd(values, positionals) {
  const host = op.one(positionals, 'HOST');
  op.target(values);
  if (values.method !== undefined && !METHODS.includes(values.method)) {
    throw new UsageError(`--method must be one of ${METHODS.join(', ')}, got ${JSON.stringify(values.method)}`);
  }
  const method = values.method ?? (values.wildcard ? 'txt' : 'http');
  const ssl = { method, type: 'dv' };
  if (values.ca) ssl.certificate_authority = values.ca;
  if (values.wildcard) ssl.wildcard = true;
  const params = { hostname: host, ssl };
  const custom = metadata(values.metadata);
  if (custom) params.customMetadata = custom;
  const conn = op.connect(values);
  const out = await conn.client.create(params);
  const ch = out.customHostname;
  for (const w of out.warnings ?? []) note(`note (${w.code}): ${w.message}`);
  for (const m of out.messages ?? []) note(`cloudflare: ${typeof m === 'string' ? m : m.message}`);
  const instructions = op.instructionsFor(ch, values);
  if (values.json) {
    write(JSON.stringify({ customHostname: ch, recovered: out.recovered ?? null, instructions }, null, 2));
    return EXIT_OK;
  }
  const existed = out.recovered === 'existing_after_duplicate';
  write(`${existed ? 'already exists' : out.recovered ? 'created (found after an uncertain attempt)' : 'created'}: ${ch.hostname} (id ${ch.id})`);
  if (existed) write('  (its certificate settings are the existing ones; nothing was changed)');
  write(`  hostname ${ch.status ?? '-'}, certificate ${ch.ssl?.status ?? 'not ordered'} (${ch.ssl?.method ?? method}${ch.ssl?.certificate_authority ? `, ${ch.ssl.certificate_authority}` : ''})`);
  write('');
  write(`Send your customer these DNS instructions${instructions.provider ? ` (${instructions.provider.name})` : ''}:`);
  write('');
  write(lib.renderInstructions(instructions, 'text'));
  write(`Then: custom-hostnames watch ${ch.hostname}`);
  return EXIT_OK;
}

const PHASES = ['awaiting_customer_dns', 'verifying_ownership', 'validating_certificate', 'issuing_certificate', 'deploying_certificate', 'routing_unconfirmed', 'active', 'active_needs_attention', 'provider_action_required', 'timed_out', 'blocked', 'moved', 'deleting', 'deleted', 'unknown'];
const ACTORS = ['customer', 'provider', 'cloudflare', 'nobody'];

async function cmdLs(values, positionals) {
  if (positionals.length) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  for (const [flag, allowed] of [['phase', PHASES], ['actor', ACTORS]]) {
    for (const v of values[flag] ?? []) if (!allowed.includes(v)) throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}, got ${JSON.stringify(v)}`);
  }
  const perPage = op.positiveInt(values['per-page'], 'per-page') ?? 50;
  const conn = op.connect(values);
  const { now } = await op.clockNow(values);
  const objects = [];
  let pages = 0;
  for (let page = 1; ; page += 1) {
    const out = await conn.client.list({ page, perPage });
    pages += 1;
    objects.push(...out.customHostnames);
    if (out.customHostnames.length === 0 || page >= (out.resultInfo?.total_pages ?? 1)) break;
  }
  const summaries = lib.summarizeMany(objects, { now, ...(op.target(values, false) ? { cnameTarget: op.target(values, false) } : {}) });
  const rows = [];
  summaries.forEach((s, i) => {
    const h = objects[i];
    if (!s.ok) {
      rows.push({ hostname: h?.hostname ?? '?', id: h?.id ?? '', phase: 'unreadable', actor: '-', certificate: '-', ageSeconds: null, error: s.error });
      return;
    }
    const created = Date.parse(h.created_at ?? '');
    rows.push({
      hostname: s.summary.name,
      id: s.summary.id,
      phase: s.summary.phase,
      actor: s.summary.actor,
      certificate: s.summary.certificateStatus ?? 'none',
      ageSeconds: Number.isFinite(created) ? Math.max(0, now - Math.floor(created / 1000)) : null,
      ready: s.summary.ready,
    });
  });
  const shown = rows.filter((r) => (!values.phase?.length || values.phase.includes(r.phase)) && (!values.actor?.length || values.actor.includes(r.actor)));
  if (values.json) {
    write(JSON.stringify({ total: rows.length, pages, hostnames: shown }, null, 2));
    return EXIT_OK;
  }
  if (shown.length === 0) {
    write(rows.length ? `none of the ${rows.length} custom hostname(s) match` : 'no custom hostnames in this zone');
    return EXIT_OK;
  }
  write(op.table(['HOSTNAME', 'PHASE', 'WHO ACTS', 'CERTIFICATE', 'AGE'], shown.map((r) => [
    r.hostname, r.phase, r.actor, r.certificate, r.ageSeconds === null ? '-' : op.duration(r.ageSeconds),
  ])));
  note(`${shown.length} of ${rows.length} custom hostname(s), ${pages} page(s) of ${perPage}`);
  return EXIT_OK;
}

/** Fetches, checks DNS live and judges one hostname. */
async function inspect(conn, values, ref) {
  const ch = await op.resolveHostname(conn.client, ref);
  const { now, speed } = await op.clockNow(values);
  let instructions;
  let observation;
  const cnameTarget = op.target(values, false);
  if (cnameTarget) {
    instructions = op.instructionsFor(ch, values);
    observation = await lib.checkDns(instructions, op.dohOptions(values));
  }
  const context = { now, ...(cnameTarget ? { cnameTarget } : {}), ...(observation ? { observation } : {}) };
  const assessment = lib.interpretCustomHostname(ch, context);
  return { ch, instructions, observation, assessment, now, speed };
}

function dateOf(seconds) {
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

/** The human view of one assessment (show, and watch's end). */
function describe({ ch, observation, assessment, now }) {
  const a = assessment;
  const lines = [
    `${ch.hostname}  (id ${ch.id})`,
    `  verdict:     ${a.phase}${a.ready ? ' (ready)' : ''}: ${a.providerSummary ?? a.summary}`,
    `  who acts:    ${a.actor}`,
    `  hostname:    ${a.hostname.status ?? '-'}: ${a.hostname.meaning}`,
    `  certificate: ${a.certificate.status ?? '-'}: ${a.certificate.meaning}`,
  ];
  if (ch.ssl?.issuer || ch.ssl?.expires_on) {
    lines.push(`               issuer ${ch.ssl.issuer ?? '-'}, ${ch.ssl.certificate_authority ?? 'default CA'}, expires ${ch.ssl.expires_on ?? '-'}`);
  }
  if (a.steps.length) lines.push('  steps:');
  a.steps.forEach((s, i) => {
    lines.push(`    ${i + 1}. [${s.actor}] ${s.optional ? '(optional) ' : ''}${s.text}`);
    for (const r of s.records) lines.push(`       ${r.type} ${r.name}${r.value ? ` -> ${r.value}` : ''}${r.check ? `  (live: ${r.check})` : ''}`);
  });
  for (const e of a.errors) lines.push(`  error (${e.code}): ${e.cause ?? e.raw}`);
  if (a.deadlines.length) lines.push('  deadlines:');
  for (const d of a.deadlines) {
    const when = d.at !== undefined ? `${dateOf(d.at)}${d.secondsLeft !== undefined ? ` (${d.secondsLeft >= 0 ? 'in ' : ''}${op.duration(Math.abs(d.secondsLeft))}${d.secondsLeft < 0 ? ' ago' : ''})` : ''}` : 'date unknown';
    lines.push(`    ${d.code.padEnd(26)} ${when}${d.estimated ? ', estimated' : ''}`);
  }
  if (observation) {
    lines.push(`  live DNS (${observation.checkedAt !== undefined ? 'now' : 'checked'}):`);
    for (const r of observation.records) {
      const seen = r.observed?.length ? ` (found ${r.observed.join(', ')})` : '';
      lines.push(`    ${r.status === 'ok' ? 'ok ' : '-- '} ${r.type.padEnd(5)} ${r.fqdn} ${r.status}${seen}`);
    }
  }
  if (a.pollAfterSeconds !== undefined) lines.push(`  look again in ${op.duration(a.pollAfterSeconds)} (at ${dateOf(now + a.pollAfterSeconds)})`);
  if (a.refreshRecommended) lines.push('  a refresh is recommended now (watch sends it)');
  return lines.join('\n');
}

async function cmdShow(values, positionals) {
  const ref = op.one(positionals, 'HOST or ID');
  const conn = op.connect(values);
  const seen = await inspect(conn, values, ref);
  if (values.json) {
    write(JSON.stringify({ customHostname: seen.ch, assessment: seen.assessment, observation: seen.observation ?? null }, null, 2));
  } else {
    write(describe(seen));
  }
  return seen.assessment.ready ? EXIT_OK : EXIT_NOT_YET;
}

async function confirm(question) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

async function cmdRm(values, positionals) {
  const ref = op.one(positionals, 'HOST or ID');
  const conn = op.connect(values);
  const ch = await op.resolveHostname(conn.client, ref);
  if (!values.yes) {
    if (!process.stdin.isTTY) throw new UsageError('not deleting without --yes when stdin is not a terminal', 'confirmation_required');
    if (!(await confirm(`Delete ${ch.hostname} (id ${ch.id}) and its certificates? This cannot be undone. [y/N] `))) {
      note('not deleted');
      return op.EXIT_NOT_YET;
    }
  }
  const out = await conn.client.delete(ch.id);
  if (values.json) write(JSON.stringify({ deleted: { id: out.id ?? ch.id, hostname: ch.hostname } }, null, 2));
  else write(`deleted ${ch.hostname} (id ${ch.id})`);
  return EXIT_OK;
}

module.exports = { cmdAdd, cmdLs, cmdShow, cmdRm, inspect, describe, PHASES, ACTORS };
