import type { Catalogue, CatalogueMatch } from '../classify-cookie.js';
import { ConsentryError } from '../errors.js';
import { classifyByName, hasTrackingSignal } from '../heuristics.js';
import { CATEGORY_LETTERS, expandLifetime, type CatalogueData, type PackedVendor } from './catalogue-format.js';

/** Options of `compileCatalogue`. */
export interface CompileOptions {
  /**
   * `false` for data from outside this package (imported files): a `necessary` verdict is then
   * honoured only for an exact name or a pattern with at least 4 fixed leading characters, and
   * never for a name that carries a tracking word (`_track`, `visitor`, `_ga`, ...). Such rows
   * answer nothing, so the next catalogue or the heuristics decide. Default `true`.
   */
  trusted?: boolean;
}

interface Rule {
  /** Fixed parts around each `*`; one part = an exact name. */
  parts: string[];
  /** Characters that are not `*`, to rank longer (more specific) patterns first. */
  fixed: number;
  match: CatalogueMatch;
}

// RFC 6265 cookie names are tokens; we also reject `|` (the row separator) and controls.
const BAD_PATTERN = /[\x00-\x20\x7f;,="|]|\*\*/;

function parseRow(vendor: PackedVendor, row: string, where: string): { rule: Rule; bound: boolean } {
  const [rawPattern = '', lifetime = '', purpose = '', letter = ''] = row.split('|');
  const bound = rawPattern.startsWith('@');
  const pattern = bound ? rawPattern.slice(1) : rawPattern;
  const category = CATEGORY_LETTERS[letter || vendor[1]];
  const parts = pattern.split('*');
  const fail = (why: string): never => {
    throw new ConsentryError('catalogue/invalid', `${why}; fix or remove the row "${row}".`, where);
  };
  if (!category) fail(`category "${letter || vendor[1]}" is not one of n, p, a, m`);
  if (!pattern || BAD_PATTERN.test(pattern)) fail('the pattern is empty or holds a character a cookie name cannot');
  // An unbound pattern needs 3 fixed leading characters, or it would match half the web.
  if (!bound && parts.length > 1 && parts[0]!.length < 3) fail('a pattern needs at least 3 fixed leading characters, or a domain (@)');
  if (bound && !vendor[2].trim()) fail('a domain-bound row (@) needs the vendor to list domains');
  const match: CatalogueMatch = { category: category!, vendor: vendor[0] };
  const text = purpose || vendor[3];
  if (text) match.purpose = text;
  const life = expandLifetime(lifetime);
  if (life) match.lifetime = life;
  return { rule: { parts, fixed: pattern.length - parts.length + 1, match: Object.freeze(match) }, bound };
}

/** Whether `name` matches fixed parts with one or more characters at each `*` (leftmost in order). */
function matches(name: string, parts: string[]): boolean {
  if (parts.length === 1) return name === parts[0];
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (!name.startsWith(first) || !name.endsWith(last)) return false;
  const end = name.length - last.length;
  let at = first.length + 1;
  for (let i = 1; i < parts.length - 1; i++) {
    const found = name.indexOf(parts[i]!, at);
    if (found < 0) return false;
    at = found + parts[i]!.length + 1;
  }
  return at <= end;
}

/** Lower-cased host without a leading dot or a port: `.DoubleClick.net` → `doubleclick.net`; `''` for anything that is not a host name of at most 253 characters. */
export function normalizeDomain(domain: string | undefined | null): string {
  if (typeof domain !== 'string' || !domain || domain.length > 253) return '';
  return domain.trim().toLowerCase().replace(/^\.+/, '').replace(/:\d+$/, '');
}

const better = (a: Rule | undefined, b: Rule): boolean => !a || b.fixed > a.fixed;

/**
 * Compiles packed data into a `Catalogue`. Exact names sit in a Map, patterns in buckets by
 * their first 3 characters, and domain-bound rows in a Map by domain, so a lookup costs a few
 * Map reads and a short scan whatever the name (a 4 KB name included). Throws
 * `ConsentryError('catalogue/invalid')` naming the vendor and row of the first bad row.
 */
export function compileCatalogue(data: CatalogueData, options: CompileOptions = {}): Catalogue {
  const trusted = options.trusted ?? true;
  const exact = new Map<string, Rule>();
  const buckets = new Map<string, Rule[]>();
  const byDomain = new Map<string, Rule[]>();
  let size = 0;
  data.vendors.forEach((vendor, v) => {
    const domains = vendor[2].split(/\s+/).map(normalizeDomain).filter(Boolean);
    vendor[4].split('\n').forEach((line, r) => {
      const row = line.trim();
      if (!row) return;
      const { rule, bound } = parseRow(vendor, row, `vendors[${v}] (${vendor[0]}) row ${r + 1}`);
      size++;
      if (bound) {
        for (const domain of domains) (byDomain.get(domain) ?? byDomain.set(domain, []).get(domain)!).push(rule);
      } else if (rule.parts.length === 1) {
        // The first row for a name wins, as in a merge: later duplicates are ignored.
        if (!exact.has(rule.parts[0]!)) exact.set(rule.parts[0]!, rule);
      } else {
        const key = rule.parts[0]!.slice(0, 3);
        (buckets.get(key) ?? buckets.set(key, []).get(key)!).push(rule);
      }
    });
  });

  const accept = (rule: Rule, name: string): boolean =>
    trusted || rule.match.category !== 'necessary' || ((rule.parts.length === 1 || rule.parts[0]!.length >= 4) && !hasTrackingSignal(name));

  // Matches are frozen and shared: callers copy what they keep (classifyCookie does).
  function lookup(name: string, domain?: string): CatalogueMatch | null {
    if (typeof name !== 'string' || !name) return null;
    const host = normalizeDomain(domain);
    let best: Rule | undefined;
    // Walk the host up to its last label: a.b.doubleclick.net, b.doubleclick.net, doubleclick.net, net.
    for (let at = host ? 0 : -1; at >= 0; at = host.indexOf('.', at) + 1 || -1) {
      for (const rule of byDomain.get(host.slice(at)) ?? []) if (better(best, rule) && matches(name, rule.parts) && accept(rule, name)) best = rule;
    }
    if (best) return best.match;
    const hit = exact.get(name);
    if (hit && accept(hit, name)) return hit.match;
    for (const rule of buckets.get(name.slice(0, 3)) ?? []) if (better(best, rule) && matches(name, rule.parts) && accept(rule, name)) best = rule;
    return best ? best.match : null;
  }

  // The built-in heuristics go with every catalogue, so a consent instance given one
  // classifies as classifyCookie does (see Catalogue.heuristics).
  return { lookup, size, heuristics: classifyByName };
}

/**
 * Reads a catalogue file (the parsed JSON of `consentry catalogue import`, or an object of
 * the same shape) into a `Catalogue`. It is untrusted: see `CompileOptions.trusted`. Throws
 * `ConsentryError('catalogue/invalid')` when the shape is wrong.
 */
export function loadCatalogue(json: unknown, options: CompileOptions = { trusted: false }): Catalogue {
  const data = json as Partial<CatalogueData> | null;
  if (!data || typeof data !== 'object' || data.format !== 'consentry-catalogue' || data.version !== 1 || !Array.isArray(data.vendors)) {
    throw new ConsentryError('catalogue/invalid', 'expected an object with format "consentry-catalogue", version 1 and a vendors array, as written by `consentry catalogue import`.', 'catalogue');
  }
  data.vendors.forEach((vendor, v) => {
    if (!Array.isArray(vendor) || vendor.length !== 5 || !vendor.every((field) => typeof field === 'string')) {
      throw new ConsentryError('catalogue/invalid', 'each vendor must be [name, category, domains, purpose, rows], all strings.', `vendors[${v}]`);
    }
  });
  return compileCatalogue(data as CatalogueData, options);
}

/**
 * One catalogue from several: the first one that knows a cookie answers. Put the built-in
 * catalogue first so an imported file can add names but never re-label ours.
 */
export function mergeCatalogues(...catalogues: Catalogue[]): Catalogue {
  return {
    lookup(name, domain) {
      for (const catalogue of catalogues) {
        const found = catalogue.lookup(name, domain);
        if (found) return found;
      }
      return null;
    },
    size: catalogues.reduce((sum, catalogue) => sum + (catalogue.size ?? 0), 0),
    heuristics: catalogues.find((catalogue) => catalogue.heuristics)?.heuristics,
  };
}

/** A catalogue compiled on its first lookup, so importing it costs nothing. */
export function lazyCatalogue(load: () => CatalogueData): Catalogue {
  let compiled: Catalogue | undefined;
  const get = (): Catalogue => (compiled ??= compileCatalogue(load()));
  return {
    lookup: (name, domain) => get().lookup(name, domain),
    get size() {
      return get().size;
    },
    heuristics: classifyByName,
  };
}
