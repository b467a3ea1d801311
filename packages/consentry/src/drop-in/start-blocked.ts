import { createConsent, memoryStorage, startConsentMode } from '@consentry/core';
import { startGate } from '@consentry/gate';
import type { DropInApi } from './start-drop-in.js';

/**
 * What runs when the site's config is broken: the error goes to the console, and a stand-in
 * consent that nothing can grant (every usual category, kept in memory only, never stored)
 * drives Consent Mode and the gate, so Consent Mode says "denied", markup tags stay inert and
 * tracker tags inserted later are stopped too (DESIGN.md: a bad config fails safe). The
 * gate's placeholders are off, so no "allow" button can start a tag either. Returns a
 * `window.consentry` whose calls report that Consentry is not running.
 */
export function startBlocked(error: unknown): DropInApi {
  const reason = error instanceof Error ? error.message : String(error);
  console.error(`Consentry: the config is broken, so every gated tag stays blocked. ${reason}`);
  try {
    const blocked = createConsent(
      { revision: 0, categories: { necessary: {}, preferences: {}, analytics: {}, marketing: {} }, consentMode: true, reloadOnWithdraw: false },
      { storage: memoryStorage(), tabSync: 'off', gpcSignal: false },
    );
    startConsentMode(blocked);
    startGate(blocked, { placeholders: false });
  } catch (fallbackError) {
    // Without the gate, text/plain tags still never run; only late tags go unchecked.
    console.error('Consentry: the blocking fallback failed:', fallbackError);
  }
  const notRunning = (): null => {
    console.error(`Consentry is not running: ${reason}`);
    return null;
  };
  const rejected = (): Promise<never> => Promise.reject(new Error(`Consentry is not running: ${reason}`));
  return {
    get: () => null,
    acceptAll: notRunning,
    rejectAll: notRunning,
    set: notRunning,
    withdraw: notRunning,
    showPreferences: () => Promise.resolve(void notRunning()),
    on: () => () => undefined,
    classify: rejected,
    audit: rejected,
    records: { list: rejected, export: rejected, verify: rejected },
  };
}
