// Browser and bundler entry: instantiates the module once (top-level await),
// fetching the .wasm next to this file, then re-exports the API. Use
// "custom-hostnames/web" instead to call `init()` yourself (custom URL, or an
// already compiled WebAssembly.Module).
import init from './web/custom_hostnames.js';

await init({ module_or_path: new URL('./web/custom_hostnames_bg.wasm', import.meta.url) });

export * from './web/custom_hostnames.js';
