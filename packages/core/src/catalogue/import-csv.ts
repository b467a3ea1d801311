import { ConsentryError } from '../errors.js';
import { classifyByName, hasTrackingSignal } from '../heuristics.js';
import type { CatalogueData, PackedVendor } from './catalogue-format.js';
import { parseCsv } from './parse-csv.js';

export { parseCsv, type CsvRecord } from './parse-csv.js';

/** Counts of what an import kept and dropped, by reason. */
export interface ImportStats {
  rows: number;
  imported: number;
  byCategory: Record<string, number>;
  skipped: Record<string, number>;
}

/** What `importOpenCookieDatabase` returns: the catalogue file's data and the counts. */
export interface ImportResult {
  data: CatalogueData;
  stats: ImportStats;
}

const COLUMNS = { platform: 'platform', category: 'category', name: 'cookie / data key name', domain: 'domain', description: 'description', retention: 'retention period', wildcard: 'wildcard match' } as const;

// OCD category → ours (see shared/data/open-cookie-database/README.md). Functional is decided
// row by row below; anything else is skipped.
const DIRECT: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze(Object.assign(Object.create(null) as Record<string, string>, { security: 'n', necessary: 'n', personalization: 'p', analytics: 'a', marketing: 'm' }));

const PREFERENCE_TEXT = /\blanguage|\blocale|\btheme\b|dark mode|colou?r (?:mode|scheme)|currency|time ?zone|font size|\bcountry\b|\bregion\b|preferen|\bsettings?\b|remembers? (?:the )?(?:user|visitor)'?s? choice/i;
const MEASUREMENT_TEXT = /analytic|statistic|track|advertis|marketing|\bads?\b|campaign|behaviou?r|heatmap|recording|a\/b|experiment|profil|retarget|conversion|audience|personali[sz]|fingerprint|unique (?:user|visitor)|identif(?:y|ies) (?:the )?(?:user|visitor|browser|device)/i;
const NECESSARY_TEXT = /\bsession\b|csrf|xsrf|forgery|load.?balanc|\bsecurity\b|authenticat|\blog(?:ged)? ?in\b|\bsign(?:ed)? ?in\b|fraud|\bbots?\b|shopping cart|\bcart\b|checkout|consent|cookie (?:choice|preference)s?/i;
// Names that mean different things on different sites: bound to the row's domain, or skipped.
const GENERIC = new Set(['session', 'sessionid', 'session_id', 'sid', 'token', 'csrftoken', 'uid', 'uuid', 'id', 'user', 'userid', 'user_id', 'test', 'lang', 'language', 'locale', 'currency', 'country', 'theme', 'cart', 'auth', 'auth_token', 'state', 'visitor', 'visitor_id', 'store', 'pref', 'prefs', 'consent', 'device_id', 'ab', 'exp', 'tz']);

const clean = (text: string): string => text.replace(/[|\r\n\t]+/g, ' ').replace(/\s+/g, ' ').trim();

/** Host names in OCD's free-text Domain column: `.bing.com (3rd party) or .microsoft.com` → `bing.com microsoft.com`. */
function domainsOf(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/(?:^|[\s,;(/*])\.?((?:[a-z0-9-]+\.)+[a-z]{2,})(?=$|[\s,;)/:])/g)) found.add(match[1]!);
  return [...found];
}

/** Our category letter for a Functional row, or a skip reason. */
function functionalCategory(name: string, description: string): string {
  const guess = classifyByName(name);
  if (guess?.category === 'preferences' || PREFERENCE_TEXT.test(description)) return MEASUREMENT_TEXT.test(description) ? 'skip:functional-unclear' : 'p';
  if (MEASUREMENT_TEXT.test(description) || hasTrackingSignal(name)) return 'skip:functional-measurement';
  if (guess?.category === 'necessary' || NECESSARY_TEXT.test(description)) return 'n';
  return 'skip:functional-unclear';
}

/** The row's pattern in our syntax, or a skip reason. */
function patternOf(rawName: string, wildcard: boolean): string {
  let name = rawName.trim().replace(/NNN+$|%[A-Z]+%$|<[^>]*>$/, '*');
  if (wildcard && !name.endsWith('*')) name += '*';
  if (!name || name === '*' || /[\x00-\x20\x7f;,="|]|\*\*/.test(name) || /\*./.test(name)) return 'skip:invalid-name';
  return name;
}

/**
 * Turns an Open Cookie Database CSV (the file a site owner downloads themselves) into a
 * catalogue file for `loadCatalogue`. Categories are mapped per our reading of OCD (Functional
 * is not taken as necessary blindly: language/theme-like rows become preferences, rows that
 * read like measurement or that we cannot place are skipped); wildcard rows become prefix
 * patterns; short or generic names and short prefixes are bound to the row's domain, or
 * skipped when it has none. Throws `ConsentryError('import/csv')` naming the line of the
 * first malformed record or the missing column.
 */
export function importOpenCookieDatabase(text: string, source = 'Open Cookie Database CSV'): ImportResult {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new ConsentryError('import/csv', 'the file is empty; pass the open-cookie-database.csv file.', 'line 1');
  const names = header.fields.map((field) => field.trim().toLowerCase());
  const column = {} as Record<keyof typeof COLUMNS, number>;
  for (const [key, title] of Object.entries(COLUMNS) as Array<[keyof typeof COLUMNS, string]>) {
    column[key] = names.indexOf(title);
    if (column[key] < 0) throw new ConsentryError('import/csv', `the header has no "${title}" column; is this an Open Cookie Database CSV?`, 'line 1');
  }
  const stats: ImportStats = { rows: rows.length, imported: 0, byCategory: {}, skipped: {} };
  const skip = (reason: string): void => void (stats.skipped[reason] = (stats.skipped[reason] ?? 0) + 1);
  const vendors = new Map<string, PackedVendor>();
  for (const { line, fields } of rows) {
    if (fields.length !== names.length) throw new ConsentryError('import/csv', `expected ${names.length} fields as in the header, found ${fields.length}. Quote fields that hold commas.`, `line ${line}`);
    const get = (key: keyof typeof COLUMNS): string => fields[column[key]] ?? '';
    const description = clean(get('description'));
    const rawCategory = get('category').trim().toLowerCase();
    let letter = rawCategory === 'functional' ? functionalCategory(get('name').trim(), description) : DIRECT[rawCategory] ?? 'skip:unknown-category';
    const pattern = patternOf(get('name'), get('wildcard').trim() === '1');
    if (letter.startsWith('skip:')) skip(letter.slice(5));
    else if (pattern.startsWith('skip:')) skip(pattern.slice(5));
    else {
      if (letter === 'n' && hasTrackingSignal(pattern)) letter = 'skip:necessary-with-tracking-words';
      const domains = domainsOf(get('domain'));
      const fixed = pattern.split('*')[0]!;
      const needsDomain = pattern.includes('*') ? fixed.length < 4 : fixed.length <= 3 || GENERIC.has(fixed.toLowerCase());
      if (letter.startsWith('skip:')) skip(letter.slice(5));
      else if (needsDomain && domains.length === 0) skip('generic-name-without-domain');
      else {
        const platform = clean(get('platform')) || 'Unknown';
        const domainList = needsDomain ? domains.join(' ') : '';
        const key = `${platform}\u0000${letter}\u0000${domainList}`;
        const vendor = vendors.get(key) ?? vendors.set(key, [platform, letter, domainList, '', '']).get(key)!;
        vendor[4] += `${needsDomain ? '@' : ''}${pattern}|${clean(get('retention'))}|${description}\n`;
        stats.imported++;
        stats.byCategory[letter] = (stats.byCategory[letter] ?? 0) + 1;
      }
    }
  }
  return {
    data: {
      format: 'consentry-catalogue',
      version: 1,
      source,
      notice: 'Derived from the Open Cookie Database (https://github.com/jkwakman/Open-Cookie-Database), Apache License 2.0. Changed by `consentry catalogue import`: categories remapped, rows filtered, names turned into patterns.',
      vendors: [...vendors.values()],
    },
    stats,
  };
}
