import type { Catalogue, CookieHeuristics } from './classify-with.js';
import { auditWith, watchWith, type AuditSources } from './cookie-audit.js';
import { decodeConsentCookie, encodeConsentCookie, encodeLapsedMarker } from './cookie-codec.js';
import { cookieStorage, memoryStorage, type ConsentStorage } from './consent-storage.js';
import { freezeState, fullChoices, grants, makeDecision } from './decision.js';
import { ConsentryError } from './errors.js';
import { GPC_CATEGORY, readGlobalPrivacyControl } from './gpc.js';
import { runJanitor } from './janitor.js';
import { randomConsentId } from './random-id.js';
import { readStoredConsent } from './stored-consent.js';
import { startTabSync, type TabMessage, type TabSync, type TabSyncMode } from './tab-sync.js';
import {
  NECESSARY,
  type AuditEntry,
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
import { isPlainObject, validateConfig, type ResolvedConfig } from './validate-config.js';

export { cookieStorage, memoryStorage, type ConsentStorage } from './consent-storage.js';
export { validateConfig, type ResolvedConfig } from './validate-config.js';
export type { TabSyncMode } from './tab-sync.js';

/** What varies between pages and tests; every option has a lazy default. */
export interface CreateConsentOptions {
  /** Cookie catalogue for the classifier (`@consentry/core/catalogue`); used by the janitor, `audit()` and `cookie-violation`. */
  catalogue?: Catalogue;
  /**
   * Naming heuristics for cookies neither the config nor the catalogue knows; default the
   * catalogue's (`@consentry/core/catalogue` carries the built-in ones), none without a
   * catalogue. Pass `classifyByName` from `@consentry/core/catalogue` to use them without the
   * catalogue, `false` to turn them off.
   */
  heuristics?: CookieHeuristics | false;
  /** Clock in ms since the epoch; default `Date.now`. */
  now?: () => number;
  /** Consent id generator; default 128 random bits (`crypto.getRandomValues`) as base64url. */
  randomId?: () => string;
  /** The Global Privacy Control signal; default `navigator.globalPrivacyControl === true`. */
  gpcSignal?: boolean | (() => boolean);
  /** Where the consent cookie's value lives; default a js-cookie cookie from `config.cookie`. */
  storage?: ConsentStorage;
  /** How other tabs learn of decisions: `broadcast` (default; BroadcastChannel plus a re-read on focus), `focus` (re-read only), `off`. */
  tabSync?: TabSyncMode;
}

const DAY = 864e5;
const ACTION_BY_METHOD: Record<DecisionMethod, DecisionAction> = {
  'accept-all': 'accept_all',
  'reject-all': 'reject_all',
  custom: 'custom',
  gpc: 'gpc',
  api: 'custom',
};

class ConsentInstance extends EventTarget implements Consent {
  readonly config: ResolvedConfig;
  readonly categories: readonly CategoryId[];
  readonly gpc: boolean;
  #lapse: LapseDetail | null = null;
  #state: ConsentState | null = null;
  /** The consent id to reuse: the current decision's, or one a lapsed marker kept. */
  #id: string | undefined;
  /** The stored value last read or written, so a focus re-check reacts to real changes only. */
  #raw: string | undefined;
  #storage: ConsentStorage;
  #now: () => number;
  #randomId: () => string;
  #sources: AuditSources;
  #waiters: Array<{ category: CategoryId; resolve: () => void }> = [];
  /** Change details being announced; see #apply. */
  #queue: ChangeDetail[] = [];
  #sync: TabSync;
  #stopWatching: () => void;

  constructor(config: ResolvedConfig, options: CreateConsentOptions) {
    super();
    this.config = config;
    this.categories = Object.freeze(Object.keys(config.categories));
    // Without a document (server rendering) there is no cookie to keep: memory, no warnings.
    this.#storage = options.storage ?? (typeof document === 'undefined' ? memoryStorage() : cookieStorage(config.cookie));
    this.#now = options.now ?? Date.now;
    this.#randomId = options.randomId ?? randomConsentId;
    const { catalogue, heuristics = catalogue?.heuristics } = options;
    this.#sources = { catalogue, heuristics: heuristics || undefined };
    const signal = options.gpcSignal ?? readGlobalPrivacyControl;
    this.gpc = config.gpc && (typeof signal === 'function' ? signal() : signal) === true;

    // What is found while starting is announced in a microtask, so that listeners attached
    // right after createConsent() returns receive it.
    const later: Array<() => void> = [];
    const stored = readStoredConsent(this.#storage, config.revision, this.categories, this.#now());
    this.#raw = stored.raw;
    this.#id = stored.id;
    this.#state = stored.state;
    if (stored.warning) this.#warn(stored.warning.code, stored.warning.message, later);
    if (stored.lapse) this.#markLapsed(stored.lapse, later);
    if (this.gpc && !stored.gpc && stored.state?.choices[GPC_CATEGORY] === true) {
      // GPC-3: the signal beats an earlier opt-in. A decision taken while GPC was already
      // honoured (stored.gpc) granted marketing by an explicit switch, and stands.
      later.push(this.#decide({ ...stored.state.choices, [GPC_CATEGORY]: false }, 'gpc', 'gpc', { layer: 'auto' })[1]);
    } else {
      // Cookies of every category not granted go at once (after a lapse: every optional one).
      const detail = this.#clean();
      if (stored.lapse || detail.deleted.length + detail.undeletable.length > 0) later.push(() => this.#emit('janitor', detail));
    }
    queueMicrotask(() => later.forEach((run) => run()));
    this.#sync = startTabSync(`consentry:${config.cookie.name}`, options.tabSync ?? 'broadcast', (message) => this.#receive(message), () => this.#recheck());
    this.#stopWatching = watchWith(this, (entry: AuditEntry) => this.#emit('cookie-violation', entry), this.#sources);
  }

  get lapse(): LapseDetail | null {
    return this.#lapse;
  }

  get(): ConsentState | null {
    const state = this.#state;
    // A page open longer than the decision lasts: it lapses now, as on a later page load.
    if (state && Date.parse(state.expiresAt) <= this.#now()) this.#markLapsed(Object.freeze({ previous: state, reason: 'expired' }));
    return this.#state;
  }

  needsDecision(): boolean {
    return this.get() === null;
  }

  allows(category: CategoryId): boolean {
    return this.categories.includes(category) && grants(this.get(), category);
  }

  when(category: CategoryId): Promise<void> {
    if (!this.categories.includes(category)) return Promise.reject(this.#unknown(category, 'when()'));
    if (this.allows(category)) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push({ category, resolve }));
  }

  acceptAll(context?: DecisionContext): ConsentState {
    const choices = Object.fromEntries(this.categories.map((id) => [id, true]));
    // GPC-2: "accept all" never grants what the signal opts out of; only an explicit
    // set({ marketing: true }) can.
    if (this.gpc && this.categories.includes(GPC_CATEGORY)) return this.#decideNow({ ...choices, [GPC_CATEGORY]: false }, 'gpc', 'gpc', context);
    return this.#decideNow(choices, 'accept-all', 'accept_all', context);
  }

  rejectAll(context?: DecisionContext): ConsentState {
    return this.#decideNow({}, 'reject-all', 'reject_all', context);
  }

  set(choices: Partial<Record<CategoryId, boolean>>, context?: DecisionContext): ConsentState {
    if (!isPlainObject(choices)) throw new ConsentryError('call/bad-choices', 'pass an object of category ids to booleans, e.g. { analytics: true }.', 'set()');
    for (const [category, value] of Object.entries(choices)) {
      if (!this.categories.includes(category)) throw this.#unknown(category, 'set()');
      if (value === undefined) continue; // as if unlisted: refused
      if (typeof value !== 'boolean') throw new ConsentryError('call/bad-choices', `the choice for "${category}" must be true or false.`, 'set()');
      if (category === NECESSARY && !value) throw new ConsentryError('call/bad-choices', 'the necessary category cannot be refused; leave it out.', 'set()');
    }
    return this.#decideNow(choices, 'custom', 'custom', context);
  }

  withdraw(context?: DecisionContext): ConsentState {
    return this.#decideNow({}, 'reject-all', 'withdraw', context);
  }

  reset(): void {
    const previous = this.#state;
    this.#attempt('storage/write', () => this.#storage.clear());
    this.#id = undefined;
    this.#raw = undefined;
    this.#sync.post({ kind: 'reset', action: 'withdraw', layer: 'api' });
    if (previous) this.#apply(null, previous, 'withdraw', 'api', undefined, 'local');
    const detail = this.#clean();
    if (previous) this.#emit('janitor', detail);
  }

  on<K extends keyof ConsentEventMap>(type: K, listener: ConsentListener<K>): () => void {
    const handler = (event: Event) => listener((event as CustomEvent<ConsentEventMap[K]>).detail);
    this.addEventListener(type, handler);
    return () => this.removeEventListener(type, handler);
  }

  audit(): AuditEntry[] {
    return auditWith(this, this.#sources);
  }

  destroy(): void {
    this.#sync.stop();
    this.#stopWatching();
  }

  /**
   * A decision lapsed: forget it, and store a marker that keeps its consent id, so that the
   * next page load neither reports the same lapse again nor loses the id.
   */
  #markLapsed(lapse: LapseDetail, later?: Array<() => void>): void {
    this.#state = null;
    this.#id = lapse.previous.id;
    this.#lapse = lapse;
    const marker = encodeLapsedMarker(lapse.previous.id);
    if (this.#attempt('storage/write', () => this.#storage.write(marker, new Date(this.#now() + this.config.expiresAfterDays * DAY)), later)) this.#raw = marker;
    // While starting, the constructor runs the janitor itself.
    if (later) later.push(() => this.#emit('lapse', lapse));
    else
      queueMicrotask(() => {
        this.#emit('lapse', lapse);
        this.#emit('janitor', this.#clean());
      });
  }

  #decideNow(choices: Partial<Record<CategoryId, boolean>>, method: DecisionMethod, action: DecisionAction, context?: DecisionContext): ConsentState {
    const [state, announce] = this.#decide(choices, method, action, context);
    announce();
    // This call's decision, even if a listener has made another since.
    return state;
  }

  /**
   * Makes and stores a decision; returns it with the function that announces it (run at
   * once, or in a microtask while starting). A decision equal to the current one is still written and
   * announced, with `changed` empty: the records keep every decision.
   */
  #decide(choices: Partial<Record<CategoryId, boolean>>, method: DecisionMethod, action: DecisionAction, context: DecisionContext = {}): [ConsentState, () => void] {
    const previous = this.get();
    const state = makeDecision({
      id: previous?.id ?? this.#id ?? this.#randomId(),
      revision: this.config.revision,
      categories: this.categories,
      choices,
      method,
      now: this.#now(),
      expiresAfterDays: this.config.expiresAfterDays,
    });
    const value = encodeConsentCookie(state, this.gpc);
    const warnings: Array<() => void> = [];
    if (this.#attempt('storage/write', () => this.#storage.write(value, new Date(state.expiresAt)), warnings)) {
      // A browser may refuse a cookie silently (cookies blocked, a Domain that does not match
      // the page): read back, so the focus re-check compares with what is really stored.
      let stored: string | undefined = value;
      this.#attempt('storage/read', () => (stored = this.#storage.read()), undefined, true);
      if (stored !== value) this.#warn('storage/not-stored', `the browser did not keep the consent cookie "${this.config.cookie.name}"; the decision holds for this page only.`, warnings);
      this.#raw = stored;
    }
    this.#id = state.id;
    this.#state = state;
    this.#lapse = null;
    // Refused categories' cookies go at once, even when the announcement waits (start-up).
    const cleaned = this.categories.some((id) => !state.choices[id]) ? this.#clean() : null;
    const layer = context.layer ?? 'api';
    return [
      state,
      () => {
        warnings.forEach((run) => run());
        this.#sync.post({ kind: 'decision', value, action, layer });
        this.#apply(state, previous, action, layer, context.notice, 'local');
        if (cleaned) this.#emit('janitor', cleaned);
      },
    ];
  }

  /** Announces a state: `change` on the instance (synchronously), then `consentry-change` on document. */
  #apply(state: ConsentState | null, previous: ConsentState | null, action: DecisionAction, layer: DecisionLayer, notice: DecisionContext['notice'], origin: ChangeDetail['origin']): void {
    this.#state = state;
    const changed = this.categories.filter((id) => grants(state, id) !== grants(previous, id));
    const detail: ChangeDetail = { state, previous, changed, action, layer, origin };
    if (notice) detail.notice = notice;
    Object.freeze(detail);
    // A decision made by a `change` listener is announced after the current one has reached
    // every listener, so the instance and `document` see decisions in the same order.
    this.#queue.push(detail);
    if (this.#queue.length > 1) return;
    for (let next = this.#queue[0]; next; next = this.#queue[0]) {
      this.#emit('change', next);
      if (typeof document !== 'undefined') document.dispatchEvent(new CustomEvent('consentry-change', { detail: next, bubbles: true, composed: true }));
      this.#queue.shift();
    }
    const waiting = this.#waiters;
    this.#waiters = waiting.filter((waiter) => !this.allows(waiter.category));
    for (const waiter of waiting) if (this.allows(waiter.category)) waiter.resolve();
  }

  /** Deletes the cookies of every category not granted now. */
  #clean() {
    return runJanitor(this.categories.filter((id) => !this.allows(id)), this.config, this.#sources);
  }

  /** A message from another tab: adopt its decision without writing the cookie again. */
  #receive(message: TabMessage): void {
    if (message.kind === 'decision') return this.#adopt(message.value, message.action, message.layer);
    this.#raw = undefined;
    this.#id = undefined;
    if (this.#state) this.#apply(null, this.#state, 'withdraw', message.layer, undefined, 'other-tab');
  }

  /** Fallback for missed messages: re-read the shared cookie when the page comes back. */
  #recheck(): void {
    let raw: string | undefined;
    if (!this.#attempt('storage/read', () => (raw = this.#storage.read()), undefined, true) || raw === this.#raw) return;
    const decoded = decodeConsentCookie(raw);
    if (decoded.kind === 'decision') return this.#adopt(raw, ACTION_BY_METHOD[decoded.state.method], 'api');
    // The decision is gone (reset, lapsed or cleared elsewhere): nothing counts any more.
    this.#raw = raw;
    this.#id = decoded.kind === 'lapsed' ? decoded.id : undefined;
    if (this.#state) this.#apply(null, this.#state, 'withdraw', 'api', undefined, 'other-tab');
  }

  #adopt(value: string | undefined, action: DecisionAction, layer: DecisionLayer): void {
    const decoded = decodeConsentCookie(value);
    // A tab running another revision of the config cannot hand us its decision.
    if (decoded.kind !== 'decision' || decoded.state.revision !== this.config.revision || Date.parse(decoded.state.expiresAt) <= this.#now()) return;
    // Heard twice (the message, and the cookie on focus): announce it once.
    if (value === this.#raw && this.#state) return;
    const { gpc, ...stored } = decoded.state;
    void gpc; // the other tab already applied GPC to this decision
    this.#raw = value;
    this.#id = stored.id;
    this.#lapse = null;
    this.#apply(freezeState({ ...stored, choices: fullChoices(this.categories, stored.choices) }), this.#state, action, layer, undefined, 'other-tab');
  }

  #unknown(category: CategoryId, call: string): ConsentryError {
    return new ConsentryError('call/unknown-category', `"${category}" is not a configured category; use one of: ${this.categories.join(', ')}.`, call);
  }

  /** Runs a storage call; a throw becomes a `warning` (now, or queued in `later`), never the page's problem. */
  #attempt(code: string, run: () => void, later?: Array<() => void>, quiet = false): boolean {
    try {
      run();
      return true;
    } catch (error) {
      if (!quiet) this.#warn(code, `the consent storage failed (${String(error)}); the decision holds for this page only.`, later);
      return false;
    }
  }

  #warn(code: string, message: string, later?: Array<() => void>): void {
    console.warn(`[consentry] ${code}: ${message}`);
    const emit = () => this.#emit('warning', { code, message });
    if (later) later.push(emit);
    else emit();
  }

  #emit<K extends keyof ConsentEventMap>(type: K, detail: ConsentEventMap[K]): void {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }
}

/**
 * Creates a consent instance for `config`, validated first (a bad config throws
 * `ConsentryError`). It reads the stored decision, applies Global Privacy Control, clears
 * cookies of categories not granted, and keeps in step with other tabs. No singleton: each
 * call returns a new instance; call `destroy()` when done with one.
 */
export function createConsent(config: ConsentConfig, options: CreateConsentOptions = {}): Consent {
  return new ConsentInstance(validateConfig(config), options);
}
