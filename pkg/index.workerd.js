// Cloudflare Workers (workerd) entry: workerd imports `*.wasm` as a compiled
// WebAssembly.Module, so the web build is instantiated synchronously with
// initSync and its API re-exported. (wasm-bindgen's `--target bundler` output
// does not load in workerd; the web build does.)
import module from './web/custom_hostnames_bg.wasm';
import * as api from './web/custom_hostnames.js';
import { initSync } from './web/custom_hostnames.js';

initSync({ module });

export * from './web/custom_hostnames.js';

/** As in the browser entry; in workerd only embedded locales exist (the
 * full entry has all six), so this resolves whether `tag` is one of them. */
export async function loadCustomerLocale(tag) {
  return typeof tag === 'string' && tag !== '' && typeof api.customerLocaleLoaded === 'function' && api.customerLocaleLoaded(tag);
}
