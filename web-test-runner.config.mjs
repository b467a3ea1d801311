// @web/test-runner in real Chromium (Debian's /usr/bin/chromium or CHROME_PATH).
// Every host name but localhost resolves to this test server (Chromium's
// --host-resolver-rules), so a page can request http://www.googletagmanager.com/gtag/js and
// the request really goes over the network to a local fake, where test/server/ records it.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, findChromium } from './scripts/find-chromium.mjs';

const port = Number(process.env.WTR_PORT ?? 8765);
const serverDir = new URL('./test/server/', import.meta.url);

// Each test/server/*.mjs module may export `middleware` (Koa-style functions) and
// `plugins` (web-dev-server / test-runner plugins, e.g. commands).
const serverModules = await Promise.all(
  readdirSync(serverDir)
    .filter((file) => file.endsWith('.mjs'))
    .sort()
    .map((file) => import(new URL(file, serverDir).href)),
);

export default {
  files: process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
  port,
  // HTTPS, so pages are secure contexts (Secure cookies, CookieStore) and tracker hosts that
  // Chromium's HSTS preload list forces to https (google-analytics.com, ...) reach the fake.
  http2: true,
  protocol: 'https:',
  sslKey: fileURLToPath(new URL('./test/certs/test-only.key', import.meta.url)),
  sslCert: fileURLToPath(new URL('./test/certs/test-only.crt', import.meta.url)),
  concurrency: 1, // one page at a time: tests share one cookie jar and one IndexedDB origin
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  testFramework: { config: { timeout: 15000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  middleware: serverModules.flatMap((module) => module.middleware ?? []),
  plugins: [esbuildPlugin({ ts: true, target: 'es2021' }), ...serverModules.flatMap((module) => module.plugins ?? [])],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium(),
        headless: true,
        args: chromiumArgs({
          ignoreCertificateErrors: true,
          hostRules: `MAP * 127.0.0.1:${port}, EXCLUDE localhost, EXCLUDE 127.0.0.1`,
        }),
      },
    }),
  ],
};
