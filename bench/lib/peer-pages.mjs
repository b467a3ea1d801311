// The four peers' pages, each configured from the peer's own documentation (README, annotated
// config, type definitions) with three categories and a gated GA tag in the peer's own markup.
// Each entry: the page, the CSS selector of the first-layer banner, and of its accept button.
import { GTAG_INLINE, GTAG_URL, renderPage } from './page-template.mjs';

const TEXT = 'We use cookies to remember your preferences, measure the audience and show relevant ads.';

/** vanilla-cookieconsent v3: categories + `type="text/plain" data-category` script tags. */
function cookieconsentV3(base) {
  const config = {
    // Default true stops the plugin when navigator.webdriver is set, which it is under
    // automation; the visitor-facing behaviour is otherwise unchanged.
    hideFromBots: false,
    categories: {
      necessary: { enabled: true, readOnly: true },
      preferences: {},
      analytics: { autoClear: { cookies: [{ name: /^_ga/ }] } },
      marketing: {},
    },
    language: {
      default: 'en',
      translations: {
        en: {
          consentModal: {
            title: 'Cookies',
            description: TEXT,
            acceptAllBtn: 'Accept all',
            acceptNecessaryBtn: 'Reject all',
            showPreferencesBtn: 'Choose',
          },
          preferencesModal: {
            title: 'Cookie preferences',
            acceptAllBtn: 'Accept all',
            acceptNecessaryBtn: 'Reject all',
            savePreferencesBtn: 'Save',
            closeIconLabel: 'Close',
            sections: [
              { title: 'Necessary', description: 'Sign-in and security.', linkedCategory: 'necessary' },
              { title: 'Preferences', description: 'Remembers your settings.', linkedCategory: 'preferences' },
              { title: 'Analytics', description: 'Google Analytics.', linkedCategory: 'analytics' },
              { title: 'Marketing', description: 'Advertising.', linkedCategory: 'marketing' },
            ],
          },
        },
      },
    },
  };
  // The regex does not survive JSON; write it back as a literal.
  const source = JSON.stringify(config, null, 1).replace('"name": {}', 'name: /^_ga/');
  return renderPage({
    title: 'cookieconsent v3',
    head: `<link rel="stylesheet" href="${base}dist/cookieconsent.css">`,
    ga: `<script type="text/plain" data-category="analytics" async src="${GTAG_URL}"></script>
<script type="text/plain" data-category="analytics">${GTAG_INLINE}</script>`,
    bodyEnd: `<script src="${base}dist/cookieconsent.umd.js"></script>
<script>CookieConsent.run(${source});</script>`,
  });
}

/** Klaro: `klaroConfig` services grouped by purpose; `data-type`/`data-name`/`data-src` tags. */
function klaro(base) {
  const service = (name, purpose, title) => ({ name, title, purposes: [purpose], default: false });
  const config = {
    version: 1,
    privacyPolicy: '/privacy',
    groupByPurpose: true,
    default: false,
    mustConsent: false,
    acceptAll: true,
    services: [
      service('preferences-store', 'preferences', 'Saved settings'),
      { ...service('google-analytics', 'analytics', 'Google Analytics'), cookies: [/^_ga/] },
      service('ads', 'marketing', 'Advertising'),
    ],
    translations: {
      en: {
        consentNotice: { description: TEXT },
        purposes: { preferences: 'Preferences', analytics: 'Analytics', marketing: 'Marketing' },
      },
    },
  };
  const source = JSON.stringify(config).replace('"cookies":[{}]', '"cookies":[/^_ga/]');
  return renderPage({
    title: 'Klaro',
    head: `<script>var klaroConfig = ${source};</script>
<script defer src="${base}dist/klaro.js"></script>`,
    ga: `<script type="text/plain" data-type="text/javascript" data-name="google-analytics" data-src="${GTAG_URL}" async></script>
<script type="text/plain" data-type="text/javascript" data-name="google-analytics">${GTAG_INLINE}</script>`,
  });
}

/** Orejime v3: `window.orejimeConfig` purposes; tags wrapped in `<template data-purpose>`. */
function orejime(base) {
  const config = {
    privacyPolicyUrl: '/privacy',
    purposes: [
      { id: 'preferences', title: 'Preferences', description: 'Remembers your settings.', cookies: [] },
      { id: 'analytics', title: 'Analytics', description: 'Google Analytics.', cookies: ['/^_ga/'] },
      { id: 'marketing', title: 'Marketing', description: 'Advertising.', cookies: [] },
    ],
    translations: { banner: { description: TEXT } },
  };
  return renderPage({
    title: 'Orejime',
    head: `<link rel="stylesheet" href="${base}dist/orejime-standard.css">
<script>window.orejimeConfig = ${JSON.stringify(config)};</script>
<script src="${base}dist/orejime-standard-en.js"></script>`,
    ga: `<template data-purpose="analytics"><script async src="${GTAG_URL}"></script>
<script>${GTAG_INLINE}</script></template>`,
  });
}

/**
 * Osano cookieconsent 3: no categories and no script gate. Configured as its docs say for
 * opt-in (`type: 'opt-in'`); the page loads GA from the documented callbacks once
 * `hasConsented()` is true.
 */
function osano(base) {
  return renderPage({
    title: 'Osano cookieconsent',
    head: `<link rel="stylesheet" href="${base}build/cookieconsent.min.css">`,
    ga: `<script>
function loadGtag() {
  if (window.gtagLoaded) return; window.gtagLoaded = true;
  var s = document.createElement('script'); s.async = true; s.src = '${GTAG_URL}';
  document.head.appendChild(s);
  ${GTAG_INLINE}
}
</script>`,
    bodyEnd: `<script src="${base}build/cookieconsent.min.js"></script>
<script>
window.cookieconsent.initialise({
  type: 'opt-in',
  content: { message: '${TEXT}', allow: 'Accept', deny: 'Reject', link: 'Privacy', href: '/privacy' },
  onInitialise: function () { if (this.hasConsented()) loadGtag(); },
  onStatusChange: function () { if (this.hasConsented()) loadGtag(); }
});
</script>`,
  });
}

/**
 * The peers' pages.
 * @param {(name: string) => string} baseOf URL prefix (ending in `/`) of a peer's package
 * @returns {Array<{ id: string, kind: 'peer', package: string, html: string, banner: string, accept: string }>}
 */
export function peerPages(baseOf) {
  return [
    { id: 'cookieconsent-v3', package: 'vanilla-cookieconsent', html: cookieconsentV3(baseOf('vanilla-cookieconsent')), banner: '#cc-main .cm', accept: '#cc-main .cm [data-role="all"]' },
    { id: 'klaro', package: 'klaro', html: klaro(baseOf('klaro')), banner: '.klaro .cookie-notice', accept: '.klaro .cookie-notice .cm-btn-success' },
    { id: 'orejime', package: 'orejime', html: orejime(baseOf('orejime')), banner: '.orejime-Banner', accept: '.orejime-Banner-saveButton' },
    { id: 'osano', package: 'cookieconsent', html: osano(baseOf('cookieconsent')), banner: '.cc-window', accept: '.cc-allow' },
  ].map((page) => ({ kind: 'peer', ...page }));
}
