//! `parseHostname`, `parseHostnames`, `parseHostnameColumns`,
//! `parseHostnamesFlat` and `parseHostnamesJson`.
//!
//! Results leave the module as *lazy* objects (docs/performance.md
//! "Hostnames"): a name the core's plain path accepts (lower-case LDH, most
//! names) crosses as two 32-bit words (`flat::parse_columns`), and its
//! fields are slices of the input string made when read; any other name
//! crosses as one record of text. The objects have the fields of
//! `HostnameInfo` as getters and a `toJSON` that gives the same JSON as the
//! core's `HostnameInfo` (the corpus test `tests/js/hostname-corpus.test.mjs`
//! compares them with `parseHostnamesJson`, which is that JSON).

use std::sync::atomic::{AtomicBool, Ordering};

use serde::Deserialize;
use wasm_bindgen::prelude::*;

use super::convert;
use super::error::BoundaryError;
use crate::diagnostic::ErrorInfo;
use crate::hostname::flat::{self, FIELD_SEPARATOR};
use crate::hostname::{Hostname, HostnameInfo, ParseOptions};

/// Options of `parseHostname`, as JS passes them.
#[derive(Debug, Default, Deserialize, tsify::Tsify)]
#[serde(rename_all = "camelCase", default)]
pub struct ParseHostnameOptions {
    /// Accept special-use names such as `example.com` (tests and demos only).
    #[tsify(optional)]
    pub allow_special_use: Option<bool>,
    /// Accept `*.example.com` (default true).
    #[tsify(optional)]
    pub allow_wildcard: Option<bool>,
}

impl From<ParseHostnameOptions> for ParseOptions {
    fn from(o: ParseHostnameOptions) -> Self {
        let d = ParseOptions::default();
        ParseOptions {
            allow_special_use: o.allow_special_use.unwrap_or(d.allow_special_use),
            allow_wildcard: o.allow_wildcard.unwrap_or(d.allow_wildcard),
        }
    }
}

/// Decodes the optional options argument.
fn parse_options(options: Option<JsValue>) -> Result<ParseOptions, BoundaryError> {
    Ok(
        convert::options::<ParseHostnameOptions>(options.unwrap_or(JsValue::UNDEFINED), "options")?
            .into(),
    )
}

/// Hands the warning templates to the JS side once per instance.
fn ensure_templates() {
    static SENT: AtomicBool = AtomicBool::new(false);
    if !SENT.swap(true, Ordering::Relaxed) {
        set_templates(&flat::plain_warning_templates());
    }
}

/// Parses what a customer typed into the hostname Cloudflare will receive.
/// Throws a `CustomHostnamesError` with a stable `code` on bad input.
#[wasm_bindgen(js_name = parseHostname, unchecked_return_type = "HostnameInfo")]
pub fn parse_hostname(
    #[wasm_bindgen(unchecked_param_type = "string")] input: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ParseHostnameOptions")] options: Option<
        JsValue,
    >,
) -> Result<JsValue, JsValue> {
    let input_js = input;
    let input = convert::string(&input_js, "input")?;
    let options = parse_options(options)?;
    if let Some(plain) = crate::hostname::parse_plain(&input, &options) {
        ensure_templates();
        let (first, second) = flat::plain_words(&input, &plain);
        return Ok(plain_hostname(&input_js, first, second));
    }
    let refused = |e: crate::hostname::Error| {
        // A refusal is an answer, not a bug: its Error skips the stack
        // trace through the Wasm frames (a fifth of a single call's time).
        let message = e.to_string();
        coded_error(e.kind().code(), &message, &input_js)
    };
    // Messages quote parts of the input: one holding the field separator
    // takes the serializer instead of the record below.
    if input.contains(FIELD_SEPARATOR) {
        let parsed = Hostname::parse(&input, &options).map_err(refused)?;
        let info = convert::to_js(&HostnameInfo::new(&input, parsed))?;
        return Ok(info);
    }
    let (hostname, warnings) = flat::parse(&input, &options).map_err(refused)?;
    let mut record = String::with_capacity(input.len() * 4);
    flat::push_record(&mut record, &hostname, &warnings);
    Ok(record_hostname(&record, &input_js))
}

/// Parses many hostnames at once; never throws for a bad item (each item is
/// `{ ok: true, hostname }` or `{ ok: false, error }`), only for a bad argument.
#[wasm_bindgen(js_name = parseHostnames, unchecked_return_type = "HostnameResult[]")]
pub fn parse_hostnames(
    #[wasm_bindgen(unchecked_param_type = "string[]")] inputs: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ParseHostnameOptions")] options: Option<
        JsValue,
    >,
) -> Result<JsValue, JsValue> {
    Ok(batch_items(&batch(&inputs, options)?))
}

/// Parses many hostnames into one `HostnameColumns` batch: `length`,
/// `ok(i)`, `at(i)` (the `parseHostnames` item), `hostname(i)`, `error(i)`,
/// and `column(field)`, one field of every name as an array, without an
/// object per name (for dashboards that read one field of many names).
#[wasm_bindgen(js_name = parseHostnameColumns, unchecked_return_type = "HostnameColumns")]
pub fn parse_hostname_columns(
    #[wasm_bindgen(unchecked_param_type = "string[]")] inputs: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ParseHostnameOptions")] options: Option<
        JsValue,
    >,
) -> Result<JsValue, JsValue> {
    Ok(batch(&inputs, options)?)
}

/// The batch object behind `parseHostnames` and `parseHostnameColumns`.
fn batch(inputs: &JsValue, options: Option<JsValue>) -> Result<JsValue, BoundaryError> {
    let options = parse_options(options)?;
    // Fast path: one string in, a column of words and one string of records
    // out. `is_array` first: `joinInputs` needs an array; what it refuses (a
    // non-string item) and inputs holding a separator take the item-by-item
    // path below, which names a bad item.
    if js_sys::Array::is_array(inputs) {
        if let Some(joined) = convert::copy_if_string(&join_inputs(inputs)) {
            let mut words = Vec::new();
            let mut records = String::new();
            if flat::parse_columns(&joined, &options, &mut words, &mut records) {
                ensure_templates();
                let batch = column_batch(&words, &records, inputs);
                if !batch.is_undefined() {
                    return Ok(batch);
                }
            }
        }
    }
    let items = convert::to_js(&reference_items(inputs, &options)?)?;
    Ok(item_batch(&items))
}

/// One item of the reference form.
#[derive(serde::Serialize)]
#[serde(untagged)]
enum BatchItem {
    Ok { ok: bool, hostname: HostnameInfo },
    Err { ok: bool, error: ErrorInfo },
}

/// Every item through the core's `HostnameInfo`: the reference the lazy
/// objects are compared with, and the path for inputs the column form
/// cannot carry.
fn reference_items(
    inputs: &JsValue,
    options: &ParseOptions,
) -> Result<Vec<BatchItem>, BoundaryError> {
    let inputs = convert::strings(inputs, "inputs")?;
    Ok(inputs
        .iter()
        .map(|input| match Hostname::parse(input, options) {
            Ok(parsed) => BatchItem::Ok {
                ok: true,
                hostname: HostnameInfo::new(input, parsed),
            },
            Err(e) => BatchItem::Err {
                ok: false,
                error: ErrorInfo::from_error(&e, Some(input)),
            },
        })
        .collect())
}

/// `parseHostnames` as JSON text, computed by the core's serializer
/// (`HostnameInfo` and `ErrorInfo`): for a server that sends the results
/// on as JSON, and the reference the lazy objects are tested against.
#[wasm_bindgen(js_name = parseHostnamesJson)]
pub fn parse_hostnames_json(
    #[wasm_bindgen(unchecked_param_type = "string[]")] inputs: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ParseHostnameOptions")] options: Option<
        JsValue,
    >,
) -> Result<String, JsValue> {
    let options = parse_options(options)?;
    let items = reference_items(&inputs, &options)?;
    serde_json::to_string(&items)
        .map_err(|e| BoundaryError::internal(format!("could not encode the result: {e}")).into())
}

/// The fast bulk form of `parseHostnames`: one string in (hostnames separated
/// by `\n`), one string out, one line per input line, fields separated by
/// `\t`. An accepted name gives
/// `1 ascii unicode registrableDomain publicSuffix suffixKind warningCodes`
/// (warning codes comma-separated, possibly empty); a refused one
/// `0 code message`. Throws only for a bad argument.
#[wasm_bindgen(js_name = parseHostnamesFlat)]
pub fn parse_hostnames_flat(
    #[wasm_bindgen(unchecked_param_type = "string")] lines: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ParseHostnameOptions")] options: Option<
        JsValue,
    >,
) -> Result<String, JsValue> {
    let lines = convert::long_string(&lines, "lines")?;
    let options = parse_options(options)?;
    Ok(flat::parse_lines(&lines, &options))
}

#[wasm_bindgen(typescript_custom_section)]
const TS_HOSTNAME: &'static str = r#"
/** A field of `HostnameInfo` that `HostnameColumns.column` can read. */
export type HostnameField = Exclude<keyof HostnameInfo, "warnings"> | "warnings";

/** What `parseHostnameColumns` returns: the results of a batch, read by
 * index or one field at a time. */
export interface HostnameColumns {
  /** How many names. */
  readonly length: number;
  /** Whether name `i` was accepted. */
  ok(i: number): boolean;
  /** The `parseHostnames` item of name `i`. */
  at(i: number): HostnameResult;
  /** Name `i`'s result, or `undefined` when it was refused. */
  hostname(i: number): HostnameInfo | undefined;
  /** Why name `i` was refused, or `undefined` when it was accepted. */
  error(i: number): ErrorInfo | undefined;
  /** One field of every name (`undefined` where refused). */
  column<K extends HostnameField>(field: K): Array<HostnameInfo[K] | undefined>;
  /** Every item, as `parseHostnames` returns them. */
  toArray(): HostnameResult[];
}
"#;

// The JS half: lazy result objects over the column words (plain names) or
// a record (the others). Both classes have the fields of `HostnameInfo` as
// getters, `toJSON` (same JSON as the core's `HostnameInfo`) and Node's
// inspect hook; no own enumerable properties, so compare them through JSON.
#[wasm_bindgen(inline_js = r#"
const RS = '\u001e', US = '\u001f';
const KINDS = ['icann', 'private', 'unknown'];
const FIELDS = ['input', 'ascii', 'unicode', 'isWildcard', 'isApex', 'registrableDomain',
  'publicSuffix', 'subdomain', 'isIcannSuffix', 'suffixKind', 'warnings'];
// Per plain-name warning: [data key, message before the value, after it].
let templates = null;
export function setTemplates(text) {
  templates = text.split(RS).map((t) => t.split(US));
}
const warning = (code, t, value) => ({ code, message: t[1] + value + (t.length > 2 ? t[2] : ''), data: { [t[0]]: value } });
// Fields of a plain name from its input and its two words (flat::parse_columns).
const plain = {
  input: (s) => s,
  ascii: (s) => s,
  unicode: (s) => s,
  isWildcard: (s, a) => (a & 4) !== 0,
  isApex: (s, a) => (a & 32) !== 0,
  registrableDomain: (s, a, b) => s.slice(s.length - (b & 0xffff)),
  publicSuffix: (s, a, b) => s.slice(s.length - (b >>> 16)),
  subdomain: (s, a, b) => { const cut = s.length - (b & 0xffff) - 1; return cut > 0 ? s.slice(0, cut) : ''; },
  isIcannSuffix: (s, a) => ((a >>> 3) & 3) === 0,
  suffixKind: (s, a) => KINDS[(a >>> 3) & 3],
  warnings: (s, a, b) => {
    const out = [];
    const kind = (a >>> 3) & 3;
    if (kind !== 0) {
      const suffix = s.slice(s.length - (b >>> 16));
      out.push(kind === 1 ? warning('private_suffix', templates[0], suffix) : warning('unknown_suffix', templates[1], suffix));
    }
    if ((a & 32) !== 0) out.push(warning('apex', templates[2], s));
    return out;
  },
};
class HostnameView {
  toJSON() {
    const o = {};
    for (const f of FIELDS) o[f] = this[f];
    return o;
  }
  [Symbol.for('nodejs.util.inspect.custom')]() { return this.toJSON(); }
}
class PlainHostname extends HostnameView {
  #s; #a; #b; #w;
  constructor(s, a, b) { super(); this.#s = s; this.#a = a; this.#b = b; }
  get input() { return this.#s; }
  get ascii() { return this.#s; }
  get unicode() { return this.#s; }
  get isWildcard() { return (this.#a & 4) !== 0; }
  get isApex() { return (this.#a & 32) !== 0; }
  get registrableDomain() { return plain.registrableDomain(this.#s, this.#a, this.#b); }
  get publicSuffix() { return plain.publicSuffix(this.#s, this.#a, this.#b); }
  get subdomain() { return plain.subdomain(this.#s, this.#a, this.#b); }
  get isIcannSuffix() { return ((this.#a >>> 3) & 3) === 0; }
  get suffixKind() { return KINDS[(this.#a >>> 3) & 3]; }
  get warnings() { return (this.#w ??= plain.warnings(this.#s, this.#a, this.#b)); }
}
// Reads one record (flat::push_record's fields after `1 US`) in place.
function next(text, at, end) {
  const cut = text.indexOf(US, at);
  return cut < 0 || cut > end ? end : cut;
}
function readRecord(text, at, end, input) {
  const o = { input };
  let e = next(text, at, end); o.ascii = text.slice(at, e); at = e + 1;
  e = next(text, at, end); o.unicode = text.slice(at, e); at = e + 1;
  o.isWildcard = o.ascii.startsWith('*.');
  e = next(text, at, end); o.registrableDomain = text.slice(at, e); at = e + 1;
  e = next(text, at, end); o.publicSuffix = text.slice(at, e); at = e + 1;
  e = next(text, at, end); o.subdomain = text.slice(at, e); at = e + 1;
  o.isApex = o.subdomain === '';
  e = next(text, at, end); o.suffixKind = text.slice(at, e); at = e + 1;
  o.isIcannSuffix = o.suffixKind === 'icann';
  o.warnings = [];
  while (at <= end && e < end) {
    e = next(text, at, end); const code = text.slice(at, e); at = e + 1;
    e = next(text, at, end); const w = { code, message: text.slice(at, e) }; at = e + 1;
    e = next(text, at, end); if (e > at) w.data = JSON.parse(text.slice(at, e)); at = e + 1;
    o.warnings.push(w);
  }
  return o;
}
// One field of a record without reading the others (`column`).
function recordField(r, k) {
  let at = 2;
  for (let j = 0; j < k; j++) at = r.indexOf(US, at) + 1;
  const e = r.indexOf(US, at);
  return r.slice(at, e < 0 ? r.length : e);
}
const fromRecord = {
  ascii: (r) => recordField(r, 0),
  unicode: (r) => recordField(r, 1),
  registrableDomain: (r) => recordField(r, 2),
  publicSuffix: (r) => recordField(r, 3),
  subdomain: (r) => recordField(r, 4),
  suffixKind: (r) => recordField(r, 5),
  isWildcard: (r) => recordField(r, 0).startsWith('*.'),
  isApex: (r) => recordField(r, 4) === '',
  isIcannSuffix: (r) => recordField(r, 5) === 'icann',
};
class RecordHostname extends HostnameView {
  #o;
  constructor(o) { super(); this.#o = o; }
  get input() { return this.#o.input; }
  get ascii() { return this.#o.ascii; }
  get unicode() { return this.#o.unicode; }
  get isWildcard() { return this.#o.isWildcard; }
  get isApex() { return this.#o.isApex; }
  get registrableDomain() { return this.#o.registrableDomain; }
  get publicSuffix() { return this.#o.publicSuffix; }
  get subdomain() { return this.#o.subdomain; }
  get isIcannSuffix() { return this.#o.isIcannSuffix; }
  get suffixKind() { return this.#o.suffixKind; }
  get warnings() { return this.#o.warnings; }
}
class HostnameResultView {
  #batch; #i; #value;
  constructor(batch, i) { this.#batch = batch; this.#i = i; }
  get ok() { return this.#batch.ok(this.#i); }
  get hostname() { return this.ok ? (this.#value ??= this.#batch.hostname(this.#i)) : undefined; }
  get error() { return this.ok ? undefined : (this.#value ??= this.#batch.error(this.#i)); }
  toJSON() { return this.ok ? { ok: true, hostname: this.hostname } : { ok: false, error: this.error }; }
  [Symbol.for('nodejs.util.inspect.custom')]() { return this.toJSON(); }
}
// Results from the words (two per name) and the records of a column batch.
class HostnameColumns {
  #w; #text; #records; #inputs;
  constructor(words, text, inputs) { this.#w = words; this.#text = text; this.#inputs = inputs; }
  get length() { return this.#inputs.length; }
  ok(i) { return (this.#w[2 * i] & 1) === 1; }
  #record(i) {
    this.#records ??= this.#text === '' ? [] : this.#text.split(RS);
    return this.#records[this.#w[2 * i + 1]];
  }
  hostname(i) {
    const a = this.#w[2 * i];
    if ((a & 1) === 0) return undefined;
    if ((a & 2) !== 0) return new PlainHostname(this.#inputs[i], a, this.#w[2 * i + 1]);
    const r = this.#record(i);
    return new RecordHostname(readRecord(r, 2, r.length, this.#inputs[i]));
  }
  error(i) {
    if ((this.#w[2 * i] & 1) === 1) return undefined;
    const r = this.#record(i);
    const cut = r.indexOf(US, 2);
    return { code: r.slice(2, cut), message: r.slice(cut + 1), input: this.#inputs[i] };
  }
  at(i) { return new HostnameResultView(this, i); }
  column(field) {
    const n = this.#inputs.length, w = this.#w, out = new Array(n);
    const get = plain[field];
    if (get === undefined) throw new TypeError(`column: no field ${String(field)}`);
    const read = fromRecord[field];
    for (let i = 0; i < n; i++) {
      const a = w[2 * i];
      if ((a & 2) !== 0) out[i] = get(this.#inputs[i], a, w[2 * i + 1]);
      else if ((a & 1) === 0) out[i] = undefined;
      else out[i] = read !== undefined ? read(this.#record(i)) : this.hostname(i)[field];
    }
    return out;
  }
  toArray() {
    const n = this.#inputs.length, out = new Array(n);
    for (let i = 0; i < n; i++) out[i] = new HostnameResultView(this, i);
    return out;
  }
  [Symbol.for('nodejs.util.inspect.custom')]() { return `HostnameColumns(${this.length})`; }
}
// The same interface over ready items (the item-by-item path).
class HostnameItems {
  #items;
  constructor(items) { this.#items = items; }
  get length() { return this.#items.length; }
  ok(i) { return this.#items[i].ok; }
  hostname(i) { const x = this.#items[i]; return x.ok ? new RecordHostname(x.hostname) : undefined; }
  error(i) { const x = this.#items[i]; return x.ok ? undefined : x.error; }
  at(i) { return new HostnameResultView(this, i); }
  column(field) {
    if (!FIELDS.includes(field)) throw new TypeError(`column: no field ${String(field)}`);
    return this.#items.map((x) => (x.ok ? x.hostname[field] : undefined));
  }
  toArray() { return this.#items.map((x, i) => new HostnameResultView(this, i)); }
}
export function joinInputs(inputs) {
  for (let i = 0; i < inputs.length; i++) if (typeof inputs[i] !== 'string') return undefined;
  return inputs.join(RS);
}
export function columnBatch(words, text, inputs) {
  // `words` is a view of Wasm memory: copied before anything else runs.
  return words.length === 2 * inputs.length ? new HostnameColumns(words.slice(), text, inputs) : undefined;
}
export function itemBatch(items) { return new HostnameItems(items); }
export function batchItems(batch) { return batch.toArray(); }
export function plainHostname(input, a, b) { return new PlainHostname(input, a, b); }
export function recordHostname(text, input) { return new RecordHostname(readRecord(text, 2, text.length, input)); }
export function codedError(code, message, input) {
  // No stack trace: walking the Wasm frames cost a fifth of a refused call.
  const limit = Error.stackTraceLimit;
  try { Error.stackTraceLimit = 0; } catch { /* frozen: keep the trace */ }
  const e = new Error(message);
  try { Error.stackTraceLimit = limit; } catch { /* as above */ }
  e.name = 'CustomHostnamesError';
  e.code = code;
  if (typeof input === 'string') e.input = input;
  return e;
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = setTemplates)]
    fn set_templates(text: &str);
    #[wasm_bindgen(js_name = joinInputs)]
    fn join_inputs(inputs: &JsValue) -> JsValue;
    #[wasm_bindgen(js_name = columnBatch)]
    fn column_batch(words: &[u32], text: &str, inputs: &JsValue) -> JsValue;
    #[wasm_bindgen(js_name = itemBatch)]
    fn item_batch(items: &JsValue) -> JsValue;
    #[wasm_bindgen(js_name = batchItems)]
    fn batch_items(batch: &JsValue) -> JsValue;
    #[wasm_bindgen(js_name = plainHostname)]
    fn plain_hostname(input: &JsValue, first: u32, second: u32) -> JsValue;
    #[wasm_bindgen(js_name = recordHostname)]
    fn record_hostname(text: &str, input: &JsValue) -> JsValue;
    #[wasm_bindgen(js_name = codedError)]
    fn coded_error(code: &str, message: &str, input: &JsValue) -> JsValue;
}
