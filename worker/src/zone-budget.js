// The zone budget's Durable Object class (policy and its state: budget.js).
// Its own module because `cloudflare:workers` exists only in workerd, and
// budget.js is also loaded by the Node unit tests.

import { DurableObject } from 'cloudflare:workers';
import { DEFAULT_LIMITS, decide, usage } from './budget.js';

/**
 * The Durable Object: one per zone, in-memory window (an evicted object
 * forgets its count, which only errs on the permissive side for at most one
 * window). Called over RPC: `charge(actor, n, limits)`, `block(untilMs)`,
 * `usage(limits)`.
 */
export class ZoneBudget extends DurableObject {
  constructor(ctx, env) {
    super(ctx, env);
    this.state = { calls: [], blockedUntil: 0 };
  }

  charge(actor, n, limits) {
    return decide(this.state, String(actor), Math.max(1, Number(n) || 1), Date.now(), limits ?? DEFAULT_LIMITS);
  }

  block(untilMs) {
    this.state.blockedUntil = Math.max(this.state.blockedUntil, Number(untilMs) || 0);
    return { blockedUntil: this.state.blockedUntil };
  }

  usage(limits) {
    return usage(this.state, Date.now(), limits ?? DEFAULT_LIMITS);
  }
}

