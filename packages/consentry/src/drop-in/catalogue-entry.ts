// consentry-catalogue.js: the built-in cookie catalogue and the classifier, fetched by the
// drop-in only for cookie tables, `consentry.classify()` and `consentry.audit()`.
import { auditCookies, classifyCookie, type AuditEntry, type Consent, type CookieClassification } from '@consentry/core';
import { catalogue } from '@consentry/core/catalogue';

export { catalogue };

/** Classifies a cookie: the site's config first, then the catalogue, then heuristics. */
export function classify(consent: Consent, name: string, domain?: string): CookieClassification {
  return classifyCookie(name, domain, { catalogue, categories: consent.config.categories });
}

/** Every cookie the page can see, classified with the catalogue, and whether consent allows it. */
export function audit(consent: Consent): AuditEntry[] {
  return auditCookies(consent, catalogue);
}
