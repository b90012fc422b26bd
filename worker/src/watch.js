// Watching after go-live (cron step 3): active hostnames are re-checked at a
// budgeted pace (WATCH_PER_RUN per run, the least recently watched first,
// none more often than WATCH_INTERVAL_SECONDS). The check is the library's
// `checkDns` on the hostname's own instructions (DoH, not the Cloudflare API,
// so it spends none of the zone's API budget): the routing record removed
// or changed, or a CAA record that forbids the certificate's CA (renewal
// would fail), is drift. The certificate's expiry (from the stored object)
// within CERT_EXPIRY_WARN_DAYS is reported too. A change of findings is sent
// to the SaaS backend (events.js): `hostname.dns_drift` when new findings
// appear, `hostname.dns_restored` when they are gone,
// `hostname.certificate_expiring` once per finding.

/** Drift codes of one observation. */
export function driftOf(observation) {
  const found = new Set();
  for (const r of observation.records ?? []) {
    if (r.purpose === 'traffic') {
      if (r.status === 'missing') found.add('routing_record_missing');
      else if (r.status === 'wrong_value' || r.status === 'conflict') found.add('routing_record_changed');
    }
    if (r.purpose === 'caa' && (r.status === 'conflict' || r.status === 'wrong_value')) found.add('caa_forbids_ca');
  }
  return [...found].sort();
}

export async function watch(ctx) {
  const { lib, cfg, nowMs } = ctx;
  const db = cfg.db;
  const now = Math.floor(nowMs() / 1000);
  const { results } = await db
    .prepare("SELECT id, tenant, hostname, object, drift, expires_at FROM hostnames WHERE hostname_status = 'active' AND watched_at <= ?1 ORDER BY watched_at LIMIT ?2")
    .bind(now - cfg.watchIntervalSeconds, cfg.watchPerRun)
    .all();
  const out = { checked: 0, drifted: 0, restored: 0, expiring: 0 };
  const writes = [];
  for (const row of results) {
    let ch;
    try {
      ch = JSON.parse(row.object ?? 'null');
    } catch {
      ch = null;
    }
    let findings = [];
    let looked = false;
    if (ch) {
      const instructions = lib.dnsInstructions({ hostname: ch.hostname, cnameTarget: cfg.cnameTarget, customHostname: ch });
      const traffic = instructions.records.filter((r) => r.purpose === 'traffic' || r.purpose === 'caa');
      const observation = await lib.checkDns({ ...instructions, records: traffic }, { resolvers: [cfg.dohUrl], timeoutMs: 5000 });
      // A failed lookup tells nothing: keep the previous findings.
      looked = !(observation.records ?? []).some((r) => r.status === 'lookup_failed');
      if (looked) findings = driftOf(observation);
    }
    const previous = JSON.parse(row.drift ?? '[]');
    if (!looked) findings = previous.filter((f) => f !== 'certificate_expiring');
    const expiresAt = row.expires_at ?? 0;
    const expiring = expiresAt > 0 && expiresAt - now < cfg.certExpiryWarnDays * 86400;
    if (expiring) findings = [...findings, 'certificate_expiring'].sort();
    const dnsNow = findings.filter((f) => f !== 'certificate_expiring');
    const dnsBefore = previous.filter((f) => f !== 'certificate_expiring');
    const data = { id: row.id, hostname: row.hostname, tenant: row.tenant };
    if (dnsNow.some((f) => !dnsBefore.includes(f))) {
      out.drifted += 1;
      await ctx.events?.send('hostname.dns_drift', { ...data, findings: dnsNow });
    } else if (dnsBefore.length && !dnsNow.length) {
      out.restored += 1;
      await ctx.events?.send('hostname.dns_restored', data);
    }
    if (expiring && !previous.includes('certificate_expiring')) {
      out.expiring += 1;
      await ctx.events?.send('hostname.certificate_expiring', { ...data, expiresAt: new Date(expiresAt * 1000).toISOString() });
    }
    writes.push(db.prepare('UPDATE hostnames SET watched_at = ?2, drift = ?3 WHERE id = ?1').bind(row.id, now, JSON.stringify(findings)));
    out.checked += 1;
  }
  // One batch: one D1 query of the run's budget (Free plan: 50 per invocation).
  if (writes.length) await db.batch(writes);
  return out;
}
