// The audit and the cookie watch with exactly the classifier sources given. A consent
// instance uses these with its own catalogue and heuristics; audit.ts wraps them with the
// built-in heuristics by default for `auditCookies` and `watchCookies`.
import { classifyWith, type ClassifySources } from './classify-with.js';
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

/** A catalogue and the heuristics to go with it (the site's categories come from the host). */
export type AuditSources = Omit<ClassifySources, 'categories'>;

function auditOne(host: AuditHost, name: string, domain: string | undefined, sources: AuditSources): AuditEntry {
  // The consent cookie itself is strictly necessary whatever the site named it.
  if (name === (host.config.cookie?.name ?? 'consentry')) {
    return { name, category: NECESSARY, vendor: 'Consentry', purpose: "Remembers the visitor's cookie choices", source: 'config', allowed: true };
  }
  const found = classifyWith(name, domain, { ...sources, categories: host.config.categories });
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

/** `auditCookies` with exactly the given sources (a consent instance's). */
export function auditWith(host: AuditHost, sources: AuditSources, cookieString?: string): AuditEntry[] {
  const source = cookieString ?? (typeof document === 'undefined' ? '' : document.cookie);
  return cookieNames(source).map((name) => auditOne(host, name, undefined, sources));
}

/** `watchCookies` with exactly the given sources (a consent instance's). */
export function watchWith(host: AuditHost, onViolation: (entry: AuditEntry) => void, sources: AuditSources, options: WatchOptions = {}): () => void {
  if (typeof document === 'undefined') return () => undefined;
  const present = new Set(cookieNames(document.cookie));
  let stopped = false;

  const appeared = (name: string, domain?: string): void => {
    if (stopped || present.has(name)) return;
    present.add(name);
    const entry = auditOne(host, name, domain ?? undefined, sources);
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
