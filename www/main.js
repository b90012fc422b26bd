// The demo page's glue: the API origin comes from this page itself (the
// `custom-hostnames-api` meta element its server writes), never from the
// address; the session token arrives in the URL fragment (never sent to a
// server) and is removed from the address bar at once, kept for this tab
// only. `?lang=` picks the page's language (else the browser's).
import * as library from '../pkg/page/index.browser.js';
import './custom-hostname-onboarding.js';

const params = new URLSearchParams(location.hash.replace(/^#/, ''));
const token = params.get('token');
const apiBase = document.querySelector('meta[name="custom-hostnames-api"]')?.content ?? '';
const lang = new URLSearchParams(location.search).get('lang');
const el = document.createElement('custom-hostname-onboarding');
el.id = 'onboarding';
el.setAttribute('poll-min', '1');
el.setAttribute('poll-max', '30');
if (lang) el.setAttribute('lang', lang);
const notice = document.getElementById('notice');

if (location.hash) history.replaceState(null, '', location.pathname + location.search);
if (token) sessionStorage.setItem('onboarding-token', token);
const sessionToken = token ?? sessionStorage.getItem('onboarding-token');
if (!sessionToken) {
  notice.textContent = 'No session: open the link printed by scripts/run (it carries a session token).';
  notice.hidden = false;
}

el.library = library;
el.token = sessionToken ?? '';
el.apiBase = apiBase;
el.addEventListener('hostname-active', (e) => console.info('hostname-active', e.detail.url));
el.addEventListener('onboarding-ready', () => {
  if (el.config?.demo) {
    document.getElementById('mode').hidden = false;
    // The simulator's clock runs ×1000: poll more often than Cloudflare's pace.
    el.setAttribute('poll-max', '3');
  }
  performance.mark('onboarding-interactive');
});
// Connecting it after the properties are set starts the component with them.
document.getElementById('onboarding-slot').replaceWith(el);
