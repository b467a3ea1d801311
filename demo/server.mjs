#!/usr/bin/env node
// The demo site's server: Node's http module, no framework. It plays the part of a small UK
// telecom's web server (Harbourline Telecom, a made-up company): it serves the pages in
// demo/, the built packages under /dist/<package>/, sets the cookies a real site of that
// kind sets from the server (a Cloudflare-like bot cookie on every page; ASP.NET session,
// anti-forgery and portal cookies on the customer portal), and hosts a fake Google Analytics
// (/fake-ga/) so the demo works offline and the e2e suite can see every hit.
//
//   node demo/server.mjs [--port 8080]      (or PORT=8080); prints the URL
//
// Pages may include shared fragments with `<!--#include partials/name.html -->`, the way a
// site's templates would put the same consent config into every page's <head>.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sendFile, sendText } from './send.mjs';
import { handlePortal } from './portal.mjs';
import { createReceiver } from './receiver.mjs';
import { createFakeGa } from './fake-ga/fake-ga.mjs';

const DEMO_DIR = fileURLToPath(new URL('.', import.meta.url));
const PACKAGES_DIR = fileURLToPath(new URL('../packages/', import.meta.url));
const PACKAGES = new Set(['core', 'gate', 'banner', 'consentry']);

/** Resolves `relative` inside `root`, or null when it would escape it. */
function inside(root, relative) {
  const path = normalize(join(root, relative));
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep) ? path : null;
}

/** Finds the file a URL path names: /dist/<pkg>/… in packages/<pkg>/dist, the rest in demo/. */
async function resolveFile(pathname) {
  const dist = /^\/dist\/([^/]+)\/(.*)$/.exec(pathname);
  let path;
  if (dist) {
    if (!PACKAGES.has(dist[1])) return null;
    path = inside(join(PACKAGES_DIR, dist[1], 'dist'), dist[2]);
  } else {
    // The server's own modules and partials are not pages.
    if (/\.mjs$|^\/partials\//.test(pathname)) return null;
    path = inside(DEMO_DIR, pathname);
  }
  if (!path) return null;
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) return resolveFile(`${pathname.replace(/\/$/, '')}/index.html`);
  return info?.isFile() ? path : null;
}

/**
 * Starts the demo server. Returns `{ url, port, server, ga, records, close() }`; `ga.hits` lists the
 * fake Google Analytics hits received. `port: 0` picks a free port. Consent records POSTed
 * to /consent-records are appended to `<dataDir>/consent-records.jsonl`.
 */
export async function startDemoServer({ port = 8080, host = '127.0.0.1', dataDir = join(DEMO_DIR, '.data') } = {}) {
  const ga = createFakeGa();
  const records = join(dataDir, 'consent-records.jsonl');
  await mkdir(dataDir, { recursive: true });
  // The reference receiver of consent records (issue 6) takes the drop-in's POSTs.
  const receiver = createReceiver({ file: records });

  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const { pathname } = url;
      if (pathname.startsWith('/fake-ga/') && (await ga.handle(request, response, url))) return;
      if (pathname.startsWith('/portal/') && (await handlePortal(request, response, url))) return;
      if (pathname === '/consent-records') return void (await receiver(request, response));
      if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
      // The SPA example routes on the client: every /spa/… page path serves its one page.
      const spaRoute = /^\/spa(\/[\w-]*)?$/.test(pathname) ? '/spa/index.html' : null;
      const path = await resolveFile(spaRoute ?? decodeURIComponent(pathname));
      if (!path) return sendText(response, 404, `Not found: ${pathname}`);
      await sendFile(request, response, path);
    } catch (error) {
      console.error(error);
      if (!response.headersSent) sendText(response, 500, 'Internal error');
      else response.end();
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actual = server.address().port;
  return {
    url: `http://localhost:${actual}/`,
    port: actual,
    server,
    ga,
    records,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function requestedPort() {
  const flag = process.argv.indexOf('--port');
  const value = flag > 0 ? process.argv[flag + 1] : process.env.PORT;
  return value === undefined ? undefined : Number(value);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
  const wanted = requestedPort();
  const missing = ['consentry.js', 'consentry-ui.js'].filter((file) => !existsSync(join(PACKAGES_DIR, 'consentry', 'dist', file)));
  if (missing.length) console.warn(`demo: packages/consentry/dist/${missing.join(', ')} missing: run \`npm run build\` (or \`npm start\`).`);
  let demo;
  try {
    demo = await startDemoServer({ port: wanted ?? 8080 });
  } catch (error) {
    // Port 8080 taken and no port asked for: take any free port rather than fail.
    if (error.code !== 'EADDRINUSE' || wanted !== undefined) throw error;
    demo = await startDemoServer({ port: 0 });
  }
  console.log(`Consentry demo (Harbourline Telecom) running at ${demo.url}`);
  console.log('Press Ctrl+C to stop.');
}
