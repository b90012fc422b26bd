// Checks of the package's JS API that must hold in every runtime. Plain ESM
// with no Node APIs: the Node test runs them directly, the browser test
// imports this file into a page. Each check throws on failure.

function eq(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: got ${a}, expected ${e}`);
}

function throwsCode(fn, code, what) {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof Error)) throw new Error(`${what}: threw a non-Error ${String(e)}`);
    eq(e.name, 'CustomHostnamesError', `${what}: name`);
    eq(e.code, code, `${what}: code`);
    return e;
  }
  throw new Error(`${what}: did not throw`);
}

export const checks = {
  'parseHostname gives the issue example'(m) {
    const h = m.parseHostname('https://Bücher.Example.co.uk:443/x');
    eq(h.ascii, 'xn--bcher-kva.example.co.uk', 'ascii');
    eq(h.unicode, 'bücher.example.co.uk', 'unicode');
    eq(h.registrableDomain, 'example.co.uk', 'registrableDomain');
    eq(h.subdomain, 'xn--bcher-kva', 'subdomain');
    eq(h.publicSuffix, 'co.uk', 'publicSuffix');
    eq([h.isWildcard, h.isApex, h.isIcannSuffix], [false, false, true], 'flags');
    eq(h.input, 'https://Bücher.Example.co.uk:443/x', 'input');
    eq(h.warnings.map((w) => w.code), ['removed_scheme', 'removed_path', 'removed_port', 'lowercased', 'converted_to_ascii'], 'warnings');
    eq(typeof h.warnings[0].message, 'string', 'warning message');
  },
  'each kind of bad input has a stable code'(m) {
    const cases = {
      '': 'empty', 'a..customer.com': 'empty_label', '-a.customer.com': 'label_starts_with_hyphen',
      'a_b.customer.com': 'invalid_character', '192.168.0.1': 'ip_address', 'localhost': 'special_use_name',
      'intranet': 'single_label', '*.co.uk': 'wildcard_over_public_suffix', 'co.uk': 'public_suffix',
      'a.*.customer.com': 'misplaced_wildcard', 'xn--a.com': 'invalid_punycode', 'a.customer.com:http': 'invalid_port',
      [`${'a'.repeat(64)}.com`]: 'label_too_long', 'shop.123': 'numeric_tld',
    };
    for (const [input, code] of Object.entries(cases)) {
      const e = throwsCode(() => m.parseHostname(input), code, JSON.stringify(input));
      eq(e.input, input, `${JSON.stringify(input)}: input property`);
    }
  },
  'wrong argument types throw invalid_argument'(m) {
    for (const bad of [42, null, undefined, {}, ['a.com']]) {
      throwsCode(() => m.parseHostname(bad), 'invalid_argument', `parseHostname(${JSON.stringify(bad)})`);
    }
    throwsCode(() => m.parseHostnames('a.com'), 'invalid_argument', 'parseHostnames(string)');
    throwsCode(() => m.parseHostnames(['a.com', 3]), 'invalid_argument', 'parseHostnames([.., 3])');
  },
  'parseHostnames returns one result per input'(m) {
    const out = m.parseHostnames(['Shop.Customer.com', 'bad..name', '*.customer.com']);
    eq(out.length, 3, 'length');
    eq(out[0].ok, true, 'first ok');
    eq(out[0].hostname.ascii, 'shop.customer.com', 'first ascii');
    eq(out[1].ok, false, 'second not ok');
    eq(out[1].error.code, 'empty_label', 'second code');
    eq(out[2].hostname.isWildcard, true, 'third wildcard');
  },
  'options are honoured'(m) {
    eq(m.parseHostname('shop.example.com', { allowSpecialUse: true }).registrableDomain, 'example.com', 'allowSpecialUse');
    throwsCode(() => m.parseHostname('*.customer.com', { allowWildcard: false }), 'wildcard_not_allowed', 'allowWildcard');
  },
  'parseHostnames gives what parseHostname gives, item by item'(m) {
    // The batch builds its objects in JS from one string (fast path); inputs
    // holding its separators, and the empty batch, take the item-by-item path.
    const inputs = ['Shop.Customer.com', 'bad..name', '*.customer.com', 'https://Bücher.Example.co.uk:443/x',
      'me.github.io', 'пример.рф', 'xn--bcher-kva.de', 'a.b.c.unknowntld', 'customer.com', 'co.uk', '*.github.io',
      '', ' x.com ', 'a\tb.com', 'a\u001eb.com', 'a\u001fb.com', 'pаypal.com', 'x'.repeat(70) + '.com'];
    const one = (x) => {
      try {
        return { ok: true, hostname: m.parseHostname(x) };
      } catch (e) {
        return { ok: false, error: { code: e.code, message: e.message, input: e.input } };
      }
    };
    eq(m.parseHostnames(inputs), inputs.map(one), 'mixed batch');
    eq(m.parseHostnames(inputs.slice(0, 13)), inputs.slice(0, 13).map(one), 'batch without separators');
    eq(m.parseHostnames([]), [], 'empty batch');
    eq(m.parseHostnames(['x.example.com'], { allowSpecialUse: true })[0].ok, true, 'options in the fast path');
  },
  'parseHostnamesFlat gives one tab-separated line per input line'(m) {
    const lines = m.parseHostnamesFlat('Shop.Customer.com\nbad..name\nme.github.io').split('\n');
    eq(lines.length, 3, 'lines');
    eq(lines[0].split('\t'), ['1', 'shop.customer.com', 'shop.customer.com', 'customer.com', 'com', 'icann', 'lowercased'], 'accepted');
    eq(lines[1].split('\t').slice(0, 2), ['0', 'empty_label'], 'refused');
    eq(lines[2].split('\t').slice(3, 7), ['me.github.io', 'github.io', 'private', 'private_suffix,apex'], 'private');
    throwsCode(() => m.parseHostnamesFlat(['a.com']), 'invalid_argument', 'parseHostnamesFlat(array)');
  },
  'the module keeps working after errors'(m) {
    for (let i = 0; i < 200; i++) {
      try { m.parseHostname('\u0000'.repeat(i)); } catch { /* expected */ }
    }
    eq(m.parseHostname('ok.customer.com').ascii, 'ok.customer.com', 'after errors');
    eq(typeof m.version(), 'string', 'version');
  },
};

/** Runs every check; returns [{ name, ok, error? }]. */
export function runChecks(m) {
  return Object.entries(checks).map(([name, fn]) => {
    try {
      fn(m);
      return { name, ok: true };
    } catch (e) {
      return { name, ok: false, error: String(e?.stack ?? e) };
    }
  });
}
