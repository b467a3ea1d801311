import { classifyCookie, type Catalogue } from './classify-cookie.js';
import { NECESSARY, type AuditEntry, type CategoryId, type ConsentConfig } from './types.js';

/** What the audit needs from a consent instance. */
export interface AuditHost {
  readonly config: Readonly<ConsentConfig>;
  allows(category: CategoryId): boolean;
}

/** Options of `watchCookies`; the defaults suit pages, tests may narrow them. */
export interface WatchOptions {
  /** Use CookieStore `change` events where the browser has them (secure contexts). Default `true`. */
  cookieStore?: boolean;
  /** Milliseconds between `document.cookie` checks when CookieStore is not used. Default 3000. */
  intervalMs?: number;
}

// The parts of the Cookie Store API (WICG, https://wicg.github.io/cookie-store/) we use,
// declared here because not every TypeScript DOM lib has them yet.
interface CookieChange {
  name: string;
  domain?: string | null;
}
interface CookieChangeEventLike extends Event {
  readonly changed: readonly CookieChange[];
  readonly deleted: readonly CookieChange[];
}
type CookieStoreLike = EventTarget;

/** Cookie names in a `document.cookie` string, in order, without duplicates. */
function cookieNames(cookieString: string): string[] {
  const names = new Set<string>();
  for (const part of cookieString.split(';')) {
    const at = part.indexOf('=');
    const name = (at < 0 ? part : part.slice(0, at)).trim();
    if (name) names.add(name);
  }
  return [...names];
}

function auditOne(host: AuditHost, name: string, domain: string | undefined, catalogue: Catalogue | undefined): AuditEntry {
  // The consent cookie itself is strictly necessary whatever the site named it.
  if (name === (host.config.cookie?.name ?? 'consentry')) {
    return { name, category: NECESSARY, vendor: 'Consentry', purpose: "Remembers the visitor's cookie choices", source: 'config', allowed: true };
  }
  const found = classifyCookie(name, domain, { catalogue, categories: host.config.categories });
  let allowed = found.category === NECESSARY;
  if (!allowed && found.category !== 'unknown') {
    try {
      allowed = host.allows(found.category);
    } catch (error) {
      // A host that cannot answer grants nothing.
      console.warn('[consentry] audit/allows-failed', error);
    }
  }
  return { name, ...found, allowed };
}

/**
 * Every cookie in `cookieString` (default: `document.cookie`, so HttpOnly cookies are not
 * seen), classified against the site's config and the catalogue, with whether the current
 * consent allows it. `necessary` is always allowed; `unknown` never is, so an undeclared
 * cookie shows up as something to fix.
 */
export function auditCookies(host: AuditHost, catalogue?: Catalogue, cookieString?: string): AuditEntry[] {
  const source = cookieString ?? (typeof document === 'undefined' ? '' : document.cookie);
  return cookieNames(source).map((name) => auditOne(host, name, undefined, catalogue));
}

/**
 * Calls `onViolation` once each time a cookie appears (it was not there before) whose
 * category the current consent refuses, or that nothing classifies (`unknown`): the site
 * then knows what it forgot to declare. Cookies present when watching starts are not
 * reported (`auditCookies` lists them). Uses CookieStore `change` events where the browser
 * has them, else compares `document.cookie` every few seconds and when the page becomes
 * visible. Returns a function that stops watching. Does nothing outside a browser.
 */
export function watchCookies(
  host: AuditHost,
  onViolation: (entry: AuditEntry) => void,
  catalogue?: Catalogue,
  options: WatchOptions = {},
): () => void {
  if (typeof document === 'undefined') return () => undefined;
  const present = new Set(cookieNames(document.cookie));
  let stopped = false;

  const appeared = (name: string, domain?: string): void => {
    if (stopped || present.has(name)) return;
    present.add(name);
    const entry = auditOne(host, name, domain ?? undefined, catalogue);
    if (entry.allowed) return;
    try {
      onViolation(entry);
    } catch (error) {
      console.warn('[consentry] audit/listener-failed', error);
    }
  };

  const store = (globalThis as { cookieStore?: CookieStoreLike }).cookieStore;
  if (options.cookieStore !== false && store && typeof store.addEventListener === 'function') {
    const onChange = (event: Event): void => {
      const change = event as CookieChangeEventLike;
      for (const cookie of change.deleted ?? []) present.delete(cookie.name);
      for (const cookie of change.changed ?? []) appeared(cookie.name, cookie.domain ?? undefined);
    };
    store.addEventListener('change', onChange);
    return () => {
      stopped = true;
      store.removeEventListener('change', onChange);
    };
  }

  const check = (): void => {
    const now = cookieNames(document.cookie);
    const seen = new Set(now);
    for (const name of [...present]) if (!seen.has(name)) present.delete(name);
    for (const name of now) appeared(name);
  };
  const onVisibility = (): void => {
    if (document.visibilityState === 'visible') check();
  };
  const timer = setInterval(check, options.intervalMs ?? 3000);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    stopped = true;
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
