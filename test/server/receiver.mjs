// A test receiver for consent records (issue 6), like a site's endpoint:
//   POST   /__receiver/records          → stores the JSON record once per `id` (de-dup), 201;
//                                          503 while failing (see below); 400 on bad JSON
//   GET    /__receiver/records          → { records, posts, duplicates, refused, headers }
//   DELETE /__receiver/records          → forgets everything and stops failing
//   POST   /__receiver/fail?status=503&count=N → answer `status` to the next N posts
//                                          (count omitted: until /__receiver/recover)
//   POST   /__receiver/recover          → accept posts again
// `posts` counts every POST that reached it, `duplicates` those de-duplicated by id.
//
// /__demo-receiver/records runs the reference receiver of demo/receiver.mjs (schema check,
// hash check, JSONL file): POST as a site would, GET → the file's lines, DELETE → empty it.
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReceiver } from '../../demo/receiver.mjs';

const demoFile = join(tmpdir(), `consentry-demo-receiver-${process.pid}.jsonl`);
let demoReceiver = createReceiver({ file: demoFile });

const state = { records: [], ids: new Set(), posts: 0, duplicates: 0, refused: 0, headers: [], fail: null };

function reset() {
  Object.assign(state, { records: [], ids: new Set(), posts: 0, duplicates: 0, refused: 0, headers: [], fail: null });
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export const middleware = [
  async function demoRecordsReceiver(ctx, next) {
    if (ctx.path !== '/__demo-receiver/records') return next();
    if (ctx.method === 'GET' || ctx.method === 'DELETE') {
      if (ctx.method === 'DELETE') {
        await rm(demoFile, { force: true });
        demoReceiver = createReceiver({ file: demoFile });
      }
      const text = await readFile(demoFile, 'utf8').catch(() => '');
      ctx.set('Cache-Control', 'no-store');
      ctx.body = text.split('\n').filter(Boolean).map((line) => JSON.parse(line));
      return;
    }
    ctx.respond = false; // the Node (req, res) handler answers itself
    await demoReceiver(ctx.req, ctx.res);
  },
  async function recordsReceiver(ctx, next) {
    if (!ctx.path.startsWith('/__receiver/')) return next();
    ctx.set('Cache-Control', 'no-store');
    if (ctx.path === '/__receiver/fail' && ctx.method === 'POST') {
      const count = ctx.query.count === undefined ? Infinity : Number(ctx.query.count);
      state.fail = { status: Number(ctx.query.status ?? 503), left: count };
      ctx.body = { ok: true };
      return;
    }
    if (ctx.path === '/__receiver/recover' && ctx.method === 'POST') {
      state.fail = null;
      ctx.body = { ok: true };
      return;
    }
    if (ctx.path !== '/__receiver/records') return next();
    if (ctx.method === 'DELETE') {
      reset();
      ctx.body = { ok: true };
      return;
    }
    if (ctx.method === 'GET') {
      ctx.body = { records: state.records, posts: state.posts, duplicates: state.duplicates, refused: state.refused, headers: state.headers };
      return;
    }
    if (ctx.method !== 'POST') return next();
    const text = await readBody(ctx.req);
    state.posts++;
    if (state.fail && state.fail.left > 0) {
      state.fail.left--;
      state.refused++;
      ctx.status = state.fail.status;
      ctx.body = { error: 'failing on purpose' };
      return;
    }
    let record;
    try {
      record = JSON.parse(text);
    } catch {
      ctx.status = 400;
      ctx.body = { error: 'not JSON' };
      return;
    }
    if (typeof record?.id !== 'string') {
      ctx.status = 400;
      ctx.body = { error: 'no id' };
      return;
    }
    state.headers.push({ 'content-type': ctx.get('content-type'), 'x-site': ctx.get('x-site') });
    if (state.ids.has(record.id)) {
      state.duplicates++;
      ctx.status = 200;
      ctx.body = { ok: true, duplicate: true };
      return;
    }
    state.ids.add(record.id);
    state.records.push(record);
    ctx.status = 201;
    ctx.body = { ok: true };
  },
];
