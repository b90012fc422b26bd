// Signed outgoing events to the SaaS backend (EVENTS_URL, documented in
// worker/openapi.yaml under `webhooks`): `hostname.active`,
// `hostname.dns_drift`, `hostname.dns_restored`,
// `hostname.certificate_expiring`, `hostname.expired`, `hostname.taken_over`.
// Body: { id, type, createdAt, data }. Signature header
// `x-custom-hostnames-signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of
// "<t>.<body>" with EVENTS_SECRET>`, so the backend can check origin and
// age (the same scheme as Stripe's webhook signatures). Delivery is best
// effort (one attempt, 5 s); a failure is logged and counted, never thrown:
// the next cron run repeats what is still true (drift, expiry).

const enc = new TextEncoder();

async function sign(secret, t, body) {
  const key = await crypto.subtle.importKey('raw', enc.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, enc.encode(`${t}.${body}`)));
  return [...mac].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The signature header value (exported for the tests and the README's example). */
export async function signature(secret, t, body) {
  return `t=${t},v1=${await sign(secret, t, body)}`;
}

/** An event sender; `sent` and `failed` count deliveries. */
export function eventSender({ cfg, fetch: fetchFn, nowMs, log = () => {} }) {
  const stats = { sent: 0, failed: 0, skipped: 0 };
  async function send(type, data) {
    if (!cfg.eventsUrl || !cfg.eventsSecret) {
      stats.skipped += 1;
      return false;
    }
    const t = Math.floor(nowMs() / 1000);
    const body = JSON.stringify({ id: crypto.randomUUID(), type, createdAt: new Date(nowMs()).toISOString(), data });
    try {
      const res = await fetchFn(cfg.eventsUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-custom-hostnames-signature': await signature(cfg.eventsSecret, t, body) },
        body,
        signal: AbortSignal.timeout(5000),
      });
      await res.body?.cancel?.();
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      stats.sent += 1;
      return true;
    } catch (e) {
      stats.failed += 1;
      log(`event ${type} not delivered: ${e?.message ?? e}`);
      return false;
    }
  }
  return { send, stats };
}
