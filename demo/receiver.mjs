#!/usr/bin/env node
// Reference receiver for Consentry consent records (docs/records.md, "Delivery").
// Node only, no framework: validates each POSTed record against docs/record-schema.json,
// checks its hash, and appends it as one JSON line to a file, once per record id.
//
//   node demo/receiver.mjs --port 8787 --file records.jsonl [--allow-origin https://shop.example]
//
// Each line is {"receivedAt": "<server time>", "record": {...the record as sent...}}.
// No IP address, no cookies, no request headers are stored.
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const SCHEMA_URL = new URL('../docs/record-schema.json', import.meta.url);

/** Canonical JSON (RFC 8785 for these values): sorted keys, no whitespace. */
export function canonicalJson(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).filter((key) => value[key] !== undefined).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
}

/** SHA-256 (hex) of a record without its `hash`: what the record's `hash` must be. */
export function recordHash(record) {
  const { hash: _ignored, ...rest } = record;
  return createHash('sha256').update(canonicalJson(rest), 'utf8').digest('hex');
}

const typeOf = (value) => (value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value);
const KNOWN = new Set(['$schema', '$id', 'title', 'description', 'type', 'const', 'enum', 'pattern', 'maxLength', 'minimum', 'required', 'properties', 'additionalProperties']);

/**
 * Validates `value` against `schema`, for the JSON Schema keywords record-schema.json uses
 * (a schema using others is refused rather than half-checked). Returns the errors found.
 */
export function validate(schema, value, path = '$') {
  for (const key of Object.keys(schema)) if (!KNOWN.has(key)) throw new Error(`receiver: schema keyword "${key}" is not supported`);
  const errors = [];
  const type = typeOf(value);
  if (schema.type) {
    const types = [schema.type].flat();
    if (!types.includes(type) && !(type === 'integer' && types.includes('number'))) return [`${path}: must be ${types.join(' or ')}`];
  }
  if ('const' in schema && value !== schema.const) errors.push(`${path}: must be ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${path}: must be one of ${JSON.stringify(schema.enum)}`);
  if (type === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) errors.push(`${path}: does not match ${schema.pattern}`);
    if (schema.maxLength !== undefined && [...value].length > schema.maxLength) errors.push(`${path}: longer than ${schema.maxLength}`);
  }
  if ((type === 'integer' || type === 'number') && schema.minimum !== undefined && value < schema.minimum) errors.push(`${path}: below ${schema.minimum}`);
  if (type === 'object') {
    for (const key of schema.required ?? []) if (!(key in value)) errors.push(`${path}.${key}: is required`);
    for (const [key, item] of Object.entries(value)) {
      const rule = schema.properties?.[key] ?? schema.additionalProperties;
      if (rule === false) errors.push(`${path}.${key}: is not allowed`);
      else if (rule && rule !== true) errors.push(...validate(rule, item, `${path}.${key}`));
    }
  }
  return errors;
}

async function readIds(file) {
  const ids = new Set();
  try {
    const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      try {
        ids.add(JSON.parse(line).record.id);
      } catch (error) {
        console.warn(`receiver: skipping an unreadable line of ${file}: ${error.message}`);
      }
    }
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
  return ids;
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * Makes a `(req, res)` handler for `http.createServer`: POST a record (JSON) → 201 stored,
 * 200 already stored (same id), 400 not JSON, 413 too large, 422 invalid (with `errors`).
 * Options: `file` (JSONL path, required), `schema` (default docs/record-schema.json),
 * `allowOrigin` (answer CORS for that origin), `maxBytes` (default 16 KiB),
 * `now` (clock for `receivedAt`).
 */
export function createReceiver({ file, schema, allowOrigin, maxBytes = 16_384, now = () => new Date() }) {
  if (!file) throw new Error('receiver: pass { file: "records.jsonl" }');
  const rules = schema ?? JSON.parse(readFileSync(SCHEMA_URL, 'utf8'));
  const ids = readIds(file); // ids already in the file, so a restart still de-duplicates
  let writing = Promise.resolve(); // appends one at a time: lines never interleave
  const cors = allowOrigin
    ? { 'access-control-allow-origin': allowOrigin, 'access-control-allow-headers': 'content-type, x-site', 'access-control-allow-methods': 'POST', vary: 'origin' }
    : {};

  return async function receiveRecord(req, res) {
    if (req.method === 'OPTIONS' && allowOrigin) return send(res, 204, {}, { ...cors, 'access-control-max-age': '600' });
    if (req.method !== 'POST') return send(res, 405, { error: 'POST a consent record as JSON' }, { allow: 'POST', ...cors });
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
      size += chunk.length;
      if (size > maxBytes) return send(res, 413, { error: `a record is at most ${maxBytes} bytes` }, cors);
      chunks.push(chunk);
    }
    let record;
    try {
      record = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return send(res, 400, { error: 'the body is not JSON' }, cors);
    }
    const errors = validate(rules, record);
    if (errors.length === 0 && recordHash(record) !== record.hash) errors.push('$.hash: does not match the record (edited or corrupted)');
    if (errors.length > 0) return send(res, 422, { error: 'not a valid consent record', errors }, cors);
    const known = await ids;
    if (known.has(record.id)) return send(res, 200, { ok: true, duplicate: true }, cors);
    known.add(record.id); // before the write, so a concurrent retry of the same id is a duplicate
    const line = `${JSON.stringify({ receivedAt: now().toISOString(), record })}\n`;
    const written = writing.then(() => appendFile(file, line, 'utf8'));
    writing = written.catch(() => undefined);
    try {
      await written;
    } catch (error) {
      known.delete(record.id); // not stored: the browser keeps it in its outbox and retries
      console.error(`receiver: could not append to ${file}: ${error.message}`);
      return send(res, 500, { error: 'could not store the record' }, cors);
    }
    return send(res, 201, { ok: true }, cors);
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '8787' }, file: { type: 'string', default: 'records.jsonl' }, 'allow-origin': { type: 'string' } },
  });
  const handler = createReceiver({ file: values.file, allowOrigin: values['allow-origin'] });
  createServer((req, res) => {
    handler(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) send(res, 500, { error: 'internal error' });
    });
  }).listen(Number(values.port), () => console.log(`Consent records receiver on http://localhost:${values.port}/ → ${values.file}`));
}
