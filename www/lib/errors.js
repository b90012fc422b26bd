// Errors in the customer's words: each library or API error code maps to a
// `page.error.*` sentence of the catalogue. The code itself is never shown:
// it stays in a `data-code` attribute for support.

const HOSTNAME = {
  empty: 'hostname.empty',
  input_too_long: 'hostname.too_long',
  hostname_too_long: 'hostname.too_long',
  label_too_long: 'hostname.too_long',
  invalid_character: 'hostname.character',
  empty_label: 'hostname.character',
  label_starts_with_hyphen: 'hostname.character',
  label_ends_with_hyphen: 'hostname.character',
  invalid_idn: 'hostname.character',
  invalid_punycode: 'hostname.character',
  ip_address: 'hostname.ip_address',
  single_label: 'hostname.single_label',
  numeric_tld: 'hostname.single_label',
  invalid_port: 'hostname.port',
  special_use_name: 'hostname.special_use',
  misplaced_wildcard: 'hostname.wildcard',
  wildcard_not_allowed: 'hostname.wildcard',
  wildcard_over_public_suffix: 'hostname.wildcard',
  public_suffix: 'hostname.public_suffix',
};

const API = {
  hostname_in_provider_zone: 'in_provider_zone',
  hostname_lookalike: 'lookalike',
  hostname_taken: 'taken',
  tenant_hostname_limit: 'limit',
  zone_hostname_cap: 'limit',
  rate_limited: 'rate_limited',
  network_error: 'network',
  upstream_unreachable: 'network',
  upstream_timeout: 'network',
  missing_token: 'session',
  invalid_token: 'session',
  token_expired: 'session',
  origin_not_allowed: 'session',
  not_found: 'not_found',
  library_load_failed: 'load',
  config_failed: 'load',
};

/** The `page.error.*` key (without `page.`) for an error code. */
export function errorKey(code) {
  const c = String(code ?? '');
  if (Object.hasOwn(HOSTNAME, c)) return `error.${HOSTNAME[c]}`;
  if (Object.hasOwn(API, c)) return `error.${API[c]}`;
  if (c.startsWith('hostname') || c.startsWith('invalid_hostname')) return 'error.hostname';
  return 'error.generic';
}

/** The customer sentence for an error (`typed`: what the customer typed, for `{suffix}`). */
export function errorText(words, error, typed = '') {
  const key = errorKey(error?.code);
  const labels = String(typed).trim().replace(/\.+$/, '').split('.');
  return words.t(key, { suffix: labels.at(-1) ?? '' });
}
