// End-to-end: the onboarding page in Debian's Chromium against the demo stack
// (cf-sim + the real Worker under wrangler dev --local, see
// scripts/demo-stack.mjs).
// Screenshots of each step go to test-output/e2e/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../helpers/browser.mjs';
import { createRequire } from 'node:module';
import { startStack, REPO } from '../../../scripts/demo-stack.mjs';

const nodeLib = createRequire(import.meta.url)('../../../pkg/node/custom_hostnames.js');

const SHOTS = join(REPO, 'test-output', 'e2e');
mkdirSync(SHOTS, { recursive: true });

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

/** A page on the demo URL; records every request for the token audit. */
async function openPage({ colorScheme = 'light', viewport = { width: 1000, height: 900 } } = {}) {
  const context = await browser.newContext({ colorScheme, viewport });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push({ url: r.url(), headers: r.headers(), body: r.postData() ?? '' }));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(stack.pageUrl);
  await page.locator('custom-hostname-onboarding button[type=submit]:not([disabled])').waitFor({ timeout: 20_000 });
  return { page, context, requests, errors };
}

const shot = (page, name) => page.screenshot({ path: join(SHOTS, name), fullPage: true });

/** The deepest focused element's description (through shadow roots). */
const focused = (page) => page.evaluate(() => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a ? `${a.tagName.toLowerCase()}|${a.textContent?.trim() ?? ''}|${a.id ?? ''}` : '';
});

function assertNoApiToken(requests) {
  assert.ok(requests.length > 0);
  for (const r of requests) {
    const all = `${r.url}\n${JSON.stringify(r.headers)}\n${r.body}`;
    assert.ok(!all.includes(stack.sim.token), `request to ${r.url} carries the Cloudflare API token`);
  }
}

test('a customer goes from hostname to active, record by record', { timeout: 120_000 }, async () => {
  const { page, context, requests, errors } = await openPage();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stack.page.url });
  await page.evaluate(() => {
    window.__events = [];
    for (const name of ['hostname-created', 'hostname-phase', 'hostname-active']) {
      document.querySelector('custom-hostname-onboarding').addEventListener(name, (e) => {
        window.__events.push(name);
        if (name === 'hostname-created') window.__createdId = e.detail.customHostname.id;
      });
    }
  });
  const host = 'shop.customer-demo.io';
  assert.equal(await page.evaluate(() => location.hash), '', 'the session token is removed from the address bar');
  // The customer's zone is hosted at DigitalOcean: the browser's DNS check
  // reads its name servers and the records are shown in DigitalOcean's terms.
  await stack.sim.admin.addDns('customer-demo.io', 'NS', 'ns1.digitalocean.com');
  const input = page.locator('custom-hostname-onboarding input#hostname');
  await input.fill(`https://${host}/cart`);
  await page.locator('custom-hostname-onboarding .feedback code.ascii').filter({ hasText: host }).waitFor();
  const warnings = await page.locator('custom-hostname-onboarding .feedback .warning').count();
  assert.ok(warnings >= 1, 'the scheme and path removal is reported as a warning');
  await shot(page, '01-validated.png');

  await page.locator('custom-hostname-onboarding button[type=submit]').click();
  const records = page.locator('custom-hostname-onboarding .records .record');
  await records.first().waitFor();
  assert.ok(await records.count() >= 1);
  const firstName = await records.first().locator('code.value').nth(1).textContent();
  assert.ok(firstName.length > 0);
  await shot(page, '02-records.png');

  // Take the records elsewhere: zone file, text on the clipboard, mailto.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('custom-hostname-onboarding .exports button', { hasText: 'Download zone file' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), `${host}.zone`);
  const zone = await (await import('node:fs/promises')).readFile(await download.path(), 'utf8');
  assert.match(zone, /IN CNAME customers\.saasprovider\.com\./);
  await page.locator('custom-hostname-onboarding .exports button', { hasText: 'Copy all as text' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.includes('customers.saasprovider.com') && copied.includes(host), 'the text instructions are on the clipboard');
  const mailto = await page.locator('custom-hostname-onboarding .exports a').getAttribute('href');
  assert.equal(new URL(mailto).searchParams.get('body'), copied);

  // Play the DNS provider: one record by hand, then "add all".
  const demo = page.locator('custom-hostname-onboarding .demo');
  await demo.waitFor();
  await demo.locator('.demo-records button').first().click();
  await demo.locator('.demo-records button[data-added]').first().waitFor();
  await shot(page, '03-first-record-added.png');
  await demo.locator('button.primary').click();

  // The live DNS check turns green record by record.
  await page.locator('custom-hostname-onboarding .check.status-ok').first().waitFor({ timeout: 30_000 });
  await page.locator('custom-hostname-onboarding .provider', { hasText: 'DigitalOcean' }).waitFor({ timeout: 20_000 });
  // The provider's field names as the library gives them for DigitalOcean
  // (its own names once confirmed, generic ones while unconfirmed: data/dns-providers.json).
  const labels = await page.locator('custom-hostname-onboarding .record[data-type=CNAME] dt').allTextContents();
  const expected = nodeLib
    .dnsInstructions({ hostname: host, cnameTarget: 'customers.saasprovider.com', provider: 'digitalocean' })
    .records.find((r) => r.type === 'CNAME').display.fieldLabels;
  assert.ok(labels.includes(expected.name) && labels.includes(expected.cnameValue ?? expected.value), `DigitalOcean's field names: ${labels}`);
  await shot(page, '04-dns-check.png');

  // The timeline reaches active; the live link appears.
  await page.locator('custom-hostname-onboarding .live a').waitFor({ timeout: 60_000 });
  const phase = await page.locator('custom-hostname-onboarding .phase').getAttribute('data-phase');
  assert.equal(phase, 'active');
  assert.equal(await page.locator('custom-hostname-onboarding .live a').getAttribute('href'), `https://${host}/`);
  const checks = await page.locator('custom-hostname-onboarding .check').evaluateAll((els) => els.map((e) => e.dataset.status));
  assert.ok(checks.length > 0 && checks.includes('ok'), `checks: ${checks}`);
  await shot(page, '05-active.png');
  const events = await page.evaluate(() => window.__events);
  assert.equal(events[0], 'hostname-created');
  assert.ok(events.includes('hostname-phase') && events.at(-1) === 'hostname-active', `events: ${events}`);

  // A second element resumes the same hostname by id (e.g. after a reload).
  const resumed = await page.evaluate(async () => {
    const old = document.querySelector('custom-hostname-onboarding');
    const el = document.createElement('custom-hostname-onboarding');
    Object.assign(el, { library: old.library, token: old.token, apiBase: old.apiBase });
    el.setAttribute('hostname-id', window.__createdId);
    document.body.append(el);
    for (let i = 0; i < 100; i++) {
      const phase = el.shadowRoot.querySelector('.phase')?.dataset.phase;
      if (phase) return { phase, input: el.shadowRoot.querySelector('input').value };
      await new Promise((r) => setTimeout(r, 100));
    }
    return null;
  });
  assert.deepEqual(resumed, { phase: 'active', input: host });

  assertNoApiToken(requests);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a bad hostname shows the error inline with its code', { timeout: 30_000 }, async () => {
  const { page, context } = await openPage({ colorScheme: 'dark', viewport: { width: 390, height: 844 } });
  await page.locator('custom-hostname-onboarding input#hostname').fill('shop..customer-demo.io');
  const error = page.locator('custom-hostname-onboarding .feedback .error');
  await error.waitFor();
  const code = await error.getAttribute('data-code');
  assert.match(code, /^[a-z_]+$/);
  assert.ok((await error.textContent()).includes(code));
  assert.equal(await page.locator('custom-hostname-onboarding input#hostname').getAttribute('aria-invalid'), 'true');
  // Submitting anyway keeps the customer on the field, creates nothing.
  await page.locator('custom-hostname-onboarding button[type=submit]').click();
  assert.equal(await page.locator('custom-hostname-onboarding .records').count(), 0);
  await shot(page, '06-bad-hostname-phone-dark.png');
  // Valid for the library, refused by the Worker's policy: shown inline too.
  await page.locator('custom-hostname-onboarding input#hostname').fill('shop.saasprovider.com');
  await page.locator('custom-hostname-onboarding .feedback code.ascii').waitFor();
  await page.locator('custom-hostname-onboarding button[type=submit]').click();
  const refused = page.locator('custom-hostname-onboarding .feedback .error');
  await refused.waitFor();
  const serverCode = await refused.getAttribute('data-code');
  assert.match(serverCode, /^[a-z_]+$/);
  assert.ok((await refused.textContent()).startsWith(serverCode));
  await shot(page, '06b-refused-by-worker-phone-dark.png');
  await context.close();
});

test('a hostile validation error from Cloudflare renders as inert text', { timeout: 60_000 }, async () => {
  const { page, context } = await openPage({ colorScheme: 'dark', viewport: { width: 390, height: 844 } });
  const created = page.evaluate(() => new Promise((r) => document.querySelector('custom-hostname-onboarding')
    .addEventListener('hostname-created', (e) => r(e.detail.customHostname.id), { once: true })));
  await page.locator('custom-hostname-onboarding input#hostname').fill('hostile.customer-demo.io');
  await page.locator('custom-hostname-onboarding button[type=submit]').click();
  const id = await created;
  const payload = '<img src=x onerror=window.__pwned=1>';
  await stack.sim.admin.forceStatus(id, { sslStatus: 'pending_validation', validationErrors: [payload] });
  await page.locator('custom-hostname-onboarding button.check-button').click();
  await page.locator('custom-hostname-onboarding .timeline').filter({ hasText: payload }).waitFor({ timeout: 30_000 });
  await page.waitForTimeout(300);
  const verdict = await page.evaluate(() => {
    const root = document.querySelector('custom-hostname-onboarding').shadowRoot;
    return { pwned: window.__pwned, imgs: root.querySelectorAll('img').length, docImgs: document.querySelectorAll('img').length };
  });
  assert.deepEqual(verdict, { pwned: undefined, imgs: 0, docImgs: 0 });
  await shot(page, '07-hostile-error-inert-phone-dark.png');
  await page.locator('custom-hostname-onboarding .record[data-type=CNAME]').first().screenshot({ path: join(SHOTS, '07b-record-card-phone-dark.png') });
  await page.locator('custom-hostname-onboarding .timeline-panel, custom-hostname-onboarding section.panel').last().screenshot({ path: join(SHOTS, '07c-timeline-phone-dark.png') });
  await context.close();
});

test('keyboard only: Tab and Enter take the customer to active', { timeout: 120_000 }, async () => {
  const { page, context, requests } = await openPage();
  // Tab to the hostname field.
  let seen = '';
  for (let i = 0; i < 10 && !seen.startsWith('input|'); i++) {
    await page.keyboard.press('Tab');
    seen = await focused(page);
  }
  assert.match(seen, /^input\|/, 'the hostname field is reachable with Tab');
  assert.equal(await page.getByRole('textbox', { name: 'Your domain or subdomain' }).count(), 1, 'the field has its label');
  const outline = await page.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    const s = getComputedStyle(a);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  assert.ok(outline.style !== 'none' && outline.width >= 2, `visible focus: ${JSON.stringify(outline)}`);
  assert.equal(await page.getByRole('status').count(), 1, 'one polite live region for announcements');
  await page.keyboard.type('kbd.customer-demo.io');
  await page.keyboard.press('Enter');
  await page.locator('custom-hostname-onboarding .records .record').first().waitFor();
  assert.match(await focused(page), /^h3\|Add these DNS records/, 'focus moves to the records');
  await page.locator('custom-hostname-onboarding .demo button.primary').waitFor();
  // Tab forward to "Add all records" and press Enter.
  for (let i = 0; i < 80 && !(await focused(page)).startsWith('button|Add all records'); i++) {
    await page.keyboard.press('Tab');
  }
  assert.match(await focused(page), /^button\|Add all records/);
  await shot(page, '08-keyboard-focus.png');
  await page.keyboard.press('Enter');
  await page.locator('custom-hostname-onboarding .live a').waitFor({ timeout: 60_000 });
  assert.match(await focused(page), /^h3\|Your site is live/, 'focus moves to the result');
  await page.keyboard.press('Tab');
  assert.match(await focused(page), /^a\|kbd\.customer-demo\.io/);
  await shot(page, '09-keyboard-active.png');
  assertNoApiToken(requests);
  await context.close();
});

test('after a timeout the customer can ask for a re-check (refresh)', { timeout: 60_000 }, async () => {
  const { page, context } = await openPage();
  const created = page.evaluate(() => new Promise((r) => document.querySelector('custom-hostname-onboarding')
    .addEventListener('hostname-created', (e) => r(e.detail.customHostname.id), { once: true })));
  await page.locator('custom-hostname-onboarding input#hostname').fill('late.customer-demo.io');
  await page.locator('custom-hostname-onboarding button[type=submit]').click();
  const id = await created;
  await stack.sim.admin.forceStatus(id, { sslStatus: 'validation_timed_out' });
  await page.locator('custom-hostname-onboarding button.check-button').click();
  const refresh = page.locator('custom-hostname-onboarding button.refresh-button');
  await refresh.waitFor({ timeout: 20_000 });
  assert.equal(await page.locator('custom-hostname-onboarding .phase').getAttribute('data-phase'), 'timed_out');
  await shot(page, '10-timed-out.png');
  await refresh.click();
  await page.locator('custom-hostname-onboarding .phase:not([data-phase=timed_out])').waitFor({ timeout: 20_000 });
  // Read Cloudflare's (the simulator's) object directly, from the test side.
  const res = await fetch(`${stack.sim.apiBase}/zones/${stack.sim.zoneId}/custom_hostnames/${id}`, { headers: { authorization: `Bearer ${stack.sim.token}` } });
  const ssl = (await res.json()).result?.ssl?.status;
  assert.notEqual(ssl, 'validation_timed_out', 'the refresh reached Cloudflare');
  await context.close();
});
