// The customer's language for the library's verdicts: `?locale=` or the
// request's Accept-Language, among the library's locales. Passed to the
// library as its `locale` option (routes.js); the sentences are the
// library's, the Worker never depends on their wording.

export const LOCALES = ['en', 'de', 'fr', 'es', 'ja', 'pt-BR'];

/** The best supported locale of a request, or undefined. */
export function localeOf(request, url) {
  const asked = url.searchParams.get('locale');
  const candidates = asked ? [asked] : (request.headers.get('accept-language') ?? '').split(',').map((p) => p.split(';')[0].trim()).filter(Boolean).slice(0, 10);
  for (const c of candidates) {
    const exact = LOCALES.find((l) => l.toLowerCase() === c.toLowerCase());
    if (exact) return exact;
    const base = c.split('-')[0].toLowerCase();
    const byBase = base === 'pt' ? 'pt-BR' : LOCALES.find((l) => l === base);
    if (byBase) return byBase;
  }
  return undefined;
}
