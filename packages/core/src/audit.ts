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
  /** Milliseconds between `document.cookie` checks: default 3000, or 15000 as a safety net when CookieStore events are used. */
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
 * has them (secure contexts), else compares `document.cookie` every few seconds; the
 * comparison also runs when the page becomes visible, and, with CookieStore, once after a
 * second and every 15 s as a safety net. Returns a function that stops watching. Does
 * nothing outside a browser.
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

  // The cheap check: compare the names in document.cookie with the last ones seen.
  const check = (): void => {
    if (stopped) return;
    const now = cookieNames(document.cookie);
    const seen = new Set(now);
    for (const name of [...present]) if (!seen.has(name)) present.delete(name);
    for (const name of now) appeared(name);
  };
  const onVisibility = (): void => {
    if (document.visibilityState === 'visible') check();
  };
  document.addEventListener('visibilitychange', onVisibility);

  const store = (globalThis as { cookieStore?: CookieStoreLike }).cookieStore;
  const useStore = options.cookieStore !== false && !!store && typeof store.addEventListener === 'function';
  const onChange = (event: Event): void => {
    const change = event as CookieChangeEventLike;
    for (const cookie of change.deleted ?? []) present.delete(cookie.name);
    for (const cookie of change.changed ?? []) appeared(cookie.name, cookie.domain ?? undefined);
  };
  if (useStore) store?.addEventListener('change', onChange);
  // Chromium subscribes to cookie changes asynchronously, so a cookie set in the first moments
  // can slip past the events: one early check, then a slow one as a safety net.
  const early = useStore ? setTimeout(check, 1000) : undefined;
  const timer = setInterval(check, options.intervalMs ?? (useStore ? 15000 : 3000));
  return () => {
    stopped = true;
    clearTimeout(early);
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisibility);
    if (useStore) store?.removeEventListener('change', onChange);
  };
}
