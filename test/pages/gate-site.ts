// The test site's "drop-in": bundled by test/server/fake-ga.mjs as /__gate/site.js and loaded
// as a classic <script> in <head>, so it runs during parsing like the real drop-in. It starts
// the real core, Consent Mode and the gate from the page's JSON config and exposes them to
// tests as `window.site`. Opened as a popup on another host (where the test cannot reach
// `window.site`), it also answers a few commands by postMessage (test/helpers/gate-site.ts).
import { createConsent, startConsentMode, type ConsentConfig } from '@consentry/core';
import { startGate } from '@consentry/gate';
import { clearCookies } from '../helpers/requests.js';

const source = document.getElementById('site-config');
const config = JSON.parse(source?.textContent ?? '{}') as ConsentConfig;
const consent = createConsent(config);
startConsentMode(consent);
const gate = startGate(consent);
Object.assign(window, { site: { consent, gate } });

const commands: Record<string, () => unknown> = {
  acceptAll: () => void consent.acceptAll(),
  withdraw: () => void consent.withdraw(),
  cookies: () => document.cookie,
  clearCookies: () => clearCookies(),
};
if (window.opener) {
  addEventListener('message', (event: MessageEvent<{ id: number; command: string }>) => {
    const { id, command } = event.data;
    const result = commands[command]?.();
    (event.source as Window).postMessage({ id, result }, '*');
  });
  addEventListener('load', () => (window.opener as Window).postMessage({ ready: location.href }, '*'));
}
