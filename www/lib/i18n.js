// The page's language: the element's `lang` attribute, else the browser's
// (`navigator.language`), matched to the six locales of the library's
// customer catalogue. Every sentence comes from that catalogue
// (`customerMessages(locale, 'page.')` for the page's own words; the
// library's verdicts and instructions are asked for in the same locale).

export const LOCALES = ['en', 'de', 'fr', 'es', 'ja', 'pt-BR'];

/** The shipped locale for a BCP 47 tag (`de-CH` → `de`, `pt` → `pt-BR`), or null. */
export function matchLocale(tag) {
  const text = String(tag ?? '').trim();
  if (!text) return null;
  const exact = LOCALES.find((l) => l.toLowerCase() === text.toLowerCase());
  if (exact) return exact;
  const base = text.split(/[-_]/)[0].toLowerCase();
  if (base === 'pt') return 'pt-BR';
  return LOCALES.find((l) => l === base) ?? null;
}

/** The locale for an element: its `lang`, else the browser's languages, else English. */
export function pickLocale(langAttribute, navigatorLanguages = []) {
  for (const tag of [langAttribute, ...navigatorLanguages]) {
    const hit = matchLocale(tag);
    if (hit) return hit;
  }
  return 'en';
}

/** Replaces each `{name}` with its value; unknown placeholders stay (as the core does). */
export function substitute(template, params = {}) {
  return String(template).replace(/\{([a-z_]+)\}/g, (whole, name) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/** The page's words in one locale: `t(key, params)` and counted `n(key, count, params)`. */
export class Words {
  constructor(table, locale) {
    this.table = table ?? {};
    this.locale = locale;
  }

  /** Loads the `page.*` templates of `locale` from the library. */
  static load(library, locale) {
    return new Words(library.customerMessages(locale, 'page.'), locale);
  }

  has(key) { return Object.hasOwn(this.table, `page.${key}`); }

  /** The sentence for `page.<key>`; the key itself when the catalogue lacks it (a test catches that). */
  t(key, params) {
    const template = this.table[`page.${key}`];
    return template === undefined ? `page.${key}` : substitute(template, params);
  }

  /** The `.one` / `.other` form of `page.<key>` for `count` (`{count}` filled). */
  n(key, count, params = {}) {
    return this.t(`${key}.${count === 1 ? 'one' : 'other'}`, { ...params, count });
  }

  /** A time of day in this locale. */
  time(date) {
    try {
      return date.toLocaleTimeString(this.locale);
    } catch {
      return date.toISOString().slice(11, 19);
    }
  }
}
