// Type-level tests of checkSetup and of the edge observation in the status
// context (tsc --strict --noEmit), with misuses that must NOT type-check.
import {
  checkSetup,
  interpretCustomHostname,
  type EdgeFindings,
  type EdgeVerdict,
  type SetupCheck,
  type SetupInput,
  type SetupReport,
  type SetupVerdict,
} from '../../../pkg/index.js';

const input: SetupInput = {
  cnameTarget: 'customers.saasprovider.com',
  fallbackOrigin: { result: { origin: 'fallback.saasprovider.com', status: 'active' } },
  dnsRecords: { error: { message: 'HTTP 403', httpStatus: 403, errors: [{ code: 10000, message: 'Authentication error' }] } },
  quota: { result: null },
  lookups: { cnameTarget: { name: 'customers.saasprovider.com', answer: { Status: 0, Answer: [] } } },
  expectWildcard: true,
};
const report: SetupReport = checkSetup(input);
const ok: boolean = report.ok;
const first: SetupCheck | undefined = report.checks[0];
const verdict: SetupVerdict | undefined = first?.verdict;
const fix: string | undefined = first?.fix;
// @ts-expect-error: the CNAME target is required
checkSetup({ lookups: {} });
// @ts-expect-error: a verdict is ok, failed or unknown
const wrong: SetupVerdict = 'warning';

const a = interpretCustomHostname(
  { hostname: 'app.customer.com' },
  { now: 1700000000, edge: { names: ['app.customer.com'], issuer: 'LetsEncrypt', notAfter: '2027-03-05T01:12:53Z', serialNumber: 'fc28' } },
);
const edge: EdgeFindings | undefined = a.edge;
const served: EdgeVerdict | undefined = edge?.verdict;
const covers: boolean | undefined = edge?.covers;
// @ts-expect-error: names is a list
interpretCustomHostname({}, { edge: { names: 'app.customer.com' } });

void [ok, verdict, fix, wrong, served, covers];
