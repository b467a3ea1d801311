import {
  createConsent,
  createRecords,
  startConsentMode,
  type Consent,
  type ConsentConfig,
  type ConsentRecords,
  type CreateConsentOptions,
  type CreateRecordsOptions,
} from '@consentry/core';
import { startGate, validateGateOptions, type Gate, type GateOptions } from '@consentry/gate';

/** Something that puts a UI on the page for a consent instance, e.g. `mountConsentUi` from `consentry/banner`. */
export type MountUi<Handle> = (consent: Consent, options: { records?: ConsentRecords }) => Handle;

/** Options of `startConsentry`. */
export interface StartConsentryOptions<Handle = unknown> {
  /** Options of `createConsent` (catalogue, clock, storage, …). */
  consent?: CreateConsentOptions;
  /** Options of `startGate`, over `config.gate`. */
  gate?: GateOptions;
  /** Options of the records log, over `config.records`; `false` keeps no records. */
  records?: CreateRecordsOptions | false;
  /** Mounts the UI once everything runs; pass `mountConsentUi` from `consentry/banner`. */
  ui?: MountUi<Handle>;
}

/** What `startConsentry` started. */
export interface Consentry<Handle = unknown> {
  consent: Consent;
  gate: Gate;
  /** The records log; undefined with `records: false`. */
  records: ConsentRecords | undefined;
  /** What `options.ui` returned. */
  ui: Handle | undefined;
  /** Stops Consent Mode updates, the gate, the records log and cross-tab sync; removes nothing from the page. */
  stop(): void;
}

/**
 * Wires Consentry for an app, in the order the parts need: the consent instance; Google
 * Consent Mode (its `default` goes out before any tag, STANDARDS.md CM-1); the records log,
 * attached at once so it sees the lapse and GPC decisions of this load; the gate; and, when
 * given, the UI. Call it in the browser (not during server rendering), as early as the app
 * starts. A bad config throws a `ConsentryError` before anything has started.
 *
 * ```ts
 * import { startConsentry } from 'consentry';
 * import { mountConsentUi } from 'consentry/banner';
 * const { consent } = startConsentry(config, { ui: mountConsentUi });
 * consent.when('analytics').then(startAnalytics);
 * ```
 */
export function startConsentry<Handle = unknown>(config: ConsentConfig, options: StartConsentryOptions<Handle> = {}): Consentry<Handle> {
  const consent = createConsent(config, options.consent);
  try {
    validateGateOptions({ ...consent.config.gate, ...options.gate }, consent.categories);
  } catch (error) {
    consent.destroy();
    throw error;
  }
  let stopConsentMode: (() => void) | undefined;
  let records: ConsentRecords | undefined;
  try {
    stopConsentMode = startConsentMode(consent);
    records = options.records === false ? undefined : createRecords(consent, options.records);
    const gate = startGate(consent, options.gate);
    const ui = options.ui?.(consent, { records });
    return {
      consent,
      gate,
      records,
      ui,
      stop() {
        stopConsentMode?.();
        gate.stop();
        records?.destroy();
        consent.destroy();
      },
    };
  } catch (error) {
    // A bad UI option (or a surprise): undo what started, then report it to the caller.
    stopConsentMode?.();
    records?.destroy();
    consent.destroy();
    throw error;
  }
}
