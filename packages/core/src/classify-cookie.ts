import { matchesCookiePattern, parseCookiePattern } from './cookie-pattern.js';
import type { CategoryConfig, CategoryId, CookieClassification } from './types.js';

/**
 * A compiled cookie catalogue. Its shape is owned by `catalogue/`; the classifier only
 * needs `lookup`.
 */
export interface Catalogue {
  lookup(name: string, domain?: string): Omit<CookieClassification, 'source'> | null;
}

/** Options of `classifyCookie`. */
export interface ClassifyOptions {
  /** The built-in catalogue (`@consentry/core/catalogue`) or an imported one. */
  catalogue?: Catalogue;
  /** The site's categories; its declarations always win. */
  categories?: Record<CategoryId, CategoryConfig>;
}

/**
 * Names a cookie's category: the site's declaration first, then the catalogue, then
 * high-confidence heuristics, else `unknown`. Pure and deterministic.
 *
 * STUB: config matching only; the catalogue and heuristics land with issue 3.
 */
export function classifyCookie(name: string, domain?: string, options: ClassifyOptions = {}): CookieClassification {
  void domain;
  for (const [category, config] of Object.entries(options.categories ?? {})) {
    for (const cookie of config.cookies ?? []) {
      const declared = typeof cookie === 'string' ? { name: cookie } : cookie;
      const pattern = parseCookiePattern(declared.name);
      if (pattern && matchesCookiePattern(name, pattern)) {
        return { category, vendor: declared.provider, purpose: declared.purpose, lifetime: declared.lifetime, source: 'config' };
      }
    }
  }
  return { category: 'unknown', source: 'unknown' };
}
