// Screenshots of the banner and the preferences dialog, light and dark, 360 px and 1280 px
// wide (and in forced colours), into docs/screenshots/. The UI is bundled with esbuild (from source) into a plain
// page with some site content behind it, and shot in the same Chromium the tests use.
//   node packages/banner/scripts/screenshots.mjs
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChromium, HOW_TO_GET_CHROMIUM } from '../../../scripts/find-chromium.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const out = `${root}docs/screenshots/`;
mkdirSync(out, { recursive: true });

const entry = `
import { createConsent, memoryStorage } from '@consentry/core';
import { mountConsentUi } from './packages/banner/src/mount-consent-ui.ts';
window.start = async (state) => {
  const consent = createConsent({
    revision: 1,
    policyUrl: '/privacy',
    categories: {
      necessary: { cookies: [{ name: 'session', provider: 'Example Ltd', purpose: 'Keeps you logged in', lifetime: 'session' }] },
      preferences: { cookies: [{ name: 'lang', purpose: 'Remembers your language', lifetime: '1 year' }] },
      analytics: { cookies: [{ name: '_ga', provider: 'Google Analytics', purpose: 'Distinguishes visitors', lifetime: '2 years' }, { name: '_ga_*', provider: 'Google Analytics', purpose: 'Keeps session state', lifetime: '2 years' }] },
      marketing: { cookies: [{ name: '_fbp', provider: 'Meta', purpose: 'Ad delivery and measurement', lifetime: '3 months', thirdParty: true }] },
    },
  }, { storage: memoryStorage(), gpcSignal: false, tabSync: 'off' });
  const ui = mountConsentUi(consent, { records: { export: async () => '{}' } });
  if (state === 'dialog') {
    await ui.showPreferences();
    const dialog = document.querySelector('consentry-preferences');
    dialog.shadowRoot.querySelectorAll('details')[2].open = true;
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
};`;
const bundle = await build({
  stdin: { contents: entry, resolveDir: root, loader: 'js' },
  bundle: true,
  format: 'iife',
  write: false,
  conditions: ['source'],
});
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<style>body{margin:0;font:16px/1.6 Georgia,serif;color:#222;background:#f4f1ea}@media (prefers-color-scheme:dark){body{color:#ddd;background:#15171a}}
header{padding:1em 5vw;background:#2b4a3f;color:#fff;font:700 1.2em system-ui}main{padding:1em 5vw;max-width:50em}</style></head>
<body><header>Example Ltd</header><main><h1>Welcome</h1>${'<p>Example Ltd makes sturdy garden furniture in Leeds. Browse the catalogue, log in to the customer portal, or read about how we build each bench by hand.</p>'.repeat(6)}</main>
<script>${bundle.outputFiles[0].text}</script></body></html>`;

// Served over http (not about:blank) so the page has cookies, as a real site does.
const server = createServer((request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(page));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const executablePath = findChromium();
if (!executablePath) throw new Error(HOW_TO_GET_CHROMIUM);
const browser = await puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const width of [360, 1280]) {
    for (const scheme of ['light', 'dark']) {
      for (const state of ['banner', 'dialog']) {
        const tab = await browser.newPage();
        await tab.setViewport({ width, height: width === 360 ? 740 : 800 });
        await tab.emulateMediaFeatures([
          { name: 'prefers-color-scheme', value: scheme },
          { name: 'prefers-reduced-motion', value: 'reduce' },
        ]);
        await tab.goto(url);
        await tab.evaluate((s) => window.start(s), state);
        const file = `${out}${state}-${width}-${scheme}.png`;
        await tab.screenshot({ path: file });
        console.log(file);
        await tab.close();
      }
    }
  }
  // Forced colours (Windows high contrast): system colours replace ours; looked at by hand.
  for (const state of ['banner', 'dialog']) {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1280, height: 800 });
    // Puppeteer's emulateMediaFeatures does not know forced-colors; the protocol does.
    const cdp = await tab.createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }, { name: 'prefers-reduced-motion', value: 'reduce' }] });
    await tab.goto(url);
    await tab.evaluate((s) => window.start(s), state);
    const file = `${out}${state}-1280-forced-colors.png`;
    await tab.screenshot({ path: file });
    console.log(file);
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}
