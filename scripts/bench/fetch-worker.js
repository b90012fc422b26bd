// The floor of the Worker benchmark: a Worker that makes the one upstream call
// the real GET makes (cf-sim's GET custom_hostnames/:id, URL and token in
// vars) and returns the body as it came, with no session, no library and no
// D1. The real Worker cannot be faster than this on the same machine.
export default {
  async fetch(request, env) {
    const id = new URL(request.url).pathname.split('/').pop();
    const r = await fetch(`${env.UPSTREAM}/${id}`, { headers: { authorization: `Bearer ${env.UPSTREAM_TOKEN}` } });
    return new Response(await r.text(), { status: r.status, headers: { 'content-type': 'application/json' } });
  },
};
