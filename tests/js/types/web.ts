// Type-level test of the `custom-hostnames/web` entry: explicit
// instantiation (async from a URL or bytes, sync from a compiled module).
import init, { initSync, parseHostname, type InitOutput } from '../../../pkg/web/custom_hostnames.js';

async function start(bytes: ArrayBuffer, module: WebAssembly.Module): Promise<string> {
  const out: InitOutput = await init({ module_or_path: new URL('https://example.invalid/custom_hostnames_bg.wasm') });
  initSync({ module });
  initSync({ module: bytes });
  void out;
  return parseHostname('app.customer.com').ascii;
}
// No misuse lines here: WebAssembly.Module is an empty interface in lib.dom,
// so TypeScript accepts any non-null object where init/initSync expect one.
void start;
