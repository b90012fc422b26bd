// Type-level tests of the generated declarations (tsc --strict --noEmit):
// a consumer's use of every export must type-check, and misuse must not
// (`@ts-expect-error` fails the build if the line is NOT an error).
import {
  parseHostname,
  parseHostnames,
  version,
  type CustomHostnamesError,
  type ErrorCode,
  type HostnameInfo,
  type HostnameResult,
  type ParseHostnameOptions,
  type SuffixKind,
  type Warning,
} from '../../../pkg/index.js';

const options: ParseHostnameOptions = { allowSpecialUse: false, allowWildcard: true };
const info: HostnameInfo = parseHostname('app.customer.com', options);
const ascii: string = info.ascii;
const kind: SuffixKind = info.suffixKind;
const flags: [boolean, boolean, boolean] = [info.isApex, info.isWildcard, info.isIcannSuffix];
const warnings: Warning[] = info.warnings;
const firstCode: string | undefined = warnings[0]?.code;

const results: HostnameResult[] = parseHostnames(['a.customer.com', 'bad']);
for (const r of results) {
  if (r.ok) {
    const h: HostnameInfo = r.hostname;
    void h;
  } else {
    const code: string = r.error.code;
    void code;
  }
}

try {
  parseHostname('x');
} catch (e) {
  const err = e as CustomHostnamesError;
  const code: ErrorCode = err.code;
  const isEmpty: boolean = code === 'empty_label';
  void isEmpty;
}

// @ts-expect-error: a number is not a hostname
parseHostname(42);
// @ts-expect-error: unknown option
parseHostname('a.com', { allowEverything: true });
// @ts-expect-error: not an error code
const badCode: ErrorCode = 'not_a_code';

const v: string = version();
void [ascii, kind, flags, firstCode, v, badCode];
