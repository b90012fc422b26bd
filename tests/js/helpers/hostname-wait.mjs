// Waits on a custom hostname Cloudflare (cf-sim) is still filling in.

/**
 * Reads custom hostname `id` through `client` (a CloudflareClient) until
 * `ready(h)` holds, up to `tries` times `delayMs` apart, and returns it. If
 * it never holds: throws Error(`otherwise`) when given, else returns the
 * last object read.
 */
export async function hostnameWhen(client, id, ready, { tries = 100, delayMs = 50, otherwise } = {}) {
  let h;
  for (let i = 0; i < tries; i++) {
    h = (await client.get(id)).customHostname;
    if (ready(h)) return h;
    await new Promise((r) => setTimeout(r, delayMs));
  }
  if (otherwise !== undefined) throw new Error(otherwise);
  return h;
}
