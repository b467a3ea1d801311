/**
 * The packed catalogue format, shared by the built-in catalogue and by catalogue files made
 * with `consentry catalogue import`. One vendor is one tuple; its cookies are one string of
 * rows, which keeps the built-in catalogue small after gzip (names and purposes repeat).
 *
 * A row is `pattern|lifetime|purpose|category`, the last three optional:
 * - pattern: an exact name (`_gid`), or a name with `*` standing for one or more variable
 *   characters, anywhere: `_ga_*`, `_pk_id.*`, `mp_*_mixpanel`, `sb-*-auth-token`.
 *   A leading `@` binds the row to the vendor's domains: it matches only when the caller
 *   passes a domain that is one of them (or a subdomain). `@*` alone covers every cookie on
 *   those domains (an ad server sets nothing else).
 * - lifetime: `s` (session), or a number and a unit: `sec`, `min`, `h`, `d`, `w`, `mo`, `y`.
 * - purpose: short text; empty = the vendor's purpose.
 * - category: `n`ecessary, `p`references, `a`nalytics, `m`arketing; empty = the vendor's.
 */

/** The standard categories a catalogue can name. */
export type StandardCategory = 'necessary' | 'preferences' | 'analytics' | 'marketing';

/** One vendor: name, default category letter, space-separated domains, default purpose, rows. */
export type PackedVendor = [vendor: string, category: string, domains: string, purpose: string, rows: string];

/** A catalogue file (`*.json`) as written by the importer and read by `loadCatalogue`. */
export interface CatalogueData {
  format: 'consentry-catalogue';
  version: 1;
  /** Where the data came from, e.g. `Open Cookie Database (import of open-cookie-database.csv)`. */
  source?: string;
  /** Licence and credit of the source data, kept with derived files. */
  notice?: string;
  vendors: PackedVendor[];
}

/** Category letters of the packed format. */
export const CATEGORY_LETTERS: Readonly<Record<string, StandardCategory>> = /* @__PURE__ */ Object.freeze(
  Object.assign(Object.create(null) as Record<string, StandardCategory>, {
    n: 'necessary',
    p: 'preferences',
    a: 'analytics',
    m: 'marketing',
  }),
);

const UNITS: Readonly<Record<string, [string, string]>> = /* @__PURE__ */ Object.freeze(
  Object.assign(Object.create(null) as Record<string, [string, string]>, {
    sec: ['second', 'seconds'],
    min: ['minute', 'minutes'],
    h: ['hour', 'hours'],
    d: ['day', 'days'],
    w: ['week', 'weeks'],
    mo: ['month', 'months'],
    y: ['year', 'years'],
  }),
);

/** Expands a packed lifetime (`2y`, `30min`, `s`) to text; unknown forms are kept as written. */
export function expandLifetime(packed: string): string | undefined {
  if (!packed) return undefined;
  if (packed === 's') return 'session';
  const match = /^(\d+)([a-z]+)$/.exec(packed);
  const unit = match ? UNITS[match[2]!] : undefined;
  if (!match || !unit) return packed;
  return `${match[1]} ${match[1] === '1' ? unit[0] : unit[1]}`;
}
