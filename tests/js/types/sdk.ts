// Cross-check with Cloudflare's own TypeScript SDK (npm `cloudflare` v7):
// every custom hostname the SDK can hand out must be accepted where our API
// takes a `CustomHostname` (a dashboard can pass SDK results straight to
// interpretCustomHostname / dnsInstructions). Request bodies are checked at
// run time instead (tests/js/sdk-cross.test.mjs): our builder's bodies are
// snake_case JSON, the SDK's parameter types are what they are sent as.
import type {
  CustomHostnameCreateResponse,
  CustomHostnameEditResponse,
  CustomHostnameGetResponse,
  CustomHostnameListResponse,
} from 'cloudflare/resources/custom-hostnames/custom-hostnames';
import { interpretCustomHostname, type CustomHostname } from '../../../pkg/index.js';

declare const created: CustomHostnameCreateResponse;
declare const got: CustomHostnameGetResponse;
declare const edited: CustomHostnameEditResponse;
declare const listed: CustomHostnameListResponse;

const a: CustomHostname = created;
const b: CustomHostname = got;
const c: CustomHostname = edited;
const d: CustomHostname = listed;
interpretCustomHostname(got);
void [a, b, c, d];
