import { classifyCookie, type Catalogue } from './classify-cookie.js';
import { NECESSARY, type AuditEntry, type CategoryId, type ConsentConfig } from './types.js';

/** What the audit needs from a consent instance. */
export interface AuditHost {
  readonly config: Readonly<ConsentConfig>;
  allows(category: CategoryId): boolean;
}

/**
 * Every cookie in `cookieString` (default: `document.cookie`), classified, with whether the
 * current consent allows it. Unknown cookies are reported as not allowed.
 *
 * STUB (issue 3 owns this file): no change watching yet.
 */
export function auditCookies(host: AuditHost, catalogue?: Catalogue, cookieString?: string): AuditEntry[] {
  const source = cookieString ?? (typeof document === 'undefined' ? '' : document.cookie);
  const entries: AuditEntry[] = [];
  for (const part of source.split(';')) {
    const name = part.split('=')[0]?.trim();
    if (!name) continue;
    const found = classifyCookie(name, undefined, { catalogue, categories: host.config.categories });
    const allowed = found.category === NECESSARY || (found.category !== 'unknown' && host.allows(found.category));
    entries.push({ name, ...found, allowed });
  }
  return entries;
}

/**
 * Calls `onViolation` when a cookie the current consent does not allow appears
 * (CookieStore change events where available, else a cheap periodic check).
 * Returns a function that stops watching.
 *
 * STUB (issue 3 owns this file).
 */
export function watchCookies(host: AuditHost, onViolation: (entry: AuditEntry) => void, catalogue?: Catalogue): () => void {
  void host;
  void onViolation;
  void catalogue;
  return () => undefined;
}
