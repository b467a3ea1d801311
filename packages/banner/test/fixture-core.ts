// Shared set-up for the banner's browser tests: real consent instances (createConsent from
// @consentry/core), axe-core on shadow content, deep focus, and clean-up after each test.
// Registers no element: fixture.ts does (from source); built-bundle.test.ts uses dist.
import { createConsent, type ConsentConfig, type Consent, type CreateConsentOptions } from '@consentry/core';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { clearCookies } from '../../../test/helpers/requests.js';

/** A config like a small company site's: GA in analytics, a Meta pixel in marketing. */
export function siteConfig(extra: Partial<ConsentConfig> = {}): ConsentConfig {
  return {
    revision: 1,
    policyUrl: '/privacy',
    reloadOnWithdraw: false,
    categories: {
      necessary: { cookies: [{ name: 'session', provider: 'Example Ltd', purpose: 'Keeps you logged in', lifetime: 'session' }] },
      preferences: {},
      analytics: { cookies: [{ name: '_ga', provider: 'Google Analytics', purpose: 'Distinguishes visitors', lifetime: '2 years' }, '_ga_*'] },
      marketing: { cookies: [{ name: '_fbp', provider: 'Meta', purpose: 'Ad delivery', lifetime: '3 months', thirdParty: true }] },
    },
    ...extra,
  };
}

const made: Consent[] = [];

/** A real consent instance; GPC off and tab sync off unless asked, destroyed by `cleanUp()`. */
export function makeConsent(config: ConsentConfig = siteConfig(), options: CreateConsentOptions = {}): Consent {
  const consent = createConsent(config, { gpcSignal: false, tabSync: 'off', ...options });
  made.push(consent);
  return consent;
}

/** Adds a Consentry element for `consent` to the page and waits for it to render. */
export async function mount<K extends 'consentry-banner' | 'consentry-preferences' | 'consentry-declaration' | 'consentry-preferences-button'>(
  tag: K,
  consent: Consent,
  setUp: (element: HTMLElementTagNameMap[K]) => void = () => undefined,
): Promise<HTMLElementTagNameMap[K]> {
  const element = document.createElement(tag);
  element.consent = consent;
  setUp(element);
  document.body.prepend(element);
  await element.updateComplete;
  return element;
}

/** The `<consentry-preferences>` of the page, once it exists and is open. */
export async function openDialog(): Promise<HTMLElementTagNameMap['consentry-preferences']> {
  for (let i = 0; i < 100; i++) {
    const element = document.querySelector('consentry-preferences');
    if (element?.open) return element;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the preferences dialog did not open');
}

/** Waits until `check()` is true (each animation frame), or fails after ~2 s. */
export async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (check()) return;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The element focused deepest, through open shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** An element in `host`'s shadow root. */
export function inShadow<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found in <${host.localName}>`);
  return found;
}

export { axeViolations } from '../../../test/helpers/axe-check.js';

/** Removes every Consentry element, destroys the consent instances, clears cookies and media emulation. */
export async function cleanUp(): Promise<void> {
  for (const element of document.querySelectorAll('consentry-banner, consentry-preferences, consentry-declaration, consentry-preferences-button, [data-test]')) element.remove();
  made.splice(0).forEach((consent) => consent.destroy());
  clearCookies();
  document.documentElement.removeAttribute('lang');
  await emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await setViewport({ width: 1280, height: 800 });
}
