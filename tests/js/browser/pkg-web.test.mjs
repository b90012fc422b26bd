// The package's web build, loaded by a plain <script type="module"> page
// (no bundler) in headless Chromium, passes the same checks as Node.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStaticServer } from '../helpers/static-server.mjs';
import { launchBrowser } from '../helpers/browser.mjs';
import { checks } from '../pkg-checks.mjs';

let server;
let browser;
let results;
const consoleErrors = [];

before(async () => {
  server = await startStaticServer();
  browser = await launchBrowser();
  const page = await browser.newPage();
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.goto(`${server.url}/tests/js/browser/pkg-web.html`);
  await page.waitForFunction(() => Array.isArray(window.__results), null, { timeout: 20000 });
  results = await page.evaluate(() => window.__results);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the page loaded without uncaught errors', () => {
  assert.deepEqual(consoleErrors, []);
});

for (const name of Object.keys(checks)) {
  test(`chromium web build: ${name}`, () => {
    const r = results.find((x) => x.name === name);
    assert.ok(r, 'check ran in the page');
    assert.ok(r.ok, r.error);
  });
}
