/**
 * A cookie name pattern as sites write them in config: an exact name, or a prefix
 * followed by one `*` (`_ga_*`, `_gcl_*`).
 */
export interface CookiePattern {
  /** The name, or the fixed prefix for a prefix pattern. */
  value: string;
  prefix: boolean;
}

/**
 * Parses `name` or `prefix*`. Returns `null` for anything else (empty, `*` elsewhere,
 * a prefix of fewer than 2 characters, characters a cookie name cannot hold per RFC 6265).
 */
export function parseCookiePattern(pattern: string): CookiePattern | null {
  const prefix = pattern.endsWith('*');
  const value = prefix ? pattern.slice(0, -1) : pattern;
  if (value.length < (prefix ? 2 : 1) || value.includes('*')) return null;
  // RFC 6265 token: no controls, spaces or separators ( ) < > @ , ; : \ " / [ ] ? = { }
  if (/[\x00-\x20\x7f()<>@,;:\\"/[\]?={}]/.test(value)) return null;
  return { value, prefix };
}

/** Whether `name` matches a parsed pattern. */
export function matchesCookiePattern(name: string, pattern: CookiePattern): boolean {
  return pattern.prefix ? name.startsWith(pattern.value) && name.length > pattern.value.length : name === pattern.value;
}
