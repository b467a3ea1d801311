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

function fail(message: string, field: string): never {
  throw new ConsentryError('config/gate', message, field);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Validates gate options against the site's categories; throws `ConsentryError('config/gate')`
 * naming the field and the fix.
 */
export function validateGateOptions(value: unknown, categories: readonly CategoryId[], field = 'gate'): ResolvedGateOptions {
  if (value === undefined) value = {};
  if (!isObject(value)) fail('must be an object of gate options.', field);
  for (const key of Object.keys(value)) {
    if (!KEYS.includes(key)) fail(`unknown option "${key}"; use one of ${KEYS.join(', ')}.`, `${field}.${key}`);
  }
  const trackers: Record<string, CategoryId | false> = { ...TRACKER_HOSTS };
  if (value.trackers !== undefined) {
    if (!isObject(value.trackers)) fail('must map hosts to a category or false.', `${field}.trackers`);
    for (const [host, category] of Object.entries(value.trackers)) {
      const at = `${field}.trackers["${host}"]`;
      if (!HOST.test(host)) fail('must be a lower-case host like "cdn.example.com" (it covers its subdomains).', at);
      if (category !== false && !(typeof category === 'string' && categories.includes(category))) {
        fail(`must be one of ${categories.join(', ')} or false.`, at);
      }
      trackers[host] = category as CategoryId | false;
    }
  }
  let placeholders: PlaceholderTexts | false = {};
  if (value.placeholders === false) placeholders = false;
  else if (isObject(value.placeholders)) {
    for (const [key, text] of Object.entries(value.placeholders)) {
      const at = `${field}.placeholders.${key}`;
      if (key !== 'message' && key !== 'button') fail('unknown text; use "message" or "button".', at);
      if (typeof text !== 'string' || !text.trim()) fail('must be a non-empty string.', at);
    }
    placeholders = value.placeholders as PlaceholderTexts;
  } else if (value.placeholders !== undefined && value.placeholders !== true) {
    fail('must be true, false or { message, button }.', `${field}.placeholders`);
  }
  if (value.observe !== undefined && typeof value.observe !== 'boolean') fail('must be true or false.', `${field}.observe`);
  if (value.reload !== undefined && typeof value.reload !== 'function') fail('must be a function.', `${field}.reload`);
  return {
    trackers,
    placeholders,
    observe: value.observe !== false,
    reload: value.reload as (() => void) | undefined,
  };
}
