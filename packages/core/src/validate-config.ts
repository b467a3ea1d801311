import { matchesCookiePattern, parseCookiePattern, type CookiePattern } from './cookie-pattern.js';
import { CATEGORY_ID_PATTERN, REVISION_PATTERN } from './cookie-codec.js';
import { validateConsentModeOptions } from './consent-mode.js';
import { ConsentryError, type ConsentryErrorCode } from './errors.js';
import { validateRecordsOptions } from './records/options.js';
import { NECESSARY, type CategoryConfig, type ConsentConfig, type CookieDeclaration, type CookieOptions } from './types.js';

/** A validated config: every default filled in, `revision` a string, deep-frozen. */
export type ResolvedConfig = Readonly<
  ConsentConfig & { revision: string; cookie: Readonly<CookieOptions & { name: string; path: string; sameSite: 'Lax' | 'Strict' | 'None' }> }
> & { expiresAfterDays: number; gpc: boolean; reloadOnWithdraw: boolean };

/** Defaults of the optional top-level options (docs/config.md). */
export const CONFIG_DEFAULTS = { cookieName: 'consentry', expiresAfterDays: 182, maxExpiresAfterDays: 395 } as const;

// This runs on every page (the drop-in validates the site's config), so the checks are
// tables and the messages share their phrasing: "<field>: must be <what>; <fix>."
type ConfigCode<T> = T extends `config/${infer C}` ? C : never;
type Code = ConfigCode<ConsentryErrorCode>;
/** What an option must be, and its test (run only when the option is given, unless required). */
type Rule = [what: string, ok: (value: unknown) => boolean, code?: Code, required?: 1];
/** Options by name: a rule, or 0 when the caller checks it. */
type Spec = Record<string, Rule | 0>;

const STRING: Rule = ['a non-empty string', (value) => typeof value === 'string' && value !== ''];
const BOOLEAN: Rule = ['true or false', (value) => typeof value === 'boolean'];
const text = (pattern: RegExp) => (value: unknown) => typeof value === 'string' && pattern.test(value);
const PATTERN = 'a cookie name or "prefix*" pattern (one trailing *, at least 2 characters before it, no spaces or ;,=")';
// Ids that would shadow Object.prototype members or the classifier's own answer.
const RESERVED_IDS = ['constructor', 'prototype', 'unknown', 'hasownproperty'];

const TOP: Spec = {
  revision: 0,
  categories: 0,
  cookie: 0,
  expiresAfterDays: 0,
  gpc: BOOLEAN,
  reloadOnWithdraw: BOOLEAN,
  policyUrl: STRING,
  language: STRING,
  consentMode: ['true, false or an object of Consent Mode options such as { mode: "basic" }', (value) => typeof value === 'boolean' || isPlainObject(value), 'consent-mode'],
  records: ['an object such as { endpoint: "/consent-records" }', isPlainObject, 'records'],
  gate: ['an object of @consentry/gate options', isPlainObject, 'gate'],
  ui: ['an object of @consentry/banner options', isPlainObject, 'ui'],
};
// Their owners check the contents (the gate and the UI check their own when they start).
const SUB_OPTIONS: Record<string, (value: unknown, field: string) => unknown> = { consentMode: validateConsentModeOptions, records: validateRecordsOptions };
const CATEGORY: Spec = { title: STRING, description: STRING, required: 0, cookies: 0 };
const DECLARATION: Spec = {
  name: [PATTERN, (value) => typeof value === 'string' && !!parseCookiePattern(value), 'cookie-pattern', 1],
  domain: STRING,
  path: ['a path starting with "/"', text(/^\//)],
  provider: STRING,
  purpose: STRING,
  lifetime: STRING,
  thirdParty: BOOLEAN,
  httpOnly: BOOLEAN,
};
const COOKIE: Spec = {
  name: ["a cookie name of letters, digits and !#$%&'*+.^_`|~- (RFC 6265 token)", text(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,256}$/)],
  domain: ['a domain name such as "example.com" or ".example.com"', text(/^\.?[A-Za-z0-9]([A-Za-z0-9-]{0,62}\.?)*[A-Za-z0-9]$/)],
  path: ['a path starting with "/", without spaces or ";"', text(/^\/[^;\s]*$/)],
  // `null` counts as left out, as it always has for sameSite.
  sameSite: ['"Lax" (default), "Strict" or "None"', (value) => value === null || text(/^(Lax|Strict|None)$/)(value)],
  secure: BOOLEAN,
};

const fail = (code: Code, field: string, message: string): never => {
  throw new ConsentryError(`config/${code}`, message, field);
};
const own = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);
const at = (field: string, key: string): string => (field ? `${field}.${key}` : key);

/**
 * A plain object (`{}` literal or JSON), not an array, class instance or null. An object made
 * in another frame counts too: its prototype is that frame's `Object.prototype`, whose own
 * prototype is null.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || (Object.getPrototypeOf(proto) === null && Object.prototype.toString.call(value) === '[object Object]');
}

/** Refuses keys the spec does not list. */
function knownKeys(value: Record<string, unknown>, spec: Spec, field: string, code: Code): void {
  for (const key of Object.keys(value)) if (!own(spec, key)) fail(code, at(field, key), `unknown option "${key}"; allowed: ${Object.keys(spec).join(', ')}.`);
}

/** Checks every given option that has a rule. */
function checkRules(value: Record<string, unknown>, spec: Spec, field: string, code: Code): void {
  for (const [key, rule] of Object.entries(spec)) {
    if (rule && (value[key] !== undefined || rule[3]) && !rule[1](value[key])) {
      fail(rule[2] ?? code, at(field, key), `must be ${rule[0]}${rule[3] ? '' : '; leave it out to use the default'}.`);
    }
  }
}

/** A plain object with only the spec's keys, each given one passing its rule. */
function checkObject(value: unknown, spec: Spec, field: string, code: Code, what = 'an object'): Record<string, unknown> {
  if (!isPlainObject(value)) fail(code, field, `must be ${what} with the keys ${Object.keys(spec).join(', ')}.`);
  knownKeys(value as Record<string, unknown>, spec, field, code);
  checkRules(value as Record<string, unknown>, spec, field, code);
  return value as Record<string, unknown>;
}

function checkDeclaration(entry: unknown, field: string): string | CookieDeclaration {
  if (typeof entry === 'string') {
    if (!parseCookiePattern(entry)) fail('cookie-pattern', field, `must be ${PATTERN}.`);
    return entry;
  }
  return { ...checkObject(entry, DECLARATION, field, 'category-shape', 'a cookie name, or an object') } as unknown as CookieDeclaration;
}

/** Whether a cookie name could match both patterns. */
const overlaps = (a: CookiePattern, b: CookiePattern): boolean =>
  a.prefix && b.prefix ? a.value.startsWith(b.value) || b.value.startsWith(a.value) : a.prefix ? matchesCookiePattern(b.value, a) : matchesCookiePattern(a.value, b);

function checkCategories(value: unknown): Record<string, CategoryConfig> {
  if (!isPlainObject(value)) return fail('categories', 'categories', 'must be an object keyed by category id; e.g. { necessary: {}, analytics: { cookies: ["_ga", "_ga_*"] } }.');
  if (!own(value, NECESSARY)) fail('necessary-missing', 'categories.necessary', 'is required: add `necessary: {}` (the consent cookie, login and security cookies belong there).');
  const result: Record<string, CategoryConfig> = {};
  const owners: Array<[name: string, category: string, pattern: CookiePattern]> = [];
  // necessary first, then the site's order (Consent.categories promises that order).
  for (const id of [NECESSARY, ...Object.keys(value).filter((key) => key !== NECESSARY)]) {
    const field = `categories.${id}`;
    if (!CATEGORY_ID_PATTERN.test(id) || RESERVED_IDS.includes(id)) {
      fail('category-id', field, `rename "${id}": use 1-32 characters, a lowercase letter first, then a-z, 0-9, "_" or "-" (not ${RESERVED_IDS.join(', ')}).`);
    }
    const category = checkObject(value[id], CATEGORY, field, 'category-shape');
    const necessary = id === NECESSARY;
    if (category.required !== undefined && !(necessary && category.required === true)) {
      fail(
        necessary ? 'necessary-optional' : 'category-shape',
        `${field}.required`,
        necessary ? 'the necessary category is always on: remove `required` or set it to true.' : 'only `necessary` is required; every other category needs consent (remove `required`).',
      );
    }
    if (category.cookies !== undefined && !Array.isArray(category.cookies)) fail('category-shape', `${field}.cookies`, 'must be an array of cookie names, patterns or declarations.');
    const cookies = ((category.cookies as unknown[] | undefined) ?? []).map((entry, index) => {
      const cookieField = `${field}.cookies[${index}]`;
      const declaration = checkDeclaration(entry, cookieField);
      const name = typeof declaration === 'string' ? declaration : declaration.name;
      const pattern = parseCookiePattern(name) as CookiePattern;
      for (const [other, owner, otherPattern] of owners) {
        if (owner !== id && overlaps(pattern, otherPattern)) {
          fail('duplicate-cookie', cookieField, `"${name}" overlaps "${other}" in categories.${owner}: a cookie belongs to exactly one category; keep it in one.`);
        }
      }
      owners.push([name, id, pattern]);
      return declaration;
    });
    result[id] = { ...category, ...(necessary ? { required: true } : {}), cookies } as CategoryConfig;
  }
  return result;
}

function checkCookieOptions(value: unknown = {}): ResolvedConfig['cookie'] {
  const options = checkObject(value, COOKIE, 'cookie', 'cookie-options');
  if (options.sameSite === 'None' && options.secure === false) fail('cookie-options', 'cookie.secure', 'SameSite=None cookies must be Secure: remove `secure: false` or use sameSite "Lax".');
  const cookie: Record<string, unknown> = { name: CONFIG_DEFAULTS.cookieName, path: '/', sameSite: 'Lax' };
  for (const key of Object.keys(options)) if (options[key] != null) cookie[key] = options[key];
  return cookie as unknown as ResolvedConfig['cookie'];
}

/**
 * Checks a site's config and returns a deep-frozen copy with every default filled in.
 * Throws `ConsentryError` naming the field and the fix (docs/config.md lists every code).
 */
export function validateConfig(config: unknown): ResolvedConfig {
  if (!isPlainObject(config)) return fail('not-an-object', 'config', 'must be an object such as { revision: 1, categories: { necessary: {} } }.');
  knownKeys(config, TOP, '', 'unknown-key');
  const { revision, expiresAfterDays = CONFIG_DEFAULTS.expiresAfterDays } = config;
  if (!((typeof revision === 'string' || Number.isFinite(revision)) && REVISION_PATTERN.test(String(revision)))) {
    fail('revision', 'revision', 'is required: a number or a string of 1-64 letters, digits, ".", "_", ":" or "-" (e.g. 3 or "2026-11-01"); change it to ask everyone again.');
  }
  if (typeof expiresAfterDays !== 'number' || !(expiresAfterDays >= 1 && expiresAfterDays <= CONFIG_DEFAULTS.maxExpiresAfterDays)) {
    fail('expiry-range', 'expiresAfterDays', `must be a number of days from 1 to ${CONFIG_DEFAULTS.maxExpiresAfterDays} (default ${CONFIG_DEFAULTS.expiresAfterDays}, about 6 months).`);
  }
  const resolved: Record<string, unknown> = {
    revision: String(revision),
    categories: checkCategories(config.categories),
    cookie: checkCookieOptions(config.cookie),
    expiresAfterDays,
    gpc: true,
    reloadOnWithdraw: true,
  };
  for (const [key, rule] of Object.entries(TOP)) {
    if (!rule || config[key] === undefined) continue;
    checkRules(config, { [key]: rule }, '', 'type');
    resolved[key] = (SUB_OPTIONS[key] ?? ((value) => value))(config[key], key);
  }
  // Freeze a copy so the site's own object stays theirs to change.
  return frozenCopy(resolved) as ResolvedConfig;
}

// A deep-frozen JSON-shaped copy: configs hold only strings, numbers, booleans, arrays and
// plain objects (functions a sub-validator accepts are kept by reference).
function frozenCopy<T>(value: T): T {
  if (Array.isArray(value)) return Object.freeze(value.map(frozenCopy)) as T;
  if (!isPlainObject(value)) return value;
  const copy: Record<string, unknown> = {};
  // A JSON config may carry an own "__proto__" key; assigning it would change the prototype.
  for (const [key, inner] of Object.entries(value)) if (key !== '__proto__') copy[key] = frozenCopy(inner);
  return Object.freeze(copy) as T;
}
