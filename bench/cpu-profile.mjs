// Where a first visit of Consentry's bench page spends main-thread time: a V8 CPU profile
// (CDP Profiler, 100 µs sampling) of each page load, self time summed per original source
// line through the dist source maps, averaged over BENCH_RUNS loads (default 5, after one
// warm-up). Profiler overhead inflates small functions: read it for where, not how much.
// Usage: npm run build && node bench/cpu-profile.mjs
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import { findChromium } from '../scripts/find-chromium.mjs';
import { launchChromium } from './lib/browser-bench.mjs';
import { consentryPage } from './lib/own-pages.mjs';
import { startServer } from './lib/server.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'packages/consentry/dist');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const port = Number(process.env.BENCH_PORT ?? 8919);
const maps = {};
for (const file of ['consentry.js', 'consentry-core.js', 'consentry-ui.js']) maps[file] = new SourceMap(JSON.parse(readFileSync(join(dist, `${file}.map`), 'utf8')));

const page = consentryPage('/consentry/consentry.js', { banner: 'consentry-banner', accept: 'x' });
const server = await startServer({ port, certDir: join(root, 'test/certs'), pages: new Map([[page.id, page.html]]), mounts: { '/consentry/': `${dist}/` } });
const browser = await launchChromium(findChromium(), port);
const totals = new Map();
try {
  for (let round = 0; round <= runs; round++) {
    const context = await browser.createBrowserContext();
    const tab = await context.newPage();
    const cdp = await tab.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await tab.goto(`${server.origin}/pages/${page.id}.html`, { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { profile } = await cdp.send('Profiler.stop');
    await context.close();
    if (round === 0) continue; // warm-up
    const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
    profile.samples.forEach((id, index) => {
      const frame = nodes.get(id);
      const file = frame.url.split('/').pop();
      let where = file || frame.functionName || '(native)';
      if (maps[file]) {
        const entry = maps[file].findEntry(frame.lineNumber, frame.columnNumber);
        where = `${file} ${(entry.originalSource ?? '?').replace(/^.*?(packages\/|node_modules\/)/, '')}:${entry.originalLine + 1}`;
      }
      totals.set(where, (totals.get(where) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
    });
  }
} finally {
  await browser.close();
  await server.close();
}
for (const [where, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${(ms / runs).toFixed(1).padStart(7)} ms  ${where}`);

// The same samples by package: Lit, each of ours, the browser's own work ((program), GC, idle).
const packageOf = (where) => {
  const source = where.split(' ')[1];
  if (!source) return where;
  if (source.startsWith('../../') || source.startsWith('../src/')) return `@consentry/${source.startsWith('../src/') ? 'consentry (drop-in)' : source.split('/')[2]}`;
  return source.split('/').slice(0, source.startsWith('@') ? 2 : 1).join('/');
};
const byPackage = new Map();
for (const [where, ms] of totals) byPackage.set(packageOf(where), (byPackage.get(packageOf(where)) ?? 0) + ms);
console.log('\nby package:');
for (const [name, ms] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`${(ms / runs).toFixed(1).padStart(7)} ms  ${name}`);
