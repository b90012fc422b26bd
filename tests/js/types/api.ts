// Type-level tests of every other export (tsc --strict --noEmit; the
// hostname functions are in consumer.ts): requests, responses, the client,
// status interpretation, DNS instructions and checks, with a misuse per area
// that must NOT type-check (`@ts-expect-error`).
import {
  buildRequest,
  checkDns,
  CloudflareClient,
  detectDnsProvider,
  dnsInstructions,
  dnsProviders,
  interpretCustomHostname,
  interpretMany,
  interpretWebhook,
  parseResponse,
  renderDnsInstructions,
  summarizeMany,
  renderInstructions,
  toCurl,
  type Actor,
  type ApiRequest,
  type Assessment,
  type BuiltRequest,
  type CallOutcome,
  type CheckDnsResult,
  type CheckStatus,
  type CustomHostname,
  type DnsRecord,
  type DnsRequest,
  type Format,
  type Instructions,
  type InterpretResult,
  type SummaryResult,
  type AssessmentSummary,
  type Operation,
  type OperationResult,
  type Phase,
  type Provider,
  type WebhookAssessment,
} from '../../../pkg/index.js';

const ZONE = '023e105f4ecef8ad9ca31a8372d0c353';

// Requests: an Operation is a union tagged by `op`.
const op: Operation = { op: 'create', zoneId: ZONE, hostname: 'app.customer.com', ssl: { method: 'txt', type: 'dv' } };
const built: BuiltRequest = buildRequest(op, { allowSpecialUse: false });
const req: ApiRequest = built.request;
const url: string = built.url;
const curl: string = toCurl(req, { tokenVar: 'CF_TOKEN' });
// @ts-expect-error: `get` needs customHostnameId
buildRequest({ op: 'get', zoneId: ZONE });
// @ts-expect-error: not an operation
buildRequest({ op: 'explode', zoneId: ZONE });

// Responses: narrowed by `kind`.
const result: OperationResult = parseResponse({ op: 'get', zoneId: ZONE, customHostnameId: 'x' }, '{}');
if (result.kind === 'customHostname') {
  const ch: CustomHostname = result.customHostname;
  const status: string | undefined = ch.status;
  void status;
} else if (result.kind === 'customHostnames') {
  const total: number = result.customHostnames.length;
  void total;
}

// The client: zoneId optional per call, async iteration over every page.
async function useClient(): Promise<void> {
  using client = new CloudflareClient({ apiToken: 't', zoneId: ZONE, timeoutMs: 5000 });
  const created: CallOutcome = await client.create({ hostname: 'app.customer.com' });
  const attempts: number = created.attempts;
  const viaCall: CallOutcome = await client.call({ op: 'getQuota' });
  for await (const h of client.listAll({ perPage: 50 })) {
    const name: string | undefined = h.hostname;
    void name;
  }
  await client.refresh('id');
  await client.edit('id', { customMetadata: { plan: 'pro' } });
  // @ts-expect-error: the token is required
  new CloudflareClient({ zoneId: ZONE });
  void [attempts, viaCall];
}

// Status: phases and actors are closed unions.
const assessment: Assessment = interpretCustomHostname({ hostname: 'app.customer.com' }, { now: 1700000000, cnameTarget: 'customers.saasprovider.com' });
const phase: Phase = assessment.phase;
const actor: Actor = assessment.actor;
const ready: boolean = assessment.ready;
const poll: number | undefined = assessment.pollAfterSeconds;
const many: InterpretResult[] = interpretMany('[]');
for (const r of many) {
  if (r.ok) void r.assessment.summary;
  else void r.error.code;
}
const rows: SummaryResult[] = summarizeMany([{ hostname: 'app.customer.com' }], { cnameTarget: 'customers.saasprovider.com' });
for (const r of rows) {
  if (r.ok) {
    const row: AssessmentSummary = r.summary;
    const rowPhase: Phase = row.phase;
    const codes: string[] = row.errorCodes;
    const due: number | undefined = row.nextDeadline?.at;
    void [rowPhase, codes, due, row.nextStep, row.hostnameStatus];
    // @ts-expect-error: a row has no steps
    void row.steps;
  } else void r.error.code;
}
const hook: WebhookAssessment = interpretWebhook('{}', { now: '2026-01-01T00:00:00Z' });
// @ts-expect-error: not a phase
const badPhase: Phase = 'finished';

// DNS instructions, rendered and checked live.
const dnsReq: DnsRequest = { hostname: 'app.customer.com', cnameTarget: 'customers.saasprovider.com', provider: 'route53', dcv: 'txt', live: true };
const instructions: Instructions = dnsInstructions(dnsReq);
const first: DnsRecord | undefined = instructions.records[0];
const formats: Format[] = ['text', 'markdown', 'html', 'zonefile', 'json', 'domainConnect'];
const rendered: string[] = formats.map((f) => renderInstructions(instructions, f, { serviceName: 'Acme' }));
// @ts-expect-error: not a format
renderInstructions(instructions, 'pdf');
const zone: string = renderDnsInstructions(dnsReq, 'zonefile', { serviceName: 'Acme' });
// @ts-expect-error: a request, not instructions (no cnameTarget)
renderDnsInstructions(instructions, 'zonefile');
const providers: Provider[] = dnsProviders();
const detected: Provider | undefined = detectDnsProvider(['ns-1.awsdns-01.org']);
async function check(): Promise<CheckStatus[]> {
  // The instructions are a valid checkDns request as they are.
  const observed: CheckDnsResult = await checkDns(instructions, { resolvers: ['https://cloudflare-dns.com/dns-query'], format: 'json', timeoutMs: 2000 });
  const again: Assessment = interpretCustomHostname({}, { observation: observed });
  void again;
  return observed.records.map((r) => r.status);
}

void [url, curl, useClient, phase, actor, ready, poll, hook, badPhase, first, rendered, zone, providers, detected, check];
