// The same API for every runtime; the declarations are generated from the
// Rust types by wasm-bindgen + tsify (the Node build's are identical).
export * from './node/custom_hostnames.js';

/**
 * Makes the customer text of `tag` available: at once where the entry
 * embeds every locale (the full entry), otherwise by loading the package's
 * `locales/<tag>.json` (the page entry). `false`: the locale is not shipped
 * or could not be loaded, and English is used.
 */
export declare function loadCustomerLocale(tag: string): Promise<boolean>;
