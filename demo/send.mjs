// How the demo server answers: static files (with the demo's includes expanded in pages, and
// the Cloudflare-like cookie a CDN would add to every page) and short text answers.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEMO_DIR = fileURLToPath(new URL('.', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Expands `<!--#include partials/x.html -->` (files under demo/partials only; partials may include partials). */
async function expandIncludes(html, depth = 0) {
  const pattern = /<!--#include (partials\/[\w-]+\.html) -->/g;
  const names = [...new Set([...html.matchAll(pattern)].map((match) => match[1]))];
  if (!names.length || depth > 3) return html;
  const parts = new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(DEMO_DIR, name), 'utf8')])));
  return expandIncludes(html.replace(pattern, (_, name) => parts.get(name)), depth + 1);
}

/** The Cloudflare-like bot-management cookie a CDN in front of the site would set (30 min). */
function botCookie(request) {
  if (/(?:^|;\s*)__cf_bm=/.test(request.headers.cookie ?? '')) return [];
  return [`__cf_bm=${randomBytes(24).toString('base64url')}; Path=/; Max-Age=1800; HttpOnly; SameSite=Lax`];
}

/**
 * Sends a page or asset. `rewrite(html)` lets a route fill in a page (the portal's token).
 * Everything is `no-cache` so that the requests a visitor makes are the ones the e2e suite sees.
 */
export async function sendFile(request, response, path, { status = 200, cookies = [], rewrite } = {}) {
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  let body = await readFile(path);
  const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' };
  if (type.startsWith('text/html')) {
    let html = await expandIncludes(body.toString('utf8'));
    if (rewrite) html = rewrite(html);
    body = Buffer.from(html);
    cookies = [...botCookie(request), ...cookies];
  }
  if (cookies.length) headers['Set-Cookie'] = cookies;
  response.writeHead(status, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** Sends a small plain-text answer. */
export function sendText(response, status, text, headers = {}) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  response.end(text);
}

