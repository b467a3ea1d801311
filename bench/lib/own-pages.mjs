// Consentry's page (the drop-in the way a site owner installs it, DESIGN.md "Who uses it") and
// the "floor": a 30-line inline banner that does the least a banner can, to show how close to
// free a consent banner can get on this page.
import { GTAG_INLINE, GTAG_URL, renderPage } from './page-template.mjs';

/** The site config of the Consentry page: three categories besides `necessary`. */
export const CONSENTRY_CONFIG = {
  revision: 1,
  policyUrl: '/privacy',
  consentMode: true,
  categories: {
    necessary: { required: true },
    preferences: {},
    analytics: { cookies: ['_ga', '_ga_*', '_gid'] },
    marketing: {},
  },
};

/**
 * Consentry's page: JSON config + drop-in in `<head>`, GA as an inert `data-consent` tag.
 * @param {string} dropInUrl URL of dist/consentry.js
 * @param {{ banner: string, accept: string }} selectors how the harness finds the banner and
 *   its accept button (`>>>` pierces shadow roots, puppeteer syntax)
 */
export function consentryPage(dropInUrl, selectors) {
  return {
    id: 'consentry',
    kind: 'consentry',
    ...selectors,
    html: renderPage({
      title: 'Consentry',
      head: `<script type="application/json" id="consentry-config">${JSON.stringify(CONSENTRY_CONFIG)}</script>
<script src="${dropInUrl}"></script>`,
      ga: `<script type="text/plain" data-consent="analytics" async src="${GTAG_URL}"></script>
<script type="text/plain" data-consent="analytics">${GTAG_INLINE}</script>`,
    }),
  };
}

/** The floor: an inline banner, a cookie, and GA injected on accept. No categories. */
export function floorPage() {
  return {
    id: 'floor',
    kind: 'floor',
    banner: '#floor-banner',
    accept: '#floor-accept',
    html: renderPage({
      title: 'Inline floor',
      ga: '',
      bodyEnd: `<div id="floor-banner" role="region" aria-label="Cookies" hidden
  style="position:fixed;inset:auto 1rem 1rem 1rem;padding:1rem;background:#fff;border:1px solid #888;border-radius:8px">
  <p style="margin:0 0 .5rem">We use cookies for preferences, analytics and marketing.</p>
  <button id="floor-reject">Reject all</button> <button id="floor-accept">Accept all</button>
</div>
<script>
(function () {
  var banner = document.getElementById('floor-banner');
  var match = document.cookie.match(/(?:^|; )floor=([01])/);
  function gtagLoad() {
    var s = document.createElement('script'); s.async = true; s.src = '${GTAG_URL}';
    document.head.appendChild(s);
    ${GTAG_INLINE}
  }
  function decide(value) {
    document.cookie = 'floor=' + value + '; path=/; max-age=15724800; samesite=lax; secure';
    banner.hidden = true;
    if (value === '1') gtagLoad();
  }
  if (match) { if (match[1] === '1') gtagLoad(); return; }
  banner.hidden = false;
  document.getElementById('floor-accept').onclick = function () { decide('1'); };
  document.getElementById('floor-reject').onclick = function () { decide('0'); };
})();
</script>`,
    }),
  };
}
