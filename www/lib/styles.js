// The component's shadow-DOM stylesheet, adopted as a constructed
// stylesheet (no inline <style>, so a strict `style-src` CSP holds).
// Themable through CSS custom properties (--cho-*) set on the host or any
// ancestor, and through `part`s.
export const STYLES = `
:host {
  --_bg: var(--cho-bg, #ffffff);
  --_fg: var(--cho-fg, #1b1f24);
  --_muted: var(--cho-muted, #57606a);
  --_surface: var(--cho-surface, #f6f8fa);
  --_border: var(--cho-border, #d0d7de);
  --_accent: var(--cho-accent, #0b57d0);
  --_accent-fg: var(--cho-accent-fg, #ffffff);
  --_ok: var(--cho-ok, #116329);
  --_warn: var(--cho-warn, #7d4e00);
  --_error: var(--cho-error, #b3261e);
  --_focus: var(--cho-focus, #d4a017);
  --_radius: var(--cho-radius, 8px);
  display: block;
  color: var(--_fg);
  background: var(--_bg);
  font: var(--cho-font, 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  container-type: inline-size;
}
@media (prefers-color-scheme: dark) {
  :host {
    --_bg: var(--cho-bg, #0d1117);
    --_fg: var(--cho-fg, #e6edf3);
    --_muted: var(--cho-muted, #9da7b3);
    --_surface: var(--cho-surface, #161b22);
    --_border: var(--cho-border, #3d444d);
    --_accent: var(--cho-accent, #8ab4f8);
    --_accent-fg: var(--cho-accent-fg, #0d1117);
    --_ok: var(--cho-ok, #56d364);
    --_warn: var(--cho-warn, #e3b341);
    --_error: var(--cho-error, #ff7b72);
  }
}
[hidden] { display: none !important; }
* { box-sizing: border-box; }
h2, h3, h4 { line-height: 1.25; margin: 0 0 .5em; }
h2 { font-size: 1.35rem; }
h3 { font-size: 1.1rem; }
h4 { font-size: 1rem; }
[tabindex="-1"]:focus { outline: none; }
section.panel { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 1rem; margin: 1rem 0; background: var(--_bg); }
label { display: block; font-weight: 600; margin-bottom: .25rem; }
.row { display: flex; gap: .5rem; flex-wrap: wrap; align-items: center; }
input[type=text], select { flex: 1 1 16rem; min-width: 0; font: inherit; padding: .5rem .75rem; border: 1px solid var(--_muted); border-radius: var(--_radius); background: var(--_bg); color: var(--_fg); }
select { flex: 0 1 auto; max-width: 100%; }
input[aria-invalid=true] { border-color: var(--_error); }
button, .button { font: inherit; padding: .45rem .9rem; border-radius: var(--_radius); border: 1px solid var(--_accent); background: var(--_bg); color: var(--_accent); cursor: pointer; text-decoration: none; display: inline-block; }
button.primary, button[type=submit] { background: var(--_accent); color: var(--_accent-fg); }
button.danger { border-color: var(--_error); color: var(--_error); }
button.link { border: none; padding: 0; background: none; text-decoration: underline; color: var(--_accent); text-align: left; overflow-wrap: anywhere; }
button:disabled { opacity: .6; cursor: not-allowed; }
button.copy { padding: .1rem .6rem; font-size: .9em; }
button.copy[data-copied]::after { content: " ✓"; }
:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
.hint, .muted { color: var(--_muted); font-size: .92em; margin: .25rem 0; }
.feedback { min-height: 1.5em; margin-top: .5rem; }
.feedback .error, .error-text, .errors { color: var(--_error); }
.feedback .warning { color: var(--_warn); }
.feedback ul { margin: .25rem 0; padding-left: 1.2rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .35rem .75rem; margin: .5rem 0 0; }
.field { display: contents; }
dt { font-weight: 600; }
dd { margin: 0; display: flex; gap: .5rem; align-items: baseline; flex-wrap: wrap; min-width: 0; }
dd .hint { flex-basis: 100%; margin: 0; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--_surface); padding: .05rem .3rem; border-radius: 4px; overflow-wrap: anywhere; }
.records { list-style: none; padding: 0; margin: .75rem 0 0; display: grid; gap: .75rem; }
.record { border: 1px solid var(--_border); border-radius: var(--_radius); padding: .75rem; background: var(--_surface); }
.record .explanation { margin: 0 0 .25rem; }
.record .note.last { font-weight: 600; margin: 0 0 .25rem; }
.record code { background: var(--_bg); }
details.other { margin-top: 1rem; }
details.other > summary { cursor: pointer; font-weight: 600; }
.exports { display: flex; flex-wrap: wrap; gap: .5rem; }
.checks { list-style: none; padding: 0; margin: 0; display: grid; gap: .4rem; }
.check { display: flex; gap: .5rem; align-items: flex-start; }
.check .icon { font-weight: 700; width: 1.2em; text-align: center; flex: none; }
.check-main { min-width: 0; }
.check-name { overflow-wrap: anywhere; }
.check-status { font-weight: 600; }
.check-detail { display: block; font-size: .92em; color: var(--_muted); overflow-wrap: anywhere; }
.status-ok .icon, .status-ok .check-status { color: var(--_ok); }
.status-missing .icon, .status-missing .check-status { color: var(--_warn); }
.status-wrong_value .check-status, .status-conflict .check-status { color: var(--_error); }
.strip { background: var(--_bg); border-bottom: 1px solid var(--_border); padding: .5rem 0 .75rem; margin-bottom: .5rem; z-index: 1; }
.stages { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem; padding: 0; margin: 0 0 .4rem; font-size: .85em; }
.stages li { padding: .15rem .55rem; border-radius: 999px; border: 1px solid var(--_border); color: var(--_muted); }
.stages li.done { color: var(--_ok); border-color: var(--_ok); }
.stages li.done::before { content: "✓ "; }
.stages li.current { color: var(--_accent-fg); background: var(--_accent); border-color: var(--_accent); font-weight: 600; }
.phase { margin: 0; display: flex; flex-wrap: wrap; gap: .25rem .75rem; align-items: baseline; }
.actor { color: var(--_muted); }
.actor-customer { color: var(--_fg); font-weight: 600; }
.host-header { display: flex; flex-wrap: wrap; justify-content: space-between; gap: .5rem; align-items: baseline; }
.host-header h2 { overflow-wrap: anywhere; margin: 0; }
.actions { display: flex; flex-wrap: wrap; gap: .5rem; }
.confirm { border: 2px solid var(--_error); border-radius: var(--_radius); padding: .75rem; margin: .75rem 0; }
.confirm p { margin: 0 0 .5rem; }
.provider-choice { margin-bottom: .75rem; }
.connected h3 { color: var(--_ok); }
.connected .visit { font-size: 1.1em; font-weight: 700; color: var(--_accent); overflow-wrap: anywhere; }
.hosts { list-style: none; padding: 0; margin: 0 0 1rem; display: grid; gap: .5rem; }
.host-row { display: flex; flex-wrap: wrap; justify-content: space-between; gap: .25rem 1rem; padding: .5rem .75rem; border: 1px solid var(--_border); border-radius: var(--_radius); }
.row-phase { color: var(--_muted); }
.row-phase.ready { color: var(--_ok); }
.errors { padding-left: 1.2rem; }
.steps ol { padding-left: 1.2rem; margin: .25rem 0; }
.demo { border-style: dashed; }
.demo-records { list-style: none; padding: 0; display: grid; gap: .4rem; }
.demo button { text-align: left; overflow-wrap: anywhere; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@container (max-width: 40rem) {
  dl { grid-template-columns: 1fr; gap: .1rem; }
  dd { margin-bottom: .4rem; }
  section.panel { padding: .75rem; }
  .strip { position: sticky; top: 0; }
}
`;

/** The stylesheet as a constructed sheet (cached: one per document). */
let sheet = null;
export function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
  }
  return sheet;
}
