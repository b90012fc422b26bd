// Worker entry (module syntax): the package's workerd build (wasm compiled
// by workerd, instantiated synchronously) wired into the handler.
// Cron Triggers run `scheduled` (reconcile.js); `ZoneBudget` is the Durable
// Object class that counts the zone's Cloudflare API budget (budget.js).

import * as lib from '../../pkg/index.workerd.js';
import { createHandler } from './handler.js';

export { ZoneBudget } from './zone-budget.js';

const app = createHandler({ lib, log: (msg) => console.log(msg) });

export default {
  fetch: (request, env) => app.fetch(request, env),
  scheduled: (_event, env, ctx) => ctx.waitUntil(app.scheduled(env)),
};
