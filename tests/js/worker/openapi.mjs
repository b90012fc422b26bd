// Validates Worker responses against worker/openapi.yaml (OpenAPI 3.1).
//
// OpenAPI 3.1's schema objects are JSON Schema draft 2020-12, so the
// validator is Ajv's 2020-12 build (the repository's ajv 8 and ajv-formats)
// over the document itself: the response object for (path template, method,
// status) is looked up, its `$ref`s followed, and its JSON schema compiled by
// JSON pointer into the document, so `#/components/...` refs resolve as the
// file means them. The YAML is read with `yaml` (eemeli/yaml, the maintained
// YAML 1.2 parser for JS). Chosen over OpenAPI-specific validators because
// the ones for Node still stop at OpenAPI 3.0 (whose schemas are not JSON
// Schema), and Ajv is already the project's JSON Schema engine.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import YAML from 'yaml';

const FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../worker/openapi.yaml');
export const doc = YAML.parse(readFileSync(FILE, 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(doc, 'openapi.json');

const pointer = (...parts) => parts.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).map(encodeURIComponent).join('/');

/** Follows a local `$ref` of the document. */
function deref(node) {
  let n = node;
  let at = null;
  while (n?.$ref) {
    at = n.$ref.slice(2).split('/');
    n = at.reduce((o, k) => o?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
  }
  return { node: n, at };
}

const templates = Object.keys(doc.paths).map((t) => ({
  t,
  re: new RegExp(`^${t.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

/**
 * The problems of one response (empty when it conforms): `method`, URL
 * path, status, headers (a Headers) and parsed JSON body.
 */
export function problems(method, urlPath, status, headers, body) {
  const found = templates.find(({ re }) => re.test(urlPath));
  if (!found) return [`${urlPath} is not a documented path`];
  const op = doc.paths[found.t][method.toLowerCase()];
  if (!op) return [`${method} ${found.t} is not documented`];
  const declared = op.responses[String(status)] ?? op.responses.default;
  if (!declared) return [`${method} ${found.t} does not document status ${status}`];
  const base = op.responses[String(status)] ? ['paths', found.t, method.toLowerCase(), 'responses', String(status)] : ['paths', found.t, method.toLowerCase(), 'responses', 'default'];
  const { node: response, at } = deref(declared);
  const out = [];
  for (const [name, h] of Object.entries(response.headers ?? {})) {
    if (h.required && !headers.get(name)) out.push(`header ${name} is required`);
  }
  const media = response.content?.['application/json'];
  if (!media) return out;
  const where = at ?? base;
  const validate = ajv.getSchema(`openapi.json#/${pointer(...where, 'content', 'application/json', 'schema')}`);
  if (!validate(body)) out.push(...validate.errors.map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`));
  return out;
}
