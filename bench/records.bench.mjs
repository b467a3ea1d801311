// Consent records (issue 6): what writing a record adds to a decision, in real Chromium, and
// how long the export of 10,000 records takes (Node, and in the browser from IndexedDB).
// Figures only, one JSON line each; nothing asserts. Run: node bench/records.bench.mjs
// (BENCH_RECORDS_RUNS, default 60; CHROME_PATH as for the tests).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findChromium, HOW_TO_GET_CHROMIUM } from '../scripts/find-chromium.mjs';

const RUNS = Number(process.env.BENCH_RECORDS_RUNS ?? 30);
const EXPORT_SIZE = 10_000;
const root = new URL('..', import.meta.url).pathname;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value) => Math.round(value * 1000) / 1000;
const figure = (name, values, extra = {}) => console.log(JSON.stringify({ bench: 'records', name, unit: 'ms', median: round(median(values)), runs: values.length, ...extra }));

const bundle = async (contents, platform) =>
  (
    await build({
      stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'records-bench-entry.ts' },
      bundle: true,
      format: platform === 'node' ? 'esm' : 'iife',
      platform,
      write: false,
      target: 'es2021',
      logLevel: 'silent',
    })
  ).outputFiles[0].text;

// A chain of `count` records like the library writes (hashes made by the library itself).
const CHAIN = `
export function makeChain(hashRecord, count) {
  const chain = [];
  let previous = null;
  for (let seq = 0; seq < count; seq++) {
    const unsigned = {
      schema: 'consentry-record/1', id: crypto.randomUUID(), seq, consentId: 'q3Jk2mV0c9Tz1xYwAbCdEf',
      time: new Date(Date.UTC(2026, 0, 1) + seq * 60000).toISOString(), action: seq % 3 ? 'custom' : 'accept_all',
      layer: 'preferences', reason: null, choices: { necessary: true, preferences: seq % 2 === 0, analytics: true, marketing: false },
      consentMode: { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'granted',
        functionality_storage: 'granted', personalization_storage: 'granted', security_storage: 'granted' },
      revision: '3', noticeHash: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', language: 'en',
      policyUrl: 'https://shop.example/privacy', libraryVersion: '0.1.0', gpc: false,
      pageUrl: 'https://shop.example/products/chair', expiresAt: '2026-07-02T00:00:00.000Z',
      previousHash: previous ? previous.hash : null,
    };
    previous = { ...unsigned, hash: hashRecord(unsigned) };
    chain.push(previous);
  }
  return chain;
}`;

async function nodeExport() {
  const code = await bundle(
    `export { exportRecords } from './packages/core/src/records/export-records.ts';
     export { verifyRecords } from './packages/core/src/records/verify-records.ts';
     export { hashRecord } from './packages/core/src/records/record-store.ts';
     ${CHAIN}`,
    'node',
  );
  const dir = mkdtempSync(join(tmpdir(), 'consentry-records-bench-'));
  try {
    const file = join(dir, 'records.mjs');
    writeFileSync(file, code);
    const { exportRecords, verifyRecords, hashRecord, makeChain } = await import(pathToFileURL(file).href);
    const chain = makeChain(hashRecord, EXPORT_SIZE);
    for (const format of ['csv', 'json']) {
      const times = [];
      let bytes = 0;
      for (let i = 0; i < 7; i++) {
        const started = performance.now();
        bytes = (await exportRecords(chain, format)).length;
        times.push(performance.now() - started);
      }
      figure(`node: export ${EXPORT_SIZE} records as ${format}${format === 'json' ? ' (includes verify)' : ''}`, times, { bytes });
    }
    const times = [];
    for (let i = 0; i < 7; i++) {
      const started = performance.now();
      await verifyRecords(chain);
      times.push(performance.now() - started);
    }
    figure(`node: verify ${EXPORT_SIZE} records`, times);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// In the page: decisions without and with a records log, then export from IndexedDB.
const PAGE_SCRIPT = `
import { createConsent } from './packages/core/src/create-consent.ts';
import { createRecords } from './packages/core/src/records/create-records.ts';
import { hashRecord, RECORDS_DB, RECORDS_STORE } from './packages/core/src/records/record-store.ts';
import { clear, createStore, setMany } from 'idb-keyval';
${CHAIN.replace('export async function', 'async function')}
const config = { revision: 3, categories: { necessary: {}, preferences: {}, analytics: { cookies: ['_ga', '_ga_*'] }, marketing: {} } };
const notice = { language: 'en', texts: { title: 'We use cookies', body: 'x'.repeat(400), accept: 'Accept all', reject: 'Reject all' } };
window.runBench = async (runs, exportSize) => {
  const store = createStore(RECORDS_DB, RECORDS_STORE);
  await clear(store);
  const out = { bare: [], withRecordsSync: [], withRecordsCommitted: [] };
  // Interleaved, so drift on a busy machine hits both sides alike. performance.now() is
  // coarsened to 0.1 ms in a page that is not cross-origin isolated, so the synchronous cost
  // is timed over batches of 20 decisions.
  const bare = createConsent(config, { gpcSignal: false, tabSync: 'off' });
  const consent = createConsent(config, { gpcSignal: false, tabSync: 'off' });
  const records = createRecords(consent);
  const BATCH = 20;
  for (let round = 0; round < runs; round++) {
    let started = performance.now();
    for (let i = 0; i < BATCH; i++) bare.set({ analytics: i % 2 === 0 }, { layer: 'preferences', notice });
    out.bare.push((performance.now() - started) / BATCH);
    started = performance.now();
    for (let i = 0; i < BATCH; i++) consent.set({ analytics: i % 2 === 0 }, { layer: 'preferences', notice });
    out.withRecordsSync.push((performance.now() - started) / BATCH);
    await records.whenIdle();
    started = performance.now();
    consent.set({ analytics: round % 2 === 0 }, { layer: 'preferences', notice });
    await records.whenIdle();
    out.withRecordsCommitted.push(performance.now() - started);
  }
  bare.destroy();
  records.destroy();
  await clear(store);
  const chain = makeChain(hashRecord, exportSize);
  await setMany(chain.map((record) => [['r', record.seq], record]).concat([['head', { seq: exportSize - 1, hash: chain[exportSize - 1].hash }]]), store);
  const reader = createRecords(consent);
  const times = { csv: [], json: [], verify: [] };
  for (let i = 0; i < 5; i++) {
    for (const format of ['csv', 'json']) {
      const started = performance.now();
      await reader.export(format);
      times[format].push(performance.now() - started);
    }
    const started = performance.now();
    const result = await reader.verify();
    if (!result.ok) throw new Error('the seeded chain does not verify');
    times.verify.push(performance.now() - started);
  }
  reader.destroy();
  consent.destroy();
  await clear(store);
  document.cookie = 'consentry=; path=/; max-age=0';
  return { ...out, ...times };
};`;

async function browser() {
  const executablePath = findChromium();
  if (!executablePath) {
    console.log(HOW_TO_GET_CHROMIUM);
    return;
  }
  const script = await bundle(PAGE_SCRIPT, 'browser');
  // http://127.0.0.1 is a secure context, like the https sites the library runs on.
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><title>records bench</title><script>${script.replace(/<\/script/gi, '<\\/script')}</script></html>`);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const instance = await puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  try {
    const page = await instance.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const result = await page.evaluate((runs, size) => window.runBench(runs, size), RUNS, EXPORT_SIZE);
    figure('chromium: decision (set()) without records (mean of a batch of 20)', result.bare);
    figure('chromium: decision (set()) with records attached, synchronous part (mean of a batch of 20)', result.withRecordsSync);
    figure('chromium: decision until its record is committed to IndexedDB', result.withRecordsCommitted);
    figure(`chromium: export ${EXPORT_SIZE} records from IndexedDB as csv`, result.csv);
    figure(`chromium: export ${EXPORT_SIZE} records from IndexedDB as json (includes verify)`, result.json);
    figure(`chromium: verify ${EXPORT_SIZE} records from IndexedDB`, result.verify);
  } finally {
    await instance.close();
    server.close();
  }
}

await nodeExport();
await browser();
