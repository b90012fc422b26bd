// <custom-hostname-onboarding api-base="https://api.saas.example" lang="de">:
// the customer's onboarding flow for a custom hostname (Cloudflare for SaaS),
// framework-free. The customer types a name (checked at once by the Wasm
// core), connects it through the Worker's API, adds the records shown (in
// their DNS provider's form, the ones to add first), watches the live DNS
// check from the browser (DoH) and the progress until the name is connected;
// they can come back to it (list of their names, resume after a reload),
// change it or remove it. Every sentence is the library's customer
// catalogue in the page's locale (`lang`, else the browser's language).
//
// Attributes / properties: api-base (apiBase; the API origin, fixed by the
// embedding page: '' = same origin; never read from the URL), token (set the
// property), lang, library-url (or the `library` property), poll-min /
// poll-max (seconds), hostname-id (open one hostname), allow-wildcard
// ("false" refuses names with a star).
// Events (bubbling, composed): hostname-validated, hostname-created,
// hostname-phase, hostname-active, hostname-removed, hostname-error,
// onboarding-ready.
// Styling: --cho-* custom properties and parts (see lib/styles.js).
import { h, replace } from './lib/dom.js';
import { OnboardingApi } from './lib/api.js';
import { Poller, nextPollSeconds, shouldStopPolling } from './lib/poll.js';
import { splitRecords, primaryCards, otherCards, keepCards, providerNote } from './lib/records.js';
import { renderDnsCheck } from './lib/dns-check.js';
import { renderProgress, renderStatus, phaseName } from './lib/progress.js';
import { renderExports } from './lib/exports.js';
import { renderRows } from './lib/list.js';
import { errorText } from './lib/errors.js';
import { Words, pickLocale } from './lib/i18n.js';
import { unicodeNames, unicodeHost } from './lib/names.js';
import { styleSheet } from './lib/styles.js';
import { customerWarnings } from './lib/warnings.js';
import { buildSkeleton } from './lib/skeleton.js';

const DEFAULT_LIBRARY = new URL('../pkg/page/index.browser.js', import.meta.url).href;
const LIST_PAGE = 20;
const STORE = 'custom-hostname-onboarding:open';

/** Check statuses that mean "something here must change". */
const FOUND_PROBLEM = new Set(['conflict', 'wrong_value']);

export class CustomHostnameOnboarding extends HTMLElement {
  static observedAttributes = ['hostname-id'];

  #library = null;
  #config = null;
  #words = null;
  #locale = 'en';
  #el = {};
  #ready = null;
  #poller = new Poller();
  #rows = [];
  #nextCursor = null;
  // The open hostname (#enter starts it afresh): data (the Worker's answer),
  // observation (the browser's last DNS look; null before the first),
  // instructions, assessment and unicode (the instructions' names as read)
  // of the last render, providerChoice (undefined: not chosen; '': another
  // provider), live (found serving elsewhere on the first look), recordsKey
  // (what the records panel shows), activeShown (hostname-active sent).
  #open = null;
  #demoAdded = new Set();
  #demoTurn = 0;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }

  get apiBase() { return this.getAttribute('api-base') ?? ''; }
  set apiBase(v) { this.setAttribute('api-base', v ?? ''); }
  get token() { return this._token ?? ''; }
  /** The session token (a property only: kept out of the DOM). */
  set token(v) { this._token = v ?? ''; }
  get library() { return this.#library; }
  set library(mod) { this.#library = mod; }
  get locale() { return this.#locale; }
  get state() { return this.#open; }
  get config() { return this.#config; }

  get #api() { return new OnboardingApi(this.apiBase, this.token, undefined, this.#locale); }
  get #pollMin() { return Number(this.getAttribute('poll-min') ?? 2); }
  get #pollMax() { return Number(this.getAttribute('poll-max') ?? 60); }
  get #wildcardAllowed() { return this.getAttribute('allow-wildcard') !== 'false'; }

  connectedCallback() {
    this.shadowRoot.adoptedStyleSheets = [styleSheet()];
    this.#ready ??= this.#start();
  }

  disconnectedCallback() { this.#poller.stop(); }

  attributeChangedCallback(name, oldValue, newValue) {
    if (name === 'hostname-id' && newValue && newValue !== oldValue && this.#ready) {
      this.#ready.then(() => this.open(newValue));
    }
  }

  /** Loads the library and the Worker's settings, then shows the first view. */
  async #start() {
    try {
      this.#library ??= await import(this.getAttribute('library-url') ?? DEFAULT_LIBRARY);
      this.#locale = pickLocale(this.getAttribute('lang'), globalThis.navigator?.languages ?? [globalThis.navigator?.language]);
      // The page entry embeds English only: fetch this locale's text once
      // (the package's locales/<tag>.json); English stays if it cannot load.
      await this.#library.loadCustomerLocale?.(this.#locale);
      this.#words = Words.load(this.#library, this.#locale);
    } catch (e) {
      // No catalogue without the library: the one sentence the page cannot translate.
      this.shadowRoot.replaceChildren(h('p', { class: 'error', part: 'error', attrs: { role: 'alert', 'data-code': 'library_load_failed' }, text: 'This page could not be loaded. Reload it to try again.' }));
      this.#emit('hostname-error', { code: 'library_load_failed', message: String(e?.message ?? e) });
      return;
    }
    this.#build();
    try {
      this.#config = await this.#api.config();
    } catch (e) {
      this.#fail(this.#el.startError, e.code ?? 'config_failed', e);
      this.#el.startError.hidden = false;
      return;
    }
    const id = this.getAttribute('hostname-id') ?? this.#stored();
    if (id) await this.open(id, { fromStore: !this.getAttribute('hostname-id') });
    else await this.showList();
    this.#emit('onboarding-ready', { locale: this.#locale });
  }

  #stored() {
    try { return sessionStorage.getItem(`${STORE}:${this.apiBase}`); } catch { return null; }
  }

  #store(id) {
    try {
      if (id) sessionStorage.setItem(`${STORE}:${this.apiBase}`, id);
      else sessionStorage.removeItem(`${STORE}:${this.apiBase}`);
    } catch { /* storage refused: no resume after reload */ }
  }

  // ---- skeleton -----------------------------------------------------------

  #build() {
    this.#el = buildSkeleton(this.#words, this.#locale, {
      showList: () => this.showList(),
      validate: () => this.#validate(),
      create: () => this.#create(),
      loadMore: () => this.#loadMore(),
      showForm: () => this.showForm(),
      confirm: (action) => this.#confirm(action),
      provider: (value) => {
        if (!this.#open) return;
        this.#open.providerChoice = value;
        this.#render();
      },
      checkNow: () => this.checkNow(),
      refresh: () => this.refresh(),
    });
    this.shadowRoot.replaceChildren(this.#el.root);
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

  /** Shows an error in plain words in `where`; the code only in data-code. */
  #fail(where, code, error, typed = '') {
    const text = errorText(this.#words, { code }, typed);
    replace(where, h('p', { class: 'error', part: 'error', attrs: { 'data-code': code } }, text));
    this.#emit('hostname-error', { code, message: error?.message ?? text });
    return text;
  }

  #showView(name, focus) {
    const el = this.#el;
    el.listView.hidden = name !== 'list';
    el.formView.hidden = name !== 'form';
    el.hostView.hidden = name !== 'host';
    if (name !== 'host') {
      this.#poller.stop();
      this.#open = null;
    }
    focus?.focus();
  }

  // ---- the list ------------------------------------------------------------

  /** The tenant's hostnames (or the form when there are none). */
  async showList({ notice = '' } = {}) {
    const el = this.#el;
    this.#store(null);
    let page;
    try {
      page = await this.#api.list({ limit: LIST_PAGE });
    } catch (e) {
      this.showForm();
      this.#fail(el.feedback, e.code ?? 'list_failed', e);
      return;
    }
    this.#rows = page.hostnames ?? [];
    this.#nextCursor = page.nextCursor ?? null;
    if (this.#rows.length === 0) {
      this.showForm({ notice });
      return;
    }
    replace(el.hosts, renderRows(this.#words, this.#library, this.#rows, (row) => this.open(row.id)));
    el.more.hidden = !this.#nextCursor;
    el.notice.textContent = notice;
    el.notice.hidden = !notice;
    this.#showView('list', el.listTitle);
  }

  async #loadMore() {
    if (!this.#nextCursor) return;
    try {
      const page = await this.#api.list({ limit: LIST_PAGE, cursor: this.#nextCursor });
      const rows = page.hostnames ?? [];
      this.#rows.push(...rows);
      this.#nextCursor = page.nextCursor ?? null;
      const added = renderRows(this.#words, this.#library, rows, (row) => this.open(row.id));
      this.#el.hosts.append(...added);
      this.#el.more.hidden = !this.#nextCursor;
      added[0]?.querySelector('button')?.focus();
    } catch (e) {
      this.announce(errorText(this.#words, e));
    }
  }

  // ---- the form ------------------------------------------------------------

  /** The form, optionally prefilled (after "change"). */
  showForm({ value = '', notice = '' } = {}) {
    const el = this.#el;
    el.input.value = value;
    el.input.readOnly = false;
    el.submit.disabled = false;
    el.formBack.hidden = this.#rows.length === 0;
    this.#validate();
    if (notice) el.feedback.prepend(h('p', { class: 'notice', text: notice }));
    this.#showView('form', value ? el.input : el.formTitle);
  }

  /** Checks the typed name with the Wasm core; returns the parsed info or null. */
  #validate() {
    const { input, feedback } = this.#el;
    const w = this.#words;
    const value = input.value;
    if (value.trim() === '') {
      input.removeAttribute('aria-invalid');
      replace(feedback);
      return null;
    }
    let info;
    try {
      info = this.#library.parseHostname(value);
    } catch (e) {
      input.setAttribute('aria-invalid', 'true');
      this.#fail(feedback, e.code ?? 'invalid_hostname', e, value);
      return null;
    }
    if (info.isWildcard && !this.#wildcardAllowed) {
      input.setAttribute('aria-invalid', 'true');
      replace(feedback, h('p', { class: 'error', part: 'error', attrs: { 'data-code': 'wildcard_not_allowed' } }, w.t('form.wildcard_off')));
      return null;
    }
    input.setAttribute('aria-invalid', 'false');
    const domain = info.registrableDomain ? unicodeHost(this.#library, info.registrableDomain) : '';
    const kind = info.isWildcard ? 'form.kind.wildcard' : info.isApex ? 'form.kind.apex' : 'form.kind.subdomain';
    const warnings = customerWarnings(this.#library, this.#locale, value, info, domain);
    replace(feedback,
      h('p', { class: 'parsed', part: 'parsed', attrs: { 'data-ascii': info.ascii } },
        w.t(kind, { host: info.unicode, domain: domain || info.unicode })),
      warnings.length ? h('ul', { class: 'warnings' }, warnings.map(([code, text]) => h('li', { class: 'warning', attrs: { 'data-code': code } }, text))) : null);
    this.#emit('hostname-validated', { info });
    return info;
  }

  async #create() {
    const el = this.#el;
    const info = this.#validate();
    if (!info) {
      if (el.input.value.trim() === '') this.#fail(el.feedback, 'empty', null);
      el.input.setAttribute('aria-invalid', 'true');
      el.input.focus();
      this.announce(el.feedback.textContent);
      return;
    }
    el.submit.disabled = true;
    this.announce(this.#words.t('announce.connecting', { host: info.unicode }));
    let data;
    try {
      data = await this.#api.create(info.ascii);
    } catch (e) {
      el.submit.disabled = false;
      if (e.status >= 400 && e.status < 500) el.input.setAttribute('aria-invalid', 'true');
      const text = this.#fail(el.feedback, e.code ?? 'create_failed', e, el.input.value);
      el.input.focus();
      this.announce(text);
      return;
    }
    el.submit.disabled = false;
    const key = data.existing ? 'announce.existing' : 'announce.created';
    this.#emit('hostname-created', { ...data, existing: Boolean(data.existing) });
    this.#enter(data, this.#words.t(key, { host: info.unicode }), data.existing ? 'existing' : 'created');
  }

  // ---- one hostname --------------------------------------------------------

  /** Opens a hostname of the tenant by id (list, reload, `hostname-id`). */
  async open(id, { fromStore = false } = {}) {
    let data;
    try {
      data = await this.#api.get(id);
    } catch (e) {
      if (fromStore && e.status === 404) {
        await this.showList();
        return;
      }
      await this.showList();
      this.#fail(this.#el.notice, e.code ?? 'open_failed', e);
      this.#el.notice.hidden = false;
      return;
    }
    this.#enter(data, '', 'opened');
  }

  /** Shows `data` (a Worker bundle) as the open hostname and starts watching it. */
  #enter(data, notice, how) {
    const el = this.#el;
    this.#poller.stop();
    this.#open = {
      data, observation: null, instructions: null, assessment: null, unicode: null,
      providerChoice: undefined, live: false, recordsKey: '', activeShown: false,
    };
    this.#store(data.customHostname?.id);
    el.confirm.hidden = true;
    el.hostNotice.textContent = notice;
    el.hostNotice.hidden = !notice;
    el.hostNotice.dataset.kind = how;
    replace(el.check);
    this.#render();
    this.#showView('host', this.#open.assessment?.ready ? el.connectedTitle : how === 'opened' ? el.hostTitle : el.recordsTitle);
    if (notice) this.announce(notice);
    this.#startPolling();
  }

  /** The instructions for the open hostname, in the page's locale and the provider's form. */
  #instructions() {
    const { data, observation, providerChoice, live } = this.#open;
    const ch = data.customHostname;
    const provider = providerChoice !== undefined ? providerChoice || undefined : observation?.provider;
    try {
      return this.#library.dnsInstructions({
        hostname: ch.hostname, cnameTarget: this.#config.cnameTarget, customHostname: ch,
        ...(provider ? { provider } : {}), ...(live ? { live: true } : {}), locale: this.#locale,
      });
    } catch {
      return data.instructions;
    }
  }

  /** The verdict on the open hostname, with the browser's DNS look when there is one. */
  #assessment() {
    const { data, observation } = this.#open;
    try {
      return this.#library.interpretCustomHostname(data.customHostname, {
        cnameTarget: this.#config.cnameTarget, locale: this.#locale, ...(observation ? { observation } : {}),
      });
    } catch {
      return data.assessment;
    }
  }

  /** Renders the open hostname: strip, records or connected state, check, status. */
  #render() {
    const el = this.#el;
    const w = this.#words;
    const open = this.#open;
    const instructions = this.#instructions();
    const assessment = this.#assessment();
    const previousPhase = open.assessment?.phase;
    open.instructions = instructions;
    open.assessment = assessment;
    const unicode = unicodeNames(this.#library, instructions);
    open.unicode = unicode;
    const host = instructions?.hostnameUnicode ?? unicodeHost(this.#library, open.data.customHostname?.hostname);
    el.hostTitle.textContent = host;
    el.root.dataset.phase = assessment?.phase ?? 'unknown';
    replace(el.strip, renderProgress(w, assessment));
    replace(el.statusBody, renderStatus(w, assessment));
    el.refresh.hidden = !assessment?.refreshRecommended;
    this.#renderProviderChoice(instructions, unicode);

    // Connected means the verdict is ready (routing proven when a look was
    // taken); an active certificate with the routing still elsewhere (the
    // zero-downtime switch) is not, whatever the instructions' order says.
    const connected = Boolean(assessment?.ready);
    const switching = !connected && instructions?.order?.kind === 'connected';
    const { primary, keep, other } = splitRecords(instructions);
    if (switching) {
      // The records that must be in place and are not yet seen right come first.
      const seenOk = new Set((open.observation?.records ?? []).filter((r) => r.status === 'ok').map((r) => `${r.type} ${r.fqdn}`));
      const due = keep.filter((r) => !seenOk.has(`${r.type} ${r.fqdn}`));
      primary.push(...due);
    }
    const findings = (open.observation?.records ?? []).filter((r) => FOUND_PROBLEM.has(r.status)
      && (r.purpose === 'remove' || r.purpose === 'caa' || (r.purpose === 'traffic' && r.status === 'conflict')));
    const key = JSON.stringify([instructions?.records, instructions?.provider?.id, connected, findings.length]);
    if (key !== open.recordsKey) {
      const changed = open.recordsKey !== '' && !connected;
      open.recordsKey = key;
      const announce = (m) => this.announce(m);
      el.recordsTitle.textContent = primary.length
        ? w.n('records.title', primary.length)
        : w.t('records.title.none');
      const otherSection = other.length ? h('details', { class: 'other', part: 'other-records', open: findings.length > 0 },
        h('summary', { text: w.t('other.title') }),
        findings.length ? h('p', { class: 'found', text: w.n('other.found', findings.length) }) : null,
        h('p', { class: 'hint', text: w.t('other.intro') }),
        otherCards(w, instructions, other, { announce, unicode })) : null;
      replace(el.records,
        providerNote(w, instructions),
        instructions?.order?.explanation && !switching ? h('p', { class: 'order', attrs: { 'data-order': instructions.order.kind }, text: instructions.order.explanation }) : null,
        primary.length ? primaryCards(w, instructions, primary, { announce, unicode, switching }) : null,
        (instructions?.notes ?? []).map((n) => h('p', { class: 'hint note', text: n })),
        otherSection);
      replace(el.exports, renderExports(w, this.#library, instructions, announce));
      if (connected) this.#renderConnected(instructions, keep, other, unicode, host);
      if (changed) this.announce(w.t('announce.records_changed'));
    }
    el.recordsPanel.hidden = connected;
    el.connected.hidden = !connected;
    this.#renderDemo(instructions, connected, unicode);

    if (assessment && assessment.phase !== previousPhase) {
      if (previousPhase) this.announce(`${phaseName(w, assessment.phase)}. ${assessment.summary ?? ''}`);
      this.#emit('hostname-phase', { phase: assessment.phase, assessment });
    }
    if (connected && !open.activeShown) {
      open.activeShown = true;
      if (previousPhase && previousPhase !== assessment.phase) {
        el.connectedTitle.focus();
        this.announce(w.t('announce.live', { host }));
      }
      const ascii = instructions?.hostname ?? open.data.customHostname?.hostname;
      this.#emit('hostname-active', { hostname: ascii, url: `https://${ascii}/`, assessment });
    }
  }

  #renderConnected(instructions, keep, other, unicode, host) {
    const el = this.#el;
    const w = this.#words;
    el.connectedTitle.textContent = w.t('connected.title', { host });
    const ascii = instructions?.hostname ?? '';
    const removable = other.filter((r) => r.when === 'removable');
    replace(el.connected.lastElementChild,
      ascii.startsWith('*.') ? null : h('p', {}, h('a', { class: 'visit', part: 'live-link', href: `https://${ascii}/`, target: '_blank', rel: 'noopener', text: w.t('connected.visit', { host }) })),
      keep.length ? [h('p', { text: w.t('connected.keep') }), keepCards(w, instructions, keep, { unicode })] : null,
      removable.length ? [h('p', { class: 'hint', text: w.t('connected.removable') }), keepCards(w, instructions, removable, { unicode })] : null);
  }

  #renderProviderChoice(instructions, unicode) {
    const el = this.#el;
    const w = this.#words;
    const select = el.providerSelect;
    if (!select.options.length) {
      let providers = [];
      try { providers = this.#library.dnsProviders(); } catch { providers = []; }
      select.append(h('option', { value: '', text: w.t('provider.other') }),
        ...providers.slice().sort((a, b) => a.name.localeCompare(b.name)).map((p) => h('option', { value: p.id, text: p.name })));
    }
    el.providerLabel.textContent = w.t('provider.question', { domain: unicode(instructions?.zone ?? '') });
    const current = instructions?.provider?.id ?? '';
    if (select.value !== current) select.value = current;
    const detected = Boolean(this.#open.observation?.provider);
    el.providerApex.hidden = !(instructions?.apex && !detected && this.#open.providerChoice === undefined);
  }

  /** Demo mode only (Worker config `demo: true`): "play the DNS provider". */
  async #renderDemo(instructions, connected, unicode) {
    // Only the latest call may write the panel: see after the import.
    const turn = ++this.#demoTurn;
    if (!this.#config?.demo || connected) {
      this.#el.demo.hidden = true;
      replace(this.#el.demo);
      delete this.#el.demo.dataset.key;
      return;
    }
    // Loaded only in demo mode: the production path never imports it.
    const { renderDemoPanel, demoResolve } = await import('./lib/demo-panel.js');
    // A render while the module loaded (connected by then: the panel hidden
    // and emptied; or newer records) has the last word.
    if (turn !== this.#demoTurn) return;
    const key = JSON.stringify(instructions?.records ?? []);
    if (this.#el.demo.dataset.key === key) return;
    this.#el.demo.dataset.key = key;
    const panel = renderDemoPanel(instructions, this.#demoAdded, async (record) => {
      if (record.type === 'ALIAS') {
        // A flattening provider serves the target's addresses at the apex.
        for (const address of await demoResolve(this.#config.dohUrl, record.value)) await this.#api.demoAddRecord({ name: record.name, type: 'A', value: address });
      } else {
        await this.#api.demoAddRecord(record);
      }
      setTimeout(() => this.checkNow(), 300);
    }, (m) => this.announce(m), async (record) => {
      await this.#api.demoRemoveRecord(record);
      setTimeout(() => this.checkNow(), 300);
    }, unicode);
    replace(this.#el.demo, panel);
    this.#el.demo.hidden = false;
  }

  // ---- change, remove --------------------------------------------------------

  #confirm(action) {
    const el = this.#el;
    const w = this.#words;
    const host = el.hostTitle.textContent;
    const yes = h('button', { type: 'button', class: action === 'remove' ? 'danger confirm-yes' : 'primary confirm-yes', text: w.t(`confirm.yes_${action}`) });
    const no = h('button', { type: 'button', class: 'confirm-no', text: w.t('confirm.cancel') });
    const question = h('p', { id: 'confirm-question', text: w.t(`confirm.${action}`, { host }) });
    replace(el.confirm, question, h('div', { class: 'actions' }, yes, no));
    el.confirm.setAttribute('role', 'group');
    el.confirm.setAttribute('aria-labelledby', 'confirm-question');
    el.confirm.dataset.action = action;
    el.confirm.hidden = false;
    no.addEventListener('click', () => { el.confirm.hidden = true; el[action].focus(); });
    yes.addEventListener('click', () => this.#removeOpen(action, yes));
    no.focus();
  }

  async #removeOpen(action, button) {
    const w = this.#words;
    const open = this.#open;
    if (!open) return;
    const id = open.data.customHostname?.id;
    const host = this.#el.hostTitle.textContent;
    button.disabled = true;
    try {
      await this.#api.remove(id);
    } catch (e) {
      button.disabled = false;
      const text = this.#fail(this.#el.hostNotice, e.code ?? 'remove_failed', e);
      this.#el.hostNotice.hidden = false;
      this.announce(text);
      return;
    }
    this.#poller.stop();
    this.#store(null);
    this.#rows = this.#rows.filter((r) => r.id !== id);
    this.#emit('hostname-removed', { id, hostname: open.data.customHostname?.hostname });
    const notice = w.t('announce.removed', { host });
    this.announce(notice);
    if (action === 'change') this.showForm({ value: host, notice });
    else await this.showList({ notice });
  }

  // ---- watching --------------------------------------------------------------

  /** Asks the Worker for Cloudflare's re-check (shown when the verdict advises it). */
  async refresh() {
    const id = this.#open?.data.customHostname?.id;
    if (!id) return;
    this.#el.refresh.disabled = true;
    try {
      const data = await this.#api.refresh(id);
      this.#open.data = data;
      this.#render();
      this.announce(this.#words.t('status.refreshed'));
      this.#startPolling();
    } catch (e) {
      this.announce(errorText(this.#words, e));
      this.#emit('hostname-error', { code: e.code, message: e.message });
    } finally {
      this.#el.refresh.disabled = false;
    }
  }

  /** Runs the live DNS check and re-reads the hostname now. */
  checkNow() { if (this.#open) this.#startPolling(); }

  async #checkDns(generation) {
    const { instructions, unicode } = this.#open ?? {};
    if (!this.#config?.dohUrl || !instructions) return null;
    try {
      // Wire POST: DoH GET answers are HTTP-cacheable (max-age = TTL, 300 s
      // for "no such record"), so a browser would keep showing a record as
      // missing after the customer added it; POST answers are never cached.
      const result = await this.#library.checkDns({ ...instructions, locale: this.#locale }, { resolvers: [this.#config.dohUrl], format: 'wire_post' });
      if (generation !== this.#poller.generation || !this.#open) return null;
      replace(this.#el.check, renderDnsCheck(this.#words, result, new Date(), unicode));
      return result;
    } catch (e) {
      if (generation === this.#poller.generation) {
        replace(this.#el.check, h('p', { class: 'error-text', attrs: { 'data-code': e.code ?? 'dns_check_failed' }, text: this.#words.t('error.check') }));
      }
      return null;
    }
  }

  /**
   * A name that already answers with addresses elsewhere on the first look
   * (`observation`, the open hostname's first) serves a site today: from
   * then on the instructions follow the zero-downtime order (validation
   * first, the switch last).
   */
  #noticeLive(observation) {
    const hostnameActive = this.#open.data.customHostname?.status === 'active';
    const traffic = (observation.records ?? []).find((r) => r.purpose === 'traffic');
    const elsewhere = traffic && (traffic.reason === 'addresses_instead_of_cname' || traffic.reason === 'addresses_elsewhere') && (traffic.observed ?? []).length > 0;
    if (elsewhere && !hostnameActive) this.#open.live = true;
  }

  #startPolling() {
    this.#poller.start(async (generation) => {
      const id = this.#open?.data.customHostname?.id;
      if (!id) return null;
      let data;
      try {
        data = await this.#api.get(id);
      } catch (e) {
        this.announce(errorText(this.#words, e));
        return e.retryable ? this.#pollMax : null;
      }
      if (generation !== this.#poller.generation || !this.#open) return null;
      this.#open.data = data;
      const observation = await this.#checkDns(generation);
      if (generation !== this.#poller.generation || !this.#open) return null;
      if (observation) {
        // Detected "live": the instructions (and the check) change order
        // from the render below on.
        if (!this.#open.observation) this.#noticeLive(observation);
        this.#open.observation = observation;
      }
      this.#render();
      const assessment = this.#open.assessment;
      if (shouldStopPolling(assessment)) return null;
      return nextPollSeconds(assessment, this.#pollMin, this.#pollMax);
    });
  }
}

if (!customElements.get('custom-hostname-onboarding')) {
  customElements.define('custom-hostname-onboarding', CustomHostnameOnboarding);
}
