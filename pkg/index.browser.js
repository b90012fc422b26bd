// Browser and bundler entry: instantiates the module once (top-level await),
// fetching the .wasm next to this file, then re-exports the API. Use
// "custom-hostnames/web" instead to call `init()` yourself (custom URL, or an
// already compiled WebAssembly.Module).
import init, * as api from './web/custom_hostnames.js';

await init({ module_or_path: new URL('./web/custom_hostnames_bg.wasm', import.meta.url) });

export * from './web/custom_hostnames.js';

/**
 * Makes the customer text of `tag` (`de`, `fr`, `es`, `ja`, `pt-BR`, or any
 * BCP 47 tag of those languages) available. The full entry embeds every
 * locale, so this resolves `true` at once; the page entry embeds English only
 * and fetches `locales/<tag>.json` next to this file once. Resolves `false`
 * (English stays in use) for a locale not shipped or a file that cannot be
 * fetched; rejects only for a file that does not match this version.
 */
export async function loadCustomerLocale(tag) {
  // The hostname-only entry has no customer catalogue at all.
  if (typeof tag !== 'string' || tag === '' || typeof api.customerLocaleLoaded !== 'function') return false;
  if (api.customerLocaleLoaded(tag)) return true;
  const language = tag.split(/[-_]/)[0].toLowerCase();
  const file = language === 'pt' ? 'pt-BR' : language;
  if (!/^[a-z]{2}(-BR)?$/.test(file)) return false;
  let text;
  try {
    const response = await fetch(new URL(`./locales/${file}.json`, import.meta.url));
    if (!response.ok) return false;
    text = await response.text();
  } catch {
    return false;
  }
  api.registerCustomerLocale(file, text);
  return true;
}
