// The baseline of the Worker benchmark: a Worker that returns a fixed JSON
// body, run by the same wrangler dev / workerd as the real one.
const BODY = JSON.stringify({ customHostname: { id: 'fixed', hostname: 'fixed.customer.io', status: 'active' } });
export default {
  async fetch() {
    return new Response(BODY, { headers: { 'content-type': 'application/json' } });
  },
};
