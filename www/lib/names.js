// Names as people read them: the library gives ASCII (punycode) owner names
// for DNS records and checks; a person reads the Unicode form. A name at or
// under the custom hostname or the customer's zone gets that name's Unicode
// suffix; anything else stays as it is (still text, never markup).

/** A function turning an ASCII owner name into its Unicode reading. */
export function unicodeNames(library, instructions) {
  const pairs = [];
  const add = (ascii) => {
    if (!ascii) return;
    try {
      const unicode = library.parseHostname(ascii).unicode;
      if (unicode && unicode !== ascii) pairs.push([ascii.toLowerCase(), unicode]);
    } catch { /* not a hostname: nothing to translate */ }
  };
  if (instructions?.hostname && instructions.hostnameUnicode && instructions.hostnameUnicode !== instructions.hostname) {
    pairs.push([instructions.hostname.toLowerCase(), instructions.hostnameUnicode]);
  }
  add(instructions?.zone);
  // Longest suffix first.
  pairs.sort((a, b) => b[0].length - a[0].length);
  return (name) => {
    const text = String(name ?? '');
    const lower = text.toLowerCase();
    for (const [ascii, unicode] of pairs) {
      if (lower === ascii) return unicode;
      if (lower.endsWith(`.${ascii}`)) return `${text.slice(0, text.length - ascii.length)}${unicode}`;
    }
    return text;
  };
}

/** The Unicode reading of one hostname (ASCII when the library refuses it). */
export function unicodeHost(library, ascii) {
  try {
    return library.parseHostname(ascii).unicode || ascii;
  } catch {
    return String(ascii ?? '');
  }
}
