// The same API for every runtime; the declarations are generated from the
// Rust types by wasm-bindgen + tsify (the Node build's are identical).
export * from './node/custom_hostnames.js';

