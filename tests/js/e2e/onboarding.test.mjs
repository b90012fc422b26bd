// End-to-end: the onboarding page in Debian's Chromium against the demo stack
// (cf-sim + the real Worker under wrangler dev --local + the page server with
// its strict CSP, scripts/demo-stack.mjs). Each kind of hostname is walked
// from typing to connected through the demo panel, plus change, remove,
// reload-resume and the list, at 1280 px and 390 px, light and dark, in
// several locales; every screen is checked by axe-core (0 violations) and
// the customer-text rules, and photographed to test-output/e2e/<walk>/.
// The walks run side by side in one browser (contexts are independent).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { launchBrowser } from '../helpers/browser.mjs';
import { processArgsContaining } from '../helpers/processes.mjs';
import { startStack, REPO } from '../../../scripts/demo-stack.mjs';
import { openPage, waitReady, screen, inEl, openId, waitPhase, focused } from './helpers.mjs';

const SHOTS = join(REPO, 'test-output', 'e2e');
mkdirSync(SHOTS, { recursive: true });
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

let stack;
let browser;

before(async () => {
  stack = await startStack({ log: process.env.E2E_VERBOSE ? (l) => console.log(l) : () => {} });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Goes from the list, if it is shown, to the form. */
async function toForm(page) {
  const add = inEl(page, '.list-view:not([hidden]) button.add');
  if (await add.count()) await add.click();
}

/** Types a name into the form (from the list if shown) and connects it. */
async function connect(page, name) {
  await toForm(page);
  await inEl(page, 'input#hostname').fill(name);
  await inEl(page, '.parsed').waitFor();
  await inEl(page, 'button[type=submit]').click();
  await inEl(page, '.host-view:not([hidden]) .strip .stages').waitFor({ timeout: 30_000 });
}

/** Presses the demo panel's "add all records due now" once it is ready. */
async function addAllDue(page) {
  const all = inEl(page, '.demo button.demo-all:not([disabled])');
  await all.waitFor({ timeout: 30_000 });
  await all.click();
}

/** Every request went to the page's origin, the API or the DoH resolver; the Cloudflare token never. */
function assertRequests(requests) {
  const allowed = new Set([new URL(stack.page.url).origin, new URL(stack.api.url).origin, new URL(stack.sim.url).origin]);
  for (const r of requests) {
    if (r.url.startsWith('blob:') || r.url.startsWith('data:')) continue;
    assert.ok(allowed.has(new URL(r.url).origin), `a request left the allowed origins: ${r.url}`);
    const all = `${r.url}\n${JSON.stringify(r.headers)}\n${r.body}`;
    assert.ok(!all.includes(stack.sim.token), `request to ${r.url} carries the Cloudflare API token`);
    if (new URL(r.url).origin !== new URL(stack.api.url).origin) {
      assert.ok(!all.includes(stack.token), `the session token went to ${r.url}`);
    }
  }
}

async function finish(session) {
  assert.deepEqual(await session.violations(), [], 'no Content-Security-Policy violation');
  assert.deepEqual(session.errors, [], 'no page error');
  assertRequests(session.requests);
  await session.context.close();
}

describe('walks', { concurrency: 3 }, () => {
  test('subdomain (1280 px, light, English): created, copied, connected; existing told apart; reload, list, new tab', { timeout: 180_000 }, async () => {
    const s = await openPage(browser, stack.pageUrl, { viewport: DESKTOP, lang: 'en', permissions: ['clipboard-read', 'clipboard-write'] });
    const { page } = s;
    const dir = 'subdomain-1280-light-en';
    const host = 'shop.customer-demo.io';
    assert.equal(await page.evaluate(() => location.hash), '', 'the session token is removed from the address bar');
    await inEl(page, 'input#hostname').fill(`https://${host}/cart`);
    await inEl(page, '.parsed').filter({ hasText: host }).waitFor();
    assert.ok(await inEl(page, '.feedback .warning').count() >= 1, 'the removed scheme and path are told');
    await screen(page, dir, '01-typed', { shots: SHOTS });

    await inEl(page, 'button[type=submit]').click();
    await inEl(page, '.records-panel .record').first().waitFor();
    assert.equal(await inEl(page, '.host-view .notice').getAttribute('data-kind'), 'created');
    // One card for the one record to add; one Copy per pasted value.
    const cards = inEl(page, '.records-panel ol.records > .record');
    assert.equal(await cards.count(), 1, 'one card: the CNAME');
    assert.equal(await cards.first().getAttribute('data-type'), 'CNAME');
    assert.equal(await cards.first().locator('button.copy').count(), 2, 'Copy for the name and the target only');
    assert.equal(await inEl(page, 'details.other').getAttribute('open'), null, 'the other records stay folded');
    assert.match(await focused(page), /^h3\|Add this record/, 'focus moves to the records');
    await cards.first().locator('button.copy').last().click();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'customers.saasprovider.com');
    const [download] = await Promise.all([page.waitForEvent('download'), inEl(page, '.exports button.download').click()]);
    assert.equal(download.suggestedFilename(), `${host}.zone`);
    assert.match(await readFile(await download.path(), 'utf8'), /IN CNAME customers\.saasprovider\.com\./);
    await screen(page, dir, '02-records', { shots: SHOTS });

    await addAllDue(page);
    await inEl(page, '.connected:not([hidden])').waitFor({ timeout: 60_000 });
    assert.equal(await inEl(page, '.records-panel').isHidden(), true, 'no "add these records" once connected');
    assert.equal(await inEl(page, '.demo button.demo-all').count(), 0, 'no "add all" once connected');
    assert.equal(await inEl(page, '.connected a.visit').getAttribute('href'), `https://${host}/`);
    assert.ok(await inEl(page, '.connected .record').count() >= 1, 'the records that must stay are listed');
    await screen(page, dir, '03-connected', { shots: SHOTS });

    // The same name again: "already in your account", not "created".
    await inEl(page, 'button.back').last().click();
    await inEl(page, '.list-view:not([hidden])').waitFor();
    await connect(page, host);
    assert.equal(await inEl(page, '.host-view .notice').getAttribute('data-kind'), 'existing');
    await screen(page, dir, '04-existing', { shots: SHOTS });

    // A reload comes back to the same name.
    const id = await openId(page);
    await page.reload();
    await waitReady(page);
    assert.equal(await openId(page), id, 'resumed after a reload');
    await inEl(page, '.connected:not([hidden])').waitFor();
    await screen(page, dir, '05-reloaded', { shots: SHOTS });

    // A new tab starts from the tenant's list.
    const tab = await s.context.newPage();
    await tab.goto(stack.pageUrl);
    await inEl(tab, '.list-view:not([hidden])').waitFor({ timeout: 30_000 });
    const row = inEl(tab, `.host-row[data-hostname="${host}"]`);
    await row.waitFor();
    assert.equal(await row.getAttribute('data-phase'), 'active');
    await screen(tab, dir, '06-new-tab-list', { shots: SHOTS });
    await row.locator('button').click();
    await inEl(tab, '.connected:not([hidden])').waitFor();
    await tab.close();
    await finish(s);
  });

  test('subdomain, keyboard only, provider detected (390 px, dark, German)', { timeout: 180_000 }, async () => {
    const host = 'kbd.do-demo.io';
    await stack.sim.admin.addDns('do-demo.io', 'NS', 'ns1.digitalocean.com');
    const s = await openPage(browser, stack.pageUrl, { viewport: PHONE, colorScheme: 'dark', lang: 'de' });
    const { page } = s;
    const dir = 'subdomain-390-dark-de';
    await toForm(page);
    let seen = '';
    await page.locator('body').focus();
    for (let i = 0; i < 20 && !seen.startsWith('input|'); i++) {
      await page.keyboard.press('Tab');
      seen = await focused(page);
    }
    assert.match(seen, /^input\|/, 'the field is reachable with Tab');
    assert.equal(await page.getByRole('textbox', { name: 'Ihre Domain oder Subdomain' }).count(), 1, 'the field has its German label');
    await page.keyboard.type(host);
    await screen(page, dir, '01-typed', { shots: SHOTS });
    await page.keyboard.press('Enter');
    await inEl(page, '.records-panel .record').first().waitFor();
    assert.match(await focused(page), /^h3\|Fügen Sie diesen Eintrag/);
    // The check reads the zone's name servers: DigitalOcean's form.
    await inEl(page, '.provider').filter({ hasText: 'DigitalOcean' }).waitFor({ timeout: 30_000 });
    assert.equal(await inEl(page, 'select#provider').inputValue(), 'digitalocean');
    const stuck = await page.evaluate(() => {
      const strip = document.querySelector('custom-hostname-onboarding').shadowRoot.querySelector('.strip');
      return getComputedStyle(strip).position;
    });
    assert.equal(stuck, 'sticky', 'the progress strip sticks to the top on phones');
    await screen(page, dir, '02-records', { shots: SHOTS });
    for (let i = 0; i < 120 && !(await focused(page)).startsWith('button|Add all'); i++) await page.keyboard.press('Tab');
    assert.match(await focused(page), /^button\|Add all/);
    await page.keyboard.press('Enter');
    await inEl(page, '.connected:not([hidden])').waitFor({ timeout: 60_000 });
    assert.match(await focused(page), /^h3\|kbd\.do-demo\.io ist verbunden/, 'focus moves to the result');
    await page.keyboard.press('Tab');
    assert.match(await focused(page), /^a\|kbd\.do-demo\.io besuchen/);
    await screen(page, dir, '03-connected', { shots: SHOTS });
    await finish(s);
  });

  test('apex with a detected provider (1280 px, dark, French)', { timeout: 180_000 }, async () => {
    const host = 'porkbun-demo.io';
    await stack.sim.admin.addDns(host, 'NS', 'curitiba.ns.porkbun.com');
    const s = await openPage(browser, stack.pageUrl, { viewport: DESKTOP, colorScheme: 'dark', lang: 'fr' });
    const { page } = s;
    const dir = 'apex-detected-1280-dark-fr';
    await connect(page, host);
    await inEl(page, '.provider').filter({ hasText: 'Porkbun' }).waitFor({ timeout: 30_000 });
    assert.equal(await inEl(page, '.apex-question').isHidden(), true, 'no question when the provider is known');
    const alias = inEl(page, '.records-panel ol.records > .record[data-type=ALIAS]');
    await alias.waitFor();
    assert.equal(await alias.getAttribute('data-when'), 'now');
    assert.match(await alias.locator('.record-title').textContent(), /ALIAS/, "Porkbun's ALIAS record at the top of the domain");
    await screen(page, dir, '01-records', { shots: SHOTS });
    await addAllDue(page);
    await inEl(page, '.connected:not([hidden])').waitFor({ timeout: 60_000 });
    await screen(page, dir, '02-connected', { shots: SHOTS });
    await finish(s);
  });

  test('apex without a detected provider: the page asks (390 px, light, English)', { timeout: 180_000 }, async () => {
    const host = 'apex-demo.io';
    const s = await openPage(browser, stack.pageUrl, { viewport: PHONE, lang: 'en' });
    const { page } = s;
    const dir = 'apex-asked-390-light-en';
    await connect(page, host);
    await inEl(page, '.check').first().waitFor({ timeout: 30_000 });
    await inEl(page, '.apex-question:not([hidden])').waitFor();
    // The generic form explains flattening in the customer's words.
    const generic = inEl(page, '.records-panel ol.records > .record[data-type=ALIAS]');
    assert.match(await generic.locator('.explanation').textContent(), /ALIAS, ANAME or flattened CNAME/);
    await screen(page, dir, '01-asked', { shots: SHOTS });
    await inEl(page, 'select#provider').selectOption('gandi');
    await inEl(page, '.provider').filter({ hasText: 'Gandi' }).waitFor();
    assert.equal(await inEl(page, '.apex-question').isHidden(), true);
    assert.equal(await inEl(page, 'select#provider').inputValue(), 'gandi', 'the choice stays');
    await screen(page, dir, '02-chosen', { shots: SHOTS });
    await addAllDue(page);
    await inEl(page, '.connected:not([hidden])').waitFor({ timeout: 60_000 });
    await screen(page, dir, '03-connected', { shots: SHOTS });
    await finish(s);
  });

  test('IDN: Unicode wherever a person reads it (390 px, dark, Japanese)', { timeout: 180_000 }, async () => {
    const host = 'shop.bücher-demo.de';
    const s = await openPage(browser, stack.pageUrl, { viewport: PHONE, colorScheme: 'dark', lang: 'ja' });
    const { page } = s;
    const dir = 'idn-390-dark-ja';
    const idn = { idn: true, shots: SHOTS };
    await toForm(page);
    await inEl(page, 'input#hostname').fill(host);
    await inEl(page, '.parsed').filter({ hasText: host }).waitFor();
    await screen(page, dir, '01-typed', idn);
    await inEl(page, 'button[type=submit]').click();
    await inEl(page, '.check').first().waitFor({ timeout: 30_000 });
    assert.equal(await inEl(page, '#host-title').textContent(), host);
    await screen(page, dir, '02-records', idn);
    await addAllDue(page);
    await inEl(page, '.connected:not([hidden])').waitFor({ timeout: 60_000 });
    await screen(page, dir, '03-connected', idn);
    await finish(s);
  });

  test('wildcard (1280 px, light, German)', { timeout: 180_000 }, async () => {
    const host = '*.wild-demo.io';
    const s = await openPage(browser, stack.pageUrl, { viewport: DESKTOP, lang: 'de' });
    const { page } = s;
    const dir = 'wildcard-1280-light-de';
    await toForm(page);
    await inEl(page, 'input#hostname').fill(host);
    await inEl(page, '.parsed').filter({ hasText: 'alle Namen unter wild-demo.io' }).waitFor();
    await screen(page, dir, '01-typed', { shots: SHOTS });
    await inEl(page, 'button[type=submit]').click();
    await inEl(page, '.records-panel .record').first().waitFor({ timeout: 30_000 });
    await screen(page, dir, '02-records', { shots: SHOTS });
    await addAllDue(page);
    await inEl(page, '.connected:not([hidden])').waitFor({ timeout: 60_000 });
    assert.equal(await inEl(page, '.connected a.visit').count(), 0, 'no link to a name with a star');
    await screen(page, dir, '03-connected', { shots: SHOTS });
    await finish(s);
  });

  test('a name already live elsewhere: validation first, the switch last (390 px, light, English)', { timeout: 180_000 }, async () => {
    const host = 'www.live-demo.io';
    await stack.sim.admin.addDns(host, 'A', '203.0.113.7');
    const s = await openPage(browser, stack.pageUrl, { viewport: PHONE, lang: 'en' });
    const { page } = s;
    const dir = 'live-elsewhere-390-light-en';
    await connect(page, host);
    await inEl(page, '.order[data-order=zero_downtime]').waitFor({ timeout: 30_000 });
    const last = inEl(page, '.records-panel ol.records > .record[data-when=after_validation]');
    await last.waitFor();
    assert.equal(await last.getAttribute('data-type'), 'CNAME');
    assert.equal(await inEl(page, '.records-panel ol.records > .record').last().getAttribute('data-when'), 'after_validation', 'the switch comes last');
    assert.equal(await inEl(page, 'details.other').getAttribute('open'), '', 'the found A record opens "other records"');
    await screen(page, dir, '01-zero-downtime', { shots: SHOTS });
    await addAllDue(page);
    // Validated while the old site still serves: then the switch.
    await page.waitForFunction(() => {
      const el = document.querySelector('custom-hostname-onboarding');
      return el.state?.data?.customHostname?.status === 'active' && el.state?.data?.customHostname?.ssl?.status === 'active';
    }, null, { timeout: 60_000 });
    await screen(page, dir, '02-validated-switch-now', { shots: SHOTS });
    await inEl(page, '.demo button.demo-delete[data-type=A]').click();
    await inEl(page, '.demo button.demo-delete[data-type=A]').filter({ hasText: 'Deleted' }).waitFor();
    await inEl(page, '.demo button[data-when=after_validation]').click();
    await inEl(page, '.connected:not([hidden])').waitFor({ timeout: 60_000 });
    await screen(page, dir, '03-connected', { shots: SHOTS });
    await finish(s);
  });

  test('change a mistyped name, then remove it, with confirmation (1280 px, dark, English)', { timeout: 180_000 }, async () => {
    const s = await openPage(browser, stack.pageUrl, { viewport: DESKTOP, colorScheme: 'dark', lang: 'en' });
    const { page } = s;
    const dir = 'change-remove-1280-dark-en';
    await connect(page, 'shpo.acme-widgets.com');
    const typoId = await openId(page);
    await inEl(page, 'button.change').click();
    await inEl(page, '.confirm:not([hidden])').waitFor();
    assert.match(await focused(page), /^button\|Cancel/, 'focus on the safe choice');
    await screen(page, dir, '01-confirm-change', { shots: SHOTS });
    await inEl(page, '.confirm button.confirm-yes').click();
    await inEl(page, '.form-view:not([hidden])').waitFor();
    const input = inEl(page, 'input#hostname');
    assert.equal(await input.inputValue(), 'shpo.acme-widgets.com', 'the old name to correct');
    assert.equal(await input.getAttribute('readonly'), null, 'editable');
    await screen(page, dir, '02-change-form', { shots: SHOTS });
    await input.fill('shop.acme-widgets.com');
    await inEl(page, 'button[type=submit]').click();
    await inEl(page, '.host-view:not([hidden]) .records-panel .record').first().waitFor();
    assert.equal(await inEl(page, '#host-title').textContent(), 'shop.acme-widgets.com');
    const gone = await fetch(`${stack.sim.apiBase}/zones/${stack.sim.zoneId}/custom_hostnames/${typoId}`, { headers: { authorization: `Bearer ${stack.sim.token}` } });
    assert.equal(gone.status, 404, 'the mistyped name was removed');
    await inEl(page, 'button.remove').click();
    await inEl(page, '.confirm:not([hidden])').waitFor();
    await screen(page, dir, '03-confirm-remove', { shots: SHOTS });
    await inEl(page, '.confirm button.confirm-yes').click();
    await page.waitForFunction(() => {
      const root = document.querySelector('custom-hostname-onboarding').shadowRoot;
      return [...root.querySelectorAll('.notice')].some((n) => !n.hidden && n.offsetParent !== null && /was removed/.test(n.textContent));
    });
    const rows = await inEl(page, '.host-row').evaluateAll((els) => els.map((e) => e.dataset.hostname));
    assert.ok(!rows.includes('shop.acme-widgets.com'), 'no longer listed');
    await screen(page, dir, '04-removed', { shots: SHOTS });
    await finish(s);
  });
});

test('errors in plain words, the code only in a data attribute (390 px, dark, German)', { timeout: 60_000 }, async () => {
  const s = await openPage(browser, stack.pageUrl, { viewport: PHONE, colorScheme: 'dark', lang: 'de' });
  const { page } = s;
  await toForm(page);
  await inEl(page, 'input#hostname').fill('shop..customer-demo.io');
  const error = inEl(page, '#hostname-feedback .error');
  await error.waitFor();
  const code = await error.getAttribute('data-code');
  assert.match(code, /^[a-z_]+$/);
  assert.ok(!(await error.textContent()).includes(code), 'no code shown');
  assert.equal(await inEl(page, 'input#hostname').getAttribute('aria-invalid'), 'true');
  await inEl(page, 'button[type=submit]').click();
  assert.equal(await inEl(page, '.host-view:not([hidden])').count(), 0, 'nothing created');
  await screen(page, 'errors-390-dark-de', '01-bad-name', { shots: SHOTS });
  // Valid for the library, refused by the Worker's policy.
  await inEl(page, 'input#hostname').fill('shop.saasprovider.com');
  await inEl(page, '.parsed').waitFor();
  await inEl(page, 'button[type=submit]').click();
  const refused = inEl(page, '#hostname-feedback .error[data-code=hostname_in_provider_zone]');
  await refused.waitFor();
  assert.equal(await refused.textContent(), 'Dieser Name gehört dem Dienst selbst und kann nicht verbunden werden.');
  await screen(page, 'errors-390-dark-de', '02-refused', { shots: SHOTS });
  await finish(s);
});

test('a hostile validation error from Cloudflare never becomes markup', { timeout: 90_000 }, async () => {
  const s = await openPage(browser, stack.pageUrl, { viewport: PHONE, colorScheme: 'dark' });
  const { page } = s;
  await connect(page, 'hostile.customer-demo.io');
  const id = await openId(page);
  const payload = '<img src=x onerror=window.__pwned=1>';
  await stack.sim.admin.forceStatus(id, { sslStatus: 'pending_validation', validationErrors: [payload] });
  await inEl(page, 'button.check-button').click();
  await page.waitForFunction(() => document.querySelector('custom-hostname-onboarding').state?.data?.customHostname?.ssl?.validation_errors?.length > 0, null, { timeout: 30_000 });
  await page.waitForTimeout(300);
  const verdict = await page.evaluate(() => {
    const root = document.querySelector('custom-hostname-onboarding').shadowRoot;
    return { pwned: window.__pwned, imgs: root.querySelectorAll('img').length, docImgs: document.querySelectorAll('img').length };
  });
  assert.deepEqual(verdict, { pwned: undefined, imgs: 0, docImgs: 0 });
  await screen(page, 'hostile-390-dark-en', '01-inert', { shots: SHOTS });
  await finish(s);
});

test('after a timeout the customer can ask for a new check', { timeout: 90_000 }, async () => {
  const s = await openPage(browser, stack.pageUrl, { viewport: DESKTOP });
  const { page } = s;
  await connect(page, 'late.customer-demo.io');
  const id = await openId(page);
  await stack.sim.admin.forceStatus(id, { sslStatus: 'validation_timed_out' });
  await inEl(page, 'button.check-button').click();
  const refresh = inEl(page, 'button.refresh-button:not([hidden])');
  await refresh.waitFor({ timeout: 30_000 });
  await waitPhase(page, 'timed_out');
  await screen(page, 'timed-out-1280-light-en', '01-timed-out', { shots: SHOTS });
  await refresh.click();
  await page.waitForFunction(() => document.querySelector('custom-hostname-onboarding').shadowRoot.querySelector('.onboarding').dataset.phase !== 'timed_out', null, { timeout: 30_000 });
  const res = await fetch(`${stack.sim.apiBase}/zones/${stack.sim.zoneId}/custom_hostnames/${id}`, { headers: { authorization: `Bearer ${stack.sim.token}` } });
  assert.notEqual((await res.json()).result?.ssl?.status, 'validation_timed_out', 'the refresh reached Cloudflare');
  await finish(s);
});

test('connected while the demo panel was still loading: the panel stays away', { timeout: 90_000 }, async () => {
  const s = await openPage(browser, stack.pageUrl, { viewport: DESKTOP, lang: 'en' });
  const { page } = s;
  // The demo panel's module is held back until the name is connected.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/www/lib/demo-panel.js', async (route) => { await held; await route.continue(); });
  await connect(page, 'slow-panel.customer-demo.io');
  // The customer adds the records elsewhere (what the panel would add).
  const records = await page.evaluate(() => document.querySelector('custom-hostname-onboarding').state.instructions.records
    .filter((r) => ['now', 'optional', 'after_validation', 'keep'].includes(r.when) && r.purpose !== 'remove' && r.purpose !== 'caa'
      && !['CAA', 'HTTP', 'EMAIL'].includes(r.type) && r.value)
    .map((r) => [r.fqdn, r.type, r.value]));
  for (const [name, type, value] of records) await stack.sim.admin.addDns(name, type, value);
  await inEl(page, '.connected:not([hidden])').waitFor({ timeout: 60_000 });
  release();
  // The same module the element imports: loaded, and its pending renders resumed.
  await page.evaluate(() => import('/www/lib/demo-panel.js'));
  await page.waitForTimeout(300);
  assert.equal(await inEl(page, '.demo').count(), 0, 'no demo panel once connected');
  assert.equal(await inEl(page, '.connected').isHidden(), false);
  await finish(s);
});

test('the session token never leaves the API origin: a foreign #api= or ?api= gets nothing', { timeout: 60_000 }, async () => {
  const caught = [];
  const trap = createServer((req, res) => {
    caught.push(`${req.method} ${req.url} ${JSON.stringify(req.headers)}`);
    res.writeHead(200, { 'access-control-allow-origin': '*', 'content-type': 'application/json' }).end('{"demo":true}');
  });
  await new Promise((r) => trap.listen(0, '127.0.0.1', r));
  const evil = `http://127.0.0.1:${trap.address().port}`;
  try {
    // Both in the fragment and in the query: /www/?api=<evil>#<session>&api=<evil>.
    const api = `api=${encodeURIComponent(evil)}`;
    const { page, context, requests } = await openPage(browser, `${stack.pageUrl}&${api}`, { query: api });
    await connect(page, 'trap.customer-demo.io');
    assert.deepEqual(caught, [], 'the foreign server got no request');
    assert.ok(!requests.some((r) => r.url.startsWith(evil)), 'the page sent nothing to the foreign origin');
    assert.ok(requests.some((r) => r.url.startsWith(stack.api.url)), 'it talks to the API fixed by the page');
    await context.close();
  } finally {
    await new Promise((r) => trap.close(r));
  }
});

test('the demo page carries the documented CSP; secrets are not on any command line', async () => {
  const res = await fetch(`${stack.page.url}/www/`);
  const csp = res.headers.get('content-security-policy');
  for (const directive of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", `connect-src 'self' ${stack.api.url} ${stack.sim.url}`]) {
    assert.ok(csp.includes(directive), `CSP has ${directive}: ${csp}`);
  }
  const readme = await readFile(join(REPO, 'www', 'README.md'), 'utf8');
  assert.ok(readme.includes("script-src 'self' 'wasm-unsafe-eval'"), 'the policy is documented for embedders');
  const html = await res.text();
  assert.ok(html.includes(`content="${stack.api.url}"`), 'the API origin is written into the page');
  // No process of this machine shows the session secret or the API token as an argument.
  assert.deepEqual(await processArgsContaining([stack.secret]), [], 'a process shows the session secret');
  assert.deepEqual(await processArgsContaining([/CF_API_TOKEN=|SESSION_SECRET=/]), [], 'a process passes a secret as an argument');
});

test('page weight (brotli) and time to interactive, printed', { timeout: 60_000 }, async () => {
  // A cold load in a fresh context: every response's body, compressed with
  // brotli as a server would send it.
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  const bodies = [];
  page.on('response', async (r) => {
    if (r.request().method() === 'OPTIONS' || r.status() === 204) return;
    try { bodies.push({ url: r.url(), body: await r.body() }); } catch { /* no body */ }
  });
  const started = Date.now();
  await page.goto(stack.pageUrl);
  const tti = await page.waitForFunction(() => performance.getEntriesByName('onboarding-interactive')[0]?.startTime, null, { timeout: 30_000 }).then((h) => h.jsonValue());
  const wall = Date.now() - started;
  await page.waitForTimeout(300);
  const items = bodies.map(({ url, body }) => ({
    path: new URL(url).pathname, raw: body.length,
    brotli: brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length,
  }));
  const total = items.reduce((a, b) => ({ raw: a.raw + b.raw, brotli: a.brotli + b.brotli }), { raw: 0, brotli: 0 });
  const report = { at: new Date().toISOString(), timeToInteractiveMs: Math.round(tti), wallMs: wall, total, items };
  writeFileSync(join(SHOTS, 'page-metrics.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`page: ${items.length} responses, ${(total.raw / 1024).toFixed(1)} KiB raw, ${(total.brotli / 1024).toFixed(1)} KiB brotli; time to interactive ${Math.round(tti)} ms (first Worker answer included)`);
  assert.ok(items.some((i) => i.path.endsWith('.wasm')), 'the module was loaded');
  await context.close();
});
