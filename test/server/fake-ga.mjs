// Local fakes of Google Analytics / Tag Manager and other trackers, reached through their real
// host names (Chromium's --host-resolver-rules send every host but localhost to this server),
// so gate tests see real requests, cookies and beacons without the internet.
//
//   www.googletagmanager.com /gtag/js?id=G-…&l=dataLayer  a small gtag.js (see fakeGtag below)
//                            /gtm.js?id=GTM-…&l=…           the same engine, keyed by container
//                            /ns.html                       the GTM noscript iframe
//   any host: …/collect (GA4 /g/collect, legacy /collect, /j/collect)   204
//   any host: /tr, …pixel…, /action/…, *.gif                            a 1×1 GIF
//   connect.facebook.net /en_US/fbevents.js                 sets _fbp, sends the /tr pixel
//   www.youtube.com /embed/*, any other page                a tiny HTML page
//   any host, path ending .js (or ?js)                      records its run in window.__ran
//                                                           (`?name=` names it, `?delay=ms`
//                                                           delays the answer)
// On every host it also serves the test site's drop-in (/__gate/site.js: test/pages/gate-site.ts
// bundled as a classic script, so it runs in <head> during parsing) and adds a CSP header with
// a nonce to /test/pages/gate-csp.html.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
export const CSP_NONCE = 't3st-n0nce';

/**
 * Runs in the page as gtag.js/gtm.js would: reads the dataLayer (real `arguments` entries),
 * follows `consent default/update`, and on `config` sends a GA4 hit. With analytics_storage
 * granted it sets `_ga` and `_ga_<ID>` on the highest domain that takes a cookie (GA's "auto")
 * and the hit carries the client id; denied (advanced mode) it sends a cookieless ping.
 */
function fakeGtag(layerName) {
  const w = window;
  const layer = (w[layerName] = w[layerName] || []);
  const ga = (w.__fakeGa = w.__fakeGa || { loads: 0, hits: [], seen: [] });
  ga.loads++;
  const consent = {};
  const tags = [];
  const granted = () => consent.analytics_storage === 'granted';
  const read = (name) => document.cookie.split('; ').find((c) => c.startsWith(`${name}=`))?.slice(name.length + 1);
  const cookieDomain = () => {
    const labels = location.hostname.split('.');
    if (labels.length < 2 || /^[\d.]+$/.test(location.hostname)) return '';
    for (let i = labels.length - 2; i >= 0; i--) {
      const domain = labels.slice(i).join('.');
      document.cookie = `_ga_probe=1; domain=${domain}; path=/`;
      if (read('_ga_probe')) {
        document.cookie = `_ga_probe=; domain=${domain}; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT`;
        return domain;
      }
    }
    return '';
  };
  const setCookies = (tid) => {
    const domain = cookieDomain();
    const attributes = `; path=/; max-age=63072000${domain ? `; domain=${domain}` : ''}; SameSite=Lax; Secure`;
    const now = Math.floor(Date.now() / 1000);
    let id = read('_ga');
    if (!id) {
      id = `GA1.1.${Math.floor(Math.random() * 1e9)}.${now}`;
      document.cookie = `_ga=${id}${attributes}`;
    }
    document.cookie = `_ga_${tid.replace(/^G-/, '')}=GS1.1.${now}.1.0.${now}.0.0.0${attributes}`;
    return id.split('.').slice(2).join('.');
  };
  const hit = (tid, name) => {
    let url = `https://region1.google-analytics.com/g/collect?v=2&tid=${encodeURIComponent(tid)}&en=${name}&gcs=G1${granted() ? '11' : '00'}`;
    if (granted()) url += `&cid=${setCookies(tid)}`;
    ga.hits.push(url);
    if (!navigator.sendBeacon(url)) fetch(url, { method: 'POST', mode: 'no-cors', keepalive: true });
  };
  const handle = (entry) => {
    const [command, a, b] = Array.from(entry);
    ga.seen.push(command);
    if (command === 'consent' && (a === 'default' || a === 'update')) {
      const before = granted();
      Object.assign(consent, b);
      if (a === 'update' && granted() && !before) tags.forEach((tid) => hit(tid, 'user_engagement'));
    } else if (command === 'config') {
      tags.push(a);
      hit(a, 'page_view');
    } else if (command === 'event') tags.forEach((tid) => hit(tid, a));
  };
  layer.forEach(handle);
  const push = layer.push;
  layer.push = function (...items) {
    const result = push.apply(layer, items);
    items.forEach(handle);
    return result;
  };
}

/** Runs in the page as Meta's fbevents.js would, enough for tests. */
function fakeFbevents() {
  (window.__ran = window.__ran || []).push('fbevents');
  document.cookie = `_fbp=fb.1.${Date.now()}.${Math.floor(Math.random() * 1e9)}; path=/; max-age=7776000; SameSite=Lax; Secure`;
  new Image().src = 'https://www.facebook.com/tr?id=1&ev=PageView';
}

const script = (fn, ...args) => `(${fn})(${args.map((arg) => JSON.stringify(arg)).join(',')});\n`;

/** The answer a third-party host gives to `path` and `query`, or undefined for none. */
function thirdParty(host, path, query) {
  if (host === 'www.googletagmanager.com' && (path === '/gtag/js' || path === '/gtm.js')) {
    return { type: 'application/javascript', body: script(fakeGtag, query.l || 'dataLayer') };
  }
  if (host === 'connect.facebook.net' && path.endsWith('/fbevents.js')) return { type: 'application/javascript', body: script(fakeFbevents) };
  if (path.endsWith('.js') || 'js' in query) {
    const name = query.name || `${host}${path}`;
    return { type: 'application/javascript', body: `(window.__ran = window.__ran || []).push(${JSON.stringify(name)});\n` };
  }
  if (/collect$/.test(path)) return { status: 204 };
  if (/\/tr$|pixel|\/action\/|\.gif$/.test(path)) return { type: 'image/gif', body: GIF };
  return { type: 'text/html', body: `<!doctype html><meta charset="utf-8"><title>fake ${host}</title><p>fake ${host}${path}</p>` };
}

async function bundleSite() {
  // Rebuilt on each request while tests are written; a few ms with esbuild.
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../pages/gate-site.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    target: 'es2021',
    conditions: ['source'],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

export const middleware = [
  async function fakeThirdParties(ctx, next) {
    const host = ctx.hostname ?? '';
    const local = host === 'localhost' || host === '127.0.0.1';
    // The test site is served under any host name too (a first-party page on a registrable
    // domain such as www.shop.example.com, opened in a window by the tests).
    const site = ctx.path.startsWith('/test/pages/') || ctx.path.startsWith('/__web-dev-server');
    if (ctx.path === '/__gate/site.js') {
      ctx.type = 'application/javascript';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = await bundleSite();
      return;
    }
    // Let test/server/requests.mjs (later in the chain) record the request first.
    await next();
    if (local || site) {
      if (ctx.path === '/test/pages/gate-csp.html') ctx.set('Content-Security-Policy', `script-src 'nonce-${CSP_NONCE}'`);
      return;
    }
    if (!host) return;
    const delay = Number(ctx.query.delay ?? 0);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 5000)));
    const answer = thirdParty(host, ctx.path, ctx.query);
    // Never cached, so every load of a tag is a request the tests can see; wtr's own cache
    // middleware (outside this one) marks any path with an extension cacheable for a year.
    const set = ctx.response.set.bind(ctx.response);
    ctx.response.set = (field, value) => (typeof field === 'string' && field.toLowerCase() === 'cache-control' ? undefined : set(field, value));
    set('Cache-Control', 'no-store');
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.status = answer.status ?? 200;
    if (answer.body !== undefined) {
      ctx.type = answer.type;
      ctx.body = answer.body;
    }
  },
];
