// The live DNS check panel: the library's `checkDns` result, record by record,
// in the customer's words (the library's `detail` in the page's locale) and
// names in Unicode. `absent` ("nothing there, nothing needed") is listed but
// never counted as a passed check.
import { h } from './dom.js';

const ICON = { ok: '✓', missing: '…', absent: '–' };
const FOUND = new Set(['ok', 'conflict', 'wrong_value']);

/** Renders a `checkDns` result. `unicode`: ASCII name → Unicode reading. */
export function renderDnsCheck(words, result, checkedAt, unicode = (n) => n) {
  const records = result?.records ?? [];
  const list = h('ul', { class: 'checks', part: 'dns-checks' });
  // The records that matter: required ones, and optional ones the look
  // found (in place, or in the way); not "nothing there" nor missing extras.
  const shown = records.filter((r) => r.required !== false || FOUND.has(r.status));
  const counted = shown.filter((r) => r.status !== 'absent');
  const okCount = counted.filter((r) => r.status === 'ok').length;
  for (const r of shown) {
    const status = String(r.status ?? 'lookup_failed');
    const statusKey = `check.status.${status}`;
    list.append(h('li', { class: `check status-${status}`, part: `dns-check dns-check-${status}`, attrs: { 'data-status': status, 'data-fqdn': unicode(r.fqdn), 'data-type': r.type, 'data-reason': r.reason } },
      h('span', { class: 'icon', attrs: { 'aria-hidden': 'true' }, text: ICON[status] ?? '!' }),
      h('span', { class: 'check-main' },
        h('strong', { class: 'check-name', text: `${r.type} ${unicode(r.fqdn)}` }), ' ',
        h('span', { class: 'check-status', text: words.has(statusKey) ? words.t(statusKey) : words.t('check.status.lookup_failed') }),
        r.detail ? h('span', { class: 'check-detail', text: r.detail }) : null)));
  }
  return h('div', { class: 'dns-check' },
    h('p', { class: 'check-summary' },
      words.n('check.summary', okCount, { n: counted.length }),
      checkedAt ? ` ${words.t('check.at', { time: words.time(checkedAt) })}` : ''),
    list);
}
