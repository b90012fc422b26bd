// Helpers of the page's e2e suite: a browser context on the demo page with
// its requests, errors and CSP violations recorded; `screen()` runs axe-core
// (0 violations of any impact, or the test fails), checks the visible text
// with the customer-text rules (and IDN names in Unicode), and writes a
// screenshot to test-output/e2e/.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { customerTextProblem } from '../helpers/customer-text.mjs';

const require = createRequire(import.meta.url);
/** axe-core's browser build (pinned dev dependency), injected into each page. */
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The element, by CSS inside its shadow root (Playwright pierces open shadow roots). */
export const inEl = (page, css) => page.locator(`custom-hostname-onboarding ${css}`);

/**
 * Opens the demo page in a new context. Returns { page, context, requests,
 * errors, violations() }. `query`: extra search parameters (lang...).
 */
export async function openPage(browser, url, { viewport = { width: 1280, height: 900 }, colorScheme = 'light', lang, query = '', permissions = [] } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, acceptDownloads: true });
  const page = await context.newPage();
  if (permissions.length) await context.grantPermissions(permissions, { origin: new URL(url).origin });
  const requests = [];
  page.on('request', (r) => requests.push({ url: r.url(), headers: r.headers(), body: r.postData() ?? '' }));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // CSP violations are reported as DOM events: collect them from the start.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const search = [lang ? `lang=${encodeURIComponent(lang)}` : '', query].filter(Boolean).join('&');
  await page.goto(search ? url.replace('/www/#', `/www/?${search}#`) : url);
  await waitReady(page);
  return {
    page, context, requests, errors,
    violations: () => page.evaluate(() => window.__cspViolations),
  };
}

/** Waits until the demo page marks the element interactive (after its first view). */
export async function waitReady(page) {
  await page.waitForFunction(() => performance.getEntriesByName('onboarding-interactive').length > 0, null, { timeout: 30_000 });
}

/** Runs axe-core on the whole page (the component's shadow DOM included). */
export async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    // Evaluated through the DevTools protocol: not an inline script, so the
    // page's CSP stays as it is.
    await page.evaluate(AXE_SOURCE);
  }
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => `${n.target.join(' > ')}: ${n.failureSummary}`).slice(0, 5) }));
  });
}

/** The visible text of the component, and the values shown in paste fields. */
export async function visibleText(page) {
  return page.evaluate(() => {
    const root = document.querySelector('custom-hostname-onboarding').shadowRoot.querySelector('.onboarding');
    const values = [...root.querySelectorAll('code.value')].filter((c) => c.offsetParent !== null).map((c) => c.textContent);
    return { text: root.innerText, values };
  });
}

/**
 * One screen of a walk: axe (0 violations), the text rules, Unicode names
 * (`idn`: the ASCII form that must not be read outside paste fields), and a
 * screenshot `test-output/e2e/<dir>/<name>.png`.
 */
export async function screen(page, dir, name, { idn, shots }) {
  const violations = await axe(page);
  assert.deepEqual(violations, [], `${dir}/${name}: axe-core violations:\n${JSON.stringify(violations, null, 2)}`);
  const { text, values } = await visibleText(page);
  for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const problem = customerTextProblem(line, values);
    assert.equal(problem, null, `${dir}/${name}: ${problem} in visible text ${JSON.stringify(line)}`);
  }
  if (idn) {
    let masked = text;
    for (const v of values) masked = masked.split(v).join('');
    assert.ok(!masked.includes('xn--'), `${dir}/${name}: an IDN name is shown in punycode outside paste fields:\n${masked}`);
  }
  const path = join(shots, dir, `${name}.png`);
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage: true });
}

/** The id of the open hostname, as the element says. */
export const openId = (page) => page.evaluate(() => document.querySelector('custom-hostname-onboarding').state?.data?.customHostname?.id);

/** Waits until the element shows `phase` (data-phase on its root). */
export async function waitPhase(page, phases, timeout = 60_000) {
  const list = [].concat(phases);
  await page.waitForFunction((l) => l.includes(document.querySelector('custom-hostname-onboarding')?.shadowRoot?.querySelector('.onboarding')?.dataset.phase), list, { timeout });
}

/** The deepest focused element (through shadow roots): "tag|text". */
export const focused = (page) => page.evaluate(() => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a ? `${a.tagName.toLowerCase()}|${a.textContent?.trim() ?? ''}` : '';
});
