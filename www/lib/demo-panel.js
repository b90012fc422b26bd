// Demo mode only: "play the customer's DNS provider". One button per DNS
// record of the instructions, plus "add all", each calling POST /api/demo/dns
// (cf-sim's DNS). The production path never loads this (the component
// imports it only when the Worker's config says `demo: true`). It is the
// demo's tool, not the customer's page: its words are English.
import { h } from './dom.js';
import { dnsRecords } from './records.js';

/**
 * Records that make sense to add now in the simulator. An apex ALIAS
 * (flattening) is published as the A records a flattening provider would
 * serve (the component resolves the target: `demoResolve`).
 */
export function demoRecords(instructions) {
  return dnsRecords(instructions)
    .filter((r) => ['now', 'optional', 'after_validation', 'keep'].includes(r.when) && r.purpose !== 'remove' && r.purpose !== 'caa')
    .filter((r) => r.type !== 'CAA' && r.value)
    .map((r) => ({ fqdn: r.fqdn, type: r.type, value: r.value, when: r.when }));
}

/**
 * Renders the panel. `added`: keys already added (kept across renders);
 * `add(record)` posts one record; `announce(msg)` reports.
 */
export function renderDemoPanel(instructions, added, add, announce, remove, unicode = (n) => n) {
  const records = demoRecords(instructions);
  // Addresses at a name that is to point to the service by CNAME (a name
  // live elsewhere keeps them until the switch).
  const removals = [];
  for (const r of dnsRecords(instructions)) {
    if (r.purpose !== 'remove' && !(r.purpose === 'traffic' && (r.type === 'CNAME' || r.type === 'ALIAS'))) continue;
    for (const type of ['A', 'AAAA']) {
      if ((r.purpose === 'remove' && r.type !== type) || removals.some((x) => x.fqdn === r.fqdn && x.type === type)) continue;
      removals.push({ fqdn: r.fqdn, type });
    }
  }
  const keyOf = (r) => `${r.type} ${r.fqdn} ${r.value}`;
  const buttons = [];
  const addOne = async (record, button) => {
    button.disabled = true;
    try {
      await add({ name: record.fqdn, type: record.type, value: record.value });
      added.add(keyOf(record));
      button.textContent = `Added ${record.type} ${unicode(record.fqdn)}`;
      button.dataset.added = '';
      announce(`Demo DNS: added ${record.type} ${unicode(record.fqdn)}`);
    } catch (e) {
      button.disabled = false;
      announce(`Demo DNS: could not add ${record.type} ${unicode(record.fqdn)}`);
      throw e;
    }
  };
  const list = h('ul', { class: 'demo-records' });
  for (const record of records) {
    const done = added.has(keyOf(record));
    const button = h('button', {
      type: 'button', part: 'button demo-button', disabled: done,
      text: `${done ? 'Added' : 'Add'} ${record.type} ${unicode(record.fqdn)}`,
      attrs: { 'data-when': record.when, ...(done ? { 'data-added': '' } : {}) },
    });
    button.addEventListener('click', () => addOne(record, button).catch(() => {}));
    buttons.push([record, button]);
    list.append(h('li', {}, button));
  }
  for (const record of removals) {
    const button = h('button', { type: 'button', part: 'button demo-button', class: 'demo-delete', text: `Delete ${record.type} ${unicode(record.fqdn)}`, attrs: { 'data-type': record.type } });
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        await remove({ name: record.fqdn, type: record.type });
        announce(`Demo DNS: deleted ${record.type} ${unicode(record.fqdn)}`);
        button.textContent = `Deleted ${record.type} ${unicode(record.fqdn)}`;
      } catch {
        button.disabled = false;
        announce(`Demo DNS: nothing to delete at ${record.type} ${unicode(record.fqdn)}`);
      }
    });
    list.append(h('li', {}, button));
  }
  const all = h('button', { type: 'button', class: 'primary demo-all', part: 'button demo-add-all', text: 'Add all records due now' });
  const refresh = () => { all.disabled = !buttons.some(([r, b]) => r.when !== 'after_validation' && b.dataset.added === undefined); };
  all.addEventListener('click', async () => {
    all.disabled = true;
    for (const [record, button] of buttons) {
      if (record.when !== 'after_validation' && button.dataset.added === undefined) await addOne(record, button).catch(() => {});
    }
    refresh();
  });
  refresh();
  return h('section', { class: 'panel demo', part: 'panel demo-panel', attrs: { 'aria-labelledby': 'demo-title', lang: 'en' } },
    h('h3', { id: 'demo-title', text: 'Demo: play the customer\'s DNS provider' }),
    h('p', { class: 'hint', text: 'The simulator stands in for Cloudflare and for the public DNS. These buttons add the records as if you had typed them at your DNS provider.' }),
    list, all);
}

/** The A addresses of `name` from the DoH resolver at `dohUrl` (JSON form). */
export async function demoResolve(dohUrl, name) {
  const url = new URL(dohUrl);
  url.searchParams.set('name', name);
  url.searchParams.set('type', 'A');
  const res = await fetch(url, { headers: { accept: 'application/dns-json' }, credentials: 'omit' });
  const body = await res.json();
  return (body.Answer ?? []).filter((a) => a.type === 1).map((a) => String(a.data));
}
