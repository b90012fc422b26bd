// "Share or keep these instructions": copy all as text, download a zone
// file (a Blob), and a mailto: link for whoever manages the DNS; the texts
// are the library's renderers in the instructions' locale.
import { h, copyButton } from './dom.js';

/** Builds the actions bar. `lib` is the package module (renderInstructions). */
export function renderExports(words, lib, instructions, announce) {
  const text = () => lib.renderInstructions(instructions, 'text');
  const download = h('button', { type: 'button', part: 'button', class: 'download', text: words.t('export.download') });
  download.addEventListener('click', () => {
    const blob = new Blob([lib.renderInstructions(instructions, 'zonefile')], { type: 'text/dns' });
    const url = URL.createObjectURL(blob);
    const a = h('a', { href: url, download: `${instructions.hostname.replace(/^\*\./, 'wildcard.')}.zone` });
    download.getRootNode().append?.(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    announce(words.t('export.downloaded'));
  });
  const copyAll = copyButton(words, text, announce);
  copyAll.textContent = words.t('export.copy_all');
  copyAll.classList.add('copy-all');
  const mail = h('a', {
    class: 'button mail', part: 'button',
    href: mailtoHref(words.t('export.mail_subject', { host: instructions.hostnameUnicode ?? instructions.hostname }), text()),
    text: words.t('export.mail'),
  });
  return h('div', { class: 'exports', part: 'exports' }, copyAll, download, mail);
}

/** A mailto: URL with an encoded subject and body. */
export function mailtoHref(subject, body) {
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
