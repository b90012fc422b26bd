// The element's DOM skeleton, built once after the library loads: the list,
// the form and the one-hostname view with their panels, every fixed word in
// the page's locale. Returns the element map the component fills in;
// `handlers` are the component's callbacks the controls call (showList,
// validate, create, loadMore, showForm, confirm(action), provider(value),
// checkNow, refresh).
import { h } from './dom.js';

/** The skeleton's elements (`el.root` is the container to attach). */
export function buildSkeleton(words, locale, handlers) {
  const w = words;
  const el = {};
  el.status = h('p', { class: 'visually-hidden', part: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
  el.startError = h('div', { class: 'start-error', hidden: true });

  // The form.
  el.formTitle = h('h2', { tabIndex: -1, text: w.t('title') });
  el.input = h('input', {
    type: 'text', id: 'hostname', name: 'hostname', part: 'input', autocomplete: 'off', spellcheck: false,
    attrs: { 'aria-describedby': 'hostname-hint hostname-feedback', inputmode: 'url', autocapitalize: 'off', placeholder: 'shop.example.com' },
  });
  el.feedback = h('div', { id: 'hostname-feedback', class: 'feedback', part: 'feedback', attrs: { 'aria-live': 'polite' } });
  el.submit = h('button', { type: 'submit', part: 'button submit', text: w.t('form.submit') });
  el.formBack = h('button', { type: 'button', class: 'link back', hidden: true, text: w.t('list.back') });
  el.formBack.addEventListener('click', () => handlers.showList());
  el.form = h('form', { part: 'form', attrs: { novalidate: '' } },
    h('label', { htmlFor: 'hostname', text: w.t('form.label') }),
    h('p', { id: 'hostname-hint', class: 'hint', text: w.t('form.hint') }),
    h('div', { class: 'row' }, el.input, el.submit),
    el.feedback);
  el.input.addEventListener('input', () => handlers.validate());
  el.form.addEventListener('submit', (ev) => { ev.preventDefault(); handlers.create(); });
  el.formView = h('section', { class: 'view form-view', attrs: { 'aria-labelledby': 'form-title' }, hidden: true }, el.formTitle, el.form, el.formBack);
  el.formTitle.id = 'form-title';

  // The list.
  el.listTitle = h('h2', { id: 'list-title', tabIndex: -1, text: w.t('list.title') });
  el.notice = h('p', { class: 'notice', hidden: true });
  el.hosts = h('ul', { class: 'hosts', part: 'list' });
  el.more = h('button', { type: 'button', class: 'more', hidden: true, text: w.t('list.more') });
  el.more.addEventListener('click', () => handlers.loadMore());
  el.add = h('button', { type: 'button', class: 'primary add', text: w.t('list.add') });
  el.add.addEventListener('click', () => handlers.showForm());
  el.listView = h('section', { class: 'view list-view', attrs: { 'aria-labelledby': 'list-title' }, hidden: true },
    el.listTitle, el.notice, el.hosts, h('div', { class: 'row' }, el.more, el.add));

  // One hostname.
  el.strip = h('div', { class: 'strip', part: 'strip' });
  el.hostTitle = h('h2', { id: 'host-title', tabIndex: -1 });
  el.change = h('button', { type: 'button', class: 'change', text: w.t('actions.change') });
  el.remove = h('button', { type: 'button', class: 'danger remove', text: w.t('actions.remove') });
  el.change.addEventListener('click', () => handlers.confirm('change'));
  el.remove.addEventListener('click', () => handlers.confirm('remove'));
  el.toList = h('button', { type: 'button', class: 'link back', text: w.t('list.back') });
  el.toList.addEventListener('click', () => handlers.showList());
  el.confirm = h('div', { class: 'confirm', part: 'confirm', hidden: true });
  el.hostNotice = h('p', { class: 'notice', hidden: true });

  el.connectedTitle = h('h3', { id: 'connected-title', tabIndex: -1 });
  el.connected = h('section', { class: 'panel connected', part: 'panel live-panel', hidden: true, attrs: { 'aria-labelledby': 'connected-title' } }, el.connectedTitle, h('div'));

  el.recordsTitle = h('h3', { id: 'records-title', tabIndex: -1 });
  el.providerSelect = h('select', { id: 'provider', part: 'provider-select' });
  el.providerSelect.addEventListener('change', () => handlers.provider(el.providerSelect.value));
  el.providerLabel = h('label', { htmlFor: 'provider' });
  el.providerApex = h('p', { class: 'hint apex-question', hidden: true, text: w.t('provider.apex') });
  el.providerChoice = h('div', { class: 'provider-choice' }, el.providerLabel, el.providerApex, el.providerSelect);
  el.records = h('div');
  el.recordsPanel = h('section', { class: 'panel records-panel', part: 'panel records-panel', attrs: { 'aria-labelledby': 'records-title' } },
    el.recordsTitle, el.providerChoice, el.records);

  el.checkButton = h('button', { type: 'button', class: 'check-button', part: 'button check-button', text: w.t('check.button') });
  el.checkButton.addEventListener('click', () => handlers.checkNow());
  el.check = h('div', { attrs: { 'aria-live': 'polite' } });
  el.checkPanel = h('section', { class: 'panel check-panel', part: 'panel dns-panel', attrs: { 'aria-labelledby': 'check-title' } },
    h('h3', { id: 'check-title', text: w.t('check.title') }),
    h('p', { class: 'hint', text: w.t('check.hint') }),
    el.check, el.checkButton);

  el.statusBody = h('div');
  el.refresh = h('button', { type: 'button', class: 'refresh-button', part: 'button refresh-button', hidden: true, text: w.t('status.refresh') });
  el.refresh.addEventListener('click', () => handlers.refresh());
  el.statusPanel = h('section', { class: 'panel status-panel', part: 'panel timeline-panel', attrs: { 'aria-labelledby': 'status-title' } },
    h('h3', { id: 'status-title', text: w.t('status.title') }), el.statusBody, el.refresh);

  el.exports = h('div');
  el.exportsPanel = h('section', { class: 'panel exports-panel', part: 'panel exports-panel', attrs: { 'aria-labelledby': 'exports-title' } },
    h('h3', { id: 'exports-title', text: w.t('export.title') }), el.exports);
  el.demo = h('div', { hidden: true });

  el.hostView = h('section', { class: 'view host-view', attrs: { 'aria-labelledby': 'host-title' }, hidden: true },
    el.strip,
    h('div', { class: 'host-header' }, el.hostTitle, h('div', { class: 'actions' }, el.change, el.remove)),
    el.confirm, el.hostNotice,
    el.connected, el.recordsPanel, el.checkPanel, el.statusPanel, el.exportsPanel, el.demo,
    el.toList);

  el.root = h('div', { class: 'onboarding', part: 'container', attrs: { lang: locale } },
    el.status, el.startError, el.listView, el.formView, el.hostView);
  return el;
}
