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

interface AxeResult {
  violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown; failureSummary?: string }> }>;
}
interface Axe {
  run(context: Element, options: object): Promise<AxeResult>;
}

let axeLoaded: Promise<void> | undefined;

/**
 * Runs axe-core on `host` and its shadow content (WCAG 2.0-2.2 A/AA and best practices);
 * resolves to a readable list of violations. Page-level rules (a main landmark, an h1, all
 * content in landmarks) judge the test page, not the component, and are off.
 */
export async function axeViolations(host: Element): Promise<string[]> {
  axeLoaded ??= new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('axe-core did not load'));
    document.head.append(script);
  });
  await axeLoaded;
  const axe = (window as unknown as { axe: Axe }).axe;
  const result = await axe.run(host, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    rules: { region: { enabled: false }, 'page-has-heading-one': { enabled: false }, 'landmark-one-main': { enabled: false } },
  });
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('; ')}`);
}

/** Removes every Consentry element, destroys the consent instances, clears cookies and media emulation. */
export async function cleanUp(): Promise<void> {
  for (const element of document.querySelectorAll('consentry-banner, consentry-preferences, consentry-declaration, consentry-preferences-button, [data-test]')) element.remove();
  made.splice(0).forEach((consent) => consent.destroy());
  clearCookies();
  document.documentElement.removeAttribute('lang');
  await emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await setViewport({ width: 1280, height: 800 });
}
