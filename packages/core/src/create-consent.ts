import { auditCookies, watchCookies } from './audit.js';
import type { Catalogue } from './classify-cookie.js';
import { decodeConsentCookie, encodeConsentCookie, encodeLapsedMarker } from './cookie-codec.js';
import { cookieStorage, type ConsentStorage } from './consent-storage.js';
import { ConsentryError } from './errors.js';
import { GPC_CATEGORY, readGlobalPrivacyControl } from './gpc.js';
import { runJanitor } from './janitor.js';
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

export type { ConsentStorage } from './consent-storage.js';
export { cookieStorage, memoryStorage } from './consent-storage.js';
export { validateConfig, type ResolvedConfig } from './validate-config.js';
export { candidateDomains } from './janitor.js';
export type { TabSyncMode } from './tab-sync.js';

/** What varies between pages and tests; every option has a lazy default. */
export interface CreateConsentOptions {
  /** Cookie catalogue for the classifier (`@consentry/core/catalogue`); used by the janitor and `audit()`. */
  catalogue?: Catalogue;
  /** Clock in ms since the epoch; default `Date.now`. */
  now?: () => number;
  /** Consent id generator; default 128 random bits from `crypto.getRandomValues`, base64url. */
  randomId?: () => string;
  /** The Global Privacy Control signal; default `navigator.globalPrivacyControl === true`. */
  gpcSignal?: boolean | (() => boolean);
  /** Where the consent cookie value lives; default a js-cookie cookie from `config.cookie`. */
  storage?: ConsentStorage;
  /** How other tabs learn of decisions: `broadcast` (default, with the focus fallback), `focus` (re-read the cookie on focus/visibility only), `off`. */
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

/** 128 bits from the platform's CSPRNG as 22 base64url characters. */
function defaultRandomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const freezeState = (state: ConsentState): ConsentState => Object.freeze({ ...state, choices: Object.freeze({ ...state.choices }) });

class ConsentInstance extends EventTarget implements Consent {
  readonly config: ResolvedConfig;
  readonly categories: readonly CategoryId[];
  readonly gpc: boolean;
  #lapse: LapseDetail | null = null;
  #state: ConsentState | null = null;
  /** The consent id to reuse: the current decision's, or one kept by a lapsed marker. */
  #id: string | undefined;
  /** The last cookie value read or written, so a focus re-check sees only real changes. */
  #raw: string | undefined;
  #storage: ConsentStorage;
  #now: () => number;
  #randomId: () => string;
  #catalogue: Catalogue | undefined;
  #waiters: Array<{ category: CategoryId; resolve: () => void }> = [];
  #sync: TabSync;
  #stopWatching: () => void;

  constructor(config: ResolvedConfig, options: CreateConsentOptions) {
    super();
    this.config = config;
    this.categories = Object.freeze(Object.keys(config.categories));
    this.#storage = options.storage ?? cookieStorage(config.cookie);
    this.#now = options.now ?? Date.now;
    this.#randomId = options.randomId ?? defaultRandomId;
    this.#catalogue = options.catalogue;
    const signal = options.gpcSignal ?? readGlobalPrivacyControl;
    this.gpc = config.gpc && (typeof signal === 'function' ? signal() : signal) === true;

    // Events found while starting go out in a microtask, so that listeners attached right
    // after createConsent() returns receive them.
    const later: Array<() => void> = [];
    const storedGpc = this.#load(later);
    const state = this.#state;
    if (this.gpc && !storedGpc && state?.choices[GPC_CATEGORY] === true) {
      // GPC-3: the signal beats an earlier opt-in; a decision taken while GPC was already
      // honoured (storedGpc) granted marketing by an explicit switch and stands.
      later.push(this.#decide({ ...state.choices, [GPC_CATEGORY]: false }, 'gpc', 'gpc', { layer: 'auto' }));
    } else {
      // At start, cookies of every category not granted go (after a lapse, that is all).
      const detail = this.#clean();
      if (this.#lapse || detail.deleted.length + detail.undeletable.length > 0) later.push(() => this.#emit('janitor', detail));
    }
    queueMicrotask(() => later.forEach((run) => run()));
    this.#sync = startTabSync(`consentry:${config.cookie.name}`, options.tabSync ?? 'broadcast', (message) => this.#receive(message), () => this.#recheck());
    this.#stopWatching = watchCookies(this, (entry: AuditEntry) => this.#emit('cookie-violation', entry), this.#catalogue);
  }

  get lapse(): LapseDetail | null {
    return this.#lapse;
  }

  get(): ConsentState | null {
    const state = this.#state;
    if (state && Date.parse(state.expiresAt) <= this.#now()) {
      // The page outlived the decision: it lapses now, exactly as on a later page load.
      this.#expire(state, 'expired');
      return null;
    }
    return state;
  }

  needsDecision(): boolean {
    return this.get() === null;
  }

  allows(category: CategoryId): boolean {
    if (category === NECESSARY) return true;
    return this.get()?.choices[category] === true && this.categories.includes(category);
  }

  when(category: CategoryId): Promise<void> {
    if (!this.categories.includes(category)) return Promise.reject(this.#unknown(category, 'when'));
    if (this.allows(category)) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push({ category, resolve }));
  }

  acceptAll(context?: DecisionContext): ConsentState {
    const choices = Object.fromEntries(this.categories.map((id) => [id, true]));
    // GPC-2: "accept all" never includes the category the signal opts out of; only an
    // explicit set({ marketing: true }) can grant it.
    if (this.gpc && this.categories.includes(GPC_CATEGORY)) {
      choices[GPC_CATEGORY] = false;
      return this.#decideNow(choices, 'gpc', 'gpc', context);
    }
    return this.#decideNow(choices, 'accept-all', 'accept_all', context);
  }

  rejectAll(context?: DecisionContext): ConsentState {
    return this.#decideNow({}, 'reject-all', 'reject_all', context);
  }

  set(choices: Partial<Record<CategoryId, boolean>>, context?: DecisionContext): ConsentState {
    if (!isPlainObject(choices)) throw new ConsentryError('call/bad-choices', 'pass an object of category ids to booleans, e.g. { analytics: true }.', 'set()');
    for (const [category, value] of Object.entries(choices)) {
      if (!this.categories.includes(category)) throw this.#unknown(category, 'set()');
      if (typeof value !== 'boolean' && value !== undefined) throw new ConsentryError('call/bad-choices', `the choice for "${category}" must be true or false.`, 'set()');
      if (category === NECESSARY && value === false) throw new ConsentryError('call/bad-choices', 'the necessary category cannot be refused; leave it out.', 'set()');
    }
    return this.#decideNow(choices as Record<CategoryId, boolean>, 'custom', 'custom', context);
  }

  withdraw(context?: DecisionContext): ConsentState {
    return this.#decideNow({}, 'reject-all', 'withdraw', context);
  }

  reset(): void {
    const previous = this.#state;
    this.#guard('storage/write', () => this.#storage.clear());
    this.#state = null;
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
    return auditCookies(this, this.#catalogue);
  }

  destroy(): void {
    this.#sync.stop();
    this.#stopWatching();
  }

  /** Reads the stored decision; returns whether GPC was honoured when it was taken. */
  #load(later: Array<() => void>): boolean {
    let raw: string | undefined;
    if (!this.#guard('storage/read', () => (raw = this.#storage.read()), later)) return false;
    this.#raw = raw;
    if (raw === undefined || raw === '') return false;
    const decoded = decodeConsentCookie(raw);
    if (decoded.kind === 'lapsed') this.#id = decoded.id;
    if (decoded.kind === 'invalid') {
      this.#warn('cookie/unreadable', `the consent cookie "${this.config.cookie.name}" could not be read (${decoded.reason}); asking again.`, later);
    }
    if (decoded.kind !== 'decision') return false;
    const { gpc, ...state } = decoded.state;
    this.#id = state.id;
    const frozen = freezeState({ ...state, choices: this.#fullChoices(state.choices) });
    if (Date.parse(state.expiresAt) <= this.#now()) this.#expire(frozen, 'expired', later);
    else if (state.revision !== this.config.revision) this.#expire(frozen, 'revision', later);
    else this.#state = frozen;
    return gpc;
  }

  /** A decision lapsed: forget it, keep its id in a marker so it is reported only once. */
  #expire(previous: ConsentState, reason: LapseDetail['reason'], later?: Array<() => void>): void {
    this.#state = null;
    this.#id = previous.id;
    this.#lapse = Object.freeze({ previous, reason });
    const marker = encodeLapsedMarker(previous.id);
    const written = this.#guard('storage/write', () => this.#storage.write(marker, new Date(this.#now() + this.config.expiresAfterDays * DAY)), later);
    if (written) this.#raw = marker;
    const lapse = this.#lapse;
    // While starting, the constructor runs the janitor itself.
    if (later) later.push(() => this.#emit('lapse', lapse));
    else
      queueMicrotask(() => {
        this.#emit('lapse', lapse);
        this.#emit('janitor', this.#clean());
      });
  }

  /** Every configured category, necessary true, anything unknown or missing refused. */
  #fullChoices(choices: Partial<Record<CategoryId, boolean>>): Record<CategoryId, boolean> {
    return Object.fromEntries(this.categories.map((id) => [id, id === NECESSARY || choices[id] === true]));
  }

  #decideNow(choices: Partial<Record<CategoryId, boolean>>, method: DecisionMethod, action: DecisionAction, context?: DecisionContext): ConsentState {
    const announce = this.#decide(choices, method, action, context);
    announce();
    return this.#state as ConsentState;
  }

  /**
   * Makes and stores a decision; returns the function that announces it (the caller runs it
   * at once, or in a microtask while starting). Even a decision equal to the current one is
   * written and announced: records keep every decision.
   */
  #decide(choices: Partial<Record<CategoryId, boolean>>, method: DecisionMethod, action: DecisionAction, context: DecisionContext = {}): () => void {
    const now = this.#now();
    const previous = this.get();
    const state = freezeState({
      id: previous?.id ?? this.#id ?? this.#randomId(),
      revision: this.config.revision,
      decidedAt: new Date(now).toISOString(),
      expiresAt: new Date(now + this.config.expiresAfterDays * DAY).toISOString(),
      choices: this.#fullChoices(choices),
      method,
    });
    const value = encodeConsentCookie(state, this.gpc);
    const warnings: Array<() => void> = [];
    if (this.#guard('storage/write', () => this.#storage.write(value, new Date(state.expiresAt)), warnings)) {
      // Cookies can be refused silently (blocked by the browser, a domain that does not
      // match the page): read back, so the focus re-check compares with what is stored.
      let stored: string | undefined = value;
      this.#guard('storage/read', () => (stored = this.#storage.read()), undefined, true);
      if (stored !== value) this.#warn('storage/not-stored', `the browser did not keep the consent cookie "${this.config.cookie.name}"; consent is kept for this page only.`, warnings);
      this.#raw = stored;
    }
    this.#id = state.id;
    this.#state = state;
    this.#lapse = null;
    const layer = context.layer ?? 'api';
    return () => {
      warnings.forEach((run) => run());
      this.#sync.post({ kind: 'decision', value, action, layer });
      this.#apply(state, previous, action, layer, context.notice, 'local');
      const refused = this.categories.filter((id) => !state.choices[id]);
      if (refused.length > 0) this.#emit('janitor', this.#clean());
    };
  }

  /** Announces a new state: `change` on the instance, then `consentry-change` on document. */
  #apply(state: ConsentState | null, previous: ConsentState | null, action: DecisionAction, layer: DecisionLayer, notice: DecisionContext['notice'], origin: ChangeDetail['origin']): void {
    this.#state = state;
    const granted = (s: ConsentState | null, id: CategoryId) => id === NECESSARY || s?.choices[id] === true;
    const changed = this.categories.filter((id) => granted(state, id) !== granted(previous, id));
    const detail: ChangeDetail = { state, previous, changed, action, layer, origin };
    if (notice) detail.notice = notice;
    this.#emit('change', Object.freeze(detail));
    if (typeof document !== 'undefined') {
      document.dispatchEvent(new CustomEvent('consentry-change', { detail, bubbles: true, composed: true }));
    }
    const waiting = this.#waiters;
    this.#waiters = waiting.filter((waiter) => !this.allows(waiter.category));
    for (const waiter of waiting) if (this.allows(waiter.category)) waiter.resolve();
  }

  /** Deletes the cookies of every category not granted now. */
  #clean() {
    const refused = this.categories.filter((id) => !this.allows(id));
    return runJanitor(refused, this.config, this.#catalogue);
  }

  /** A decision from another tab: adopt it without writing the cookie again. */
  #receive(message: TabMessage): void {
    if (message.kind === 'reset') {
      this.#raw = undefined;
      this.#id = undefined;
      if (this.#state) this.#apply(null, this.#state, 'withdraw', message.layer, undefined, 'other-tab');
      return;
    }
    this.#adopt(message.value, message.action, message.layer);
  }

  /** Fallback for missed messages: the shared cookie changed while this page was away. */
  #recheck(): void {
    let raw: string | undefined;
    if (!this.#guard('storage/read', () => (raw = this.#storage.read()), undefined, true) || raw === this.#raw) return;
    const decoded = decodeConsentCookie(raw);
    if (decoded.kind === 'decision') return this.#adopt(raw, ACTION_BY_METHOD[decoded.state.method], 'api');
    this.#raw = raw;
    this.#id = decoded.kind === 'lapsed' ? decoded.id : undefined;
    if (this.#state) this.#apply(null, this.#state, 'withdraw', 'api', undefined, 'other-tab');
  }

  #adopt(value: string | undefined, action: DecisionAction, layer: DecisionLayer): void {
    const decoded = decodeConsentCookie(value);
    // A tab running another revision of the config cannot hand us its decision.
    if (decoded.kind !== 'decision' || decoded.state.revision !== this.config.revision || Date.parse(decoded.state.expiresAt) <= this.#now()) return;
    const { gpc, ...stored } = decoded.state;
    void gpc;
    const state = freezeState({ ...stored, choices: this.#fullChoices(stored.choices) });
    this.#raw = value;
    this.#id = state.id;
    this.#lapse = null;
    this.#apply(state, this.#state, action, layer, undefined, 'other-tab');
  }

  #unknown(category: CategoryId, call: string): ConsentryError {
    return new ConsentryError('call/unknown-category', `"${category}" is not a configured category; use one of: ${this.categories.join(', ')}.`, call);
  }

  /** Runs a storage call; a throw becomes a `warning` (now, or queued in `later`). */
  #guard(code: string, run: () => void, later?: Array<() => void>, quiet = false): boolean {
    try {
      run();
      return true;
    } catch (error) {
      if (!quiet) this.#warn(code, `the consent storage failed (${String(error)}); consent is kept for this page only.`, later);
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
 * Creates a consent instance for `config` (validated first; a bad config throws
 * `ConsentryError`). Reads the stored decision, applies Global Privacy Control, clears
 * cookies of categories not granted, and keeps in step with other tabs.
 */
export function createConsent(config: ConsentConfig, options: CreateConsentOptions = {}): Consent {
  return new ConsentInstance(validateConfig(config), options);
}
