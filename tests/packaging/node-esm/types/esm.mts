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
