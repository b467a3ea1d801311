// The reference receiver (demo/receiver.mjs) in Node: schema validation, hash check,
// de-duplication by id (also across restarts and concurrent retries), JSONL output, CORS.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReceiver, canonicalJson, validate } from '../../demo/receiver.mjs';

const schema = JSON.parse(await readFile(new URL('../../docs/record-schema.json', import.meta.url), 'utf8'));

// Written independently of the library: the hash rule as docs/records.md states it.
const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');
function canonical(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`;
}
function makeRecord(overrides = {}, previous = null) {
  const unsigned = {
    schema: 'consentry-record/1',
    id: randomUUID(),
    seq: previous ? previous.seq + 1 : 0,
    consentId: 'q3Jk2mV0c9Tz1xYwAbCdEf',
    time: '2026-11-23T16:00:00.000Z',
    action: 'custom',
    layer: 'preferences',
    reason: null,
    choices: { necessary: true, analytics: true, marketing: false },
    consentMode: { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'granted', functionality_storage: 'denied', personalization_storage: 'denied', security_storage: 'granted' },
    revision: '3',
    noticeHash: sha256('notice'),
    language: 'en',
    policyUrl: 'https://shop.example/privacy',
    libraryVersion: '0.1.0',
    gpc: false,
    pageUrl: 'https://shop.example/products/chair',
    expiresAt: '2027-05-24T16:00:00.000Z',
    previousHash: previous ? previous.hash : null,
    ...overrides,
  };
  return { ...unsigned, hash: sha256(canonical(unsigned)) };
}

describe('demo/receiver.mjs', () => {
  let dir;
  let file;
  let server;
  let url;
  const start = (options = {}) =>
    new Promise((resolve) => {
      const handler = createReceiver({ file, now: () => new Date('2026-11-23T16:00:01.000Z'), ...options });
      server = createServer((req, res) => void handler(req, res));
      server.listen(0, '127.0.0.1', () => {
        url = `http://127.0.0.1:${server.address().port}/consent-records`;
        resolve();
      });
    });
  const stop = () => new Promise((resolve) => server.close(resolve));
  const post = (body, headers = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const lines = async () => (await readFile(file, 'utf8').catch(() => '')).split('\n').filter(Boolean).map((line) => JSON.parse(line));

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'consentry-receiver-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('stores a valid record as one JSON line, once per id', async () => {
    file = join(dir, 'once.jsonl');
    await start();
    const record = makeRecord();
    const first = await post(record);
    assert.equal(first.status, 201);
    const again = await post(record);
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), { ok: true, duplicate: true });
    assert.deepEqual(await lines(), [{ receivedAt: '2026-11-23T16:00:01.000Z', record }]);
    await stop();
  });

  test('de-duplicates across a restart and among concurrent retries', async () => {
    file = join(dir, 'restart.jsonl');
    await start();
    const a = makeRecord();
    const b = makeRecord({}, a);
    await post(a);
    await stop();
    await start(); // reads the ids already in the file
    const answers = await Promise.all([post(a), post(b), post(b), post(b)]);
    assert.deepEqual(answers.map((r) => r.status).sort(), [200, 200, 200, 201]);
    assert.deepEqual((await lines()).map((line) => line.record.id), [a.id, b.id]);
    await stop();
  });

  test('refuses what is not a valid record, saying why', async () => {
    file = join(dir, 'invalid.jsonl');
    await start();
    assert.equal((await post('{not json')).status, 400);
    const cases = [
      [{ ...makeRecord(), extra: 1 }, '$.extra: is not allowed'],
      [(({ time: _t, ...rest }) => rest)(makeRecord()), '$.time: is required'],
      [makeRecord({ pageUrl: 'https://shop.example/?email=a@b.example' }), '$.pageUrl: does not match'],
      [makeRecord({ choices: { necessary: false } }), '$.choices.necessary: must be true'],
      [makeRecord({ action: 'maybe' }), '$.action: must be one of'],
      [makeRecord({ seq: -1 }), '$.seq: below 0'],
      [{ ...makeRecord(), gpc: true }, '$.hash: does not match'],
    ];
    for (const [body, message] of cases) {
      const response = await post(body);
      assert.equal(response.status, 422, message);
      const answer = await response.json();
      assert.ok(answer.errors.some((error) => error.startsWith(message)), `${message} in ${JSON.stringify(answer.errors)}`);
    }
    const huge = await post(makeRecord({ language: 'x'.repeat(20_000) }));
    assert.equal(huge.status, 413);
    assert.equal((await fetch(url)).status, 405);
    assert.deepEqual(await lines(), []);
    await stop();
  });

  test('answers CORS preflight for the allowed origin', async () => {
    file = join(dir, 'cors.jsonl');
    await start({ allowOrigin: 'https://shop.example' });
    const preflight = await fetch(url, { method: 'OPTIONS', headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST' } });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://shop.example');
    assert.match(preflight.headers.get('access-control-allow-headers'), /content-type/);
    const stored = await post(makeRecord());
    assert.equal(stored.headers.get('access-control-allow-origin'), 'https://shop.example');
    await stop();
  });

  test('keeps going past an unreadable line in an existing file', async () => {
    file = join(dir, 'damaged.jsonl');
    const record = makeRecord();
    await writeFile(file, `${JSON.stringify({ receivedAt: 'x', record })}\n{torn line\n`);
    const warn = console.warn;
    const warned = [];
    console.warn = (message) => warned.push(message);
    await start();
    assert.equal((await post(record)).status, 200);
    console.warn = warn;
    assert.equal(warned.length, 1);
    await stop();
  });

  test('its canonical JSON and validator agree with the schema file', () => {
    assert.equal(canonicalJson({ b: [1, { d: null, c: 'x' }], a: true }), '{"a":true,"b":[1,{"c":"x","d":null}]}');
    assert.deepEqual(validate(schema, makeRecord()), []);
    assert.deepEqual(validate(schema, makeRecord({ action: 'expired', reason: 'revision', noticeHash: null, expiresAt: null, layer: 'auto' })), []);
    assert.throws(() => validate({ oneOf: [] }, 1), /not supported/);
  });
});
