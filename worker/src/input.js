// Small checks of request bodies shared by the routes: unknown keys are
// refused with the field named (a typo must not be silently ignored).

import { HttpError } from './errors.js';

/** Throws 400 `unknown_field` for a key of `obj` not in `allowed`. */
export function refuseUnknownKeys(obj, allowed, prefix) {
  for (const k of Object.keys(obj)) {
    if (!allowed.includes(k)) {
      throw new HttpError(400, 'unknown_field', `Unknown field ${JSON.stringify(`${prefix}${k}`).slice(0, 80)}; allowed: ${allowed.join(', ')}.`, {
        field: `${prefix}${k}`.slice(0, 80),
        allowed,
      });
    }
  }
}

/** A required string of at most `max` characters. */
export function str(v, field, max) {
  if (typeof v !== 'string' || v.length === 0 || v.length > max) throw new HttpError(400, 'invalid_argument', `${field} must be a string of 1 to ${max} characters.`, { field });
  return v;
}

/** One of `values` (400 `invalid_argument` naming them otherwise). */
export function oneOf(v, values, field) {
  if (!values.includes(v)) throw new HttpError(400, 'invalid_argument', `${field} must be one of ${values.join(', ')}.`, { field, allowed: values });
  return v;
}
