// Customer text in six locales across the entries: the full entry embeds all
// of them; the page entry embeds English and loads the one a page needs from
// the package's locales/<tag>.json (loadCustomerLocale), checked against
// English before use; the hostname entry has no catalogue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const full = require('../../pkg/node/custom_hostnames.js');
const page = require('../../pkg/page/node/custom_hostnames.js');
const hostname = require('../../pkg/hostname/node/custom_hostnames.js');

const object = {
  id: 'x', hostname: 'shop.xn--bcher-kva.de', status: 'active',
  ssl: { status: 'active', method: 'http', type: 'dv' },
};

test('the full entry embeds every locale', async () => {
  for (const tag of ['en', 'de', 'fr', 'es', 'ja', 'pt-BR']) {
    assert.equal(full.customerLocaleLoaded(tag), true, tag);
    assert.equal(await full.loadCustomerLocale(tag), true, tag);
  }
  const de = full.interpretCustomHostname(object, { locale: 'de' });
  assert.equal(de.locale, 'de');
  assert.match(de.summary, /shop\.bücher\.de/);
  assert.notEqual(de.summary, full.interpretCustomHostname(object, {}).summary);
});

test('the page entry loads a locale on demand, then speaks it', async () => {
  const english = page.interpretCustomHostname(object, {}).summary;
  assert.equal(page.customerLocaleLoaded('fr'), false);
  // Before loading, French falls back to English sentence by sentence.
  assert.equal(page.interpretCustomHostname(object, { locale: 'fr' }).summary, english);
  assert.equal(await page.loadCustomerLocale('fr-CA'), true);
  assert.equal(page.customerLocaleLoaded('fr'), true);
  const french = page.interpretCustomHostname(object, { locale: 'fr' }).summary;
  assert.notEqual(french, english);
  assert.equal(french, full.interpretCustomHostname(object, { locale: 'fr' }).summary, 'same words as the embedded table');
  assert.equal(await page.loadCustomerLocale('tlh'), false, 'a locale not shipped stays English');
});

test('a table that does not match English is refused with a code', () => {
  const german = JSON.parse(readFileSync(new URL('../../data/messages/de.json', import.meta.url), 'utf8'));
  german['summary.active'] = '{hostname} ist verbunden.';
  assert.throws(() => page.registerCustomerLocale('de', JSON.stringify(german)), (e) => e.code === 'invalid_locale_table');
  assert.throws(() => page.registerCustomerLocale('de', '[]'), (e) => e.code === 'invalid_locale_table');
  assert.throws(() => page.registerCustomerLocale('tlh', '{}'), (e) => e.code === 'invalid_argument');
  assert.equal(page.customerLocaleLoaded('de'), false, 'a refused table is not used');
});

test('the hostname entry has no catalogue', async () => {
  assert.equal(typeof hostname.customerMessages, 'undefined');
  assert.equal(await hostname.loadCustomerLocale('de'), false);
});
