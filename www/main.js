// The demo page's glue: reads the session token (and optional API base) from
// the URL fragment (never sent to a server), strips it from the address bar,
// hands the package's browser build to the component, and shows demo mode.
import * as library from '../pkg/index.browser.js';
import './custom-hostname-onboarding.js';

const params = new URLSearchParams(location.hash.replace(/^#/, ''));
const token = params.get('token');
const apiBase = params.get('api') ?? '';
const el = document.createElement('custom-hostname-onboarding');
el.id = 'onboarding';
el.setAttribute('poll-min', '1');
el.setAttribute('poll-max', '30');
const notice = document.getElementById('notice');

if (token) {
  sessionStorage.setItem('onboarding-token', token);
  if (apiBase) sessionStorage.setItem('onboarding-api', apiBase);
  history.replaceState(null, '', location.pathname + location.search);
}
const sessionToken = token ?? sessionStorage.getItem('onboarding-token');
if (!sessionToken) {
  notice.textContent = 'No session: open the link printed by scripts/run (it carries a session token).';
  notice.hidden = false;
}

el.library = library;
el.token = sessionToken ?? '';
el.apiBase = apiBase || sessionStorage.getItem('onboarding-api') || '';
el.addEventListener('hostname-active', (e) => console.info('hostname-active', e.detail.url));
// Connecting it after the properties are set starts the component with them.
document.getElementById('onboarding-slot').replaceWith(el);
fetchMode();

async function fetchMode() {
  try {
    const res = await fetch(`${el.apiBase}/api/config`, { headers: { authorization: `Bearer ${el.token}` } });
    if (res.ok && (await res.json()).demo) {
      document.getElementById('mode').hidden = false;
      // The simulator's clock runs ×1000: poll more often than Cloudflare's pace.
      el.setAttribute('poll-max', '3');
    }
  } catch { /* the component reports connection problems itself */ }
}
