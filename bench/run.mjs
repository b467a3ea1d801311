// `npm run bench`: sizes, Node micro-benchmarks and real-Chromium page figures of Consentry
// next to cookieconsent v3, Klaro, Orejime and the Osano cookieconsent, in one run.
// Writes bench/results/latest.json and regenerates docs/benchmarks.md from it.
// Figures only: nothing here asserts, and the exit code is 0 unless the harness itself breaks.
//
// Environment: BENCH_RUNS (default 15), BENCH_PORT (default 8907), CHROME_PATH,
// BENCH_SKIP_NODE=1 (skip bench/*.bench.mjs), BENCH_ONLY=id,id (pages to measure); a run with
// either is partial and goes to bench/results/partial.*.tmp instead of the published files.
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { findChromium, HOW_TO_GET_CHROMIUM } from '../scripts/find-chromium.mjs';
import { installPeers } from './lib/install-peers.mjs';
import { runNodeBenches } from './lib/node-benches.mjs';
import { peerPages } from './lib/peer-pages.mjs';
import { consentryPage, floorPage } from './lib/own-pages.mjs';
import { measureFiles } from './lib/sizes.mjs';
import { measureSpaCore } from './lib/spa-bundle.mjs';
import { bundleBreakdown } from './lib/bundle-breakdown.mjs';
import { buildOneFile, ONE_FILE } from './lib/one-file-build.mjs';
import { startServer } from './lib/server.mjs';
import { runBrowserBench } from './lib/browser-rounds.mjs';
import { renderReport } from './lib/report.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = join(benchDir, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const PORT = Number(process.env.BENCH_PORT ?? 8907);
// A full run stays under ~10 minutes on 2 cores: rounds stop early past this budget.
const BROWSER_BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 7 * 60_000);

// How the harness finds Consentry's banner and its accept button (puppeteer `>>>` = into a
// shadow root); kept in step with packages/banner.
const CONSENTRY_SELECTORS = { banner: 'consentry-banner', accept: 'consentry-banner >>> [data-action="accept-all"]' };
const DIST = join(root, 'packages/consentry/dist');
// The bench serves and measures a snapshot of dist taken at its start, so a rebuild during
// the run (another shell's `npm run build`) cannot mix two builds in one set of figures.
const SNAPSHOT = join(benchDir, '.peers/consentry-dist');
const DROP_IN = join(SNAPSHOT, 'consentry.js');

const log = (message) => console.log(`[bench] ${message}`);
const errors = [];
const git = (command) => {
  try {
    return execSync(`git ${command}`, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
};

const { peers } = JSON.parse(readFileSync(join(benchDir, 'peers.json'), 'utf8'));
const installed = installPeers(benchDir, peers);
errors.push(...installed.errors);

rmSync(SNAPSHOT, { recursive: true, force: true });
if (existsSync(join(DIST, 'consentry.js'))) cpSync(DIST, SNAPSHOT, { recursive: true });

const results = {
  date: new Date().toISOString(),
  commit: git('rev-parse --short HEAD'),
  node: process.version,
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model?.trim() ?? 'cpu'}, ${os.platform()} ${os.arch()}`,
  runsRequested: RUNS,
  // 1-minute load average when the run starts and after the browser rounds: other work on the machine
  // inflates wall-clock times (medians and interleaving soften it, they do not remove it).
  loadAverage: { start: os.loadavg()[0], end: null },
  peers: Object.fromEntries(Object.entries(peers).map(([name, peer]) => [name, { label: peer.label, version: installed.installed[name] ?? null, coreNote: peer.coreNote }])),
  consentry: { available: existsSync(DROP_IN), builtAt: existsSync(DROP_IN) ? statSync(join(DIST, 'consentry.js')).mtime.toISOString() : null },
  sizes: {},
  micro: [],
  browser: null,
  errors,
};

// 1. Node micro-benchmarks first, so they do not share the CPU with Chromium.
if (process.env.BENCH_SKIP_NODE !== '1') results.micro = runNodeBenches(benchDir);

// 2. Static sizes: what each library ships for each usage scenario.
for (const [name, peer] of Object.entries(peers)) {
  if (!results.peers[name].version) continue;
  const files = (list) => list.map((file) => ({ name: `${name}/${file}`, path: join(installed.dir, name, file) }));
  results.sizes[name] = {
    everyPage: measureFiles(files(peer.files)),
    core: peer.core ? measureFiles(files(peer.core)) : null,
  };
}
if (results.consentry.available) {
  results.sizes.consentry = { everyPage: measureFiles([{ name: 'consentry/dist/consentry.js', path: DROP_IN }]) };
  try {
    results.sizes.consentry.core = await measureSpaCore(root);
  } catch (error) {
    results.sizes.consentry.core = { error: error.message };
  }
  // The same code as one classic script (bench only): what issue 7's split is measured against.
  try {
    const path = await buildOneFile(root, SNAPSHOT);
    results.sizes['consentry-one-file'] = { everyPage: measureFiles([{ name: `bench build/${ONE_FILE}`, path }]) };
  } catch (error) {
    errors.push(`one-file build failed: ${error.message}`);
  }
} else {
  log('Consentry skipped: packages/consentry/dist/consentry.js not built yet (npm run build)');
  results.consentry.reason = 'packages/consentry/dist/consentry.js not found: the drop-in was not built';
}

// 3. Real Chromium.
const executablePath = findChromium();
if (!executablePath) {
  errors.push(HOW_TO_GET_CHROMIUM);
} else {
  const peerBase = (name) => `/peers/${name}/`;
  let libs = [floorPage(), ...peerPages(peerBase).filter((page) => results.peers[page.package]?.version)];
  if (results.consentry.available) libs.splice(1, 0, consentryPage('/consentry/consentry.js', CONSENTRY_SELECTORS));
  if (results.sizes['consentry-one-file']) libs.splice(2, 0, { ...consentryPage(`/consentry/${ONE_FILE}`, CONSENTRY_SELECTORS), id: 'consentry-one-file' });
  if (process.env.BENCH_ONLY) libs = libs.filter((lib) => process.env.BENCH_ONLY.split(',').includes(lib.id));
  const mounts = { '/consentry/': SNAPSHOT + '/' };
  for (const name of Object.keys(peers)) mounts[`/peers/${name}/`] = join(installed.dir, name) + '/';
  const server = await startServer({ port: PORT, certDir: join(root, 'test/certs'), pages: new Map(libs.map((lib) => [lib.id, lib.html])), mounts });
  try {
    results.browser = await runBrowserBench({ executablePath, port: PORT, server, libs, runs: RUNS, budgetMs: BROWSER_BUDGET_MS, log });
  } catch (error) {
    errors.push(`browser bench failed: ${error.stack ?? error}`);
  } finally {
    await server.close();
  }
}

results.loadAverage.end = os.loadavg()[0];

// 4. Consentry's first visit = the drop-in + every file it fetched before the click (the UI).
const consentryBrowser = results.browser?.libs?.consentry;
if (results.sizes.consentry && consentryBrowser?.measured > 0) {
  const distFiles = (list) =>
    list
      .filter((path) => path.startsWith('/consentry/') && !path.endsWith('.map'))
      .map((path) => ({ name: `consentry/dist/${path.slice('/consentry/'.length)}`, path: join(SNAPSHOT, path.slice('/consentry/'.length)) }))
      .filter((file) => existsSync(file.path));
  results.sizes.consentry.firstVisit = measureFiles(distFiles(consentryBrowser.filesFirstVisit));
  // Fetched only after the click (e.g. the records log): not part of the page's first paint.
  results.sizes.consentry.onAccept = measureFiles(distFiles(consentryBrowser.filesAfterClick));
  // Which sources the bytes of each first-visit file come from (its source map).
  results.sizes.consentry.breakdown = Object.fromEntries(
    distFiles(consentryBrowser.filesFirstVisit)
      .filter((file) => file.path.endsWith('.js'))
      .map((file) => [file.name.split('/').pop(), bundleBreakdown(file.path)]),
  );
}

mkdirSync(join(benchDir, 'results'), { recursive: true });
if (process.env.BENCH_ONLY || process.env.BENCH_SKIP_NODE === '1') {
  // A partial run (some pages, or no micro-benchmarks) must not replace the published figures.
  writeFileSync(join(benchDir, 'results/partial.json.tmp'), JSON.stringify(results, null, 1) + '\n');
  writeFileSync(join(benchDir, 'results/partial.md.tmp'), renderReport(results));
  log('partial run: wrote bench/results/partial.json.tmp and partial.md.tmp (git-ignored)');
} else {
  writeFileSync(join(benchDir, 'results/latest.json'), JSON.stringify(results, null, 1) + '\n');
  writeFileSync(join(root, 'docs/benchmarks.md'), renderReport(results));
  log('wrote bench/results/latest.json and docs/benchmarks.md');
}
for (const error of errors) log(`note: ${error}`);
