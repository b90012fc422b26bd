// The records to add, in the customer's DNS provider's own terms
// (`instructions.records[].display`: field labels, name as the provider's form
// wants it, value), each field with a copy button. Data rendered as text only.
import { h, copyButton, safeHttpUrl } from './dom.js';

const WHEN_LABEL = {
  now: 'Add now',
  after_validation: 'After validation',
  if_present: 'Only if present',
  optional: 'Optional',
};

/** Records that are DNS records (not the HTTP-file or e-mail steps). */
export function dnsRecords(instructions) {
  return (instructions?.records ?? []).filter((r) => r.type !== 'HTTP' && r.type !== 'EMAIL');
}

/** The provider line: "Your DNS is hosted at X" with its help link, or a generic line. */
export function providerNote(instructions) {
  const provider = instructions?.provider;
  if (!provider) {
    return h('p', { class: 'provider', part: 'provider' },
      'Add these records at the company that hosts the DNS for ', h('strong', { text: instructions?.zone ?? '' }), '.');
  }
  const href = safeHttpUrl(provider.helpUrl);
  return h('p', { class: 'provider', part: 'provider' },
    'Your DNS is hosted at ', h('strong', { text: provider.name }), '. ',
    href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer', text: `${provider.name}: how to add a record` }) : null);
}

/** One field row: label, value (monospace, selectable), copy button. */
function field(label, value, announce, what) {
  return h('div', { class: 'field' },
    h('dt', { text: label }),
    h('dd', {},
      h('code', { class: 'value', text: value }),
      value ? copyButton('Copy', () => value, announce, `${what}: ${label}`) : null));
}

/** The list of records as cards. `announce(msg)` reports copy results. */
export function renderRecords(instructions, announce) {
  const list = h('ol', { class: 'records', part: 'records' });
  for (const record of instructions?.records ?? []) {
    const d = record.display ?? {};
    const labels = d.fieldLabels ?? { type: 'Type', name: 'Name', value: 'Value', ttl: 'TTL' };
    const what = `${d.recordType ?? record.type} record ${record.step ?? ''}`.trim();
    const card = h('li', { class: `record when-${record.when ?? 'now'}`, part: 'record', attrs: { 'data-fqdn': record.fqdn, 'data-type': record.type } },
      h('div', { class: 'record-head' },
        h('span', { class: 'badge type', text: d.recordType ?? record.type }),
        h('span', { class: 'badge when', text: record.purpose === 'remove' ? 'Delete if present' : WHEN_LABEL[record.when] ?? record.when ?? '' }),
        record.required === false ? h('span', { class: 'badge', text: 'not required' }) : null),
      record.explanation ? h('p', { class: 'explanation', text: record.explanation }) : null);
    if (record.type === 'HTTP' && record.http) {
      card.append(h('dl', {},
        field('URL', record.http.url, announce, what),
        field('File content', record.http.body, announce, what)));
    } else if (record.type === 'EMAIL') {
      card.append(h('ul', { class: 'emails' }, (record.emails ?? []).map((e) => h('li', { text: e }))));
    } else if (record.purpose === 'remove') {
      card.append(h('dl', {},
        field(labels.type, d.recordType ?? record.type, announce, what),
        field(labels.name, d.name ?? record.name, announce, what)));
    } else {
      card.append(h('dl', {},
        field(labels.type, d.recordType ?? record.type, announce, what),
        field(labels.name, d.name ?? record.name, announce, what),
        d.alternativeName ? h('div', { class: 'hint full', text: `Some forms want the full name: ${d.alternativeName}` }) : null,
        field(labels.value, d.value ?? record.value, announce, what),
        // The TTL as the provider's field takes it (display.ttl), and its
        // unit when the customer must know or choose it (display.ttlUnit).
        field(labels.ttl, String(d.ttl ?? record.ttl ?? 'Auto'), announce, what),
        d.ttlUnit ? h('div', { class: 'hint unit', text: `Time unit: ${d.ttlUnit}` }) : null));
    }
    list.append(card);
  }
  return list;
}
