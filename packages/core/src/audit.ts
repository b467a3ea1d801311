import type { Catalogue } from './classify-with.js';
import { auditWith, watchWith, type AuditHost, type WatchOptions } from './cookie-audit.js';
import { pickHeuristics } from './heuristics.js';
import type { AuditEntry } from './types.js';

export type { AuditHost, WatchOptions } from './cookie-audit.js';

/**
 * Every cookie in `cookieString` (default: `document.cookie`, so HttpOnly cookies are not
 * seen), classified against the site's config and the catalogue, with whether the current
 * consent allows it. `necessary` is always allowed; `unknown` never is, so an undeclared
 * cookie shows up as something to fix.
 */
export function auditCookies(host: AuditHost, catalogue?: Catalogue, cookieString?: string): AuditEntry[] {
  return auditWith(host, { catalogue, heuristics: pickHeuristics(catalogue) }, cookieString);
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
export function watchCookies(host: AuditHost, onViolation: (entry: AuditEntry) => void, catalogue?: Catalogue, options?: WatchOptions): () => void {
  return watchWith(host, onViolation, { catalogue, heuristics: pickHeuristics(catalogue) }, options);
}

