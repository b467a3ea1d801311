// consentry-core.js: the full consent instance (config validation, decisions, the janitor, tab
// sync, the cookie watcher) and the buffer that feeds the records log. The loader fetches it
// when the page needs more than reading the stored decision: a first visit, a decision, a new
// config to check, a GPC revocation, cookies to clean, a message from another tab.
import { createConsent, type ConsentConfig } from '@consentry/core';
import { checkGateOptions } from '@consentry/gate';
import { bufferDecisions } from './decision-buffer.js';
import type { CoreHandle, CoreHost, RecordsApi, RecordsModule } from './lazy-modules.js';

/**
 * Validates the site's config (the gate's options too) and creates the consent instance;
 * every decision it takes is buffered until the records log (`consentry-records.js`, loaded
 * on the first decision) has it. Throws `ConsentryError` for a bad config.
 */
export function startCore(config: unknown, host: CoreHost): CoreHandle {
  const consent = createConsent(config as ConsentConfig);
  try {
    checkGateOptions(consent.config.gate, consent.categories);
  } catch (error) {
    consent.destroy();
    throw error;
  }
  let log: Promise<RecordsApi> | undefined;
  const records = (): Promise<RecordsApi> =>
    (log ??= host.load<RecordsModule>('consentry-records.js').then(
      (module) => buffer.attach((facade, options) => module.startRecords(facade, options)),
      (error: unknown) => {
        // The decisions stay buffered (and in sessionStorage); the next call tries again.
        log = undefined;
        throw error;
      },
    ));
  const startRecords = (): void =>
    void records().catch((error: unknown) => console.warn('Consentry: the records log failed to load; decisions stay buffered.', error));
  const buffer = bufferDecisions(consent, startRecords);
  // Decisions a previous page of this tab took but could not record, or a lapse to record.
  // Looked at in a later task: on a first visit this runs on the way to the banner, and the
  // buffer's first read of sessionStorage would delay it.
  setTimeout(() => {
    if (buffer.pending || consent.lapse) startRecords();
  });
  return { consent, records };
}
