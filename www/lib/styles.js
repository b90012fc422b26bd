// The component's shadow-DOM stylesheet. Themable through CSS custom
// properties (--cho-*) set on the host or any ancestor, and through `part`s.
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
h3:focus { outline: none; }
section.panel { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 1rem; margin: 1rem 0; background: var(--_bg); }
label { display: block; font-weight: 600; margin-bottom: .25rem; }
.row { display: flex; gap: .5rem; flex-wrap: wrap; }
input[type=text] { flex: 1 1 16rem; min-width: 0; font: inherit; padding: .5rem .75rem; border: 1px solid var(--_muted); border-radius: var(--_radius); background: var(--_bg); color: var(--_fg); }
input[aria-invalid=true] { border-color: var(--_error); }
button, .button { font: inherit; padding: .45rem .9rem; border-radius: var(--_radius); border: 1px solid var(--_accent); background: var(--_bg); color: var(--_accent); cursor: pointer; text-decoration: none; display: inline-block; }
button.primary, button[type=submit] { background: var(--_accent); color: var(--_accent-fg); }
button:disabled { opacity: .6; cursor: not-allowed; }
button.copy { padding: .1rem .5rem; font-size: .85em; }
button.copy[data-copied]::after { content: " ✓"; }
:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
.hint, .muted { color: var(--_muted); font-size: .92em; }
.feedback { min-height: 1.5em; margin-top: .5rem; }
.feedback .error, .error-text { color: var(--_error); }
.feedback .warning { color: var(--_warn); }
.feedback dl, .record dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem .75rem; margin: .5rem 0; }
dt { font-weight: 600; }
dd { margin: 0; display: flex; gap: .5rem; align-items: baseline; flex-wrap: wrap; min-width: 0; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--_surface); padding: .05rem .3rem; border-radius: 4px; overflow-wrap: anywhere; }
.records { list-style: none; padding: 0; margin: 0; display: grid; gap: .75rem; }
.record { border: 1px solid var(--_border); border-radius: var(--_radius); padding: .75rem; background: var(--_surface); }
.record .field { display: contents; }
.record .full { grid-column: 1 / -1; }
.badge { display: inline-block; font-size: .8em; padding: .05rem .45rem; border-radius: 999px; border: 1px solid var(--_border); margin-right: .25rem; }
.badge.type { font-weight: 700; }
.exports { display: flex; flex-wrap: wrap; gap: .5rem; margin-top: 1rem; }
.checks { list-style: none; padding: 0; margin: 0; display: grid; gap: .4rem; }
.check { display: flex; gap: .5rem; align-items: flex-start; }
.check .icon { font-weight: 700; width: 1.2em; text-align: center; }
.check-status { font-weight: 600; }
.check-detail { display: block; font-size: .9em; color: var(--_muted); overflow-wrap: anywhere; }
.status-ok .icon, .status-ok .check-status { color: var(--_ok); }
.status-missing .icon, .status-missing .check-status { color: var(--_warn); }
.status-wrong_value .check-status, .status-conflict .check-status, .status-lookup_failed .check-status { color: var(--_error); }
.progress { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem; padding: 0; margin: 0 0 .75rem; font-size: .85em; }
.progress li { padding: .2rem .5rem; border-radius: 999px; border: 1px solid var(--_border); color: var(--_muted); }
.progress li.done { color: var(--_ok); border-color: var(--_ok); }
.progress li.done::before { content: "✓ "; }
.progress li.current { color: var(--_accent-fg); background: var(--_accent); border-color: var(--_accent); font-weight: 600; }
.tracks { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: .75rem; }
.track { border-left: 4px solid var(--_border); padding-left: .75rem; }
.track[data-status=active] { border-left-color: var(--_ok); }
.track.terminal { border-left-color: var(--_error); }
.track.terminal[data-status=active] { border-left-color: var(--_ok); }
.errors { color: var(--_error); padding-left: 1.2rem; }
.errors .raw { display: block; color: var(--_muted); overflow-wrap: anywhere; }
.phase-active strong { color: var(--_ok); }
.live a { font-size: 1.2em; font-weight: 700; color: var(--_accent); }
.demo { border-style: dashed; }
.demo-records { list-style: none; padding: 0; display: grid; gap: .4rem; }
.demo button { text-align: left; overflow-wrap: anywhere; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@container (max-width: 30rem) {
  .feedback dl, .record dl { grid-template-columns: 1fr; }
  section.panel { padding: .75rem; }
}
`;
