// The gate's cost, in real Chromium (puppeteer-core driving the Debian/CHROME_PATH binary),
// against the built dist (run `npm run build` first):
//   1. per inserted element: 1,000 insertions (appendChild of <div>s, appendChild of first-party
//      <img>s, one innerHTML string of 1,000 elements) on a page without and with the gate
//      started, including the gate's MutationObserver callback; median of RUNS fresh pages;
//   2. click on "accept" → the first gated tag's request (a gated gtag.js), both as the server
//      sees it (this process's clock) and as the page's resource timing sees it.
// Prints figures; asserts nothing. Usage: node bench/gate.bench.mjs [runs]
import { createSecureServer } from 'node:http2';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium, HOW_TO_GET_CHROMIUM } from '../scripts/find-chromium.mjs';

const RUNS = Number(process.argv[2] ?? 15);
const root = new URL('../', import.meta.url);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// The built packages (dist, the `default` export condition), bundled for a classic <script>:
// the core with Consent Mode, with and without the gate, so the gate's own cost shows.
async function bundle(withGate) {
  const { outputFiles } = await build({
    stdin: {
      contents: `import { createConsent, startConsentMode } from '@consentry/core';
        ${withGate ? "import { startGate } from '@consentry/gate';" : ''}
        const consent = createConsent(JSON.parse(document.getElementById('config').textContent));
        startConsentMode(consent);
        ${withGate ? 'startGate(consent);' : ''}
        window.consent = consent;`,
      resolveDir: fileURLToPath(root),
    },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  return outputFiles[0].text;
}
const scripts = { core: await bundle(false), gate: await bundle(true) };
const VARIANTS = ['none', 'core', 'gate'];

const CONFIG = JSON.stringify({ revision: 1, categories: { necessary: {}, analytics: {}, marketing: {} }, consentMode: true });
const page = (variant) => `<!doctype html><html><head><meta charset="utf-8"><title>gate bench</title>
<script type="application/json" id="config">${CONFIG}</script>
${variant === 'none' ? '' : `<script src="/${variant}.js"></script>`}
<script type="text/plain" data-consent="analytics" async src="https://www.googletagmanager.com/gtag/js?id=G-BENCH"></script>
</head><body><button id="accept" onclick="window.clickAt = performance.now(); consent.acceptAll()">Accept all</button><main id="root" hidden></main></body></html>`;

const log = [];
const server = createSecureServer({
  key: readFileSync(new URL('test/certs/test-only.key', root)),
  cert: readFileSync(new URL('test/certs/test-only.crt', root)),
  allowHTTP1: true,
});
server.on('request', (request, response) => {
  const host = (request.headers[':authority'] ?? request.headers.host ?? '').replace(/:\d+$/, '');
  const path = request.url ?? '/';
  log.push({ host, path, time: performance.now() });
  const send = (type, body) => {
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(body);
  };
  if (host !== 'localhost') return send('text/javascript', '/* fake third party */');
  const variant = path.slice(1).replace(/\.js$/, '');
  if (path.endsWith('.js') && scripts[variant]) return send('text/javascript', scripts[variant]);
  return send('text/html; charset=utf-8', page(VARIANTS.includes(variant) ? variant : 'none'));
});
await new Promise((resolve) => server.listen(0, 'localhost', resolve));
const port = server.address().port;

const executablePath = findChromium();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: chromiumArgs({ ignoreCertificateErrors: true, hostRules: `MAP * 127.0.0.1:${port}, EXCLUDE localhost` }),
});

/** In the page: ms for 1,000 insertions of one kind, the observer's microtask included. */
async function insertions(page, kind) {
  return page.evaluate(async (kind) => {
    // Lazy images in a hidden container: the gate still reads every URL, but no fetch or
    // decode drowns its cost.
    const pixel = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
    const root = document.getElementById('root');
    root.textContent = '';
    const start = performance.now();
    if (kind === 'innerHTML') {
      root.innerHTML = Array.from({ length: 1000 }, (_, i) => (i % 2 ? `<p>item ${i}</p>` : `<img alt="" loading="lazy" src="${pixel}#${i}">`)).join('');
    } else {
      for (let i = 0; i < 1000; i++) {
        const element = document.createElement(kind === 'img' ? 'img' : 'div');
        if (kind === 'img') {
          element.loading = 'lazy';
          element.src = `${pixel}#${i}`;
        }
        else element.textContent = `item ${i}`;
        root.appendChild(element);
      }
    }
    await Promise.resolve(); // after the MutationObserver callback queued by the first insertion
    return performance.now() - start;
  }, kind);
}

const kinds = ['div', 'img', 'innerHTML'];
const cost = Object.fromEntries(VARIANTS.map((variant) => [variant, Object.fromEntries(kinds.map((kind) => [kind, []]))]));
const clickToServer = [];
const clickToResource = [];

for (let run = -1; run < RUNS; run++) {
  // Interleaved, in a fresh context each (no cookies: a first visit); run -1 warms up.
  const order = [...VARIANTS.slice(run % 3 < 0 ? 0 : run % 3), ...VARIANTS.slice(0, run % 3 < 0 ? 0 : run % 3)];
  for (const variant of order) {
    const context = await browser.createBrowserContext();
    const tab = await context.newPage();
    await tab.goto(`https://localhost:${port}/${variant}`, { waitUntil: 'load' });
    // One unrecorded pass first: steady-state cost, not the first call's compilation.
    for (const kind of kinds) await insertions(tab, kind);
    for (const kind of kinds) {
      const ms = await insertions(tab, kind);
      if (run >= 0) cost[variant][kind].push(ms);
    }
    if (variant === 'gate') {
      await tab.evaluate(() => performance.clearResourceTimings());
      const before = log.length;
      const clicked = performance.now();
      await tab.click('#accept');
      let request;
      for (let i = 0; i < 500 && !request; i++) {
        request = log.slice(before).find((entry) => entry.host === 'www.googletagmanager.com');
        if (!request) await new Promise((resolve) => setTimeout(resolve, 2));
      }
      const inPage = await tab.evaluate(async () => {
        for (let i = 0; i < 200; i++) {
          const entry = performance.getEntriesByType('resource').find((e) => e.name.includes('googletagmanager'));
          if (entry) return entry.startTime - window.clickAt;
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        return null;
      });
      if (run >= 0 && request) clickToServer.push(request.time - clicked);
      if (run >= 0 && inPage !== null) clickToResource.push(inPage);
    }
    await context.close();
  }
}
await browser.close();
server.close();

// Total ms for 1,000 elements equals µs per element.
const us = (ms) => `${ms.toFixed(2)} µs`;
console.log(`Gate benchmark — Chromium ${executablePath}, ${RUNS} runs each, medians`);
console.log('\n1,000 insertions               no script    core+CM   core+CM+gate   gate adds per element');
for (const kind of kinds) {
  const [none, core, gated] = VARIANTS.map((variant) => median(cost[variant][kind]));
  const label = { div: 'appendChild <div>', img: 'appendChild <img> + src', innerHTML: 'innerHTML, 1,000 elements' }[kind];
  console.log(`${label.padEnd(28)} ${none.toFixed(2).padStart(8)} ms ${core.toFixed(2).padStart(8)} ms ${gated.toFixed(2).padStart(10)} ms   ${us(gated - core)}`);
}
console.log('\nclick on "accept" → first gated tag request (gtag.js)');
console.log(`  as the server sees it (includes puppeteer's click round trip): ${median(clickToServer).toFixed(1)} ms`);
console.log(`  in the page (click handler → resource startTime):             ${median(clickToResource).toFixed(1)} ms`);
