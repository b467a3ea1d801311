// A local stand-in for Google Analytics, so the demo works offline and tests can see what
// "Google" received. /fake-ga/gtag.js behaves like gtag.js for what the demo needs (it reads
// the dataLayer, honours Consent Mode, writes _ga/_ga_<ID> only when analytics_storage is
// granted); /fake-ga/g/collect takes GA4-style hits; GET /fake-ga/hits lists them as JSON.
import { fileURLToPath } from 'node:url';
import { sendFile, sendText } from '../send.mjs';

const GTAG = fileURLToPath(new URL('./gtag.js', import.meta.url));

/** Creates the fake: `handle(request, response, url)` answers /fake-ga/… requests. */
export function createFakeGa() {
  const hits = [];
  return {
    hits,
    async handle(request, response, url) {
      if (url.pathname === '/fake-ga/gtag.js') return sendFile(request, response, GTAG).then(() => true);
      if (url.pathname === '/fake-ga/g/collect') {
        hits.push({ time: new Date().toISOString(), params: Object.fromEntries(url.searchParams), cookie: request.headers.cookie ?? '' });
        response.writeHead(204, { 'Cache-Control': 'no-store' });
        response.end();
        return true;
      }
      if (url.pathname === '/fake-ga/hits') {
        if (request.method === 'DELETE') hits.length = 0;
        response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
        response.end(JSON.stringify(hits, null, 2));
        return true;
      }
      sendText(response, 404, 'Not a fake Google Analytics path');
      return true;
    },
  };
}
