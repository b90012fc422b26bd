// The tenant's hostnames (`GET /api/hostnames`, one page at a time): each
// name in Unicode with its phase in words; choosing one opens it. The
// Worker's rows carry no sentences, only the phase, so the words are the
// page's catalogue.
import { h } from './dom.js';
import { phaseName } from './progress.js';
import { unicodeHost } from './names.js';

/**
 * Renders rows into `list` (appends). `open(row)` opens one. Returns the
 * row elements.
 */
export function renderRows(words, library, rows, open) {
  return rows.map((row) => {
    const shown = unicodeHost(library, row.hostname);
    const button = h('button', { type: 'button', class: 'link', part: 'list-open', text: shown, attrs: { 'data-id': row.id } });
    button.addEventListener('click', () => open(row));
    return h('li', { class: 'host-row', part: 'list-row', attrs: { 'data-phase': row.phase, 'data-hostname': shown } },
      button,
      h('span', { class: `row-phase${row.ready ? ' ready' : ''}`, text: phaseName(words, row.phase) }));
  });
}
