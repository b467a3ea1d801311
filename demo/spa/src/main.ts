// The demo shop: a single-page app that uses Consentry from npm, as an app bundled with
// rollup would (`npm run build` bundles this file into demo/spa/dist/app.js).
import { startConsentry, type ConsentConfig } from 'consentry';
import { mountConsentUi } from 'consentry/banner';
import { startRouter } from './router.js';

const MEASUREMENT_ID = 'G-HL7Q2M4XZP';

// The site's config, shared with the server-rendered pages (demo/partials/consentry-config.html).
const config = JSON.parse(document.getElementById('consentry-config')?.textContent ?? '{}') as ConsentConfig;
const { consent } = startConsentry(config, { ui: mountConsentUi });

type Gtag = (...args: unknown[]) => void;
const page = window as unknown as { dataLayer: unknown[]; gtag?: Gtag };

/** Google Analytics starts only once analytics is allowed, now or later in the visit. */
void consent.when('analytics').then(() => {
  page.dataLayer = page.dataLayer ?? [];
  // CM-2: gtag pushes `arguments` objects, like Google's snippet.
  page.gtag = function gtag() {
    // eslint-disable-next-line prefer-rest-params
    page.dataLayer.push(arguments);
  };
  page.gtag('js', new Date());
  page.gtag('config', MEASUREMENT_ID);
  const script = document.createElement('script');
  script.async = true;
  // Offline stand-in for https://www.googletagmanager.com/gtag/js?id=G-HL7Q2M4XZP
  script.src = `/fake-ga/gtag.js?id=${MEASUREMENT_ID}`;
  document.head.append(script);
});

startRouter(document.getElementById('main')!, (path) => {
  // A client-side navigation is a page view for GA (sent only if GA was allowed and loaded).
  page.gtag?.('event', 'page_view', { page_location: location.origin + path });
});
