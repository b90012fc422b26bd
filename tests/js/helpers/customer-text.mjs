// What customer text may not contain (the JS twin of tests/status/customer_text.rs,
// used where the text is produced by the package: the scenario matrix, the page):
// spec references, HTTP verbs, API field names and codes (snake_case, dotted
// ssl.* fields, camelCase), raw Cloudflare statuses, and the marks of a
// rendering bug (`undefined`, `null`, `NaN`, an unfilled `{placeholder}`).
// Values the customer must copy (tokens, record names, URLs) are masked first:
// they are data, not words.

const RAW_STATUSES = [
  'active_redeploying', 'pending_deletion', 'pending_blocked', 'pending_migration', 'pending_provisioned',
  'test_pending', 'test_active', 'test_active_apex', 'test_blocked', 'test_failed',
  'pending_validation', 'pending_issuance', 'pending_deployment', 'pending_expiration',
  'initializing_timed_out', 'validation_timed_out', 'issuance_timed_out', 'deployment_timed_out',
  'deletion_timed_out', 'pending_cleanup', 'staging_deployment', 'staging_active', 'backup_issued',
  'holding_deployment', 'awaiting_customer_dns', 'verifying_ownership', 'routing_unconfirmed',
];

/** The first rule `text` breaks (after masking `values`), or null. */
export function customerTextProblem(text, values = []) {
  if (typeof text !== 'string') return `not a string (${typeof text})`;
  let masked = text;
  for (const v of [...values].filter(Boolean).sort((a, b) => b.length - a.length)) {
    masked = masked.split(v).join(' VALUE ');
  }
  if (masked.includes('§')) return 'a spec section sign';
  if (/\{[a-z_]+\}/.test(masked)) return 'an unfilled placeholder';
  const words = masked.split(/[^\p{L}\p{N}_.\-]+/u).filter(Boolean);
  for (const raw of words) {
    const w = raw.replace(/^\.+|\.+$/g, '');
    if (/^spec$/i.test(w)) return 'the word `spec`';
    if (['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(w)) return `the HTTP verb ${w}`;
    if (['undefined', 'null', 'NaN'].includes(w)) return `\`${w}\``;
    if (/[A-Za-z0-9]_[A-Za-z]/.test(w)) return `the identifier \`${w}\``;
    if (/^[a-z]+[A-Z][A-Za-z]*$/.test(w)) return `the camelCase name \`${w}\``;
    if (/^ssl\./.test(w)) return `the field \`${w}\``;
  }
  const lower = masked.toLowerCase();
  for (const s of RAW_STATUSES) if (lower.includes(s)) return `the raw status ${s}`;
  return null;
}

/** Throws when `text` breaks a rule. */
export function assertCustomerText(text, context, values = []) {
  const problem = customerTextProblem(text, values);
  if (problem) throw new Error(`${context}: ${problem} in customer text ${JSON.stringify(text)}`);
}
