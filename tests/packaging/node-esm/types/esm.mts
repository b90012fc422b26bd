// The installed declarations as an ESM consumer under node16 resolution sees
// them ("types" condition, import).
import { parseHostname, dnsInstructions, interpretCustomHostname, type CustomHostnamesError, type ErrorCode } from 'custom-hostnames';

const ascii: string = parseHostname('app.customer.com').ascii;
const name: string = dnsInstructions({ hostname: ascii, cnameTarget: 'customers.saasprovider.com' }).records[0]?.name ?? '';
const ready: boolean = interpretCustomHostname({ hostname: ascii }).ready;
function codeOf(e: unknown): ErrorCode {
  return (e as CustomHostnamesError).code;
}
// @ts-expect-error: not an error code
const bad: ErrorCode = 'nope';
void [name, ready, codeOf, bad];

// The entries: each has its own declarations.
import { parseHostname as parseOnPage, checkDns, type CheckDnsResult } from 'custom-hostnames/page';
import { parseHostnameColumns, type HostnameColumns } from 'custom-hostnames/hostname';
// @ts-expect-error: the hostname entry has no DNS instructions
import { dnsInstructions as notThere } from 'custom-hostnames/hostname';

const columns: HostnameColumns = parseHostnameColumns(['a.customer.com', 'b.customer.com']);
const domains: Array<string | undefined> = columns.column('registrableDomain');
const checked: Promise<CheckDnsResult> = checkDns({ hostname: 'a.customer.com', zone: 'customer.com', records: [] });
void [parseOnPage('a.customer.com').ascii, domains, checked, notThere];
