import { announceChanges, emit } from './announce-changes.js';
import { checkChoices, unknownCategory } from './check-choices.js';
import { auditWith, watchWith, type AuditSources } from './cookie-audit.js';
import { decodeConsentCookie, encodeConsentCookie, encodeLapsedMarker } from './cookie-codec.js';
import type { CreateConsentOptions } from './consent-options.js';
import { cookieStorage, guardStorage, memoryStorage } from './consent-storage.js';
import { freezeState, fullChoices, grants, makeDecision } from './decision.js';
import { GPC_CATEGORY, readGlobalPrivacyControl } from './gpc.js';
import { runJanitor } from './janitor.js';
import { randomConsentId } from './random-id.js';
import { readStoredConsent } from './stored-consent.js';
import { startTabSync, type TabMessage } from './tab-sync.js';
import {
  type CategoryId,
  type ChangeDetail,
  type Consent,
  type ConsentConfig,
  type ConsentEventMap,
  type ConsentListener,
  type ConsentState,
  type DecisionAction,
  type DecisionContext,
  type DecisionLayer,
  type DecisionMethod,
  type LapseDetail,
} from './types.js';
import { validateConfig } from './validate-config.js';

export { cookieStorage, memoryStorage, type ConsentStorage } from './consent-storage.js';
export { validateConfig, type ResolvedConfig } from './validate-config.js';
export type { TabSyncMode } from './tab-sync.js';
export type { CreateConsentOptions } from './consent-options.js';

type Choices = Partial<Record<CategoryId, boolean>>;
/** Work found while starting, run in a microtask so that listeners attached right after `createConsent()` returns receive it. */
type Later = Array<() => void> | undefined;

const DAY = 864e5;

/**
 * Creates a consent instance for `config`, validated first (a bad config throws
 * `ConsentryError`). It reads the stored decision, applies Global Privacy Control, clears
 * cookies of categories not granted, and keeps in step with other tabs. No singleton: each
 * call returns a new instance; call `destroy()` when done with one.
 */
export function createConsent(input: ConsentConfig, options: CreateConsentOptions = {}): Consent {
  const config = validateConfig(input);
  const categories = Object.freeze(Object.keys(config.categories));
  // Without a document (server rendering) there is no cookie to keep: memory, no warnings.
  const storage = options.storage ?? (typeof document === 'undefined' ? memoryStorage() : cookieStorage(config.cookie));
  const { now = Date.now, randomId = randomConsentId, catalogue, heuristics = catalogue?.heuristics, gpcSignal = readGlobalPrivacyControl } = options;
  const sources: AuditSources = { catalogue, heuristics: heuristics || undefined };
  const consent = new EventTarget() as Consent;

  let lapse: LapseDetail | null = null;
  let state: ConsentState | null = null;
  /** The consent id to reuse: the current decision's, or one a lapsed marker kept. */
  let id: string | undefined;
  /** The stored value last read or written, so a focus re-check reacts to real changes only. */
  let raw: string | undefined;

  const warn = (code: string, message: string, later?: Later): void => {
    console.warn(`[consentry] ${code}: ${message}`);
    const run = () => emit(consent, 'warning', { code, message });
    if (later) later.push(run);
    else run();
  };
  const store = guardStorage(storage, warn);

  const get = (): ConsentState | null => {
    // A page open longer than the decision lasts: it lapses now, as on a later page load.
    if (state && Date.parse(state.expiresAt) <= now()) markLapsed(Object.freeze({ previous: state, reason: 'expired' }));
    return state;
  };
  const allows = (category: CategoryId): boolean => categories.includes(category) && grants(get(), category);
  const changes = announceChanges(consent, allows);
  /** Deletes the cookies of every category not granted now. */
  const clean = () => runJanitor(categories.filter((category) => !allows(category)), config, sources);

  /**
   * A decision lapsed: forget it, and store a marker that keeps its consent id, so that the
   * next page load neither reports the same lapse again nor loses the id.
   */
  function markLapsed(detail: LapseDetail, later?: Later): void {
    state = null;
    id = detail.previous.id;
    lapse = detail;
    const marker = encodeLapsedMarker(id);
    if (store.write(marker, new Date(now() + config.expiresAfterDays * DAY), later)) raw = marker;
    // While starting, the start-up runs the janitor itself.
    if (later) later.push(() => emit(consent, 'lapse', detail));
    else
      queueMicrotask(() => {
        emit(consent, 'lapse', detail);
        emit(consent, 'janitor', clean());
      });
  }

  /** Sets and announces a state: `change` on the instance (synchronously), then `consentry-change` on document. */
  function apply(next: ConsentState | null, previous: ConsentState | null, action: DecisionAction, layer: DecisionLayer, origin: ChangeDetail['origin'], notice?: DecisionContext['notice']): void {
    state = next;
    const detail: ChangeDetail = { state: next, previous, changed: categories.filter((category) => grants(next, category) !== grants(previous, category)), action, layer, origin };
    if (notice) detail.notice = notice;
    changes.announce(detail);
  }

  /**
   * Makes and stores a decision; returns it with the function that announces it (run at
   * once, or in a microtask while starting). A decision equal to the current one is still
   * written and announced, with `changed` empty: the records keep every decision.
   */
  function decide(choices: Choices, method: DecisionMethod, action: DecisionAction, context: DecisionContext = {}): [ConsentState, () => void] {
    const previous = get();
    const decision = makeDecision({
      id: previous?.id ?? id ?? randomId(),
      revision: config.revision,
      categories,
      choices,
      method,
      now: now(),
      expiresAfterDays: config.expiresAfterDays,
    });
    const value = encodeConsentCookie(decision, consent.gpc);
    const warnings: Later = [];
    if (store.write(value, new Date(decision.expiresAt), warnings)) {
      // A browser may refuse a cookie silently (cookies blocked, a Domain that does not match
      // the page): read back, so the focus re-check compares with what is really stored.
      const stored = store.read();
      raw = stored === false ? value : stored;
      if (raw !== value) warn('storage/not-stored', `the browser did not keep the consent cookie "${config.cookie.name}"; the decision holds for this page only.`, warnings);
    }
    id = decision.id;
    state = decision;
    lapse = null;
    // Refused categories' cookies go at once, even when the announcement waits (start-up).
    const cleaned = categories.some((category) => !decision.choices[category]) ? clean() : null;
    const layer = context.layer ?? 'api';
    return [
      decision,
      () => {
        warnings.forEach((run) => run());
        sync.post({ kind: 'decision', value, action, layer });
        apply(decision, previous, action, layer, 'local', context.notice);
        if (cleaned) emit(consent, 'janitor', cleaned);
      },
    ];
  }

  const decideNow = (choices: Choices, method: DecisionMethod, action: DecisionAction, context?: DecisionContext): ConsentState => {
    const [decision, announce] = decide(choices, method, action, context);
    announce();
    // This call's decision, even if a listener has made another since.
    return decision;
  };

  /** The decision is gone elsewhere (reset, lapsed or cleared in another tab): nothing counts any more. */
  const forget = (value: string | undefined, keptId: string | undefined, layer: DecisionLayer): void => {
    raw = value;
    id = keptId;
    if (state) apply(null, state, 'withdraw', layer, 'other-tab');
  };

  /** Adopts another tab's decision without writing the cookie again. */
  const adopt = (value: string | undefined, action: DecisionAction, layer: DecisionLayer): void => {
    const decoded = decodeConsentCookie(value);
    // A tab running another revision of the config cannot hand us its decision.
    if (decoded.kind !== 'decision' || decoded.state.revision !== config.revision || Date.parse(decoded.state.expiresAt) <= now()) return;
    // Heard twice (the message, and the cookie on focus): announce it once.
    if (value === raw && state) return;
    // The other tab already applied GPC to this decision.
    const { gpc, ...stored } = decoded.state;
    void gpc;
    raw = value;
    id = stored.id;
    lapse = null;
    apply(freezeState({ ...stored, choices: fullChoices(categories, stored.choices) }), state, action, layer, 'other-tab');
  };

  const api: Omit<Consent, keyof EventTarget | 'lapse'> = {
    config,
    categories,
    gpc: config.gpc && (typeof gpcSignal === 'function' ? gpcSignal() : gpcSignal) === true,
    get,
    needsDecision: () => get() === null,
    allows,
    when: (category: CategoryId) =>
      !categories.includes(category) ? Promise.reject(unknownCategory(category, 'when()', categories)) : allows(category) ? Promise.resolve() : changes.wait(category),
    acceptAll(context?: DecisionContext) {
      const choices = Object.fromEntries(categories.map((category) => [category, true]));
      // GPC-2: "accept all" never grants what the signal opts out of; only an explicit
      // set({ marketing: true }) can.
      if (consent.gpc && categories.includes(GPC_CATEGORY)) return decideNow({ ...choices, [GPC_CATEGORY]: false }, 'gpc', 'gpc', context);
      return decideNow(choices, 'accept-all', 'accept_all', context);
    },
    rejectAll: (context?: DecisionContext) => decideNow({}, 'reject-all', 'reject_all', context),
    set(choices: Choices, context?: DecisionContext) {
      checkChoices(choices, categories);
      return decideNow(choices, 'custom', 'custom', context);
    },
    withdraw: (context?: DecisionContext) => decideNow({}, 'reject-all', 'withdraw', context),
    reset() {
      const previous = state;
      store.write(undefined);
      id = raw = undefined;
      sync.post({ kind: 'reset', action: 'withdraw', layer: 'api' });
      if (previous) apply(null, previous, 'withdraw', 'api', 'local');
      const detail = clean();
      if (previous) emit(consent, 'janitor', detail);
    },
    on<K extends keyof ConsentEventMap>(type: K, listener: ConsentListener<K>) {
      const handler = (event: Event) => listener((event as CustomEvent<ConsentEventMap[K]>).detail);
      consent.addEventListener(type, handler);
      return () => consent.removeEventListener(type, handler);
    },
    audit: () => auditWith(consent, sources),
    destroy() {
      sync.stop();
      stopWatching();
    },
  };
  Object.defineProperty(consent, 'lapse', { get: () => lapse });
  Object.assign(consent, api);

  // Start-up: what is found is announced in a microtask (see Later).
  const later: Array<() => void> = [];
  const stored = readStoredConsent(storage, config.revision, categories, now());
  ({ raw, id, state } = stored);
  if (stored.warning) warn(stored.warning.code, stored.warning.message, later);
  if (stored.lapse) markLapsed(stored.lapse, later);
  if (consent.gpc && !stored.gpc && stored.state?.choices[GPC_CATEGORY] === true) {
    // GPC-3: the signal beats an earlier opt-in. A decision taken while GPC was already
    // honoured (stored.gpc) granted marketing by an explicit switch, and stands.
    later.push(decide({ ...stored.state.choices, [GPC_CATEGORY]: false }, 'gpc', 'gpc', { layer: 'auto' })[1]);
  } else {
    // Cookies of every category not granted go at once (after a lapse: every optional one).
    const detail = clean();
    if (stored.lapse || detail.deleted.length + detail.undeletable.length > 0) later.push(() => emit(consent, 'janitor', detail));
  }
  queueMicrotask(() => later.forEach((run) => run()));
  const sync = startTabSync(
    `consentry:${config.cookie.name}`,
    options.tabSync ?? 'broadcast',
    (message: TabMessage) => (message.kind === 'decision' ? adopt(message.value, message.action, message.layer) : forget(undefined, undefined, message.layer)),
    // Fallback for missed messages: re-read the shared cookie when the page comes back.
    () => {
      const value = store.read();
      if (value === false || value === raw) return;
      const decoded = decodeConsentCookie(value);
      if (decoded.kind === 'decision') adopt(value, decoded.state.method === 'api' ? 'custom' : (decoded.state.method.replace('-', '_') as DecisionAction), 'api');
      else forget(value, decoded.kind === 'lapsed' ? decoded.id : undefined, 'api');
    },
  );
  const stopWatching = watchWith(consent, (entry) => emit(consent, 'cookie-violation', entry), sources);
  return consent;
}
