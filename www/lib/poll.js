// Polling pace: the assessment's `pollAfterSeconds` (the library's reading of
// Cloudflare's back-off schedule), clamped to the page's [min, max] bounds.

/** Seconds to wait before the next poll. */
export function nextPollSeconds(assessment, minSeconds, maxSeconds) {
  const min = Math.max(0.5, Number(minSeconds) || 2);
  const max = Math.max(min, Number(maxSeconds) || 60);
  const wanted = Number(assessment?.pollAfterSeconds);
  if (!Number.isFinite(wanted) || wanted <= 0) return max;
  return Math.min(max, Math.max(min, wanted));
}

/**
 * Whether polling should stop: ready, or the library gives no next poll (it
 * sets `pollAfterSeconds` only while Cloudflare will move on by itself:
 * timed out, blocked, moved, provider action and deleted phases have none).
 */
export function shouldStopPolling(assessment) {
  if (!assessment) return false;
  return Boolean(assessment.ready) || assessment.pollAfterSeconds === undefined || assessment.pollAfterSeconds === null;
}

/**
 * A restartable timer loop: `start(fn)` runs fn, which returns the seconds to
 * wait (or null to stop). `stop()` cancels. Only one pending run at a time.
 */
export class Poller {
  constructor() { this.timer = null; this.running = false; this.generation = 0; }

  start(tick) {
    this.stop();
    this.running = true;
    const generation = ++this.generation;
    const run = async () => {
      if (generation !== this.generation) return;
      let wait = null;
      try { wait = await tick(generation); } catch { wait = null; }
      if (generation !== this.generation || wait === null) { if (generation === this.generation) this.running = false; return; }
      this.timer = setTimeout(run, wait * 1000);
    };
    run();
  }

  /** Runs the next tick now (e.g. "check again" pressed). */
  now(tick) { this.start(tick); }

  stop() {
    this.generation++;
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
