
// Appended by scripts/build to the Node glue of every entry: the Node side of
// `loadCustomerLocale` (index.browser.js has the browser one). Reads the
// package's locales/<tag>.json from disk when the entry does not embed it.
exports.loadCustomerLocale = async function loadCustomerLocale(tag) {
  // The hostname-only entry has no customer catalogue at all.
  if (typeof tag !== 'string' || tag === '' || typeof exports.customerLocaleLoaded !== 'function') return false;
  if (exports.customerLocaleLoaded(tag)) return true;
  const language = tag.split(/[-_]/)[0].toLowerCase();
  const file = language === 'pt' ? 'pt-BR' : language;
  if (!/^[a-z]{2}(-BR)?$/.test(file)) return false;
  let text;
  try {
    text = require('fs').readFileSync(require('path').join(__dirname, '..', 'locales', `${file}.json`), 'utf8');
  } catch {
    return false;
  }
  exports.registerCustomerLocale(file, text);
  return true;
};
