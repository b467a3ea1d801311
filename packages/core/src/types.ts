/**
 * The shared contract of Consentry: configuration, state, decisions and events.
 * `gate`, `banner` and `consentry` code against these types only; see docs/architecture.md.
 */

/** A category id: `necessary`, `preferences`, `analytics`, `marketing`, or a site's own. */
export type CategoryId = string;

/** The one category that is always granted and cannot be refused. */
export const NECESSARY = 'necessary';

/** The categories most sites use, in the order a UI shows them. */
export const STANDARD_CATEGORIES = ['necessary', 'preferences', 'analytics', 'marketing'] as const;

/**
 * A cookie a site declares. `name` is an exact name or a `prefix*` pattern
 * (one trailing `*`, at least two characters before it).
 */
export interface CookieDeclaration {
  name: string;
  /** Domain the cookie is set on, e.g. `.example.co.uk`; omitted = the page's host. */
  domain?: string;
  /** Path the cookie is set on; default `/`. */
  path?: string;
  /** Who sets it (e.g. `Google Analytics`); shown in cookie tables. */
  provider?: string;
  /** What it is for, in the site's words. */
  purpose?: string;
  /** How long it lives, as shown to visitors (e.g. `2 years`, `session`). */
  lifetime?: string;
  /** Set by a third party. */
  thirdParty?: boolean;
  /** Set by the server with HttpOnly: the janitor cannot delete it and reports it instead. */
  httpOnly?: boolean;
}

/** One category of the site's config. */
export interface CategoryConfig {
  /** Title shown in the UI; the built-in ids have translated defaults. */
  title?: string;
  /** Description shown in the UI; the built-in ids have translated defaults. */
  description?: string;
  /** Only `necessary` may say this, and it must be `true`. */
  required?: boolean;
  /** The cookies of this category, by exact name or `prefix*` pattern. */
  cookies?: Array<string | CookieDeclaration>;
}

/** Options of the consent cookie itself. */
export interface CookieOptions {
  /** Default `consentry`. */
  name?: string;
  /** Default: the page's host (no Domain attribute). */
  domain?: string;
  /** Default `/`. */
  path?: string;
  /** Default `Lax`. */
  sameSite?: 'Lax' | 'Strict' | 'None';
  /** Default: true on https pages. */
  secure?: boolean;
}

/** Google Consent Mode v2 signal names. */
export type ConsentModeSignal =
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage';

/** Google Consent Mode v2 options (STANDARDS.md section 1). */
export interface ConsentModeOptions {
  /** `basic` (default): tags gated until consent. `advanced`: tags load, signals only. */
  mode?: 'basic' | 'advanced';
  /** Milliseconds tags wait for an update; default 500. */
  waitForUpdate?: number;
  /** ISO 3166-1/2 region codes the default applies to. */
  region?: string[];
  urlPassthrough?: boolean;
  adsDataRedaction?: boolean;
  /** Category → signals; default mapping CM-8. */
  mapping?: Record<CategoryId, ConsentModeSignal[]>;
  /** Name of the dataLayer array; default `dataLayer`. */
  dataLayerName?: string;
}

/** Options of the consent records log. */
export interface RecordsOptions {
  /** URL each record is POSTed to as JSON; omitted = records stay in the browser. */
  endpoint?: string;
  /** Extra headers for the POST (not for secrets: they are visible to the page). */
  headers?: Record<string, string>;
  /** Turn the IndexedDB log off entirely (records then live in memory for the page). */
  enabled?: boolean;
}

/** The full configuration of a site. Only `revision` and `categories` are required. */
export interface ConsentConfig {
  /** The policy version; changing it re-asks every visitor. */
  revision: string | number;
  /** Categories by id; `necessary` is required. */
  categories: Record<CategoryId, CategoryConfig>;
  cookie?: CookieOptions;
  /** Days a decision lasts before the visitor is asked again; default 182, range 1..395. */
  expiresAfterDays?: number;
  /** Honour Global Privacy Control; default true. */
  gpc?: boolean;
  /** The site's privacy/cookie policy URL, linked from the banner and kept in records. */
  policyUrl?: string;
  /** UI language (BCP 47); default from `<html lang>`, then the browser. */
  language?: string;
  /** Reload the page after a category is withdrawn, since a running tag cannot be unloaded; default true. */
  reloadOnWithdraw?: boolean;
  /** Google Consent Mode v2; `true` = defaults. Off when omitted. */
  consentMode?: boolean | ConsentModeOptions;
  records?: RecordsOptions;
  /** Options of `@consentry/gate`; validated by the gate. */
  gate?: Record<string, unknown>;
  /** Options of `@consentry/banner`; validated by the banner. */
  ui?: Record<string, unknown>;
}

/** How a decision was made. */
export type DecisionMethod = 'accept-all' | 'reject-all' | 'custom' | 'gpc' | 'api';

/** What a record says happened (STANDARDS.md R-13). */
export type DecisionAction = 'accept_all' | 'reject_all' | 'custom' | 'withdraw' | 'gpc' | 'expired';

/** Where a decision was taken. */
export type DecisionLayer = 'banner' | 'preferences' | 'placeholder' | 'declaration' | 'api' | 'auto';

/** A stored, valid decision. */
export interface ConsentState {
  /** Random pseudonymous consent id, kept across later decisions of the same browser. */
  id: string;
  /** The config revision the decision was made under. */
  revision: string;
  /** ISO-8601 UTC time of the decision. */
  decidedAt: string;
  /** ISO-8601 UTC time after which the visitor is asked again. */
  expiresAt: string;
  /** Every configured category, `necessary` always true. */
  choices: Record<CategoryId, boolean>;
  method: DecisionMethod;
}

/** What the visitor was shown when deciding; the records log hashes it. */
export interface NoticeSnapshot {
  /** Language of the texts shown. */
  language: string;
  /** Every text shown, by key. */
  texts: Record<string, string>;
}

/** Optional context a caller passes with a decision. */
export interface DecisionContext {
  layer?: DecisionLayer;
  notice?: NoticeSnapshot;
}

/** Detail of the `change` event. */
export interface ChangeDetail {
  state: ConsentState | null;
  previous: ConsentState | null;
  /** Categories whose `allows()` answer changed. */
  changed: CategoryId[];
  action: DecisionAction;
  layer: DecisionLayer;
  notice?: NoticeSnapshot;
  /** `local` for a decision in this page, `other-tab` when it arrived from another tab. */
  origin: 'local' | 'other-tab';
}

/** Detail of the `lapse` event: a stored decision no longer counts. */
export interface LapseDetail {
  previous: ConsentState;
  reason: 'expired' | 'revision';
}

/** Detail of the `janitor` event. */
export interface JanitorDetail {
  /** Categories whose cookies were cleared. */
  categories: CategoryId[];
  /** Cookie names deleted. */
  deleted: string[];
  /** Cookie names that could not be deleted from script (HttpOnly, or set on a domain/path out of reach). */
  undeletable: string[];
}

/** Events a consent instance emits, by type. */
export interface ConsentEventMap {
  change: ChangeDetail;
  lapse: LapseDetail;
  janitor: JanitorDetail;
  /** A cookie of a refused or unknown category appeared (see `audit()`). */
  'cookie-violation': AuditEntry;
  /** Something went wrong that was ignored safely (corrupt cookie, storage that throws, ...). */
  warning: { code: string; message: string };
}

/** Which rule decided a cookie's category. */
export type ClassificationSource = 'config' | 'catalogue' | 'heuristic' | 'unknown';

/** The result of `classifyCookie`. */
export interface CookieClassification {
  /** One of the site's categories, or `unknown`. */
  category: CategoryId | 'unknown';
  vendor?: string;
  purpose?: string;
  lifetime?: string;
  source: ClassificationSource;
  /** Set when `category` is `unknown` only because the site has not configured the standard category the catalogue or a heuristic named. */
  suggestedCategory?: CategoryId;
}

/** One row of `consent.audit()`. */
export interface AuditEntry extends CookieClassification {
  name: string;
  /** Whether the current consent allows this cookie. */
  allowed: boolean;
}

/** A listener for `consent.on(type, listener)`. */
export type ConsentListener<K extends keyof ConsentEventMap> = (detail: ConsentEventMap[K]) => void;

/**
 * What the gate and Consent Mode need of a consent: the config, the state, its changes, and a
 * way to ask for a decision (an embed placeholder's "allow"). A full `Consent` is one; so is
 * the drop-in's head consent (`createHeadConsent`), whose decisions are asynchronous.
 */
export interface ConsentView {
  /** The site's config (validated, for a full instance). */
  readonly config: Readonly<ConsentConfig>;
  /** Category ids in config order, `necessary` first. */
  readonly categories: readonly CategoryId[];
  /** The current decision, or `null` when none counts. */
  get(): ConsentState | null;
  /** Whether `category` is granted now; `necessary` always is. */
  allows(category: CategoryId): boolean;
  /** Listens to an event; returns a function that removes the listener. */
  on<K extends keyof ConsentEventMap>(type: K, listener: ConsentListener<K>): () => void;
  /** Sets the listed categories; unlisted optional ones are refused. May settle later (the head consent). */
  set(choices: Partial<Record<CategoryId, boolean>>, context?: DecisionContext): unknown;
}

/**
 * A consent instance, made by `createConsent(config)`. It is an `EventTarget` whose events
 * are `CustomEvent`s with the details of `ConsentEventMap`; `change` is also dispatched on
 * `document` as `consentry-change`.
 */
export interface Consent extends EventTarget {
  /** The validated config, defaults filled in, frozen. */
  readonly config: Readonly<ConsentConfig>;
  /** Category ids in config order, `necessary` first. */
  readonly categories: readonly CategoryId[];
  /** True when the browser sends Global Privacy Control and `gpc` is not turned off. */
  readonly gpc: boolean;
  /** The stored decision that lapsed on this page load (expired or revision changed), if any. */
  readonly lapse: LapseDetail | null;
  /** The current decision, or `null` when none counts (none yet, expired, new revision, unreadable). */
  get(): ConsentState | null;
  /** True when the visitor must be asked (no valid decision). */
  needsDecision(): boolean;
  /** Whether `category` is granted now; `necessary` always is. */
  allows(category: CategoryId): boolean;
  /** Resolves once `category` is granted (at once if it already is). */
  when(category: CategoryId): Promise<void>;
  acceptAll(context?: DecisionContext): ConsentState;
  rejectAll(context?: DecisionContext): ConsentState;
  /** Sets the listed categories; unlisted optional ones are refused. Unknown ids throw. */
  set(choices: Partial<Record<CategoryId, boolean>>, context?: DecisionContext): ConsentState;
  /** Refuses every optional category (a withdrawal), deletes their cookies. */
  withdraw(context?: DecisionContext): ConsentState;
  /** Forgets the decision (deletes the consent cookie); the visitor is asked again. */
  reset(): void;
  /** Listens to an event; returns a function that removes the listener. */
  on<K extends keyof ConsentEventMap>(type: K, listener: ConsentListener<K>): () => void;
  /** Every cookie the page can see, classified, with whether the current consent allows it. */
  audit(): AuditEntry[];
  /** Stops listening to other tabs and cookie changes. */
  destroy(): void;
}
