// The bench's HTTPS server (HTTP/2 with HTTP/1.1 fallback, test-only cert in test/certs/):
// serves the bench pages, Consentry's built dist and the peers' dist files on localhost, and a
// fake Google Analytics for every other host name (Chromium maps them all here with
// --host-resolver-rules). Every request is logged with its host (:authority / Host) and the
// server's clock, so the harness can tell which tracker requests a page made, and when.
import { createSecureServer } from 'node:http2';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { GA_ID } from './page-template.mjs';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.map': 'application/json' };

// What the fake gtag.js does: one GA4 page_view hit, as the real one would after `config`.
const FAKE_GTAG = `(function(){var u='https://region1.google-analytics.com/g/collect?v=2&tid=${GA_ID}&en=page_view&dl='+encodeURIComponent(location.href);
try{navigator.sendBeacon(u)}catch(e){fetch(u,{method:'POST',mode:'no-cors',keepalive:true})}})();`;

/** Host names whose requests count as Google Analytics traffic (STANDARDS.md section 1). */
export function isGoogleAnalyticsHost(host) {
  return /(^|\.)(googletagmanager\.com|google-analytics\.com|analytics\.google\.com|g\.doubleclick\.net)$/.test(host);
}

/**
 * Starts the server.
 * @param {{ port: number, certDir: string, pages: Map<string, string>, mounts: Record<string, string> }} options
 *   `pages`: id → HTML served at /pages/<id>.html; `mounts`: URL prefix (e.g. `/peers/klaro/`) → folder
 * @returns {Promise<{ origin: string, log: Array<{host: string, path: string, time: number, dest?: string, bytes: number, status: number}>, clearLog: () => void, close: () => Promise<void> }>}
 *   `time` is `performance.now()` of this process, comparable with the harness's own clock
 */
export async function startServer({ port, certDir, pages, mounts }) {
  const log = [];
  const gzipCache = new Map();
  const server = createSecureServer({
    key: readFileSync(join(certDir, 'test-only.key')),
    cert: readFileSync(join(certDir, 'test-only.crt')),
    allowHTTP1: true,
  });

  // `cacheKey`: a file's path, whose gzip is computed once; undefined = compress each time.
  const send = (req, res, status, type, body, entry, cacheKey) => {
    const wantsGzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && body.length > 0;
    let payload = body;
    const headers = { 'content-type': type, 'cache-control': 'no-store', 'access-control-allow-origin': '*', 'timing-allow-origin': '*' };
    if (wantsGzip) {
      payload = (cacheKey && gzipCache.get(cacheKey)) || gzipSync(body, { level: 9 });
      if (cacheKey) gzipCache.set(cacheKey, payload);
      headers['content-encoding'] = 'gzip';
    }
    entry.status = status;
    entry.bytes = payload.length;
    res.writeHead(status, headers);
    res.end(payload);
  };

  server.on('request', (req, res) => {
    const host = (req.headers[':authority'] ?? req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', 'https://bench.invalid');
    const entry = { host, path: url.pathname + url.search, time: performance.now(), dest: req.headers['sec-fetch-dest'], bytes: 0, status: 0 };
    log.push(entry);
    if (host !== 'localhost' && host !== '127.0.0.1') {
      if (isGoogleAnalyticsHost(host) && url.pathname === '/gtag/js') return send(req, res, 200, TYPES['.js'], Buffer.from(FAKE_GTAG), entry, 'gtag');
      entry.status = 204;
      res.writeHead(204, { 'access-control-allow-origin': '*' });
      return res.end();
    }
    const page = url.pathname.match(/^\/pages\/([\w-]+)\.html$/);
    if (page && pages.has(page[1])) return send(req, res, 200, TYPES['.html'], Buffer.from(pages.get(page[1])), entry);
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!url.pathname.startsWith(prefix)) continue;
      const file = normalize(join(dir, decodeURIComponent(url.pathname.slice(prefix.length))));
      if (file.startsWith(dir) && existsSync(file) && statSync(file).isFile()) {
        return send(req, res, 200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file), entry, file);
      }
    }
    send(req, res, 404, 'text/plain', Buffer.from('not found'), entry);
  });
  // A client that goes away mid-stream is not the bench's failure.
  server.on('sessionError', () => {});

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    origin: `https://localhost:${port}`,
    log,
    clearLog: () => void (log.length = 0),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
