import type { AuditEntry, Catalogue, Consent, ConsentRecord, CookieClassification, RecordsFormat, VerifyResult } from '@consentry/core';

// The contracts between the drop-in loader (consentry.js, a classic script) and the modules
// it fetches next to itself. consentry-core.js makes the one full consent instance; the loader
// hands it to the others, so no module carries a second copy of the consent state.

/** `window.consentry.records`: the records log, loaded on first use. */
export interface RecordsApi {
  list(): Promise<ConsentRecord[]>;
  export(format: RecordsFormat): Promise<string>;
  verify(): Promise<VerifyResult>;
}

/** What the loader passes to `startCore`. */
export interface CoreHost {
  /** Loads a sibling module (`consentry-records.js`). */
  load<T>(file: string): Promise<T>;
}

/** What `startCore` returns: the full consent instance and its records log. */
export interface CoreHandle {
  consent: Consent;
  /** The records log, loaded on first call (`consentry-records.js`), fed with every buffered decision. */
  records(): Promise<RecordsApi>;
}

/** consentry-core.js */
export interface CoreModule {
  /** Validates `config` (throws `ConsentryError` naming the field), then creates the full instance. */
  startCore(config: unknown, host: CoreHost): CoreHandle;
}

/** consentry-records.js */
export interface RecordsModule {
  startRecords(consent: Consent, options: { now: () => Date; generateId: () => string }): RecordsApi & { whenIdle(): Promise<void> };
}

/** consentry-catalogue.js */
export interface CatalogueModule {
  catalogue: Catalogue;
  classify(consent: Consent, name: string, domain?: string): CookieClassification;
  audit(consent: Consent): AuditEntry[];
}

/** What the loader passes to the UI module's `mount`. */
export interface UiHost {
  consent: Consent;
  records: RecordsApi;
  loadCatalogue(): Promise<CatalogueModule>;
  /** False when the loader draws the floating button itself. */
  preferencesButton: boolean;
}

/** What `mount` returns. */
export interface UiHandle {
  showPreferences(): Promise<void>;
  destroy(): void;
}

/** consentry-ui.js */
export interface UiModule {
  mount(host: UiHost): UiHandle | Promise<UiHandle>;
}
