import { emit, emitChange } from './announce-changes.js';
import { decodeConsentCookie } from './cookie-codec.js';
import { matchesCookiePattern, parseCookiePattern } from './cookie-pattern.js';
import { freezeState, grants } from './decision.js';
import { GPC_CATEGORY, readGlobalPrivacyControl } from './gpc.js';
import { judgeStoredConsent } from './stored-consent.js';
import { NECESSARY, type CategoryId, type Consent, type ConsentConfig, type ConsentEventMap, type ConsentState, type ConsentView, type DecisionContext } from './types.js';

/** Why a head consent needs the full instance on this page (`HeadConsent.needs`). */
export type HeadNeed =
  /** The config has not been checked by `validateConfig` yet: nothing stored is applied. */
  | 'check'
  /** No decision counts (none, expired, another revision, unreadable): the visitor must be asked. */
  | 'decision'
  /** Global Privacy Control revokes a stored marketing opt-in: the new decision must be stored and recorded. */
  | 'gpc'
  /** Cookies of a category that is not granted are in the jar: the janitor must delete them. */
  | 'cleanup';

/** Options of `createHeadConsent`. */
export interface HeadConsentOptions {
  /**
   * True when this exact config passed `validateConfig` before (the drop-in keeps a checksum
   * of the last config it checked). An unchecked config grants nothing until `upgrade`.
   */
  checked: boolean;
  /** The consent cookie's raw value; default: read from `document.cookie`. */
  read?: () => string | undefined;
  /** The clock, ms since the epoch (expiry); default `Date.now`. */
  now?: () => number;
  /** Whether the browser sends Global Privacy Control; default `navigator.globalPrivacyControl`. */
  gpcSignal?: boolean;
  /** The full instance, made on demand: where decisions go before `upgrade` (without it they are dropped), and who records a lapse. */
  full?: () => Promise<Consent | undefined>;
}

/** A read-only consent for `<head>`, upgraded to a full `Consent` when one is needed. */
export interface HeadConsent extends ConsentView {
  readonly gpc: boolean;
  /** True when the visitor must be asked. An unchecked config with a stored decision waits for `upgrade` instead. */
  needsDecision(): boolean;
  /** What this page needs the full instance for, most urgent first; empty when nothing. */
  readonly needs: readonly HeadNeed[];
  /** The full instance, once `upgrade` has run. */
  readonly full: Consent | undefined;
  /**
   * Hands over to a full instance made from the same config: from now on it answers, and its
   * events reach this view's listeners. When its grants differ from what this view applied
   * (an unchecked config, a decision taken in another tab meanwhile), a `change` with layer
   * `auto` is announced here and as `consentry-change` on `document`.
   */
  upgrade(full: Consent): void;
}

const EVENTS: ReadonlyArray<keyof ConsentEventMap> = ['change', 'lapse', 'janitor', 'cookie-violation', 'warning'];

/** A cookie's value from `document.cookie`, decoded the way js-cookie writes it; the first of that name wins. */
export function readCookie(name: string): string | undefined {
  for (const pair of document.cookie.split('; ')) {
    const eq = pair.indexOf('=');
    // A cookie without a name (`document.cookie = "value"`) is no cookie of ours.
    if (eq < 0 || pair.slice(0, eq) !== name) continue;
    const value = pair.slice(eq + 1);
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return undefined;
}

/**
 * The consent a page needs before any other script runs, at a fraction of `createConsent`'s
 * size: it reads the stored decision (checksum, expiry, revision, GPC), answers `get` and
 * `allows`, and tells the page what else it needs (`needs`). It never writes: decisions,
 * the janitor, tab sync and records belong to the full instance (`createConsent`), which
 * the page loads when `needs` is not empty or the visitor acts, and hands over with
 * `upgrade`. The config is used as given: pass `checked: true` only for a config that
 * `validateConfig` has passed; a config that is not even shaped like one throws.
 */
export function createHeadConsent(config: ConsentConfig, options: HeadConsentOptions): HeadConsent {
  const { checked, now = Date.now } = options;
  const categories = Object.freeze([NECESSARY, ...Object.keys(config.categories).filter((id) => id !== NECESSARY)]);
  const name = config.cookie?.name ?? 'consentry';
  const gpc = config.gpc !== false && (options.gpcSignal ?? readGlobalPrivacyControl());
  // The rule of `readStoredConsent`, without its reports (the full instance makes those).
  let raw: string | undefined;
  try {
    raw = (options.read ?? (() => readCookie(name)))();
  } catch {
    // A sandboxed frame throws on document.cookie: no decision, and the page goes on.
    raw = undefined;
  }
  const stored = judgeStoredConsent(decodeConsentCookie(raw), String(config.revision), categories, now());
  let state = stored.state;
  const needs: HeadNeed[] = [];
  if (!checked) needs.push('check');
  if (!state) needs.push('decision');
  else if (gpc && !stored.gpc && state.choices[GPC_CATEGORY] === true) {
    // GPC-3: the signal beats an earlier opt-in, here at once; the full instance stores it.
    state = freezeState({ ...state, choices: { ...state.choices, [GPC_CATEGORY]: false } });
    needs.push('gpc');
  }
  let full: Consent | undefined;
  const target = new EventTarget();
  const get = (): ConsentState | null => {
    if (full) return full.get();
    // A page open longer than the decision lasts: it lapses now, and the full instance records it.
    if (state && Date.parse(state.expiresAt) <= now()) {
      state = null;
      void options.full?.();
    }
    return checked ? state : null;
  };
  const allows = (category: CategoryId): boolean => (full ? full.allows(category) : categories.includes(category) && grants(get(), category));
  /** What this view's listeners were last told, per category: `changed` is always relative to it. */
  let told: boolean[] = [];

  if (checked && state) {
    const jar = document.cookie.split('; ').map((pair) => pair.split('=')[0]!);
    const stale = categories.some(
      (id) =>
        !allows(id) &&
        (config.categories[id]?.cookies ?? []).some((declaration) => {
          const pattern = parseCookiePattern(typeof declaration === 'string' ? declaration : declaration.name);
          return pattern && jar.some((cookie) => matchesCookiePattern(cookie, pattern));
        }),
    );
    if (stale) needs.push('cleanup');
  }

  return {
    config,
    categories,
    gpc,
    needs,
    get full() {
      return full;
    },
    get,
    allows,
    needsDecision: () => (full ? full.needsDecision() : checked ? !get() : !state),
    on(type, listener) {
      const handler = (event: Event): void => listener((event as CustomEvent).detail as never);
      target.addEventListener(type, handler);
      return () => target.removeEventListener(type, handler);
    },
    set(choices: Partial<Record<CategoryId, boolean>>, context?: DecisionContext) {
      return full ? full.set(choices, context) : options.full?.().then((instance) => instance?.set(choices, context));
    },
    upgrade(instance) {
      if (full) return;
      const previous = get();
      told = categories.map(allows);
      full = instance;
      /** Categories whose answer differs from what the listeners were told; remembers the new answers. */
      const update = (): CategoryId[] => {
        const answers = categories.map(allows);
        const changed = categories.filter((_, index) => answers[index] !== told[index]);
        told = answers;
        return changed;
      };
      for (const type of EVENTS) {
        // A change is passed on with `changed` as this view saw it: a GPC revocation the head
        // had applied already changes nothing here.
        instance.on(type, (detail) => emit(target, type, type === 'change' ? ({ ...detail, changed: update() } as typeof detail) : detail));
      }
      const changed = update();
      if (changed.length) emitChange(target, Object.freeze({ state: instance.get(), previous, changed, action: 'custom', layer: 'auto', origin: 'local' }));
    },
  };
}
