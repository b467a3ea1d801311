import type { StandardCategory } from './catalogue/catalogue-format.js';
import { matchesCookiePattern, parseCookiePattern, type CookiePattern } from './cookie-pattern.js';
import { classifyByName } from './heuristics.js';
import type { CategoryConfig, CategoryId, CookieClassification } from './types.js';

/** What a catalogue knows about one cookie. */
export interface CatalogueMatch {
  category: StandardCategory;
  vendor?: string;
  purpose?: string;
  lifetime?: string;
}

/**
 * A compiled cookie catalogue: the built-in one (`@consentry/core/catalogue`), one loaded
 * from an imported file (`loadCatalogue`), or several merged (`mergeCatalogues`).
 */
export interface Catalogue {
  /** What the catalogue knows about `name` set on `domain` (omitted = unknown domain), or `null`. The result may be shared and frozen: copy it before changing it. */
  lookup(name: string, domain?: string): CatalogueMatch | null;
  /** Number of rows (names, patterns and domain rules). */
  readonly size?: number;
}

/** Options of `classifyCookie`. */
export interface ClassifyOptions {
  /** The built-in catalogue (`@consentry/core/catalogue`) or an imported one. */
  catalogue?: Catalogue;
  /** The site's categories; its declarations always win. */
  categories?: Record<CategoryId, CategoryConfig>;
  /** Set `false` to skip the naming heuristics (catalogue and config only). Default `true`. */
  heuristics?: boolean;
}

interface Declared {
  category: CategoryId;
  pattern: CookiePattern;
  domain: string;
  found: CookieClassification;
}

// Compiled declarations per config object: audits and janitor runs classify many names
// against the same config. A WeakMap keeps it pure (no global state that outlives a config).
const compiled = new WeakMap<object, Declared[]>();

function declarations(categories: Record<CategoryId, CategoryConfig>): Declared[] {
  let list = compiled.get(categories);
  if (list) return list;
  list = [];
  for (const [category, config] of Object.entries(categories)) {
    for (const cookie of config?.cookies ?? []) {
      const declared = typeof cookie === 'string' ? { name: cookie } : cookie;
      const pattern = declared && typeof declared.name === 'string' ? parseCookiePattern(declared.name) : null;
      if (!pattern) continue;
      const found: CookieClassification = { category, source: 'config' };
      if (declared.provider) found.vendor = declared.provider;
      if (declared.purpose) found.purpose = declared.purpose;
      if (declared.lifetime) found.lifetime = declared.lifetime;
      list.push({ category, pattern, domain: (declared.domain ?? '').replace(/^\./, '').toLowerCase(), found });
    }
  }
  // Exact names before prefixes, longer prefixes first: the most specific declaration wins.
  list.sort((a, b) => Number(a.pattern.prefix) - Number(b.pattern.prefix) || b.pattern.value.length - a.pattern.value.length);
  compiled.set(categories, list);
  return list;
}

const sameSite = (declared: string, domain: string | undefined): boolean => {
  if (!declared || !domain) return true;
  const host = domain.replace(/^\./, '').toLowerCase();
  return host === declared || host.endsWith(`.${declared}`) || declared.endsWith(`.${host}`);
};

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
  if (typeof name !== 'string' || !name || name.length > 4096) return { category: 'unknown', source: 'unknown' };
  // A host name has at most 253 characters (RFC 1035); anything else is treated as no domain.
  if (typeof domain !== 'string' || domain.length > 253) domain = undefined;
  const { categories, catalogue } = options;
  if (categories) {
    for (const entry of declarations(categories)) {
      if (matchesCookiePattern(name, entry.pattern) && sameSite(entry.domain, domain)) return { ...entry.found };
    }
  }
  // Control characters cannot be in a real cookie name (RFC 6265 token); guess nothing.
  if (/[\x00-\x1f\x7f]/.test(name)) return { category: 'unknown', source: 'unknown' };
  let found: CookieClassification | undefined;
  const hit = catalogue?.lookup(name, domain);
  if (hit) found = { ...hit, source: 'catalogue' };
  else if (options.heuristics !== false) {
    const guess = classifyByName(name, domain);
    if (guess) found = { ...guess, source: 'heuristic' };
  }
  if (!found) return { category: 'unknown', source: 'unknown' };
  if (categories && !Object.prototype.hasOwnProperty.call(categories, found.category)) {
    return { ...found, category: 'unknown', suggestedCategory: found.category };
  }
  return found;
}
