import {
  consentModeSettings,
  createHeadConsent,
  readCookie,
  runConsentMode,
  type AuditEntry,
  type CategoryId,
  type ConsentConfig,
  type ConsentEventMap,
  type ConsentListener,
  type ConsentState,
  type CookieClassification,
  type HeadConsent,
} from '@consentry/core';
import { gateSettings, runGate } from '@consentry/gate';
import { configSum, markChecked, wasChecked } from './config-check.js';
import { PENDING_DECISIONS_KEY } from './decision-buffer.js';
import type { CatalogueModule, CoreHandle, CoreModule, RecordsApi, UiHandle, UiModule } from './lazy-modules.js';
import { drawPreferencesButton } from './preferences-button.js';
import { readConfig } from './read-config.js';

/** `window.consentry`: what a site's own scripts and the browser console can call. */
export interface DropInApi {
  /** The current decision, or null when none counts. */
  get(): ConsentState | null;
  /** Decisions resolve with the new state once stored (the first one fetches consentry-core.js), or null when refused. */
  acceptAll(): Promise<ConsentState | null>;
  rejectAll(): Promise<ConsentState | null>;
  /** Sets the listed categories; unlisted optional ones are refused. */
  set(choices: Partial<Record<CategoryId, boolean>>): Promise<ConsentState | null>;
  /** Refuses every optional category and deletes their cookies. */
  withdraw(): Promise<ConsentState | null>;
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

/** What a broken config runs instead: every usual category, nothing that can grant one. */
const BLOCKED: ConsentConfig = {
  revision: 0,
  categories: { necessary: {}, preferences: {}, analytics: {}, marketing: {} },
  consentMode: true,
  reloadOnWithdraw: false,
  gate: { placeholders: false },
};

const whenBody = (doc: Document): Promise<void> =>
  doc.body
    ? Promise.resolve()
    : new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));

const pendingDecisions = (): boolean => {
  try {
    return !!sessionStorage.getItem(PENDING_DECISIONS_KEY);
  } catch {
    return false;
  }
};

/**
 * Runs the drop-in on a page. What must happen before any other script happens here, from
 * the stored decision alone (a head consent): Consent Mode's default and update first (its
 * `default` must precede every tag, STANDARDS.md CM-1), then the gate. Everything else is a
 * sibling module fetched when needed: `consentry-core.js` (validation, decisions, janitor,
 * tab sync, records buffer) when the visitor must decide, acts, or the page needs it
 * (`HeadConsent.needs`); `consentry-ui.js` when the banner, the dialog or a declaration must
 * show, requested at once on a first visit; records and the catalogue on demand. A stored
 * decision is applied only under a config that consentry-core.js has checked on an earlier
 * page (`config-check.ts`). A broken config is reported on the console and every gated tag
 * stays blocked; nothing is thrown into the page. `load` fetches a sibling module by file
 * name (`siblingLoader`); a build that bundles the modules in (the bench's one-file build)
 * answers those from the bundle.
 */
export function startDropIn(win: Window & DropInWindow, doc: Document, load: <T>(file: string) => Promise<T>): DropInApi {
  /** Why Consentry is not running, once the config is known to be broken. */
  let broken: string | undefined;
  /** The floating preferences button, once drawn. */
  let button: HTMLButtonElement | undefined;
  const fail = (error: unknown): void => {
    broken = (error as Error).message ?? String(error);
    console.error(`Consentry: the config is broken, so every gated tag stays blocked. ${broken}`);
    // Drawn from a stored decision before the config's check: it has nothing to open now.
    button?.remove();
  };

  let config: ConsentConfig | undefined;
  const cookieName = (): string => config?.cookie?.name ?? 'consentry';
  /** The consent cookie's value; undefined where reading cookies throws (a sandboxed frame). */
  const consentCookie = (): string | undefined => {
    try {
      return readCookie(cookieName());
    } catch {
      return undefined;
    }
  };
  /** The config's JSON text, when it came from the page's JSON script (for its checksum). */
  let text: string | undefined;
  /** The consent cookie as the page started, read once: the head's decision and the re-check's reference. */
  let started: string | undefined;
  let head: HeadConsent;
  try {
    const read = readConfig(doc, win);
    config = read.config as ConsentConfig;
    text = read.text;
    started = consentCookie();
    head = createHeadConsent(config, {
      // Without a stored decision there is nothing the check would let the loader apply, so a
      // first visit does not touch localStorage here (its first use costs a few ms).
      checked: started !== undefined && wasChecked(configSum(config, text)),
      read: () => started,
      full: () => full().then((core) => core?.consent),
    });
  } catch (error) {
    // Not even shaped like a config: blocked. A config that was read is checked by
    // consentry-core.js below, whose message names the field.
    if (config === undefined) fail(error);
    head = createHeadConsent(BLOCKED, { checked: false });
  }

  // Another tab decided: the full instance reads the new decision (and keeps in step after).
  let channel: BroadcastChannel | undefined;
  try {
    channel = new BroadcastChannel(`consentry:${cookieName()}`);
    channel.onmessage = () => void full();
  } catch {
    // no BroadcastChannel: the re-check below covers it
  }
  // A message this page missed (frozen, in the back/forward cache, no BroadcastChannel): the
  // consent cookie changed since the page started, seen when it is shown again.
  const recheck = (): void => {
    if (!head.full && doc.visibilityState === 'visible' && consentCookie() !== started) void full();
  };
  doc.addEventListener('visibilitychange', recheck);
  win.addEventListener('pageshow', recheck);

  let core: Promise<CoreHandle | undefined> | undefined;
  const full = (): Promise<CoreHandle | undefined> =>
    (core ??= config && !broken
      ? load<CoreModule>('consentry-core.js').then(
          (module) => {
            let handle: CoreHandle;
            try {
              handle = module.startCore(config, { load });
            } catch (error) {
              fail(error);
              return undefined;
            }
            if (head.config === BLOCKED) {
              // The loader could not read a config that validateConfig accepts: stay blocked.
              handle.consent.destroy();
              fail(new Error('the loader could not read this config; please report it with the config.'));
              return undefined;
            }
            // In the next task, after a first visit's banner (localStorage's first use costs a few
            // ms), and before anything the visitor does: the next page finds the config checked.
            const sum = configSum(config, text);
            setTimeout(() => markChecked(sum));
            head.upgrade(handle.consent);
            channel?.close();
            return handle;
          },
          (error: unknown) => {
            // Offline: the stored decision goes on counting; the next call tries again.
            core = undefined;
            console.error('Consentry: consentry-core.js failed to load.', error);
            return undefined;
          },
        )
      : Promise.resolve(undefined));

  const ui = (config?.ui ?? {}) as { preferencesButton?: boolean; language?: string };
  // Not checked yet (the UI checks `ui`): a language that is not a string reads as English.
  const language = String(ui.language ?? config?.language ?? (doc.documentElement.lang || navigator.language || 'en'));

  let catalogue: Promise<CatalogueModule> | undefined;
  const loadCatalogue = (): Promise<CatalogueModule> => (catalogue ??= load<CatalogueModule>('consentry-catalogue.js'));
  const notRunning = (): string => `Consentry is not running${broken ? `: ${broken}` : '.'}`;
  const required = (): Promise<CoreHandle> => full().then((handle) => handle ?? Promise.reject(new Error(notRunning())));
  const records: RecordsApi = {
    list: () => required().then((handle) => handle.records().then((log) => log.list())),
    export: (format) => required().then((handle) => handle.records().then((log) => log.export(format))),
    verify: () => required().then((handle) => handle.records().then((log) => log.verify())),
  };

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
    (mounted ??= Promise.all([load<UiModule>('consentry-ui.js'), full(), whenBody(doc)])
      .then(([module, handle]) =>
        // The loader draws the floating button itself, so the UI must not draw a second one.
        handle ? module.mount({ consent: handle.consent, records, loadCatalogue, preferencesButton: false }) : undefined,
      )
      .then(
        (handle) => {
          if (handle) doc.removeEventListener('click', openFromLink);
          else if (!broken) mounted = undefined;
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

  // A first visit: the UI and core requests start now, in <head>, in parallel with the page.
  if (broken) {
    // nothing to load: the config could not be read
  } else if (head.needsDecision()) void mountUi();
  // The rest of what needs the full instance: a config to check, a GPC revocation to store,
  // cookies to clean, a decision an earlier page of this tab could not record yet.
  else if (head.needs.length || pendingDecisions()) void full();

  /** Consent Mode first (its default precedes every tag), then the gate, from the head's config. */
  const start = (): void => {
    runConsentMode(head, consentModeSettings(head.config.consentMode));
    runGate(head, gateSettings(head.config.gate as Parameters<typeof gateSettings>[0]));
  };
  try {
    start();
  } catch (error) {
    // Options the loader could not even read: blocked. consentry-core.js's check names the
    // field (and a config it passes stays blocked too: see full()).
    if (config === undefined) fail(error);
    else void full();
    try {
      head = createHeadConsent(BLOCKED, { checked: false });
      start();
    } catch (fallbackError) {
      // Without the gate, text/plain tags still never run; only late tags go unchecked.
      console.error('Consentry: the blocking fallback failed:', fallbackError);
    }
  }

  // The floating way back (STANDARDS.md R-8), once there is a decision to change.
  const drawButton = (): void => {
    if (ui.preferencesButton === true && !broken && !button && !head.needsDecision()) button = drawPreferencesButton(doc, language, () => void showPreferences());
  };
  void whenBody(doc).then(drawButton);
  head.on('change', () => void whenBody(doc).then(drawButton));

  // A cookie declaration on the page needs the UI even when the visitor has decided.
  const declaration = (): void => {
    if (doc.querySelector('consentry-declaration')) void mountUi();
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', declaration, { once: true });
  else declaration();

  /** A decision through the full instance; a bad call from a site's script is reported, not thrown. */
  const decide =
    <A extends unknown[]>(run: (handle: CoreHandle, ...args: A) => ConsentState) =>
    (...args: A): Promise<ConsentState | null> =>
      full().then((handle) => {
        try {
          if (handle) return run(handle, ...args);
          console.error(notRunning());
        } catch (error) {
          console.error('Consentry:', (error as Error).message);
        }
        return null;
      });

  return (win.consentry = {
    get: () => head.get(),
    acceptAll: decide(({ consent }) => consent.acceptAll({ layer: 'api' })),
    rejectAll: decide(({ consent }) => consent.rejectAll({ layer: 'api' })),
    set: decide(({ consent }, choices: Partial<Record<CategoryId, boolean>>) => consent.set(choices, { layer: 'api' })),
    withdraw: decide(({ consent }) => consent.withdraw({ layer: 'api' })),
    showPreferences,
    on: (type, listener) => head.on(type, listener),
    classify: (name, domain) => Promise.all([loadCatalogue(), required()]).then(([module, { consent }]) => module.classify(consent, name, domain)),
    audit: () => Promise.all([loadCatalogue(), required()]).then(([module, { consent }]) => module.audit(consent)),
    records,
  });
}
