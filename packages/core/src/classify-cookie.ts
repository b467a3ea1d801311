import { classifyWith, type Catalogue, type CookieHeuristics } from './classify-with.js';
import { pickHeuristics } from './heuristics.js';
import type { CategoryConfig, CategoryId, CookieClassification } from './types.js';

export type { Catalogue, CatalogueMatch, CookieHeuristics, HeuristicMatch } from './classify-with.js';

/** Options of `classifyCookie`. */
export interface ClassifyOptions {
  /** The built-in catalogue (`@consentry/core/catalogue`) or an imported one. */
  catalogue?: Catalogue;
  /** The site's categories; its declarations always win. */
  categories?: Record<CategoryId, CategoryConfig>;
  /**
   * The naming heuristics: `true` (default) uses the catalogue's, else the built-in ones;
   * `false` skips them (catalogue and config only); a function replaces them.
   */
  heuristics?: boolean | CookieHeuristics;
}

/**
 * Names a cookie's category: the site's declaration first (it always wins), then the
 * catalogue, then high-confidence naming heuristics, else `unknown`. Pure and deterministic;
 * hostile names (empty, huge, control characters, `__proto__`) just come back `unknown`.
 *
 * When `categories` is given and the catalogue or a heuristic names a standard category the
 * site has not configured (say `preferences`), the answer is `unknown` with that category in
 * `suggestedCategory`: the cookie then needs a decision the site cannot collect, so it is
 * treated as not allowed — never as `necessary`.
 */
export function classifyCookie(name: string, domain?: string, options: ClassifyOptions = {}): CookieClassification {
  const { catalogue, categories } = options;
  return classifyWith(name, domain, { catalogue, categories, heuristics: pickHeuristics(catalogue, options.heuristics) });
}
