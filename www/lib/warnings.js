// What the library did to the typed name (`parseHostname` warnings), in the
// customer's words: the catalogue's `warning.*` through `customerWarning`.
// The page fills the placeholders it knows from what was typed and parsed
// when a warning carries no `data`; a warning whose sentence would keep an
// unfilled placeholder is left out rather than shown half-written. The
// ASCII form of an IDN is not shown (people read names in Unicode), nor the
// apex remark (the page explains the top of a domain where it matters).

const SKIP = new Set(['converted_to_ascii', 'apex']);

/**
 * The values a warning's sentence may need, from the typed text, the parse
 * and `domain` (the registrable domain as read, '' when there is none).
 */
function knownValues(typed, info, domain) {
  const text = String(typed ?? '').trim();
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)?.[1];
  const port = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^@/]*@)?[^/:?#]+:(\d+)/i.exec(text)?.[1];
  return {
    ...(scheme ? { scheme: scheme.toLowerCase() } : {}),
    ...(port ? { port } : {}),
    ...(domain ? { domain } : {}),
    ...(info.publicSuffix ? { suffix: info.publicSuffix } : {}),
  };
}

/** The label and its look-alike of a `confusable` warning without data (its English message quotes both). */
function confusableValues(warning) {
  const quoted = [...String(warning.message ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]);
  return quoted.length === 2 ? { label: quoted[0], lookalike: quoted[1] } : {};
}

/**
 * [code, sentence] pairs to show for `info.warnings`. `domain`: the
 * registrable domain in Unicode ('' when the name has none).
 */
export function customerWarnings(library, locale, typed, info, domain) {
  const known = knownValues(typed, info, domain);
  const out = [];
  for (const w of info.warnings ?? []) {
    if (SKIP.has(w.code)) continue;
    const data = { ...known, ...(w.code === 'confusable' ? confusableValues(w) : {}), ...(w.data ?? {}) };
    let text;
    try {
      text = library.customerWarning({ ...w, data }, locale);
    } catch {
      text = undefined;
    }
    if (text && !/\{[a-z_]+\}/.test(text)) out.push([w.code, text]);
  }
  return out;
}
