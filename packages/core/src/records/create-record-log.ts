import type { UseStore } from 'idb-keyval';
import type { Consent, LapseDetail, RecordsOptions } from '../types.js';
import { bodyOfChange, bodyOfLapse, currentPageUrl, randomRecordId } from './build-record.js';
import type { ConsentRecord, RecordBody } from './consent-record.js';
import { createDelivery } from './deliver-records.js';
import type { Delivery } from './deliver-records.js';
import { createRecordJournal } from './record-journal.js';
import { createRecordStore } from './record-store.js';

/** Options of `createRecords` / `createRecordLog`: the config's `records` plus injectables. */
export interface CreateRecordsOptions extends RecordsOptions {
  /** Clock; default `() => new Date()`. */
  now?: () => Date;
  /** Record id generator; default a random UUID v4. */
  generateId?: () => string;
  /**
   * Page (origin + path) a decision was taken on; default the current page. The drop-in
   * sets it when it records, on a later page, a decision buffered before its log loaded.
   */
  pageUrl?: () => string;
  /** idb-keyval store; default our own (`consentry-records` / `log`); `null` = memory only. */
  store?: UseStore | null;
  /** Ms the store may take to open before this page keeps its records in memory (and journaled); default 3000. */
  openTimeout?: number;
  /** Used to POST records; default the global `fetch`. */
  fetch?: typeof fetch;
  /** Web Locks; default `navigator.locks` where present; `null` = none. */
  locks?: LockManager | null;
  /** Delivery backoff in ms; defaults `{ base: 2000, max: 300000 }`. */
  retry?: { base?: number; max?: number };
}

/** The append side of the records log: what every page needs (see `createRecords` for export). */
export interface RecordLog {
  /** Where records go now: `indexeddb`, or `memory` (turned off, or storage failed on this page). */
  readonly storage: 'indexeddb' | 'memory';
  /** Every record of this browser, in chain order. */
  list(): Promise<ConsentRecord[]>;
  /** Records not yet accepted (2xx) by the endpoint, in chain order. */
  undelivered(): Promise<ConsentRecord[]>;
  /** Delivers the outbox now; resolves when the attempt is over (never rejects). */
  flush(): Promise<void>;
  /** Resolves when every record of a decision made so far is written. */
  whenIdle(): Promise<void>;
  /** Stops recording and delivering. */
  destroy(): void;
}

/** Warning code dispatched (once per log) when IndexedDB fails and records stay in memory. */
export const STORAGE_WARNING = 'records/storage-unavailable';

/**
 * Starts the consent records log of `consent`: one record per decision made in this page
 * (`change` with origin `local`; other tabs write their own) and one per lapse, chained by
 * hash, kept in IndexedDB and, with `records.endpoint`, delivered through an outbox.
 * Attach it right after `createConsent` so it sees the lapse and GPC decisions of the load.
 */
export function createRecordLog(consent: Consent, options: CreateRecordsOptions = {}): RecordLog {
  const settings: RecordsOptions = { ...consent.config.records, ...options };
  const now = options.now ?? (() => new Date());
  const generateId = options.generateId ?? randomRecordId;
  const pageUrl = options.pageUrl ?? currentPageUrl;
  let warned = false;
  let refusedWarned = false;
  const warn = (code: string, error: unknown, consequence: string): void => {
    // A runtime surprise is reported, never thrown into the page (STANDARDS.md S-4).
    const message = `Consent records: ${error instanceof Error ? error.message : String(error)}. ${consequence}`;
    console.warn(`[consentry] ${code}: ${message}`);
    consent.dispatchEvent(new CustomEvent('warning', { detail: { code, message } }));
  };
  const store = createRecordStore({
    store: settings.enabled === false ? null : options.store,
    locks: options.locks,
    openTimeout: options.openTimeout,
    outbox: Boolean(settings.endpoint),
    onFailure(error) {
      if (warned || settings.enabled === false) return;
      warned = true;
      warn(STORAGE_WARNING, error, 'Records are kept in memory for this page.');
    },
  });
  const delivery: Delivery | undefined = settings.endpoint
    ? createDelivery({
        endpoint: settings.endpoint,
        headers: settings.headers,
        fetch: options.fetch,
        locks: options.locks,
        retry: options.retry,
        outbox: () => store.outbox(),
        delivered: (record) => store.delivered(record),
        onRefused(status) {
          // A 4xx is kept and retried like any failure (a record leaves only on 2xx), but it
          // usually means a wrong endpoint or a receiver that rejects the format: say so once.
          if (refusedWarned) return;
          refusedWarned = true;
          warn('records/endpoint-refused', new Error(`${settings.endpoint} answered ${status}`), 'Records stay in the outbox and are retried; check records.endpoint and the receiver.');
        },
      })
    : undefined;

  const journal = settings.enabled === false ? undefined : createRecordJournal((error) => warn('records/journal-unavailable', error, 'A decision followed at once by a navigation may go unrecorded.'));

  let idle: Promise<void> = Promise.resolve();
  let destroyed = false;
  // The body (id, time, notice hash) is made at the moment of the event and journaled
  // synchronously; appends then run one after another so this page's records keep their order.
  const append = (body: RecordBody): void => {
    idle = idle
      .then(() => store.append(body))
      .then((record) => {
        // Kept in memory only (storage failed on this page): the journal keeps it until a
        // later page gets it into IndexedDB (a replay of an id already there writes nothing).
        if (store.kind === 'indexeddb') journal?.remove(body.id);
        if (record) delivery?.added(record);
      })
      .catch((error: unknown) => warn('records/append-failed', error, 'This record was not written.'));
  };
  // Runs in the page's click (a `change` listener): whatever goes wrong is reported, never thrown.
  const record = (make: () => RecordBody): void => {
    try {
      const body = make();
      journal?.add(body);
      append(body);
    } catch (error) {
      warn('records/append-failed', error, 'This record was not written.');
    }
  };
  // What an earlier page (or another tab) journaled but did not get into the log.
  for (const body of journal?.pending() ?? []) append(body);

  // A lapse is recorded once, from the event or, for a log attached after the event was
  // dispatched (createConsent dispatches it in a microtask after it returns), from `consent.lapse`.
  const lapses = new WeakSet<LapseDetail>();
  const recordLapse = (detail: LapseDetail): void => {
    if (lapses.has(detail)) return;
    lapses.add(detail);
    record(() => bodyOfLapse(consent, detail, generateId(), now(), pageUrl()));
  };
  const offChange = consent.on('change', (detail) => {
    if (detail.origin === 'local') record(() => bodyOfChange(consent, detail, generateId(), now(), pageUrl()));
  });
  const offLapse = consent.on('lapse', recordLapse);
  queueMicrotask(() => {
    if (!destroyed && consent.lapse) recordLapse(consent.lapse);
  });

  return {
    get storage() {
      return store.kind;
    },
    list: () => idle.then(() => store.list()),
    undelivered: () => idle.then(() => store.outbox()),
    flush: () => idle.then(() => delivery?.flush()),
    whenIdle: () => idle,
    destroy() {
      destroyed = true;
      offChange();
      offLapse();
      delivery?.destroy();
    },
  };
}
