/** A value canonical JSON can encode. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue | undefined };

/**
 * Canonical JSON in the manner of RFC 8785 (JCS) for the values records hold: object keys
 * sorted by UTF-16 code units, no whitespace, strings and numbers as `JSON.stringify` writes
 * them (which is what JCS specifies), `undefined` members left out. Hashes of records and
 * notices are taken over this text, so anyone can recompute them with any JCS library.
 */
export function canonicalJson(value: JsonValue | undefined): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
    return JSON.stringify(value ?? null);
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  const keys = Object.keys(value)
    .filter((key) => value[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
}
