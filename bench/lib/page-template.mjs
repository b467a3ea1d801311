// The one page every library is measured on: same text, same layout, same Google Analytics
// tag; only the consent library's own markup (from its docs) differs. Pages are served from
// https://localhost:<port>/pages/<id>.html by bench/lib/server.mjs.

/** The GA4 measurement id of the bench's fake Google Analytics (bench/lib/server.mjs). */
export const GA_ID = 'G-BENCH';

/** URL of the gtag.js loader; Chromium maps the host to the bench server. */
export const GTAG_URL = `https://www.googletagmanager.com/gtag/js?id=${GA_ID}`;

/** The inline part of Google's gtag.js snippet (STANDARDS.md CM-2). */
export const GTAG_INLINE = `window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', '${GA_ID}');`;

/**
 * Builds a bench page.
 * @param {{ title: string, head?: string, ga: string, bodyEnd?: string }} parts
 *   `head`: the library's tags for `<head>`; `ga`: the gated GA tag in that library's markup
 *   (placed at the end of `<head>` where Google says it goes); `bodyEnd`: tags before `</body>`
 * @returns {string} the HTML document
 */
export function renderPage({ title, head = '', ga, bodyEnd = '' }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Consentry bench</title>
<style>
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1b1b1f; }
  header, main, footer { max-width: 46rem; margin: 0 auto; padding: 1rem; }
  nav a { margin-right: 1rem; }
  .hero { height: 12rem; background: linear-gradient(135deg, #dfe7fd, #f6e7f1); border-radius: 8px; }
</style>
${head}
${ga}
</head>
<body>
<header><strong>Example Ltd</strong> <nav><a href="/">Home</a><a href="/portal">Portal</a><a href="/privacy">Privacy</a></nav></header>
<main>
  <h1>Tools for small teams</h1>
  <div class="hero" role="img" aria-label="Decorative banner"></div>
  <p>Example Ltd builds scheduling and invoicing tools for teams of two to fifty people. This
  page stands in for a typical company home page: a header, a hero block, a few paragraphs and
  a footer, with Google Analytics and a consent library in front of it.</p>
  <p>Customers sign in to the portal to manage their bookings. The portal keeps a session
  cookie, which is strictly necessary; analytics and marketing tags wait for consent.</p>
  <h2>What we do</h2>
  <p>We answer support requests within a working day, publish our uptime, and keep the data of
  European customers in the European Union.</p>
  <ul><li>Scheduling</li><li>Invoicing</li><li>Team calendars</li></ul>
</main>
<footer><p>&copy; Example Ltd · <a href="/privacy">Privacy and cookies</a></p></footer>
${bodyEnd}
</body>
</html>
`;
}
