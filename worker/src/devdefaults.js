// The development defaults of worker/scripts/dev.mjs and
// scripts/mint-session.mjs, kept in one place so that config.js can refuse
// them outside dev (demo mode).

/** Session secret used when neither the environment nor worker/.dev.vars sets one. */
export const DEV_SESSION_SECRET = 'dev-session-secret-at-least-32-characters-long';
/** Webhook secret likewise. */
export const DEV_WEBHOOK_SECRET = 'dev-webhook-secret-at-least-32-characters';
/** Every dev default (config.js refuses them outside dev). */
export const DEV_SECRETS = [DEV_SESSION_SECRET, DEV_WEBHOOK_SECRET, 'dev-webhook-secret'];
