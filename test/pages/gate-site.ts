// The test site's "drop-in": bundled by test/server/fake-ga.mjs as /__gate/site.js and loaded
// as a classic <script> in <head>, so it runs during parsing like the real drop-in. It starts
// the real core, Consent Mode and the gate from the page's JSON config and exposes them to
// tests as `window.site`.
import { createConsent, startConsentMode, type ConsentConfig } from '@consentry/core';
import { startGate } from '@consentry/gate';

const source = document.getElementById('site-config');
const config = JSON.parse(source?.textContent ?? '{}') as ConsentConfig;
const consent = createConsent(config);
startConsentMode(consent);
const gate = startGate(consent);
Object.assign(window, { site: { consent, gate } });
