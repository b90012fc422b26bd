// The live DNS check panel: the library's `checkDns` result, record by record
// (what was expected, what was found), rendered as text.
import { h } from './dom.js';

const STATUS_TEXT = {
  ok: 'Found',
  missing: 'Not found yet',
  wrong_value: 'Wrong value',
  conflict: 'Conflicting record',
  lookup_failed: 'Lookup failed',
};

/** Renders a `checkDns` result (or an error message) as a list. */
export function renderDnsCheck(result, checkedAt) {
  const records = result?.records ?? [];
  const okCount = records.filter((r) => r.status === 'ok').length;
  const list = h('ul', { class: 'checks', part: 'dns-checks' });
  for (const r of records) {
    const status = String(r.status ?? 'unknown');
    const label = r.purpose === 'remove'
      ? (status === 'ok' ? 'Nothing to delete' : status === 'missing' ? 'Still present: delete it' : STATUS_TEXT[status] ?? status)
      : STATUS_TEXT[status] ?? status;
    list.append(h('li', { class: `check status-${status}`, part: `dns-check dns-check-${status}`, attrs: { 'data-status': status, 'data-fqdn': r.fqdn, 'data-type': r.type } },
      h('span', { class: 'icon', attrs: { 'aria-hidden': 'true' }, text: status === 'ok' ? '✓' : status === 'missing' ? '…' : '!' }),
      h('span', { class: 'check-main' },
        h('strong', { text: `${r.purpose === 'remove' ? 'No ' : ''}${r.type} ${r.fqdn}` }), ' ',
        h('span', { class: 'check-status', text: label }),
        h('span', { class: 'check-detail' },
          r.expected ? h('span', {}, 'Expected: ', h('code', { text: r.expected })) : null,
          (r.observed ?? []).length ? h('span', {}, ' Found: ', h('code', { text: r.observed.join(', ') })) : null,
          r.detail ? h('span', { class: 'detail', text: ` ${r.detail}` }) : null))));
  }
  return h('div', { class: 'dns-check' },
    h('p', { class: 'check-summary', text: `${okCount} of ${records.length} checks pass${checkedAt ? ` (checked ${checkedAt.toLocaleTimeString()})` : ''}.` }),
    list);
}
