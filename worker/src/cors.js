// CORS for the onboarding page: only origins in ALLOWED_ORIGINS (and the
// Worker's own origin) are answered with Access-Control-Allow-Origin; a
// request from any other Origin is refused with 403 `origin_not_allowed`.
// Preflights (OPTIONS) are answered here.

import { HttpError } from './errors.js';

const ALLOW_HEADERS = 'authorization, content-type, accept-language';
const ALLOW_METHODS = 'GET, POST, PATCH, DELETE, OPTIONS';

/** The request's Origin when it is allowed, null when absent; throws when refused. */
export function checkOrigin(request, allowedOrigins) {
  const origin = request.headers.get('origin');
  if (origin === null) return null;
  const own = new URL(request.url).origin;
  if (origin === own || allowedOrigins.includes(origin)) return origin;
  throw new HttpError(403, 'origin_not_allowed', 'This origin may not call the API.');
}

/** The preflight answer for an allowed origin. */
export function preflight(origin) {
  return new Response(null, {
    status: 204,
    headers: {
      'access-control-allow-origin': origin,
      'access-control-allow-methods': ALLOW_METHODS,
      'access-control-allow-headers': ALLOW_HEADERS,
      'access-control-max-age': '600',
      vary: 'Origin',
    },
  });
}

/** Adds the CORS headers of an allowed origin to a response. */
export function withCors(response, origin) {
  if (!origin) return response;
  const r = new Response(response.body, response);
  r.headers.set('access-control-allow-origin', origin);
  r.headers.append('vary', 'Origin');
  return r;
}
