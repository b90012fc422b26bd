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

/**
 * A copy button: copies `getText()` to the clipboard and announces the result
 * through `announce(message)`. Falls back to selecting a hidden textarea when
 * the Clipboard API is refused (non-secure contexts).
 */
export function copyButton(label, getText, announce, accessibleName) {
  const button = h('button', {
    type: 'button', class: 'copy', part: 'copy-button', text: label,
    attrs: { 'aria-label': accessibleName ?? label },
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
    announce(ok ? `Copied: ${accessibleName ?? label}` : 'Copy failed: select the text and copy it by hand');
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
