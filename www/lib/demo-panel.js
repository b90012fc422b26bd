// Demo mode only: "play the customer's DNS provider". One button per DNS
// record of the instructions, plus "add all", each calling POST /api/demo/dns.
// The production path never loads this (the component imports it only when
// the Worker's config says `demo: true`).
import { h } from './dom.js';
import { dnsRecords } from './records.js';

/** Records that make sense to add now in the simulator. */
export function demoRecords(instructions) {
  return dnsRecords(instructions)
    .filter((r) => (r.when === 'now' || r.when === 'optional') && r.purpose !== 'remove' && r.purpose !== 'caa')
    .filter((r) => r.type !== 'CAA' && r.type !== 'ALIAS' && r.value);
}

/**
 * Renders the panel. `add(record)` posts one record; `announce(msg)` reports.
 */
export function renderDemoPanel(instructions, add, announce) {
  const records = demoRecords(instructions);
  const buttons = [];
  const addOne = async (record, button) => {
    button.disabled = true;
    try {
      await add({ name: record.fqdn, type: record.type, value: record.value });
      button.textContent = `Added ${record.type} ${record.fqdn}`;
      button.dataset.added = '';
      announce(`Demo DNS: added ${record.type} ${record.fqdn}`);
    } catch (e) {
      button.disabled = false;
      announce(`Demo DNS: could not add ${record.type} ${record.fqdn}: ${e.code ?? ''} ${e.message}`);
      throw e;
    }
  };
  const list = h('ul', { class: 'demo-records' });
  for (const record of records) {
    const button = h('button', { type: 'button', part: 'button demo-button', text: `Add ${record.type} ${record.fqdn}` });
    button.addEventListener('click', () => addOne(record, button).catch(() => {}));
    buttons.push([record, button]);
    list.append(h('li', {}, button));
  }
  const all = h('button', { type: 'button', class: 'primary', part: 'button demo-add-all', text: 'Add all records' });
  all.addEventListener('click', async () => {
    all.disabled = true;
    for (const [record, button] of buttons) {
      if (button.dataset.added === undefined) await addOne(record, button).catch(() => {});
    }
    all.disabled = buttons.some(([, b]) => b.dataset.added === undefined) ? false : true;
  });
  return h('section', { class: 'panel demo', part: 'panel demo-panel', attrs: { 'aria-labelledby': 'demo-title' } },
    h('h3', { id: 'demo-title', text: 'Demo: play the customer\'s DNS provider' }),
    h('p', { class: 'hint', text: 'The simulator stands in for Cloudflare and for the public DNS. These buttons add the records as if you had typed them at your DNS provider.' }),
    list, all);
}
