import {
  createConsent,
  startConsentMode,
  type AuditEntry,
  type CategoryId,
  type Consent,
  type ConsentConfig,
  type ConsentEventMap,
  type ConsentListener,
  type ConsentState,
  type CookieClassification,
} from '@consentry/core';
import { startGate, validateGateOptions } from '@consentry/gate';
import { bufferDecisions } from './decision-buffer.js';
import type { CatalogueModule, RecordsApi, RecordsModule, UiHandle, UiModule } from './lazy-modules.js';
import { siblingLoader } from './load-sibling.js';
import { drawPreferencesButton } from './preferences-button.js';
import { readConfig } from './read-config.js';
import { startBlocked } from './start-blocked.js';

/** `window.consentry`: what a site's own scripts and the browser console can call. */
export interface DropInApi {
  /** The current decision, or null when none counts. */
  get(): ConsentState | null;
  acceptAll(): ConsentState | null;
  rejectAll(): ConsentState | null;
  /** Sets the listed categories; unlisted optional ones are refused. */
  set(choices: Partial<Record<CategoryId, boolean>>): ConsentState | null;
  /** Refuses every optional category and deletes their cookies. */
  withdraw(): ConsentState | null;
  /** Opens the preferences dialog (fetches the UI first if needed). */
  showPreferences(): Promise<void>;
  /** Listens to a consent event (`change`, `lapse`, `janitor`, `cookie-violation`, `warning`); returns an unsubscribe function. */
  on<K extends keyof ConsentEventMap>(type: K, listener: ConsentListener<K>): () => void;
  /** Classifies a cookie by the site's config, the built-in catalogue (fetched once, lazily) and heuristics. */
  classify(name: string, domain?: string): Promise<CookieClassification>;
  /** Every cookie the page can see, classified, with whether the current consent allows it. */
  audit(): Promise<AuditEntry[]>;
  /** This browser's consent records (fetched lazily). */
  records: RecordsApi;
}

/** Globals the drop-in reads and writes. */
export interface DropInWindow {
  consentryConfig?: unknown;
  consentry?: DropInApi;
}

const whenBody = (doc: Document): Promise<void> =>
  doc.body
    ? Promise.resolve()
    : new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));

/** Creates the consent instance, then starts Consent Mode and the gate, in that order. */
function startConsent(config: unknown): Consent {
  const consent = createConsent(config as ConsentConfig);
  try {
    // Every option is checked before anything starts, so a bad gate option cannot leave
    // Consent Mode updated from a stored grant with no gate running.
    validateGateOptions(consent.config.gate, consent.categories);
    startConsentMode(consent);
    startGate(consent);
    return consent;
  } catch (error) {
    consent.destroy();
    throw error;
  }
}

/**
 * Runs the drop-in on a page: reads the config, creates the consent instance, starts Consent
 * Mode first (its `default` must precede every tag, STANDARDS.md CM-1), then the gate, and
 * exposes `window.consentry`. The UI (`consentry-ui.js`), the records log and the catalogue
 * are sibling modules fetched only when needed: the UI at once when the visitor must decide,
 * otherwise on demand. A broken config is reported on the console and every gated tag stays
 * blocked; nothing is thrown into the page.
 */
export function startDropIn(win: Window & DropInWindow, doc: Document, scriptSrc: string): DropInApi {
  let consent: Consent;
  try {
    consent = startConsent(readConfig(doc, win));
  } catch (error) {
    return (win.consentry = startBlocked(error));
  }

  const load = siblingLoader(scriptSrc);
  const config = consent.config;
  const ui = (config.ui ?? {}) as { preferencesButton?: boolean; language?: string };
  const language = ui.language ?? config.language ?? (doc.documentElement.lang || navigator.language || 'en');

  let recordsLog: Promise<RecordsApi> | undefined;
  const records = (): Promise<RecordsApi> =>
    (recordsLog ??= load<RecordsModule>('consentry-records.js').then(
      (module) => buffer.attach((facade, options) => module.startRecords(facade, options)),
      (error: unknown) => {
        // The decisions stay buffered (and in sessionStorage); the next call tries again.
        recordsLog = undefined;
        throw error;
      },
    ));
  const startRecords = (): void =>
    void records().catch((error: unknown) => console.warn('Consentry: the records log failed to load; decisions stay buffered.', error));
  const buffer = bufferDecisions(consent, startRecords);
  // Decisions a previous page of this tab took but could not record, or a lapse to record.
  if (buffer.pending || consent.lapse) startRecords();

  const recordsApi: RecordsApi = {
    list: () => records().then((log) => log.list()),
    export: (format) => records().then((log) => log.export(format)),
    verify: () => records().then((log) => log.verify()),
  };

  let catalogue: Promise<CatalogueModule> | undefined;
  const loadCatalogue = (): Promise<CatalogueModule> => (catalogue ??= load<CatalogueModule>('consentry-catalogue.js'));

  // Any element with data-consentry-open opens the dialog, before the UI is even loaded;
  // once it is, the UI's own handler takes over.
  const openFromLink = (event: MouseEvent): void => {
    if (!(event.target instanceof Element && event.target.closest('[data-consentry-open]'))) return;
    event.preventDefault();
    void showPreferences();
  };
  doc.addEventListener('click', openFromLink);

  let mounted: Promise<UiHandle | undefined> | undefined;
  const mountUi = (): Promise<UiHandle | undefined> =>
    (mounted ??= Promise.all([load<UiModule>('consentry-ui.js'), whenBody(doc)])
      // The loader draws the floating button itself, so the UI must not draw a second one.
      .then(([module]) => module.mount({ consent, records: recordsApi, loadCatalogue, preferencesButton: false }))
      .then(
        (handle) => {
          doc.removeEventListener('click', openFromLink);
          return handle;
        },
        (error: unknown) => {
          // A bad `config.ui` (checked by the UI), or offline: reported; the next call tries again.
          // (The UI bundle has its own ConsentryError class, hence the check by name.)
          mounted = undefined;
          if ((error as Error).name === 'ConsentryError') console.error(`Consentry: the config is broken, so the consent UI cannot show. ${(error as Error).message}`);
          else console.error('Consentry: the consent UI failed to load.', error);
          return undefined;
        },
      ));

  const showPreferences = async (): Promise<void> => {
    await (await mountUi())?.showPreferences();
  };

  // On a first visit the UI request starts now, in <head>, in parallel with the page.
  if (consent.needsDecision()) void mountUi();

  // The floating way back (STANDARDS.md R-8), once there is a decision to change.
  let button: HTMLButtonElement | undefined;
  const drawButton = (): void => {
    if (ui.preferencesButton === true && !button && !consent.needsDecision()) button = drawPreferencesButton(doc, language, () => void showPreferences());
  };
  void whenBody(doc).then(drawButton);
  consent.on('change', () => void whenBody(doc).then(drawButton));

  // A cookie declaration on the page needs the UI even when the visitor has decided.
  const declaration = (): void => {
    if (doc.querySelector('consentry-declaration')) void mountUi();
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', declaration, { once: true });
  else declaration();

  const decide = (run: () => ConsentState): ConsentState | null => {
    try {
      return run();
    } catch (error) {
      // A bad call from a site's script is reported, not thrown into its click handler.
      console.error('Consentry:', (error as Error).message);
      return null;
    }
  };

  return (win.consentry = {
    get: () => consent.get(),
    acceptAll: () => decide(() => consent.acceptAll({ layer: 'api' })),
    rejectAll: () => decide(() => consent.rejectAll({ layer: 'api' })),
    set: (choices) => decide(() => consent.set(choices, { layer: 'api' })),
    withdraw: () => decide(() => consent.withdraw({ layer: 'api' })),
    showPreferences,
    on: (type, listener) => consent.on(type, listener),
    classify: (name, domain) => loadCatalogue().then((module) => module.classify(consent, name, domain)),
    audit: () => loadCatalogue().then((module) => module.audit(consent)),
    records: recordsApi,
  });
}
