import { ConsentryError, type CategoryId } from '@consentry/core';
import { TRACKER_HOSTS } from './tracker-hosts.js';

/** Texts of the placeholder shown in place of a gated embed; `{category}` and `{host}` are filled in. */
export interface PlaceholderTexts {
  /** Default: `This content from {host} needs your consent to {category}.` */
  message?: string;
  /** Default: `Allow {category}`. */
  button?: string;
}

/** Options of `startGate`; by default read from `config.gate`. */
export interface GateOptions {
  /**
   * Tracker hosts → category, merged over the built-in `TRACKER_HOSTS`; `false` removes a
   * host. A key covers its subdomains; the most specific key wins.
   */
  trackers?: Record<string, CategoryId | false>;
  /** Placeholders in place of gated embeds: `false` turns them off; an object translates them. Default on. */
  placeholders?: boolean | PlaceholderTexts;
  /** Stop tracker tags that other code inserts later (late tags). Default true. */
  observe?: boolean;
  /** Called when a category whose tags ran is withdrawn; default `location.reload()`. */
  reload?: () => void;
}

/** Options after validation, defaults filled in. */
export interface ResolvedGateOptions {
  trackers: Record<string, CategoryId | false>;
  placeholders: PlaceholderTexts | false;
  observe: boolean;
  reload: (() => void) | undefined;
}

const KEYS = ['trackers', 'placeholders', 'observe', 'reload'];
const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Validates gate options against the site's categories; throws `ConsentryError('config/gate')`
 * naming the field and the fix. Returns them with the defaults filled in (`gateSettings`).
 */
export function validateGateOptions(value: unknown, categories: readonly CategoryId[], field = 'gate'): ResolvedGateOptions {
  return gateSettings(checkGateOptions(value, categories, field));
}

/** The checks of `validateGateOptions` alone: returns the options as given (or `{}`). */
export function checkGateOptions(value: unknown, categories: readonly CategoryId[], field = 'gate'): GateOptions {
  const check = (ok: unknown, message: string, at = ''): void => {
    if (!ok) throw new ConsentryError('config/gate', message, field + at);
  };
  const options = value ?? {};
  check(isObject(options), 'must be an object of options.');
  const { trackers = {}, placeholders, observe, reload } = options as Record<string, unknown>;
  for (const key of Object.keys(options)) check(KEYS.includes(key), `unknown option; use one of ${KEYS.join(', ')}.`, `.${key}`);
  check(isObject(trackers), 'must map hosts to a category or false.', '.trackers');
  for (const [host, category] of Object.entries(trackers as object)) {
    const at = `.trackers["${host}"]`;
    check(HOST.test(host), 'must be a lower-case host, e.g. "cdn.example.com" (subdomains included).', at);
    check(category === false || categories.includes(category as string), `must be one of ${categories.join(', ')} or false.`, at);
  }
  check(placeholders === undefined || typeof placeholders === 'boolean' || isObject(placeholders), 'must be true, false or { message, button }.', '.placeholders');
  if (isObject(placeholders)) {
    for (const [key, text] of Object.entries(placeholders)) {
      check((key === 'message' || key === 'button') && typeof text === 'string' && text.trim(), 'must be "message" or "button": a non-empty string.', `.placeholders.${key}`);
    }
  }
  check(observe === undefined || typeof observe === 'boolean', 'must be true or false.', '.observe');
  check(reload === undefined || typeof reload === 'function', 'must be a function.', '.reload');
  return options as GateOptions;
}

/**
 * Gate options with the defaults filled in, not validated: for options already checked (the
 * drop-in's loader runs a config that `validateGateOptions` passed on an earlier page).
 */
export function gateSettings(options?: GateOptions | null): ResolvedGateOptions {
  const { trackers, placeholders, observe, reload } = options ?? {};
  return {
    trackers: { ...TRACKER_HOSTS, ...trackers },
    // Any object holds texts; an array (which the checks refuse) has none, so it reads as the
    // defaults, as `{}` would. Everything else that is not `false` means the defaults.
    placeholders: placeholders !== false && ((typeof placeholders === 'object' && placeholders) || {}),
    observe: observe !== false,
    reload,
  };
}
