import type { StandardCategory } from './catalogue/catalogue-format.js';
import { matchesCookiePattern, parseCookiePattern, type CookiePattern } from './cookie-pattern.js';
import type { CategoryConfig, CategoryId, CookieClassification } from './types.js';

/** What a catalogue knows about one cookie. */
export interface CatalogueMatch {
  category: StandardCategory;
  vendor?: string;
  purpose?: string;
  lifetime?: string;
}

/** What a naming heuristic says about a name. */
export interface HeuristicMatch {
  category: StandardCategory;
  purpose: string;
}

/** Naming heuristics: what a cookie name's wording implies, or `null` (`classifyByName`). */
export type CookieHeuristics = (name: string, domain?: string) => HeuristicMatch | null;

/**
 * A compiled cookie catalogue: the built-in one (`@consentry/core/catalogue`), one loaded
 * from an imported file (`loadCatalogue`), or several merged (`mergeCatalogues`).
 */
export interface Catalogue {
  /** What the catalogue knows about `name` set on `domain` (omitted = unknown domain), or `null`. The result may be shared and frozen: copy it before changing it. */
  lookup(name: string, domain?: string): CatalogueMatch | null;
  /** Number of rows (names, patterns and domain rules). */
  readonly size?: number;
  /**
   * The naming heuristics that go with this catalogue, for names it does not know. The
   * catalogues of `@consentry/core/catalogue` carry the built-in ones, so a consent instance
   * given a catalogue classifies exactly as `classifyCookie` does, while one without a
   * catalogue does not download the heuristics.
   */
  readonly heuristics?: CookieHeuristics;
}

/** What `classifyWith` consults; each source is optional. */
export interface ClassifySources {
  /** The site's categories; its declarations always win. */
  categories?: Record<CategoryId, CategoryConfig>;
  catalogue?: Catalogue;
  /** Tried when the catalogue does not know a name; none = no guessing. */
  heuristics?: CookieHeuristics;
}

interface Declared {
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
      list.push({ pattern, domain: (declared.domain ?? '').replace(/^\./, '').toLowerCase(), found });
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

const UNKNOWN = (): CookieClassification => ({ category: 'unknown', source: 'unknown' });

/**
 * The classifier itself, with exactly the sources given: declarations, then the catalogue,
 * then the heuristics (only when passed). `classifyCookie` is its public face with the
 * built-in heuristics by default; a consent instance calls it directly, so a page that never
 * classifies beyond its own config does not download the heuristics.
 */
export function classifyWith(name: string, domain: string | undefined, { categories, catalogue, heuristics }: ClassifySources): CookieClassification {
  if (typeof name !== 'string' || !name || name.length > 4096) return UNKNOWN();
  // A host name has at most 253 characters (RFC 1035); anything else is treated as no domain.
  if (typeof domain !== 'string' || domain.length > 253) domain = undefined;
  if (categories) {
    for (const entry of declarations(categories)) {
      if (matchesCookiePattern(name, entry.pattern) && sameSite(entry.domain, domain)) return { ...entry.found };
    }
  }
  // Control characters cannot be in a real cookie name (RFC 6265 token); guess nothing.
  if (/[\x00-\x1f\x7f]/.test(name)) return UNKNOWN();
  const hit = catalogue?.lookup(name, domain);
  const guess = hit ? null : heuristics?.(name, domain);
  const found: CookieClassification | undefined = hit ? { ...hit, source: 'catalogue' } : guess ? { ...guess, source: 'heuristic' } : undefined;
  if (!found) return UNKNOWN();
  if (categories && !Object.prototype.hasOwnProperty.call(categories, found.category)) {
    return { ...found, category: 'unknown', suggestedCategory: found.category };
  }
  return found;
}
