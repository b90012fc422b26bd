// The records, in the customer's DNS provider's own form
// (`instructions.records[].display`): the ones the customer must add first,
// one card each with one Copy per pasted value (name and value); the
// conditional ones (delete if present, optional, CAA) apart, for the
// "If you see other records here" section; and after activation the ones
// that must stay. Data is rendered as text only.
import { h, copyButton, safeHttpUrl, uid } from './dom.js';

/** Records that are DNS records (not the HTTP-file or e-mail steps). */
export function dnsRecords(instructions) {
  return (instructions?.records ?? []).filter((r) => r.type !== 'HTTP' && r.type !== 'EMAIL');
}

/**
 * The records by what the customer does with them: `primary` (add: due now,
 * then the ones to add last), `keep` (in place and needed, once connected),
 * `other` (delete if present, optional, conditional, no longer needed).
 */
export function splitRecords(instructions) {
  const all = instructions?.records ?? [];
  const rank = { now: 0, after_validation: 1 };
  const primary = all
    .filter((r) => r.purpose !== 'remove' && Object.hasOwn(rank, r.when))
    .sort((a, b) => rank[a.when] - rank[b.when] || a.step - b.step);
  const keep = all.filter((r) => r.when === 'keep');
  const other = all.filter((r) => !primary.includes(r) && !keep.includes(r));
  return { primary, keep, other };
}

// The library's generic (provider-independent) labels, in English: shown in
// the page's language instead. A known provider's own labels are the names
// on its form, shown as they are.
const GENERIC = new Set(['Type', 'Name / Host', 'Name', 'Target / Points to', 'Value / Content', 'Value', 'Target', 'TTL', 'Content', 'Host']);

function label(words, instructions, given, fallbackKey) {
  if (instructions?.provider && given && !GENERIC.has(given)) return given;
  return words.t(fallbackKey);
}

const TTL_KEY = { seconds: 'records.ttl.seconds', minutes: 'records.ttl.minutes', hours: 'records.ttl.hours' };

/** One field: label, value, and a Copy button when the customer pastes it. */
function field(words, announce, { name, value, copy, heading, hint, code = true }) {
  const labelId = uid('label');
  const shown = code ? h('code', { class: 'value', text: value }) : h('span', { class: 'value', text: value });
  return h('div', { class: 'field' },
    h('dt', { id: labelId, text: name }),
    h('dd', {}, shown, copy && value ? copyButton(words, () => value, announce, [labelId, heading]) : null, hint ?? null));
}

/**
 * One record card. `title`: its heading; `copy`: whether values get Copy
 * buttons; `unicode`: ASCII owner name → Unicode reading (for hints).
 */
export function recordCard(words, instructions, record, { title, copy = true, announce, headingLevel = 'h4', unicode = (n) => n, note = null }) {
  const d = record.display ?? {};
  const labels = d.fieldLabels ?? {};
  const heading = uid('record');
  const fields = [];
  if (record.type === 'HTTP' || record.type === 'EMAIL') {
    const url = record.type === 'HTTP' ? safeHttpUrl(record.http?.url ?? record.value) : null;
    if (url) fields.push(field(words, announce, { name: words.t('records.name'), value: url, copy, heading }));
    if (record.http?.body) fields.push(field(words, announce, { name: words.t('records.value'), value: record.http.body, copy, heading }));
    if (record.emails?.length) fields.push(field(words, announce, { name: words.t('records.value'), value: record.emails.join(', '), copy: false, heading }));
  } else {
    const target = record.type === 'CNAME' || record.type === 'ALIAS';
    fields.push(field(words, announce, { name: label(words, instructions, labels.type, 'records.type'), value: d.recordType ?? record.type, copy: false, heading, code: false }));
    const name = d.name ?? record.name;
    const nameHint = d.alternativeName && d.alternativeName !== name
      ? h('p', { class: 'hint full', text: words.t('records.full_name', { name: unicode(d.alternativeName) }) })
      : null;
    fields.push(name === ''
      ? field(words, announce, { name: label(words, instructions, labels.name, 'records.name'), value: words.t('records.name_blank'), copy: false, heading, code: false })
      : field(words, announce, { name: label(words, instructions, labels.name, 'records.name'), value: name, copy, heading, hint: nameHint }));
    const value = d.value ?? record.value;
    if (value) fields.push(field(words, announce, { name: label(words, instructions, labels.value, target ? 'records.target' : 'records.value'), value, copy, heading }));
    const ttlText = words.t(TTL_KEY[d.ttlUnit] ?? TTL_KEY.seconds, { value: d.ttl ?? record.ttl });
    if (value) fields.push(field(words, announce, { name: label(words, instructions, labels.ttl, 'records.ttl'), value: ttlText, copy: false, heading, code: false }));
  }
  return h('li', { class: 'record', part: 'record', attrs: { 'data-type': record.type, 'data-purpose': record.purpose, 'data-when': record.when, 'data-fqdn': unicode(record.fqdn) } },
    h(headingLevel, { id: heading, class: 'record-title', text: title }),
    record.explanation ? h('p', { class: 'explanation', text: record.explanation }) : null,
    note,
    h('dl', {}, fields));
}

/** The cards of the records to add, numbered. */
export function primaryCards(words, instructions, records, { announce, unicode, switching = false }) {
  return h('ol', { class: 'records', part: 'records' }, records.map((r, i) => recordCard(words, instructions, r, {
    title: words.t('records.card', { n: i + 1, type: r.display?.recordType ?? r.type }),
    announce, unicode,
    note: r.when === 'after_validation' && !switching ? h('p', { class: 'note last', text: words.t('records.last') }) : null,
  })));
}

const OTHER_KEY = { if_present: 'other.conditional', optional: 'other.optional', removable: 'other.removable' };

/** The cards of the conditional records ("If you see other records here"). */
export function otherCards(words, instructions, records, { announce, unicode }) {
  return h('ul', { class: 'records other', part: 'records' }, records.map((r) => recordCard(words, instructions, r, {
    title: words.t(r.purpose === 'remove' ? 'other.remove' : OTHER_KEY[r.when] ?? 'other.conditional', { type: r.display?.recordType ?? r.type }),
    announce, unicode, copy: r.purpose !== 'remove',
  })));
}

/** The records that must stay once connected (no Copy: nothing to paste). */
export function keepCards(words, instructions, records, { unicode }) {
  return h('ul', { class: 'records keep', part: 'records' }, records.map((r) => recordCard(words, instructions, r, {
    title: `${r.display?.recordType ?? r.type}`, copy: false, announce: () => {}, unicode,
  })));
}

/** The provider line: where the DNS is managed, with its help link. */
export function providerNote(words, instructions) {
  const provider = instructions?.provider;
  if (!provider) return null;
  const href = safeHttpUrl(provider.helpUrl);
  return h('p', { class: 'provider', part: 'provider' },
    words.t('provider.detected', { provider: provider.name }), ' ',
    href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer', text: words.t('provider.help', { provider: provider.name }) }) : null);
}
