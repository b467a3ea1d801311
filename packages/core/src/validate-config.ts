import { parseCookiePattern, type CookiePattern } from './cookie-pattern.js';
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

const TOP_LEVEL_KEYS = [
  'revision', 'categories', 'cookie', 'expiresAfterDays', 'gpc', 'policyUrl', 'language',
  'reloadOnWithdraw', 'consentMode', 'records', 'gate', 'ui',
];
const CATEGORY_KEYS = ['title', 'description', 'required', 'cookies'];
const DECLARATION_KEYS = ['name', 'domain', 'path', 'provider', 'purpose', 'lifetime', 'thirdParty', 'httpOnly'];
const COOKIE_KEYS = ['name', 'domain', 'path', 'sameSite', 'secure'];
// Ids that would shadow Object.prototype members or the classifier's own answer.
const RESERVED_IDS = ['constructor', 'prototype', 'unknown', 'hasownproperty'];
const COOKIE_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,256}$/; // RFC 6265 token
const DOMAIN = /^\.?[A-Za-z0-9]([A-Za-z0-9-]{0,62}\.?)*[A-Za-z0-9]$/;

const fail = (code: ConsentryErrorCode, field: string, message: string): never => {
  throw new ConsentryError(code, message, field);
};

/** A plain object (`{}` literal or JSON), not an array, class instance or null. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function checkKeys(value: Record<string, unknown>, allowed: readonly string[], field: string, code: ConsentryErrorCode): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) fail(code, field ? `${field}.${key}` : key, `unknown option "${key}"; allowed: ${allowed.join(', ')}.`);
  }
}

function optional<T>(value: unknown, field: string, type: 'string' | 'boolean', code: ConsentryErrorCode = 'config/type'): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== type || (type === 'string' && value === '')) fail(code, field, `must be ${type === 'string' ? 'a non-empty string' : 'true or false'}; leave it out to use the default.`);
  return value as T;
}

function deepFreeze<T>(value: T): T {
  if ((Array.isArray(value) || isPlainObject(value)) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function validateDeclaration(entry: unknown, field: string): string | CookieDeclaration {
  if (typeof entry === 'string') {
    if (!parseCookiePattern(entry)) fail('config/cookie-pattern', field, `"${entry}" is not a cookie name or "prefix*" pattern (one trailing *, at least 2 characters before it, no spaces or ;,=").`);
    return entry;
  }
  if (!isPlainObject(entry)) return fail('config/category-shape', field, 'each cookie is a name string or an object { name, domain?, path?, provider?, purpose?, lifetime?, thirdParty?, httpOnly? }.');
  checkKeys(entry, DECLARATION_KEYS, field, 'config/category-shape');
  if (typeof entry.name !== 'string' || !parseCookiePattern(entry.name)) {
    fail('config/cookie-pattern', `${field}.name`, `${JSON.stringify(entry.name)} is not a cookie name or "prefix*" pattern.`);
  }
  for (const key of ['domain', 'path', 'provider', 'purpose', 'lifetime']) optional<string>(entry[key], `${field}.${key}`, 'string', 'config/category-shape');
  for (const key of ['thirdParty', 'httpOnly']) optional<boolean>(entry[key], `${field}.${key}`, 'boolean', 'config/category-shape');
  if (typeof entry.path === 'string' && !entry.path.startsWith('/')) fail('config/category-shape', `${field}.path`, 'a cookie path starts with "/".');
  return { ...entry } as unknown as CookieDeclaration;
}

function validateCategories(value: unknown): Record<string, CategoryConfig> {
  if (!isPlainObject(value)) return fail('config/categories', 'categories', 'must be an object keyed by category id, e.g. { necessary: {}, analytics: { cookies: ["_ga", "_ga_*"] } }.');
  if (!Object.prototype.hasOwnProperty.call(value, NECESSARY)) fail('config/necessary-missing', 'categories.necessary', 'is required: add `necessary: {}` (the consent cookie, login and security cookies belong there).');
  const result: Record<string, CategoryConfig> = {};
  const owners = new Map<string, { category: string; pattern: CookiePattern }>();
  // necessary first, then the site's order (Consent.categories promises that order).
  for (const id of [NECESSARY, ...Object.keys(value).filter((key) => key !== NECESSARY)]) {
    const field = `categories.${id}`;
    if (!CATEGORY_ID_PATTERN.test(id) || RESERVED_IDS.includes(id)) {
      fail('config/category-id', field, `"${id}" is not a category id: use 1-32 characters, a lowercase letter first, then a-z, 0-9, "_" or "-" (not ${RESERVED_IDS.join(', ')}).`);
    }
    const category = value[id];
    if (!isPlainObject(category)) return fail('config/category-shape', field, 'must be an object { title?, description?, cookies? }.');
    checkKeys(category, CATEGORY_KEYS, field, 'config/category-shape');
    optional<string>(category.title, `${field}.title`, 'string', 'config/category-shape');
    optional<string>(category.description, `${field}.description`, 'string', 'config/category-shape');
    if (id === NECESSARY && category.required !== undefined && category.required !== true) {
      fail('config/necessary-optional', `${field}.required`, 'the necessary category is always on: remove `required` or set it to true.');
    }
    if (id !== NECESSARY && category.required !== undefined) {
      fail('config/category-shape', `${field}.required`, 'only `necessary` is required; every other category needs consent (remove `required`).');
    }
    if (category.cookies !== undefined && !Array.isArray(category.cookies)) fail('config/category-shape', `${field}.cookies`, 'must be an array of cookie names, patterns or declarations.');
    const cookies = ((category.cookies as unknown[] | undefined) ?? []).map((entry, index) => {
      const cookieField = `${field}.cookies[${index}]`;
      const declaration = validateDeclaration(entry, cookieField);
      const name = typeof declaration === 'string' ? declaration : declaration.name;
      const pattern = parseCookiePattern(name) as CookiePattern;
      for (const [other, owner] of owners) {
        if (owner.category !== id && overlaps(pattern, owner.pattern)) {
          fail('config/duplicate-cookie', cookieField, `"${name}" overlaps "${other}" in categories.${owner.category}: a cookie belongs to exactly one category; keep it in one.`);
        }
      }
      owners.set(name, { category: id, pattern });
      return declaration;
    });
    result[id] = { ...category, ...(id === NECESSARY ? { required: true } : {}), cookies } as CategoryConfig;
  }
  return result;
}

/** Whether a cookie name could match both patterns. */
function overlaps(a: CookiePattern, b: CookiePattern): boolean {
  if (!a.prefix && !b.prefix) return a.value === b.value;
  if (a.prefix && b.prefix) return a.value.startsWith(b.value) || b.value.startsWith(a.value);
  const [exact, prefix] = a.prefix ? [b, a] : [a, b];
  return exact.value.startsWith(prefix.value) && exact.value.length > prefix.value.length;
}

function validateCookieOptions(value: unknown): ResolvedConfig['cookie'] {
  if (value === undefined) value = {};
  if (!isPlainObject(value)) return fail('config/cookie-options', 'cookie', 'must be an object { name?, domain?, path?, sameSite?, secure? }.');
  checkKeys(value, COOKIE_KEYS, 'cookie', 'config/cookie-options');
  const name = optional<string>(value.name, 'cookie.name', 'string', 'config/cookie-options') ?? CONFIG_DEFAULTS.cookieName;
  if (!COOKIE_NAME.test(name)) fail('config/cookie-options', 'cookie.name', `"${name}" is not a valid cookie name (RFC 6265 token: letters, digits and !#$%&'*+.^_\`|~-).`);
  const domain = optional<string>(value.domain, 'cookie.domain', 'string', 'config/cookie-options');
  if (domain !== undefined && !DOMAIN.test(domain)) fail('config/cookie-options', 'cookie.domain', `"${domain}" is not a domain name such as "example.com" or ".example.com".`);
  const path = optional<string>(value.path, 'cookie.path', 'string', 'config/cookie-options') ?? '/';
  if (!path.startsWith('/') || /[;\s]/.test(path)) fail('config/cookie-options', 'cookie.path', 'must start with "/" and hold no spaces or ";".');
  const sameSite = value.sameSite ?? 'Lax';
  if (sameSite !== 'Lax' && sameSite !== 'Strict' && sameSite !== 'None') fail('config/cookie-options', 'cookie.sameSite', 'must be "Lax" (default), "Strict" or "None".');
  const secure = optional<boolean>(value.secure, 'cookie.secure', 'boolean', 'config/cookie-options');
  if (sameSite === 'None' && secure === false) fail('config/cookie-options', 'cookie.secure', 'SameSite=None cookies must be Secure: remove `secure: false` or use sameSite "Lax".');
  const cookie = { name, path, sameSite } as ResolvedConfig['cookie'] & { domain?: string; secure?: boolean };
  if (domain !== undefined) cookie.domain = domain;
  if (secure !== undefined) cookie.secure = secure;
  return cookie;
}

/**
 * Checks a site's config and returns a deep-frozen copy with every default filled in.
 * Throws `ConsentryError` naming the field and the fix (docs/config.md lists every code).
 */
export function validateConfig(config: unknown): ResolvedConfig {
  if (!isPlainObject(config)) return fail('config/not-an-object', 'config', 'pass an object such as { revision: 1, categories: { necessary: {} } }.');
  checkKeys(config, TOP_LEVEL_KEYS, '', 'config/unknown-key');
  const { revision } = config;
  if (!((typeof revision === 'string' || (typeof revision === 'number' && Number.isFinite(revision))) && REVISION_PATTERN.test(String(revision)))) {
    fail('config/revision', 'revision', 'is required: a number or a string of 1-64 letters, digits, ".", "_", ":" or "-" (e.g. 3 or "2026-11-01"); change it to ask everyone again.');
  }
  const expiresAfterDays = config.expiresAfterDays === undefined ? CONFIG_DEFAULTS.expiresAfterDays : config.expiresAfterDays;
  if (typeof expiresAfterDays !== 'number' || !(expiresAfterDays >= 1 && expiresAfterDays <= CONFIG_DEFAULTS.maxExpiresAfterDays)) {
    fail('config/expiry-range', 'expiresAfterDays', `must be a number of days from 1 to ${CONFIG_DEFAULTS.maxExpiresAfterDays} (default ${CONFIG_DEFAULTS.expiresAfterDays}, about 6 months).`);
  }
  const resolved: Record<string, unknown> = {
    revision: String(revision),
    categories: validateCategories(config.categories),
    cookie: validateCookieOptions(config.cookie),
    expiresAfterDays,
    gpc: optional<boolean>(config.gpc, 'gpc', 'boolean') ?? true,
    reloadOnWithdraw: optional<boolean>(config.reloadOnWithdraw, 'reloadOnWithdraw', 'boolean') ?? true,
  };
  for (const key of ['policyUrl', 'language'] as const) {
    const value = optional<string>(config[key], key, 'string');
    if (value !== undefined) resolved[key] = value;
  }
  // The shapes are checked here; their contents by the modules that own them.
  if (config.consentMode !== undefined) {
    if (typeof config.consentMode !== 'boolean' && !isPlainObject(config.consentMode)) fail('config/consent-mode', 'consentMode', 'must be true, false or an object of Consent Mode options such as { mode: "basic" }.');
    resolved.consentMode = validateConsentModeOptions(config.consentMode, 'consentMode');
  }
  if (config.records !== undefined) {
    if (!isPlainObject(config.records)) fail('config/records', 'records', 'must be an object such as { endpoint: "/consent-records" }, or left out.');
    resolved.records = validateRecordsOptions(config.records, 'records');
  }
  for (const key of ['gate', 'ui'] as const) {
    if (config[key] === undefined) continue;
    if (!isPlainObject(config[key])) fail(`config/${key}`, key, `must be an object of @consentry/${key === 'ui' ? 'banner' : 'gate'} options.`);
    resolved[key] = config[key];
  }
  // Freeze a structured copy so the site's own object stays theirs to change.
  return deepFreeze(structuredCloneSafe(resolved)) as ResolvedConfig;
}

// JSON-shaped copy: configs hold only strings, numbers, booleans, arrays and plain objects
// (functions a sub-validator accepts are kept by reference).
function structuredCloneSafe<T>(value: T): T {
  if (Array.isArray(value)) return value.map(structuredCloneSafe) as T;
  if (isPlainObject(value)) {
    const copy: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      // A JSON config may carry an own "__proto__" key; assigning it would change the prototype.
      if (key === '__proto__') continue;
      copy[key] = structuredCloneSafe(inner);
    }
    return copy as T;
  }
  return value;
}
