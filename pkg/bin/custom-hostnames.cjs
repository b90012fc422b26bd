#!/usr/bin/env node
// The `custom-hostnames` command: the package's API from a shell, on the
// Node build (CommonJS, loads the .wasm from disk). Standard library only
// (node:util parseArgs). Exit codes: 0 ready / ok, 1 not yet (status, check,
// show, watch, doctor), 2 bad input (usage, unreadable file, a
// CustomHostnamesError from the input), 3 API or network failure (the acting
// commands: add, ls, show, watch, rm, doctor, cert; see operate.cjs).
'use strict';

const { parseArgs } = require('node:util');
const { readFileSync } = require('node:fs');
const lib = require('../node/custom_hostnames.js');
const op = require('./operate.cjs');
const hostnames = require('./hostnames.cjs');
const { cmdWatch } = require('./watch.cjs');
const { cmdDoctor } = require('./doctor.cjs');
const { cmdCert } = require('./cert.cjs');

const { UsageError, EXIT_OK, EXIT_NOT_YET, EXIT_BAD_INPUT } = op;

const COMMON = {
  json: { type: 'boolean', description: 'print machine-readable JSON on stdout' },
  help: { type: 'boolean', short: 'h', description: 'show this help' },
};

const INSTRUCTION_OPTIONS = {
  target: { type: 'string', short: 't', arg: 'HOST', description: "your CNAME target (e.g. customers.saasprovider.com); required" },
  provider: { type: 'string', short: 'p', arg: 'ID', description: "the customer's DNS provider id (see `custom-hostnames instructions --providers`)" },
  'custom-hostname': { type: 'string', arg: 'FILE', description: 'the Cloudflare custom hostname JSON (object or API envelope; - for stdin): adds its ownership and certificate records' },
  zone: { type: 'string', arg: 'ZONE', description: "the customer's zone when deeper than the registrable domain" },
  ca: { type: 'string', arg: 'CA', description: 'certificate authority: google, lets_encrypt, ssl_com, digicert' },
  dcv: { type: 'string', arg: 'MODE', description: 'certificate validation records: auto (default), txt, delegation' },
  live: { type: 'boolean', description: 'the hostname already serves traffic: zero-downtime order' },
  ttl: { type: 'string', arg: 'SECONDS', description: 'TTL of the new records (default 300)' },
};

const ACTING = { ...op.CONNECTION };

const COMMANDS = {
  add: {
    usage: 'add HOST [--ca CA] [--method http|txt|email] [--wildcard] [--metadata k=v]... [--target HOST] [--provider ID] [--json]',
    summary: "create a custom hostname (idempotent) and print the customer's DNS instructions",
    acting: true,
    options: {
      ...ACTING,
      ca: { type: 'string', arg: 'CA', description: 'certificate authority: google, lets_encrypt, ssl_com (default: Cloudflare picks)' },
      method: { type: 'string', arg: 'METHOD', description: 'certificate validation: http (default), txt (default with --wildcard), email' },
      wildcard: { type: 'boolean', description: 'also cover *.HOST (TXT validation)' },
      metadata: { type: 'string', multiple: true, arg: 'K=V', description: 'custom metadata (repeatable)' },
      target: op.DNS.target,
      provider: op.DNS.provider,
      ...COMMON,
    },
    run: hostnames.cmdAdd,
  },
  ls: {
    usage: 'ls [--phase PHASE]... [--actor WHO]... [--per-page N] [--json]',
    summary: 'every custom hostname of the zone (all pages): phase, who acts, certificate, age',
    acting: true,
    options: {
      ...ACTING,
      phase: { type: 'string', multiple: true, arg: 'PHASE', description: `only this phase (repeatable): ${hostnames.PHASES.join(', ')}` },
      actor: { type: 'string', multiple: true, arg: 'WHO', description: `only this actor (repeatable): ${hostnames.ACTORS.join(', ')}` },
      'per-page': { type: 'string', arg: 'N', description: 'page size of the list requests (default 50)' },
      target: op.DNS.target,
      ...op.CLOCK,
      ...COMMON,
    },
    run: hostnames.cmdLs,
  },
  show: {
    usage: 'show HOST|ID [--target HOST] [--resolver URL]... [--json]',
    summary: 'the verdict, steps, deadlines with dates, and the records with their live state; exit 0 ready, 1 not yet',
    acting: true,
    options: { ...ACTING, ...op.DNS, ...op.CLOCK, ...COMMON },
    run: hostnames.cmdShow,
  },
  watch: {
    usage: 'watch HOST|ID [--target HOST] [--resolver URL]... [--max-wait SECONDS] [--plain] [--json]',
    summary: "poll at the assessment's pace, check DNS live, refresh when advised, until active (0) or stuck (1)",
    acting: true,
    options: {
      ...ACTING,
      ...op.DNS,
      ...op.CLOCK,
      'max-wait': { type: 'string', arg: 'SECONDS', description: 'give up (exit 1) after this long' },
      plain: { type: 'boolean', description: 'a plain line per change even on a terminal' },
      ...COMMON,
    },
    run: cmdWatch,
  },
  rm: {
    usage: 'rm HOST|ID [--yes] [--json]',
    summary: 'delete a custom hostname and its certificates (asks first unless --yes)',
    acting: true,
    options: { ...ACTING, yes: { type: 'boolean', short: 'y', description: 'do not ask' }, ...COMMON },
    run: hostnames.cmdRm,
  },
  doctor: {
    usage: 'doctor [--target HOST] [--resolver URL] [--wildcard] [--json]',
    summary: 'check your own setup: fallback origin, its proxied record, the CNAME target, custom hostnames enabled',
    acting: true,
    options: {
      ...ACTING,
      target: op.DNS.target,
      resolver: { type: 'string', multiple: true, arg: 'URL', description: "DoH endpoint, JSON form (default Cloudflare's)" },
      wildcard: { type: 'boolean', description: 'you hand out <customer>.<target> names: the wildcard record is required' },
      ...COMMON,
    },
    run: cmdDoctor,
  },
  cert: {
    usage: 'cert HOST [--via TARGET[:PORT]] [--ca-file PEM] [--json]',
    summary: 'the certificate the edge serves for HOST (TLS with SNI), compared with what the API reports',
    acting: true,
    options: {
      ...ACTING,
      via: { type: 'string', arg: 'HOST[:PORT]', description: 'where to connect (default $CNAME_TARGET, port 443)' },
      port: { type: 'string', arg: 'PORT', description: 'port when --via has none (default 443)' },
      'ca-file': { type: 'string', arg: 'PEM', description: "verify the chain up to these roots (e.g. cf-sim's /__sim/edge/ca.pem)" },
      target: op.DNS.target,
      ...op.CLOCK,
      ...COMMON,
    },
    run: cmdCert,
  },
  parse: {
    usage: 'parse <hostname> [--allow-wildcard] [--allow-special-use] [--json]',
    summary: 'validate and normalise what a customer typed',
    options: {
      'allow-wildcard': { type: 'boolean', description: 'accept *.example.com' },
      'allow-special-use': { type: 'boolean', description: 'accept documentation names (example.com); Cloudflare refuses them' },
      ...COMMON,
    },
    run: cmdParse,
  },
  instructions: {
    usage: 'instructions <hostname> --target <cname-target> [--provider ID] [--format text|markdown|html|zonefile|json] [--custom-hostname FILE]',
    summary: "the DNS records the customer must create, in their provider's terms",
    options: {
      ...INSTRUCTION_OPTIONS,
      format: { type: 'string', short: 'f', arg: 'FORMAT', description: 'text (default), markdown, html, zonefile, json' },
      'service-name': { type: 'string', arg: 'NAME', description: 'your service name, used in the text' },
      providers: { type: 'boolean', description: 'list the known DNS provider ids and exit' },
      ...COMMON,
    },
    run: cmdInstructions,
  },
  status: {
    usage: 'status [FILE|-] [--target HOST] [--now TIME] [--json]',
    summary: 'assess a custom hostname JSON (GET/list response, object or webhook payload); exit 0 ready, 1 not yet',
    options: {
      target: { type: 'string', short: 't', arg: 'HOST', description: 'your CNAME target (improves the advice)' },
      now: { type: 'string', arg: 'TIME', description: 'evaluate at this time (Unix seconds or RFC 3339; default now)' },
      ca: { type: 'string', arg: 'CA', description: 'certificate authority, when the object does not say' },
      webhook: { type: 'boolean', description: 'the input is a certificate notification payload' },
      ...COMMON,
    },
    run: cmdStatus,
  },
  check: {
    usage: 'check <hostname> --target <cname-target> [--resolver URL]... [--custom-hostname FILE] [--json]',
    summary: 'look the expected records up live over DNS-over-HTTPS; exit 0 when all required ones are right, 1 otherwise',
    options: {
      ...INSTRUCTION_OPTIONS,
      resolver: { type: 'string', multiple: true, arg: 'URL', description: "DoH endpoint (repeatable; default Cloudflare's)" },
      'doh-format': { type: 'string', arg: 'FORMAT', description: 'wire_get (default), wire_post, json' },
      timeout: { type: 'string', arg: 'MS', description: 'per-question timeout in milliseconds (default 5000)' },
      ...COMMON,
    },
    run: cmdCheck,
  },
  request: {
    usage: 'request <op> --zone-id ID [--hostname H] [--id ID] [--data JSON|@FILE] [--curl]',
    summary: 'print the Cloudflare API request for an operation (JSON, or a curl command)',
    options: {
      'zone-id': { type: 'string', short: 'z', arg: 'ID', description: 'SaaS zone id (default $CLOUDFLARE_ZONE_ID)' },
      hostname: { type: 'string', arg: 'HOST', description: 'the custom hostname (create, list)' },
      id: { type: 'string', arg: 'ID', description: 'custom hostname id (get, edit, delete, refresh)' },
      'ssl-method': { type: 'string', arg: 'METHOD', description: 'DCV method: txt, http (create)' },
      origin: { type: 'string', arg: 'HOST', description: 'fallback origin (updateFallbackOrigin)' },
      data: { type: 'string', short: 'd', arg: 'JSON', description: 'more operation fields as JSON (or @file), e.g. {"ssl":{"method":"txt","type":"dv"}}' },
      curl: { type: 'boolean', description: 'print a curl command instead (token as $CLOUDFLARE_API_TOKEN)' },
      'allow-special-use': { type: 'boolean', description: 'accept documentation names (example.com)' },
      ...COMMON,
    },
    run: cmdRequest,
  },
};

const OPS = [
  'create', 'get', 'list', 'edit', 'delete', 'refresh', 'getFallbackOrigin', 'updateFallbackOrigin',
  'deleteFallbackOrigin', 'getQuota', 'getDcvDelegationUuid', 'replaceCertificate', 'deleteCertificate',
];

function mainHelp() {
  const lines = [
    `custom-hostnames ${lib.version()}: Cloudflare for SaaS custom hostnames from the command line`,
    '',
    'Usage: custom-hostnames <command> [options]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(13)} ${c.summary}`),
    '',
    'Every command takes --help and --json. Exit codes: 0 ok/ready, 1 not yet, 2 bad input, 3 API or network failure.',
    'The acting commands read CLOUDFLARE_API_TOKEN and CLOUDFLARE_ZONE_ID (flags override), CNAME_TARGET for --target.',
  ];
  return lines.join('\n');
}

function commandHelp(name) {
  const c = COMMANDS[name];
  const opts = Object.entries(c.options).map(([key, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${key}${o.type === 'string' ? ` ${o.arg ?? 'VALUE'}` : ''}`;
    return `  ${flag.padEnd(32)} ${o.description ?? ''}`;
  });
  const extra = name === 'request' ? ['', `Operations: ${OPS.join(', ')}`] : [];
  return [`Usage: custom-hostnames ${c.usage}`, '', `${c.summary[0].toUpperCase()}${c.summary.slice(1)}.`, '', 'Options:', ...opts, ...extra].join('\n');
}

/** Reads a JSON argument: a file path, `-` for stdin, or `@file`. */
function readJsonFile(path, what) {
  let text;
  try {
    text = readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${what} ${path === '-' ? 'from stdin' : JSON.stringify(path)}: ${e.message}`, 'unreadable_file');
  }
  return parseJsonText(text, what);
}

function parseJsonText(text, what) {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${what} is not JSON: ${e.message}`, 'invalid_json');
  }
}

function write(text) {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

function cmdParse(values, positionals) {
  const input = op.one(positionals, 'hostname', COMMANDS.parse.usage);
  const h = lib.parseHostname(input, {
    allowWildcard: values['allow-wildcard'] ?? false,
    allowSpecialUse: values['allow-special-use'] ?? false,
  });
  if (values.json) {
    write(JSON.stringify(h, null, 2));
    return EXIT_OK;
  }
  const rows = [
    ['hostname', h.ascii],
    ...(h.unicode !== h.ascii ? [['unicode', h.unicode]] : []),
    ['registrable domain', h.registrableDomain ?? '-'],
    ['subdomain', h.subdomain || '(apex)'],
    ['public suffix', `${h.publicSuffix}${h.isIcannSuffix ? '' : ' (private)'}`],
    ['apex', h.isApex ? 'yes' : 'no'],
    ['wildcard', h.isWildcard ? 'yes' : 'no'],
  ];
  write(rows.map(([k, v]) => `${`${k}:`.padEnd(20)} ${v}`).join('\n'));
  for (const w of h.warnings) write(`note (${w.code}): ${w.message}`);
  return EXIT_OK;
}

/** The dnsInstructions request from the shared instruction options. */
function dnsRequest(values, hostname) {
  if (!values.target) throw new UsageError('--target <cname-target> is required (your CNAME target, e.g. customers.saasprovider.com)');
  const req = { hostname, cnameTarget: values.target };
  if (values.provider) req.provider = values.provider;
  if (values.zone) req.zone = values.zone;
  if (values.ca) req.certificateAuthority = values.ca;
  if (values.dcv) req.dcv = values.dcv;
  if (values.live) req.live = true;
  if (values.ttl !== undefined) req.ttl = op.positiveInt(values.ttl, 'ttl');
  if (values['custom-hostname']) req.customHostname = readJsonFile(values['custom-hostname'], '--custom-hostname');
  return req;
}

const FORMATS = ['text', 'markdown', 'html', 'zonefile', 'json'];

function cmdInstructions(values, positionals) {
  if (values.providers) {
    const list = lib.dnsProviders().map((p) => ({ id: p.id, name: p.name, helpUrl: p.helpUrl }));
    write(values.json ? JSON.stringify(list, null, 2) : list.map((p) => `${p.id.padEnd(18)} ${p.name}`).join('\n'));
    return EXIT_OK;
  }
  const hostname = op.one(positionals, 'hostname', COMMANDS.instructions.usage);
  if (values.format !== undefined && !FORMATS.includes(values.format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got ${JSON.stringify(values.format)}`);
  }
  const format = values.json ? 'json' : (values.format ?? 'text');
  const instructions = lib.dnsInstructions(dnsRequest(values, hostname));
  const options = values['service-name'] ? { serviceName: values['service-name'] } : undefined;
  write(lib.renderInstructions(instructions, format, options));
  return EXIT_OK;
}

function cmdStatus(values, positionals) {
  if (positionals.length > 1) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[1])}`);
  if (positionals.length === 0 && process.stdin.isTTY) {
    throw new UsageError(`give a file, or pipe the JSON in (\`-\`); usage: custom-hostnames ${COMMANDS.status.usage}`);
  }
  const json = readJsonFile(positionals[0] ?? '-', 'the custom hostname JSON');
  const context = {};
  if (values.target) context.cnameTarget = values.target;
  if (values.ca) context.certificateAuthority = values.ca;
  if (values.now !== undefined) context.now = /^\d+$/.test(values.now) ? Number(values.now) : values.now;
  const isList = Array.isArray(json) || (json && typeof json === 'object' && Array.isArray(json.result));
  let assessments;
  let failures = 0;
  if (values.webhook) {
    const w = lib.interpretWebhook(json, context);
    assessments = [w.assessment];
    if (values.json) write(JSON.stringify(w, null, 2));
    else write(`event: ${w.eventType || '(none)'}: ${w.eventText}`);
  } else if (isList) {
    const results = lib.interpretMany(json, context);
    assessments = results.filter((r) => r.ok).map((r) => r.assessment);
    failures = results.length - assessments.length;
    if (values.json) write(JSON.stringify(results, null, 2));
    for (const r of results) if (!r.ok) process.stderr.write(`error (${r.error.code}): ${r.error.message}\n`);
  } else {
    assessments = [lib.interpretCustomHostname(json, context)];
    if (values.json) write(JSON.stringify(assessments[0], null, 2));
  }
  if (!values.json) write(assessments.map(describeAssessment).join('\n\n'));
  if (failures > 0) return EXIT_BAD_INPUT;
  return assessments.length > 0 && assessments.every((a) => a.ready) ? EXIT_OK : EXIT_NOT_YET;
}

function describeAssessment(a) {
  const lines = [`${a.name || '(no hostname)'}: ${a.phase}${a.ready ? ' (ready)' : ''}`, `  ${a.summary}`];
  lines.push(`  hostname:    ${a.hostname.status ?? '-'}: ${a.hostname.meaning}`);
  lines.push(`  certificate: ${a.certificate.status ?? '-'}: ${a.certificate.meaning}`);
  if (a.actor !== 'nobody') lines.push(`  next move:   ${a.actor}`);
  a.steps.forEach((s, i) => {
    lines.push(`  ${i + 1}. ${s.optional ? '(optional) ' : ''}${s.text}`);
    for (const r of s.records) lines.push(`     ${r.type} ${r.name}${r.value ? ` -> ${r.value}` : ''}`);
  });
  for (const e of a.errors) lines.push(`  error (${e.code}): ${e.cause ?? e.raw}`);
  for (const d of a.deadlines) lines.push(`  deadline: ${d.text}`);
  if (a.pollAfterSeconds !== undefined) lines.push(`  look again in ${a.pollAfterSeconds} s`);
  if (a.refreshRecommended) lines.push('  send the refresh PATCH now (custom-hostnames request refresh --id ...)');
  return lines.join('\n');
}

async function cmdCheck(values, positionals) {
  const hostname = op.one(positionals, 'hostname', COMMANDS.check.usage);
  const instructions = lib.dnsInstructions(dnsRequest(values, hostname));
  const options = op.dohOptions(values);
  if (values.timeout !== undefined) options.timeoutMs = op.positiveInt(values.timeout, 'timeout');
  const checked = instructions.records.filter((r) => ['CNAME', 'TXT', 'A', 'AAAA', 'CAA'].includes(r.type) && r.purpose !== 'remove');
  const resolvers = options.resolvers ?? ['the default resolver'];
  process.stderr.write(`checking ${checked.length} record(s) for ${instructions.hostname} via ${resolvers.join(', ')}...\n`);
  const started = Date.now();
  const result = await lib.checkDns(instructions, options);
  process.stderr.write(`done in ${Date.now() - started} ms\n`);
  // Required = a record the instructions mark as needed now; CAA and removal
  // steps are conditional and only reported.
  const required = new Set(instructions.records.filter((r) => r.required).map((r) => `${r.purpose} ${r.type} ${r.fqdn}`));
  const blocking = result.records.filter((r) => r.status !== 'ok' && required.has(`${r.purpose} ${r.type} ${r.fqdn}`));
  const ok = blocking.length === 0;
  if (values.json) {
    write(JSON.stringify({ ok, hostname: instructions.hostname, ...result }, null, 2));
  } else {
    for (const r of result.records) {
      const mark = r.status === 'ok' ? 'ok ' : required.has(`${r.purpose} ${r.type} ${r.fqdn}`) ? 'NO ' : '-- ';
      const seen = r.observed?.length ? ` (found: ${r.observed.join(', ')})` : '';
      write(`${mark} ${r.type.padEnd(5)} ${r.fqdn} ${r.status}${r.expected ? `, expected ${r.expected}` : ''}${seen}${r.detail ? `: ${r.detail}` : ''}`);
    }
    write(ok ? `${instructions.hostname}: every required record is in place` : `${instructions.hostname}: ${blocking.length} required record(s) not in place yet`);
  }
  return ok ? EXIT_OK : EXIT_NOT_YET;
}

function cmdRequest(values, positionals) {
  const name = op.one(positionals, 'operation', COMMANDS.request.usage);
  if (!OPS.includes(name)) throw new UsageError(`unknown operation ${JSON.stringify(name)}; one of ${OPS.join(', ')}`, 'unknown_operation');
  const zoneId = values['zone-id'] ?? process.env.CLOUDFLARE_ZONE_ID;
  if (!zoneId) throw new UsageError('--zone-id is required (or set CLOUDFLARE_ZONE_ID)');
  const operation = { op: name, zoneId };
  if (values.hostname !== undefined) operation.hostname = values.hostname;
  if (values.id !== undefined) operation.customHostnameId = values.id;
  if (values.origin !== undefined) operation.origin = values.origin;
  if (values['ssl-method'] !== undefined) operation.ssl = { method: values['ssl-method'], type: 'dv' };
  if (values.data !== undefined) {
    const extra = values.data.startsWith('@') ? readJsonFile(values.data.slice(1), '--data') : parseJsonText(values.data, '--data');
    if (!extra || typeof extra !== 'object' || Array.isArray(extra)) throw new UsageError('--data must be a JSON object', 'invalid_json');
    Object.assign(operation, extra);
  }
  const built = lib.buildRequest(operation, { allowSpecialUse: values['allow-special-use'] ?? false });
  for (const w of built.warnings) process.stderr.write(`note (${w.code}): ${w.message}\n`);
  write(values.curl ? lib.toCurl(built.request) : JSON.stringify(built, null, 2));
  return EXIT_OK;
}

function reportError(e, json) {
  const known = e && typeof e === 'object' && e.name === 'CustomHostnamesError';
  const code = known ? e.code : 'internal_error';
  const message = e && e.message ? e.message : String(e);
  if (json) write(JSON.stringify({ error: { code, message, ...(known && e.data !== undefined ? { data: e.data } : {}) } }, null, 2));
  process.stderr.write(`error (${code}): ${message}\n`);
  // Input errors are the caller's (2); a network failure during `check` is
  // "not yet known" (1); anything else is a bug, reported as 2 with its code.
  if (code === 'network_error' || code === 'timeout') return EXIT_NOT_YET;
  return EXIT_BAD_INPUT;
}

async function main(argv) {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    write(mainHelp());
    return name === undefined ? EXIT_BAD_INPUT : EXIT_OK;
  }
  if (name === '--version' || name === '-V') {
    write(lib.version());
    return EXIT_OK;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  const wantsJson = rest.includes('--json');
  const fail = command?.acting ? op.report : reportError;
  if (!command) return reportError(new UsageError(`unknown command ${JSON.stringify(name)}; run custom-hostnames --help`), wantsJson);
  let parsed;
  try {
    // parseArgs rejects unknown keys' undefined values: pass only what is set.
    const options = Object.fromEntries(Object.entries(command.options).map(([k, o]) => [
      k, { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) },
    ]));
    parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: true });
  } catch (e) {
    return fail(new UsageError(`${e.message}; run custom-hostnames ${name} --help`), wantsJson);
  }
  if (parsed.values.help) {
    write(commandHelp(name));
    return EXIT_OK;
  }
  try {
    return await command.run(parsed.values, parsed.positionals);
  } catch (e) {
    return fail(e, parsed.values.json);
  }
}

// `custom-hostnames ls | head`: a closed pipe ends the output, not the process with a stack.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`error (internal_error): ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = EXIT_BAD_INPUT;
  },
);
