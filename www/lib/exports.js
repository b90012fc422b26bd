// The "take it elsewhere" actions: zone file download (a Blob), copy all as
// text, and a mailto: link for the DNS admin (text renderer, URL-encoded).
import { h, copyButton } from './dom.js';

/** Builds the actions bar. `lib` is the package module (renderInstructions). */
export function renderExports(lib, instructions, announce) {
  const text = () => lib.renderInstructions(instructions, 'text');
  const download = h('button', { type: 'button', part: 'button', text: 'Download zone file' });
  download.addEventListener('click', () => {
    const blob = new Blob([lib.renderInstructions(instructions, 'zonefile')], { type: 'text/dns' });
    const url = URL.createObjectURL(blob);
    const a = h('a', { href: url, download: `${instructions.hostname}.zone` });
    download.getRootNode().append?.(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    announce('Zone file downloaded');
  });
  const mail = h('a', {
    class: 'button', part: 'button',
    href: mailtoHref(`DNS records for ${instructions.hostnameUnicode ?? instructions.hostname}`, text()),
    text: 'Send these instructions to my DNS admin',
  });
  return h('div', { class: 'exports', part: 'exports' },
    copyButton('Copy all as text', text, announce, 'all instructions as text'),
    download,
    mail);
}

/** A mailto: URL with an encoded subject and body. */
export function mailtoHref(subject, body) {
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
