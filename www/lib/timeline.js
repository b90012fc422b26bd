// The timeline: the assessment's phase and summary, then the two tracks
// (hostname, certificate) with their status, meaning and matched errors, the
// next steps and deadlines. Everything is the library's words, as text.
import { h } from './dom.js';

export const PHASE_LABEL = {
  awaiting_customer_dns: 'Waiting for your DNS records',
  verifying_ownership: 'Verifying ownership',
  validating_certificate: 'Validating the certificate',
  issuing_certificate: 'Issuing the certificate',
  deploying_certificate: 'Deploying the certificate',
  active: 'Active',
  active_needs_attention: 'Active, needs attention',
  provider_action_required: 'Waiting for us',
  timed_out: 'Timed out',
  blocked: 'Blocked',
  moved: 'Moved',
  deleting: 'Deleting',
  deleted: 'Deleted',
  unknown: 'Unknown',
};

const ORDER = ['awaiting_customer_dns', 'verifying_ownership', 'validating_certificate', 'issuing_certificate', 'deploying_certificate', 'active'];

function errorsList(errors) {
  if (!errors?.length) return null;
  return h('ul', { class: 'errors', part: 'errors' }, errors.map((e) => h('li', { class: 'error' },
    h('strong', { text: e.cause ?? e.code }),
    e.fix ? h('span', { class: 'fix', text: ` ${e.fix}` }) : null,
    e.raw ? h('span', { class: 'raw' }, ' Cloudflare said: ', h('q', { text: e.raw })) : null)));
}

function track(title, state) {
  const status = state?.status ?? 'none';
  return h('section', { class: `track${state?.terminal ? ' terminal' : ''}`, part: 'track', attrs: { 'data-status': status } },
    h('h4', {}, title, ': ', h('span', { class: 'track-status', text: status })),
    state?.meaning ? h('p', { text: state.meaning }) : null,
    errorsList(state?.errors));
}

/** The progress strip: each lifecycle phase marked done / current / to come. */
function progress(phase) {
  const at = ORDER.indexOf(phase);
  return h('ol', { class: 'progress', part: 'progress' }, ORDER.map((p, i) => {
    const state = at < 0 ? 'todo' : i < at ? 'done' : i === at ? 'current' : 'todo';
    return h('li', { class: state, attrs: { 'aria-current': state === 'current' ? 'step' : null } },
      h('span', { text: PHASE_LABEL[p] }),
      h('span', { class: 'visually-hidden', text: state === 'done' ? ' (done)' : state === 'current' ? ' (now)' : '' }));
  }));
}

/** Renders an assessment. `history`: [{at: Date, phase, summary}] newest last. */
export function renderTimeline(assessment, history) {
  const a = assessment ?? {};
  return h('div', { class: 'timeline' },
    progress(a.phase),
    h('p', { class: `phase phase-${a.phase}`, part: 'phase', attrs: { 'data-phase': a.phase } },
      h('strong', { text: PHASE_LABEL[a.phase] ?? a.phase ?? '' }), ' ', h('span', { text: a.summary ?? '' })),
    a.dns?.text ? h('p', { class: 'dns-findings', text: a.dns.text }) : null,
    h('div', { class: 'tracks' }, track('Hostname', a.hostname), track('Certificate', a.certificate)),
    a.steps?.length ? h('div', { class: 'steps' }, h('h4', { text: 'What happens next' }),
      h('ol', {}, a.steps.map((s) => h('li', { attrs: { 'data-actor': s.actor } },
        h('span', { class: `badge actor-${s.actor}`, text: s.actor === 'customer' ? 'You' : s.actor === 'provider' ? 'Us' : s.actor === 'cloudflare' ? 'Cloudflare' : 'Nobody' }),
        ' ', h('span', { text: s.text }), s.optional ? ' (optional)' : null)))) : null,
    a.deadlines?.length ? h('ul', { class: 'deadlines' }, a.deadlines.map((d) => h('li', { text: d.text }))) : null,
    history?.length ? h('details', { class: 'history' }, h('summary', { text: `History (${history.length})` }),
      h('ol', {}, history.map((e) => h('li', {}, h('time', { text: e.at.toLocaleTimeString() }), ' ', h('span', { text: PHASE_LABEL[e.phase] ?? e.phase }), ': ', h('span', { text: e.summary }))))) : null);
}
