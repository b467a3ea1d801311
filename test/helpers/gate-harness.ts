// A gate started in the test document itself, with the real core (memory storage, so tests
// do not share a decision) and an observable reload; `stopAll()` undoes everything.
import { createConsent, memoryStorage, type Consent, type ConsentConfig } from '@consentry/core';
import { startGate, type Gate, type GateOptions } from '@consentry/gate';

/** What `startTestGate` returns. */
import { clearCookies, clearRequests } from './requests.js';

export interface TestGate {
  consent: Consent;
  gate: Gate;
  /** How often the gate asked for a page reload. */
  reloads: number;
  /** A container in the test document for the test's markup. */
  root: HTMLElement;
}

/** The test config: necessary, analytics (GA cookies), marketing. */
export const TEST_CONFIG: ConsentConfig = {
  revision: 1,
  categories: {
    necessary: {},
    analytics: { title: 'Analytics', cookies: ['_ga', '_ga_*', '_gid', '_gat*'] },
    marketing: { title: 'Marketing', cookies: ['_fbp'] },
  },
};

const running: Array<() => void> = [];

/** Starts the real core and gate in this document; `config` is merged over `TEST_CONFIG`. */
export function startTestGate(config: Partial<ConsentConfig> = {}, options: GateOptions = {}): TestGate {
  const consent = createConsent({ ...TEST_CONFIG, ...config }, { storage: memoryStorage(), gpcSignal: false, tabSync: 'off' });
  const root = document.createElement('div');
  document.body.append(root);
  const harness: TestGate = { consent, root, reloads: 0, gate: undefined as unknown as Gate };
  harness.gate = startGate(consent, { reload: () => harness.reloads++, ...options });
  running.push(() => {
    harness.gate.stop();
    consent.destroy();
    root.remove();
  });
  return harness;
}

/** Stops every gate started by `startTestGate` (call in afterEach). */
export function stopAll(): void {
  for (const stop of running.splice(0).reverse()) stop();
}

/**
 * Detached elements made from a parsed `<template>` (as template-based loaders do): their
 * URLs were set by a parser, not by any setter the gate patches, and their scripts can run.
 */
export function parse(html: string): Element[] {
  const template = new DOMParser().parseFromString(`<template>${html}</template>`, 'text/html').querySelector('template')!;
  return [...document.importNode(template.content, true).children];
}

/** Waits for the gate's observer (a microtask) and one more turn. */
export const observed = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Names the generic fake scripts pushed into `window.__ran` (see test/server/fake-ga.mjs). */
export function ran(): string[] {
  return ((window as unknown as { __ran?: string[] }).__ran ??= []);
}

/** Polls until `check` is true; rejects after `timeout` ms. */
export async function until(check: () => boolean, timeout = 5000): Promise<void> {
  const end = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > end) throw new Error(`condition not met within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Registers the hooks every gate unit test uses: a clean request log and run list before each
 * test; every gate stopped, cookies and requests cleared after.
 */
export function isolateGateTests(): void {
  beforeEach(async () => {
    await clearRequests();
    ran().length = 0;
  });
  afterEach(async () => {
    stopAll();
    clearCookies();
    await clearRequests();
  });
}
