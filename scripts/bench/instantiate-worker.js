// Instantiation of the module inside workerd (issue 10: "compile + init in
// Node and in workerd"). Workers cannot compile Wasm from bytes at run time,
// so workerd compiles the imported module when it loads the script; what a
// cold isolate then pays per start is what `initSync` does: a new
// `WebAssembly.Instance` with the glue's imports, then the glue's
// finalize (`__wbindgen_start`). `GET /?n=N` does that N times; the benchmark
// times N = 0 and N = 100 from outside (workerd's clock does not advance
// during synchronous work) and divides the difference.
// `./glue.js` is a copy of pkg/web/custom_hostnames.js that also exports
// the two internal functions (made by scripts/bench/worker.mjs).
import module from './custom_hostnames_bg.wasm';
import { __wbg_get_imports, __wbg_finalize_init, parseHostname } from './glue.js';

export default {
  async fetch(request) {
    const n = Number(new URL(request.url).searchParams.get('n') ?? 0);
    for (let i = 0; i < n; i++) {
      __wbg_finalize_init(new WebAssembly.Instance(module, __wbg_get_imports()), module);
    }
    // One call proves the last instance works.
    const ascii = n > 0 ? parseHostname('app.example.co.uk', { allowSpecialUse: true }).ascii : '';
    return new Response(JSON.stringify({ n, ascii }), { headers: { 'content-type': 'application/json' } });
  },
};
