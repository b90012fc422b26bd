// <custom-hostname-onboarding api-base="..." token="...">: the customer's
// onboarding flow for a custom hostname (Cloudflare for SaaS), framework-free.
// Type a hostname (validated instantly by the Wasm core), create it through
// the Worker's API, see the DNS records in the provider's own terms, watch a
// live DNS check from the browser (DoH), and a timeline of the hostname and
// certificate tracks until the site is live.
//
// Attributes / properties: api-base (apiBase), token, library-url (or the
// `library` property: the package module, already imported), poll-min /
// poll-max (seconds), hostname-id (resume an existing hostname).
// Events (bubbling, composed): hostname-validated, hostname-created,
// hostname-phase, hostname-active, hostname-error.
// Styling: --cho-* custom properties and parts (see lib/styles.js).
import { h, replace } from './lib/dom.js';
import { OnboardingApi } from './lib/api.js';
import { Poller, nextPollSeconds, shouldStopPolling } from './lib/poll.js';
import { renderRecords, providerNote } from './lib/records.js';
import { renderDnsCheck } from './lib/dns-check.js';
import { renderTimeline, PHASE_LABEL } from './lib/timeline.js';
import { renderExports } from './lib/exports.js';
import { STYLES } from './lib/styles.js';

const DEFAULT_LIBRARY = new URL('../pkg/index.browser.js', import.meta.url).href;

export class CustomHostnameOnboarding extends HTMLElement {
  static observedAttributes = ['api-base', 'token', 'hostname-id'];

  #library = null;
  #config = null;
  #state = null; // { customHostname, assessment, instructions }
  #observation = null;
  #history = [];
  #poller = new Poller();
  #recordsKey = '';
  #activeFired = false;
  #el = {};
  #ready = null;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }

  get apiBase() { return this.getAttribute('api-base') ?? ''; }
  set apiBase(v) { this.setAttribute('api-base', v ?? ''); }
  get token() { return this._token ?? this.getAttribute('token') ?? ''; }
  /** Set the token as a property to keep it out of the DOM attributes. */
  set token(v) { this._token = v ?? ''; }
  get library() { return this.#library; }
  set library(mod) { this.#library = mod; }
  get state() { return this.#state; }
  get config() { return this.#config; }

  get #api() { return new OnboardingApi(this.apiBase, this.token); }
  get #pollMin() { return Number(this.getAttribute('poll-min') ?? 2); }
  get #pollMax() { return Number(this.getAttribute('poll-max') ?? 60); }

  connectedCallback() {
    if (!this.#el.root) this.#build();
    this.#ready ??= this.#start();
  }

  disconnectedCallback() { this.#poller.stop(); }

  attributeChangedCallback(name, oldValue, newValue) {
    if (name === 'hostname-id' && newValue && newValue !== oldValue && this.#ready) {
      this.#ready.then(() => this.resume(newValue));
    }
  }

  /** Loads the Wasm library and the Worker's config; resumes hostname-id if set. */
  async #start() {
    try {
      this.#library ??= await import(this.getAttribute('library-url') ?? DEFAULT_LIBRARY);
    } catch (e) {
      this.#fatal('library_load_failed', `The validation library could not be loaded: ${e.message}`);
      return;
    }
    try {
      this.#config = await this.#api.config();
    } catch (e) {
      this.#fatal(e.code ?? 'config_failed', e.message);
      return;
    }
    this.#el.submit.disabled = false;
    this.#validate();
    const id = this.getAttribute('hostname-id');
    if (id) await this.resume(id);
  }

  // ---- skeleton -----------------------------------------------------------

  #build() {
    const el = this.#el;
    el.status = h('p', { class: 'visually-hidden', part: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
    el.input = h('input', {
      type: 'text', id: 'hostname', name: 'hostname', part: 'input', autocomplete: 'off', spellcheck: false,
      attrs: { 'aria-describedby': 'hostname-hint hostname-feedback', inputmode: 'url', autocapitalize: 'off', placeholder: 'shop.example.com' },
    });
    el.feedback = h('div', { id: 'hostname-feedback', class: 'feedback', part: 'feedback', attrs: { 'aria-live': 'polite' } });
    el.submit = h('button', { type: 'submit', part: 'button submit', text: 'Connect domain', disabled: true });
    el.form = h('form', { part: 'form', attrs: { novalidate: '' } },
      h('label', { htmlFor: 'hostname', text: 'Your domain or subdomain' }),
      h('p', { id: 'hostname-hint', class: 'hint', text: 'For example shop.example.com. Pasting a full URL is fine.' }),
      h('div', { class: 'row' }, el.input, el.submit),
      el.feedback);
    el.input.addEventListener('input', () => this.#validate());
    el.form.addEventListener('submit', (ev) => { ev.preventDefault(); this.#create(); });

    el.recordsTitle = h('h3', { tabIndex: -1, text: 'Add these DNS records' });
    el.records = h('div');
    el.recordsPanel = h('section', { class: 'panel', part: 'panel records-panel', hidden: true }, el.recordsTitle, el.records);
    el.demo = h('div', { hidden: true });

    el.checkButton = h('button', { type: 'button', class: 'check-button', part: 'button check-button', text: 'Check my DNS now' });
    el.checkButton.addEventListener('click', () => this.checkNow());
    el.check = h('div', { attrs: { 'aria-live': 'polite' } });
    el.checkPanel = h('section', { class: 'panel', part: 'panel dns-panel', hidden: true },
      h('h3', { text: 'Live DNS check' }),
      h('p', { class: 'hint', text: 'Your browser looks the records up in the public DNS. Changes can take a few minutes to show.' }),
      el.check, el.checkButton);

    el.timeline = h('div');
    el.refresh = h('button', { type: 'button', class: 'refresh-button', part: 'button refresh-button', hidden: true, text: 'Ask Cloudflare to check again now' });
    el.refresh.addEventListener('click', () => this.refresh());
    el.progressPanel = h('section', { class: 'panel', part: 'panel timeline-panel', hidden: true },
      h('h3', { text: 'Progress' }), el.timeline, el.refresh);

    el.liveTitle = h('h3', { tabIndex: -1, text: 'Your site is live' });
    el.live = h('section', { class: 'panel live', part: 'panel live-panel', hidden: true }, el.liveTitle, h('p'));

    el.root = h('div', { class: 'onboarding', part: 'container' },
      el.status, el.form, el.live, el.recordsPanel, el.demo, el.checkPanel, el.progressPanel);
    const style = document.createElement('style');
    style.textContent = STYLES;
    this.shadowRoot.replaceChildren(style, el.root);
  }

  /** Announces a message to screen readers (polite live region). */
  announce(message) {
    this.#el.status.textContent = '';
    // A fresh text node per message so repeated messages are read again.
    setTimeout(() => { this.#el.status.textContent = message; }, 30);
  }

  #emit(name, detail) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  #fatal(code, message) {
    replace(this.#el.feedback, h('p', { class: 'error', part: 'error', attrs: { 'data-code': code } },
      h('strong', { text: `${code}: ` }), message));
    this.#emit('hostname-error', { code, message });
  }

  // ---- 1. instant validation ---------------------------------------------

  /** Validates the input with the Wasm core; returns the parsed info or null. */
  #validate() {
    const { input, feedback } = this.#el;
    const value = input.value;
    if (!this.#library || value.trim() === '') {
      input.removeAttribute('aria-invalid');
      replace(feedback);
      return null;
    }
    try {
      const info = this.#library.parseHostname(value);
      input.setAttribute('aria-invalid', 'false');
      replace(feedback,
        h('dl', { part: 'parsed' },
          h('dt', { text: 'Hostname' }), h('dd', {}, h('code', { class: 'ascii', text: info.ascii })),
          info.unicode !== info.ascii ? [h('dt', { text: 'Displayed as' }), h('dd', {}, h('code', { class: 'unicode', text: info.unicode }))] : null,
          h('dt', { text: 'Domain' }), h('dd', { text: info.registrableDomain ?? '' }),
          h('dt', { text: 'Kind' }), h('dd', { text: info.isWildcard ? 'Wildcard' : info.isApex ? 'Apex (root) domain' : `Subdomain (${info.subdomain})` })),
        info.warnings?.length ? h('ul', { class: 'warnings' }, info.warnings.map((w) => h('li', { class: 'warning', attrs: { 'data-code': w.code } }, w.message))) : null);
      this.#emit('hostname-validated', { info });
      return info;
    } catch (e) {
      input.setAttribute('aria-invalid', 'true');
      replace(feedback, h('p', { class: 'error', part: 'error', attrs: { 'data-code': e.code ?? 'invalid' } },
        h('strong', { text: e.code ?? 'invalid' }), ': ', e.message ?? String(e)));
      return null;
    }
  }

  // ---- 2. create -----------------------------------------------------------

  async #create() {
    const info = this.#validate();
    if (!info) {
      this.#el.input.focus();
      this.announce('Please correct the hostname');
      return;
    }
    this.#el.submit.disabled = true;
    this.announce(`Creating ${info.unicode}…`);
    try {
      const data = await this.#api.create(info.ascii);
      this.#el.input.readOnly = true;
      this.#el.submit.hidden = true;
      this.#emit('hostname-created', data);
      this.#show(data);
      this.#el.recordsTitle.focus();
      this.announce(`${info.unicode} created. Add the DNS records below.`);
      this.#startPolling();
    } catch (e) {
      this.#el.submit.disabled = false;
      if (e.status >= 400 && e.status < 500) this.#el.input.setAttribute('aria-invalid', 'true');
      replace(this.#el.feedback, h('p', { class: 'error', part: 'error', attrs: { 'data-code': e.code } },
        h('strong', { text: e.code }), ': ', e.message));
      this.#el.input.focus();
      this.announce(`Could not create: ${e.message}`);
      this.#emit('hostname-error', { code: e.code, message: e.message });
    }
  }

  /** Shows an existing hostname by id (e.g. after a reload). */
  async resume(id) {
    try {
      const data = await this.#api.get(id);
      this.#el.input.value = data.instructions?.hostnameUnicode ?? data.customHostname?.hostname ?? '';
      this.#el.input.readOnly = true;
      this.#el.submit.hidden = true;
      this.#show(data);
      this.#startPolling();
    } catch (e) {
      this.#fatal(e.code, e.message);
    }
  }

  // ---- 3. records, exports, demo --------------------------------------------

  #show(data) {
    const previous = this.#state;
    this.#state = { ...data, assessment: data.assessment };
    const instructions = data.instructions;
    const key = JSON.stringify(instructions?.records ?? []);
    if (key !== this.#recordsKey) {
      this.#recordsKey = key;
      const announce = (m) => this.announce(m);
      replace(this.#el.records,
        providerNote(instructions),
        instructions?.order?.explanation ? h('p', { class: 'hint', text: instructions.order.explanation }) : null,
        renderRecords(instructions, announce),
        (instructions?.warnings ?? []).map((w) => h('p', { class: 'warning', text: w.message })),
        (instructions?.notes ?? []).map((n) => h('p', { class: 'hint', text: n })),
        renderExports(this.#library, instructions, announce));
      this.#renderDemo(instructions);
      if (previous) this.announce('The records to add have changed');
    }
    this.#el.recordsPanel.hidden = false;
    this.#el.checkPanel.hidden = false;
    this.#el.progressPanel.hidden = false;
    this.#renderAssessment(data.assessment);
  }

  async #renderDemo(instructions) {
    if (!this.#config?.demo) return;
    // Loaded only in demo mode: the production path never imports it.
    const { renderDemoPanel } = await import('./lib/demo-panel.js');
    this.#demoAdded ??= new Set();
    const added = this.#demoAdded;
    const panel = renderDemoPanel(instructions, async (record) => {
      await this.#api.demoAddRecord(record);
      added.add(`${record.type} ${record.name} ${record.value}`);
      setTimeout(() => this.checkNow(), 300);
    }, (m) => this.announce(m));
    for (const button of panel.querySelectorAll('.demo-records button')) {
      // Keep "added" marks across re-renders (instructions change when tokens appear).
      const label = button.textContent.replace(/^Add /, '');
      for (const k of added) if (k.startsWith(label + ' ')) { button.dataset.added = ''; button.disabled = true; button.textContent = `Added ${label}`; }
    }
    replace(this.#el.demo, panel);
    this.#el.demo.hidden = false;
  }

  #demoAdded = null;

  // ---- 4. live DNS check + 5. timeline -------------------------------------

  /**
   * Asks the Worker for Cloudflare's refresh (re-check now; new tokens after a
   * timeout), shown when the assessment recommends it; then polls again.
   */
  async refresh() {
    const id = this.#state?.customHostname?.id;
    if (!id) return;
    this.#el.refresh.disabled = true;
    try {
      const data = await this.#api.refresh(id);
      this.#show(data);
      this.announce('Cloudflare will check again now');
      this.#startPolling();
    } catch (e) {
      this.announce(`Could not ask for a re-check: ${e.message}`);
      this.#emit('hostname-error', { code: e.code, message: e.message });
    } finally {
      this.#el.refresh.disabled = false;
    }
  }

  /** Runs the live DNS check now (and re-reads the hostname). */
  checkNow() { if (this.#state) this.#startPolling(); }

  async #checkDns(generation) {
    const { instructions } = this.#state;
    if (!this.#config?.dohUrl || !instructions) return null;
    try {
      // Wire POST: DoH GET answers are HTTP-cacheable (max-age = TTL, 300 s
      // for "no such record"), so a browser would keep showing a record as
      // missing after the customer added it; POST answers are never cached.
      const result = await this.#library.checkDns(instructions, { resolvers: [this.#config.dohUrl], format: 'wire_post' });
      if (generation !== this.#poller.generation) return null;
      this.#observation = result;
      replace(this.#el.check, renderDnsCheck(result, new Date()));
      return result;
    } catch (e) {
      replace(this.#el.check, h('p', { class: 'error-text', attrs: { 'data-code': e.code ?? 'dns_check_failed' } },
        `The DNS check failed: ${e.message ?? e}`));
      return null;
    }
  }

  /**
   * The instructions in the customer's DNS provider's terms: when the browser's
   * DNS check recognised the zone's name servers (`observation.provider`) and
   * the Worker's instructions carry no provider, rebuild them with the same
   * inputs plus that provider (field labels, name form, quoting).
   */
  #localize(data, observation) {
    this.#providerId = observation?.provider ?? this.#providerId;
    const instructions = data.instructions;
    const id = this.#providerId;
    if (!id || !instructions || instructions.provider?.id === id || !data.customHostname) return instructions;
    try {
      // The page creates hostnames without options, so the Worker used the
      // library's defaults: the same request plus the provider.
      return this.#library.dnsInstructions({
        hostname: data.customHostname.hostname, cnameTarget: this.#config.cnameTarget,
        customHostname: data.customHostname, provider: id,
      });
    } catch {
      return instructions;
    }
  }

  #providerId = null;

  #renderAssessment(assessment) {
    if (!assessment) return;
    const last = this.#history.at(-1);
    if (!last || last.phase !== assessment.phase) {
      this.#history.push({ at: new Date(), phase: assessment.phase, summary: assessment.summary });
      if (last) this.announce(`${PHASE_LABEL[assessment.phase] ?? assessment.phase}: ${assessment.summary}`);
      this.#emit('hostname-phase', { phase: assessment.phase, assessment });
    }
    replace(this.#el.timeline, renderTimeline(assessment, this.#history));
    this.#el.refresh.hidden = !assessment.refreshRecommended;
    this.#el.root.dataset.phase = assessment.phase;
    if (assessment.ready && !this.#activeFired) {
      this.#activeFired = true;
      const host = this.#state.instructions?.hostname ?? this.#state.customHostname?.hostname;
      const shown = this.#state.instructions?.hostnameUnicode ?? host;
      const url = `https://${host}/`;
      replace(this.#el.live.querySelector('p'), 'HTTPS is active. Visit ', h('a', { href: url, part: 'live-link', target: '_blank', rel: 'noopener', text: shown }), '.');
      this.#el.live.hidden = false;
      this.#el.liveTitle.focus();
      this.announce(`${shown} is live with HTTPS`);
      this.#emit('hostname-active', { hostname: host, url, assessment });
    }
  }

  #startPolling() {
    this.#poller.start(async (generation) => {
      const id = this.#state?.customHostname?.id;
      if (!id) return null;
      let data;
      try {
        data = await this.#api.get(id);
      } catch (e) {
        this.announce(`Could not refresh the status: ${e.message}`);
        return e.retryable ? this.#pollMax : null;
      }
      if (generation !== this.#poller.generation) return null;
      this.#state = data;
      const observation = await this.#checkDns(generation);
      if (generation !== this.#poller.generation) return null;
      let assessment = data.assessment;
      if (observation) {
        try {
          // Re-read Cloudflare's object with the browser's fresh DNS look.
          assessment = this.#library.interpretCustomHostname(data.customHostname, {
            cnameTarget: this.#config.cnameTarget, observation,
          });
        } catch { assessment = data.assessment; }
      }
      this.#show({ ...data, assessment, instructions: this.#localize(data, observation) });
      if (shouldStopPolling(assessment)) return null;
      return nextPollSeconds(assessment, this.#pollMin, this.#pollMax);
    });
  }
}

if (!customElements.get('custom-hostname-onboarding')) {
  customElements.define('custom-hostname-onboarding', CustomHostnameOnboarding);
}
