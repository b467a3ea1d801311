// The prose of docs/benchmarks.md that depends on the figures: how each library was set up,
// and honest notes — in particular every figure where a peer beats Consentry.
import { PAGE_PACKAGE } from './report.mjs';

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** "How each page is set up": facts from each library's own docs, as used in bench/lib/*-pages.mjs. */
export function setupSection() {
  return `## How each page is set up

All pages share one template (bench/lib/page-template.mjs: header, hero block, three
paragraphs, footer, 1280×800 viewport) and the same Google Analytics 4 tag (\`gtag.js?id=G-BENCH\`
plus the inline \`gtag('config')\` snippet), gated with each library's own markup. Chromium
resolves www.googletagmanager.com and every other host to the bench server, which answers
\`/gtag/js\` with a fake that sends one \`/g/collect\` hit and logs every request by host.

| page | library files | categories | GA gated by | banner element measured / accept clicked |
|---|---|---|---|---|
| Consentry | \`consentry.js\` in \`<head>\` (+ \`consentry-core.js\` and the UI module it imports at once when a banner is due), JSON config in \`<script type="application/json" id="consentry-config">\`, Consent Mode on | necessary, preferences, analytics, marketing | \`<script type="text/plain" data-consent="analytics">\` | \`consentry-banner\` / its accept-all button |
| Consentry as one file | the same page with \`consentry-one-file.js\` in place of \`consentry.js\`: loader, core and UI bundled into one classic script (bench/lib/one-file-build.mjs; not shipped), so nothing is fetched before the banner | as Consentry | as Consentry | as Consentry |
| cookieconsent v3 | \`cookieconsent.css\` in \`<head>\`, \`cookieconsent.umd.js\` + \`CookieConsent.run({...})\` before \`</body>\` | necessary (read-only), preferences, analytics, marketing | \`<script type="text/plain" data-category="analytics">\` | \`#cc-main .cm\` / \`[data-role="all"]\` |
| Klaro | \`var klaroConfig\` + \`<script defer src="klaro.js">\` in \`<head>\` (CSS is inside klaro.js) | one service per purpose: preferences, analytics (google-analytics), marketing; \`groupByPurpose\` | \`type="text/plain" data-type="text/javascript" data-name="google-analytics"\` (+ \`data-src\`) | \`.klaro .cookie-notice\` / its "accept" (\`.cm-btn-success\`) |
| Orejime | \`orejime-standard.css\`, \`window.orejimeConfig\`, \`orejime-standard-en.js\` in \`<head>\` | purposes preferences, analytics, marketing | \`<template data-purpose="analytics">\` around the tags | \`.orejime-Banner\` / \`.orejime-Banner-saveButton\` |
| Osano cookieconsent | \`cookieconsent.min.css\` in \`<head>\`, \`cookieconsent.min.js\` + \`initialise({ type: 'opt-in' })\` before \`</body>\` | **none**: one allow/deny choice | no gate of its own: the page loads GA from \`onInitialise\` / \`onStatusChange\` when \`hasConsented()\` | \`.cc-window\` / \`.cc-allow\` |
| inline floor | 30 lines of inline HTML + script, no library | none | the inline script injects GA on accept | \`#floor-banner\` / \`#floor-accept\` |

**Measured how.** A probe injected before any page script (bench/lib/page-probe.mjs) records,
on the page's own clock: *banner visible* = the animation frame that first paints the banner
element, or an element of its shadow root, with a non-empty box and passing
\`checkVisibility({ opacityProperty, visibilityProperty })\` (checked after each DOM insertion and
on every frame; the time is taken in that frame's \`requestAnimationFrame\` callback, so it is a
little earlier than the paint-timing "first paint", which is the presentation time);
*main-thread work* = Chromium's TaskDuration / ScriptDuration for the page up to the click
(CDP \`Performance.getMetrics\`), CPU time that other load on the machine inflates less than it
does wall-clock times; *layout shift* = sum of \`layout-shift\` entries without recent input up to the click; *long
tasks* = \`longtask\` entries (≥ 50 ms) up to the click; *click → GA request* = \`startTime\` of
the gtag.js resource entry minus the time of the click event. *GA requests before consent* =
requests to googletagmanager.com, google-analytics.com, analytics.google.com or
g.doubleclick.net that reached the server before the click, counted after \`load\` + 400 ms.
A *returning visit* opens a new context with the first-party cookies and the localStorage the
accepted first visit left, and records what the page downloads from the bench origin (gzip bytes on the wire),
whether a banner shows and whether GA loads.`;
}

/**
 * Notes generated from the figures: where peers win, and the caveats that apply to this run.
 * @param {object} results latest.json
 * @param {Record<string, string>} labels
 * @returns {string[]}
 */
export function notesFor(results, labels) {
  const notes = [];
  const libs = results.browser?.libs ?? {};
  const ours = libs.consentry;
  const sizes = results.sizes;
  const peers = Object.keys(results.peers).filter((name) => sizes[name]);
  if (!sizes.consentry) notes.push(`Consentry was not measured in this run: ${results.consentry.reason}.`);

  if (sizes.consentry?.everyPage) {
    for (const name of peers) {
      const theirs = sizes[name].everyPage.gzip;
      if (theirs <= sizes.consentry.everyPage.gzip) notes.push(`**${labels[name]} wins on every-page size**: ${kB(theirs)} gzip against Consentry's ${kB(sizes.consentry.everyPage.gzip)}.`);
      if (sizes.consentry.firstVisit && theirs <= sizes.consentry.firstVisit.gzip) notes.push(`**${labels[name]} is smaller on a first visit**: ${kB(theirs)} gzip for everything against Consentry's ${kB(sizes.consentry.firstVisit.gzip)} (loader + core + UI)${name === 'cookieconsent' ? ', but it has no categories and no script gate' : ''}.`);
      const core = sizes[name].core;
      if (core && sizes.consentry.core?.gzip !== undefined && core.gzip <= sizes.consentry.core.gzip) notes.push(`**${labels[name]}'s core is smaller for an SPA**: ${kB(core.gzip)} gzip against ${kB(sizes.consentry.core.gzip)}.`);
    }
  }
  if (ours?.median.banner !== null && ours) {
    for (const [id, lib] of Object.entries(libs)) {
      if (id === 'consentry' || id === 'floor' || lib.median.banner === null) continue;
      if (lib.median.banner <= ours.median.banner) notes.push(`**${labels[PAGE_PACKAGE[id]]} shows its banner sooner**: median ${Math.round(lib.median.banner)} ms against Consentry's ${Math.round(ours.median.banner)} ms.`);
      // A few milliseconds either way is below what this rig resolves (frame and timer granularity).
      if (lib.median.clickToGa !== null && ours.median.clickToGa !== null && lib.median.clickToGa + 10 < ours.median.clickToGa) notes.push(`${labels[PAGE_PACKAGE[id]]} starts GA sooner after the click: ${Math.round(lib.median.clickToGa)} ms against ${Math.round(ours.median.clickToGa)} ms.`);
    }
  }
  for (const [id, lib] of Object.entries(libs)) {
    if (lib.gaBeforeConsent > 0) notes.push(`**${labels[PAGE_PACKAGE[id]] ?? id} let GA through before consent** in ${lib.runsWithGaBeforeConsent} of ${lib.measured} runs (${lib.gaBeforeConsent} requests).`);
    if (lib.errors.length) notes.push(`${labels[PAGE_PACKAGE[id]] ?? id}: ${lib.errors.join('; ')}.`);
    if (lib.pageErrors?.length) notes.push(`${labels[PAGE_PACKAGE[id]] ?? id} logged errors in the page: ${lib.pageErrors.map((error) => `\`${error}\``).join(', ')}.`);
    if (lib.measured && lib.gaAfterClick < lib.measured) notes.push(`${labels[PAGE_PACKAGE[id]] ?? id}: no GA request after "accept" in ${lib.measured - lib.gaAfterClick} of ${lib.measured} runs.`);
  }
  if (libs.floor && ours?.median.banner) notes.push(`The inline floor (no library, no categories, no records) shows its banner at ${Math.round(libs.floor.median.banner)} ms: the cost of the page itself; Consentry adds ${Math.round(ours.median.banner - libs.floor.median.banner)} ms to it.`);

  const cores = Number(results.machine?.match(/^(\d+)/)?.[1] ?? 0);
  const load = results.loadAverage;
  // The load at the end includes the bench's own Chromium and Node; only the start says
  // whether other work shared the machine.
  if (load && cores && load.start > cores) {
    const floor = libs.floor;
    notes.push(`**The machine was busy** when this run started (1-minute load average ${load.start.toFixed(1)} on ${cores} cores): every page waited for the CPU, so absolute times are inflated and spread out${floor?.runsWithLongTask ? `, and long tasks show up even on the 30-line inline floor (${floor.runsWithLongTask} of ${floor.measured} runs), i.e. they measure contention as much as the library` : ''}. The per-round ratios and the main-thread time are the steadier figures.`);
  }
  notes.push('Everything is served from localhost without network throttling, so times are dominated by parsing, running and rendering; on a real network the byte counts above matter more, and every extra request (such as Consentry\'s lazily loaded UI module) costs a round trip.');
  notes.push('Osano cookieconsent has no categories and no script gate: it is configured as `type: \'opt-in\'` and the page itself loads GA from its callbacks. Its figures are for one yes/no banner, not for a three-category consent manager.');
  notes.push('cookieconsent v3 is run with `hideFromBots: false`: its default stops it when `navigator.webdriver` is set, which it is under automation. Visitors see no difference.');
  notes.push('Klaro opens its notice once the page has loaded (its documented behaviour), so its banner time includes waiting for `load`.');
  notes.push('Orejime 3 ships standalone builds only (no core entry for bundlers); Klaro\'s `cm.js` and cookieconsent v3\'s `cookieconsent-core.esm.js` are their documented UI-less entries.');
  return notes;
}
