// The lazy hostname results (parseHostname, parseHostnames,
// parseHostnameColumns) against the reference: the JSON of the core's
// `HostnameInfo` / `ErrorInfo`, as `parseHostnamesJson` serializes it in
// Rust. A large generated corpus (the benchmark's names, their mutations and
// hand-picked edge cases), under both option sets; every entry of the
// package gives the same results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { generate, rng } from '../../scripts/bench/names.mjs';

const require = createRequire(import.meta.url);
const full = require('../../pkg/node/custom_hostnames.js');
const entries = {
  full,
  page: require('../../pkg/page/node/custom_hostnames.js'),
  hostname: require('../../pkg/hostname/node/custom_hostnames.js'),
};

const EDGES = ['', '.', '*', '*.', '*.com', 'a.b', 'A.COM', 'a.com.', 'a.com..', '.a.com', 'xn--bcher-kva.de',
  'xn--a.com', 'xn--xn--a--gua.com', 'me.github.io', 'github.io', '*.github.io', 'co.uk', '*.co.uk', 'localhost',
  'example.com', 'x.test', '1.2.3.4', '[::1]', 'a_b.com', 'a..b.com', '-a.com', 'a-.com', 'ab--cd.com',
  'a.123', '123.com', 'shop.unknowntld', 'a.b.c.unknowntld', `${'a'.repeat(63)}.com`, `${'a'.repeat(64)}.com`,
  `${'abcdefghi.'.repeat(26)}com`, 'https://user:pw@Shop.Example.com:8443/x?y#z', ' x.com ', 'x.com\t',
  'a\u001eb.com', 'a\u001fb.com', 'a\nb.com', 'pаypal.com', 'пример.рф', '例え.jp', 'Bücher.de', 'ＥＸＡＭＰＬＥ.com',
  'a\u200bb.com', '\ud800.com', 'x'.repeat(5000), 'shop.*.com', '**.com', 'a.com:abc', 'http://[1::]/'];

/** Case changes, cut and doubled characters, pasted decorations. */
function mutate(names, seed) {
  const r = rng(seed);
  const pick = (a) => a[Math.floor(r() * a.length)];
  return names.map((n) => {
    const i = Math.floor(r() * (n.length + 1));
    switch (Math.floor(r() * 8)) {
      case 0: return n.toUpperCase();
      case 1: return n.slice(0, i) + n.slice(i + 1);
      case 2: return n.slice(0, i) + pick(['.', '-', '_', '*', ' ', 'é', 'Ж', '\u0000', ':']) + n.slice(i);
      case 3: return `${pick(['http://', 'https://', ' ', '*.'])}${n}${pick(['/', '.', ':443', ' ', '?a=b'])}`;
      case 4: return n.replace(/^[^.]*\./, '');
      default: return n;
    }
  });
}

const corpus = [...EDGES, ...generate(60_000), ...mutate(generate(40_000, 7), 11)];
const OPTIONS = [undefined, { allowSpecialUse: true, allowWildcard: false }];

test(`parseHostnames and parseHostnameColumns give the reference JSON over ${corpus.length} names`, () => {
  for (const options of OPTIONS) {
    const reference = JSON.parse(full.parseHostnamesJson(corpus, options));
    const lazy = full.parseHostnames(corpus, options);
    assert.equal(lazy.length, corpus.length);
    let plain = 0;
    for (let i = 0; i < corpus.length; i++) {
      const got = JSON.parse(JSON.stringify(lazy[i]));
      if (JSON.stringify(got) !== JSON.stringify(reference[i])) {
        assert.deepStrictEqual(got, reference[i], `item ${i}: ${JSON.stringify(corpus[i])}`);
      }
      // Field by field too (getters, not only toJSON).
      if (reference[i].ok) {
        const h = lazy[i].hostname;
        for (const [k, v] of Object.entries(reference[i].hostname)) assert.deepStrictEqual(h[k], v, `${k} of ${corpus[i]}`);
        if (h.ascii === corpus[i]) plain++;
      } else {
        assert.equal(lazy[i].hostname, undefined);
        assert.deepStrictEqual({ ...lazy[i].error }, reference[i].error);
      }
    }
    assert.ok(plain > corpus.length / 2, `only ${plain} names took the plain path`);

    const columns = full.parseHostnameColumns(corpus, options);
    assert.equal(columns.length, corpus.length);
    for (const field of Object.keys(reference.find((x) => x.ok).hostname)) {
      const column = columns.column(field);
      const expected = reference.map((x) => (x.ok ? x.hostname[field] : undefined));
      assert.deepStrictEqual(JSON.parse(JSON.stringify(column)), JSON.parse(JSON.stringify(expected)), field);
    }
    assert.equal(JSON.stringify(columns.toArray()), JSON.stringify(reference));
  }
});

test('parseHostname gives the reference for accepted names and a coded Error for refused ones', () => {
  const sample = corpus.filter((_, i) => i % 7 === 0);
  const reference = JSON.parse(full.parseHostnamesJson(sample));
  sample.forEach((input, i) => {
    const ref = reference[i];
    if (ref.ok) {
      assert.equal(JSON.stringify(full.parseHostname(input)), JSON.stringify(ref.hostname), JSON.stringify(input));
    } else {
      assert.throws(() => full.parseHostname(input), (e) => {
        assert.ok(e instanceof Error);
        assert.equal(e.name, 'CustomHostnamesError');
        assert.deepStrictEqual({ code: e.code, message: e.message, input: e.input }, ref.error);
        return true;
      }, JSON.stringify(input));
    }
  });
});

test('the separator path and the empty batch keep the same interface', () => {
  const inputs = ['a\u001eb.com', 'shop.example.co.uk', 'a\u001fb.com', 'Bad..name'];
  const columns = full.parseHostnameColumns(inputs);
  assert.equal(JSON.stringify(columns.toArray()), full.parseHostnamesJson(inputs));
  assert.deepStrictEqual(columns.column('registrableDomain'), [undefined, 'example.co.uk', undefined, undefined]);
  assert.equal(columns.ok(1), true);
  assert.equal(columns.error(3).code, 'empty_label');
  assert.deepStrictEqual(full.parseHostnames([]), []);
  assert.throws(() => columns.column('nope'), TypeError);
});

test('the page and hostname entries give what the full entry gives', () => {
  const sample = corpus.slice(0, 20_000);
  const expected = JSON.stringify(full.parseHostnames(sample));
  for (const [name, lib] of Object.entries(entries)) {
    assert.equal(JSON.stringify(lib.parseHostnames(sample)), expected, name);
    assert.equal(lib.parseHostnamesJson(sample), expected, name);
  }
});
