// Deterministic "realistic" hostnames for the benchmarks: what an onboarding
// form sees (gTLDs, ccTLD second levels, private suffixes, deep subdomains,
// IDN in Unicode and punycode, pasted URLs, a few invalid), from a seeded PRNG
// so every run and machine parses the same names.

/** mulberry32: a small seeded PRNG. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = ['shop', 'app', 'api', 'www', 'blog', 'store', 'acme', 'north', 'cloud', 'mail', 'eu', 'us-east',
  'portal', 'status', 'docs', 'cdn', 'my', 'login', 'tenant42', 'alpha', 'beta', 'green-leaf', 'bakery', 'hotel'];
const tlds = ['com', 'net', 'org', 'io', 'dev', 'app', 'shop', 'xyz', 'de', 'fr', 'nl', 'ch', 'info', 'co'];
const cc2 = ['co.uk', 'org.uk', 'com.au', 'co.jp', 'com.br', 'co.nz', 'com.mx', 'co.za', 'com.cn', 'ac.uk'];
const priv = ['github.io', 'herokuapp.com', 'blogspot.com', 'pages.dev', 'netlify.app', 'vercel.app',
  'azurewebsites.net', 's3.amazonaws.com', 'myshopify.com', 'workers.dev'];
const idn = ['bücher', 'münchen', 'café', 'straße', 'пример', '例え', 'テスト', 'δοκιμή', 'élan'];
const idnFull = ['пример.рф', 'бүтэн.мон', '例え.jp', 'テスト.みんな', 'xn--e1afmkfd.xn--p1ai', 'xn--r8jz45g.jp'];
const invalid = ['bad..name.com', '-start.example.org', 'under_score.com', 'a b.com', '192.168.0.1', 'localhost',
  'x'.repeat(70) + '.com', 'co.uk', '*.github.io', 'intranet'];

/** `count` hostnames from `seed`. */
export function generate(count, seed = 20261127) {
  const r = rng(seed);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const sub = () => {
    const depth = Math.floor(r() * r() * 4);
    const parts = [];
    for (let i = 0; i < depth; i++) parts.push(pick(words));
    return parts.length ? parts.join('.') + '.' : '';
  };
  const label = () => pick(words) + (r() < 0.5 ? Math.floor(r() * 1000) : '');
  const out = [];
  for (let i = 0; i < count; i++) {
    const x = r();
    let h;
    if (x < 0.40) h = sub() + label() + '.' + pick(tlds);
    else if (x < 0.60) h = sub() + label() + '.' + pick(cc2);
    else if (x < 0.75) h = sub() + label() + '.' + pick(priv);
    else if (x < 0.83) h = sub() + pick(idn) + '.' + pick(tlds);
    else if (x < 0.87) h = sub() + pick(idnFull);
    else if (x < 0.90) h = sub() + 'xn--bcher-kva.' + pick(tlds);
    else if (x < 0.95) h = (r() < 0.5 ? 'https://' : '') + sub().toUpperCase() + label() + '.' + pick(tlds) + (r() < 0.5 ? '/path' : '');
    else if (x < 0.97) h = '*.' + label() + '.' + pick(tlds);
    else h = pick(invalid);
    out.push(h);
  }
  return out;
}
