// Worker entry (module syntax): the package's workerd build (wasm compiled
// by workerd, instantiated synchronously) wired into the handler.
// Cron Triggers run `scheduled` (the D1 index reconcile, see reconcile.js).

import * as lib from '../../pkg/index.workerd.js';
import { createHandler } from './handler.js';

const app = createHandler({ lib, log: (msg) => console.log(msg) });

export default {
  fetch: (request, env) => app.fetch(request, env),
  scheduled: (_event, env, ctx) => ctx.waitUntil(app.scheduled(env)),
};
