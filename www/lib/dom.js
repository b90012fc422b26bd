// DOM building helpers for the onboarding component. Every piece of data
// (from the API, Cloudflare, DNS or the user) goes in as a text node: there is
// no innerHTML anywhere, so a hostile string renders as inert text.

/**
 * Creates an element. `props`: `class`, `part`, `text` (textContent), `on`
 * ({event: handler}), `attrs` ({name: value}, set with setAttribute), and any
 * other key set as a property (e.g. `type`, `disabled`, `hidden`).
 * `children`: nodes or strings (strings become text nodes); null/false skipped.
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null) continue;
    if (key === 'class') el.className = value;
    else if (key === 'part') el.setAttribute('part', value);
    else if (key === 'text') el.textContent = String(value);
    else if (key === 'on') for (const [ev, fn] of Object.entries(value)) el.addEventListener(ev, fn);
    else if (key === 'attrs') for (const [n, v] of Object.entries(value)) { if (v !== undefined && v !== null && v !== false) el.setAttribute(n, String(v)); }
    else el[key] = value;
  }
  append(el, children);
  return el;
}

/** Appends nodes or strings (as text nodes) to a parent; skips null/false/undefined. */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces all children of `parent` with `children`. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/**
 * An http(s) URL from untrusted data, or null (so `javascript:` and other
 * schemes never become a link target).
 */
export function safeHttpUrl(value) {
  try {
    const url = new URL(String(value));
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

let nextId = 0;
/** A fresh id for elements of one shadow root (labels, descriptions). */
export function uid(prefix = 'cho') {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/**
 * A copy button: its visible text is `words.t('copy')`; its accessible name
 * adds the texts of `context` ids (the field's label and the card's
 * heading), so "Copy" stays the start of the name (WCAG 2.5.3) and each
 * button says what it copies. Copies `getText()`, falling back to a
 * selected hidden textarea when the Clipboard API is refused, and reports
 * through `announce(message)`.
 */
export function copyButton(words, getText, announce, context = []) {
  const id = uid('copy');
  const button = h('button', {
    type: 'button', id, class: 'copy', part: 'copy-button', text: words.t('copy'),
    attrs: context.length ? { 'aria-labelledby': [id, ...context].join(' ') } : {},
  });
  button.addEventListener('click', async () => {
    const text = getText();
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      ok = legacyCopy(button, text);
    }
    announce(ok ? words.t('copied') : words.t('copy_failed'));
    if (ok) {
      button.dataset.copied = '';
      setTimeout(() => delete button.dataset.copied, 1500);
    }
  });
  return button;
}

function legacyCopy(anchor, text) {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  anchor.getRootNode().append?.(area);
  area.select();
  let ok = false;
  try { ok = document.execCommand('copy'); } catch { ok = false; }
  area.remove();
  return ok;
}
