// Where things stand: the progress strip (four stages, the phase in words
// and who acts; sticky at the top on phones) and the status panel (the
// verdict's summary, the customer's next steps, deadlines with dates).
// Every sentence is the library's (in the page's locale) or the page's
// catalogue words.
import { h } from './dom.js';

const STAGES = ['records', 'checking', 'certificate', 'connected'];

/** The stage (index into STAGES) of a phase, or -1 for phases off the path. */
export function stageOf(phase) {
  switch (phase) {
    case 'awaiting_customer_dns': return 0;
    case 'verifying_ownership': case 'routing_unconfirmed': return 1;
    case 'validating_certificate': case 'issuing_certificate': case 'deploying_certificate': return 2;
    case 'active': case 'active_needs_attention': return 3;
    default: return -1;
  }
}

const ACTORS = new Set(['customer', 'provider', 'cloudflare', 'nobody']);

/** The phase's short name in the page's words. */
export function phaseName(words, phase) {
  const key = `phase.${phase}`;
  return words.has(key) ? words.t(key) : words.t('phase.unknown');
}

/** The progress strip for an assessment. */
export function renderProgress(words, assessment) {
  const a = assessment ?? {};
  const at = stageOf(a.phase);
  const done = a.ready === true;
  const actor = ACTORS.has(a.actor) ? a.actor : 'nobody';
  return h('div', { class: 'strip-inner' },
    h('ol', { class: 'stages', part: 'progress', attrs: { 'aria-label': words.t('progress.label') } }, STAGES.map((s, i) => {
      const state = done || (at >= 0 && i < at) ? 'done' : i === at ? 'current' : 'todo';
      return h('li', { class: state, attrs: { 'aria-current': state === 'current' ? 'step' : null } },
        h('span', { text: words.t(`progress.step.${s}`) }),
        state !== 'todo' ? h('span', { class: 'visually-hidden', text: ` (${words.t(state === 'done' ? 'progress.done' : 'progress.current')})` }) : null);
    })),
    h('p', { class: `phase phase-${a.phase ?? 'unknown'}`, part: 'phase', attrs: { 'data-phase': a.phase ?? 'unknown', 'data-actor': actor } },
      h('strong', { text: phaseName(words, a.phase) }),
      h('span', { class: `actor actor-${actor}`, text: words.t(`actor.${actor}`) })));
}

/** The status panel's body: summary, the customer's steps, deadlines. */
export function renderStatus(words, assessment) {
  const a = assessment ?? {};
  const steps = (a.steps ?? []).filter((s) => s.audience !== 'provider' && s.text);
  const deadlines = (a.deadlines ?? []).filter((d) => d.text);
  return h('div', { class: 'status' },
    a.summary ? h('p', { class: 'summary', text: a.summary }) : null,
    a.dns?.text ? h('p', { class: 'dns-findings', text: a.dns.text }) : null,
    (a.errors ?? []).filter((e) => e.customer).length
      ? h('ul', { class: 'errors', part: 'errors' }, a.errors.filter((e) => e.customer).map((e) => h('li', { attrs: { 'data-code': e.code }, text: e.customer })))
      : null,
    steps.length ? h('div', { class: 'steps' },
      h('h4', { text: words.t('status.next') }),
      h('ol', {}, steps.map((s) => h('li', { attrs: { 'data-actor': s.actor, 'data-code': s.code } },
        h('span', { text: s.text }), s.optional ? h('span', { class: 'muted', text: ` (${words.t('status.optional')})` }) : null)))) : null,
    deadlines.length ? h('ul', { class: 'deadlines' }, deadlines.map((d) => h('li', { attrs: { 'data-code': d.code }, text: d.text }))) : null);
}
