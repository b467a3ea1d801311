import { ConsentryError } from '../errors.js';
import type { RecordsOptions } from '../types.js';

const KEYS = ['endpoint', 'headers', 'enabled'];
// Header names of RFC 9110 (token) that a page may set on fetch; the forbidden ones (Fetch
// standard) would be dropped silently by the browser, so they are refused here instead.
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const FORBIDDEN = /^(accept-(charset|encoding)|access-control-request-(headers|method)|connection|content-length|(set-)?cookie|cookie2|date|dnt|expect|host|keep-alive|origin|referer|te|trailer|transfer-encoding|upgrade|via|(proxy|sec)-.*)$/i;
const ENDPOINT = /^(https?:\/\/[^/\s]+(\/\S*)?|\/(?!\/)\S*)$/i;

const fail = (field: string, message: string): never => {
  throw new ConsentryError('config/records', message, field);
};
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Validates the `records` config value; throws `ConsentryError('config/records')` naming the
 * field and the fix. Returns the value unchanged (a fresh object) when it is valid.
 */
export function validateRecordsOptions(value: unknown, field = 'records'): RecordsOptions {
  if (value === undefined) return {};
  if (!isObject(value)) return fail(field, 'must be an object like { "endpoint": "/consent-records" }, or left out.');
  for (const key of Object.keys(value)) if (!KEYS.includes(key)) fail(`${field}.${key}`, `unknown key "${key}"; the keys are ${KEYS.join(', ')}.`);
  const { endpoint, headers, enabled } = value;
  const result: RecordsOptions = {};
  if (endpoint !== undefined) {
    if (typeof endpoint !== 'string' || !ENDPOINT.test(endpoint)) {
      fail(`${field}.endpoint`, 'must be an http(s) URL or a path starting with "/", e.g. "/consent-records".');
    }
    result.endpoint = endpoint as string;
  }
  if (headers !== undefined) {
    if (!isObject(headers)) return fail(`${field}.headers`, 'must be an object of header names to string values, e.g. { "X-Site": "shop" }.');
    result.headers = {};
    for (const [name, header] of Object.entries(headers)) {
      if (!TOKEN.test(name) || FORBIDDEN.test(name)) fail(`${field}.headers`, `"${name}" is not a header name a page can send; use a custom name such as "X-Site".`);
      if (typeof header !== 'string' || /[\r\n\0]/.test(header)) fail(`${field}.headers.${name}`, 'must be a string without line breaks.');
      result.headers[name] = header as string;
    }
  }
  if (enabled !== undefined) {
    if (typeof enabled !== 'boolean') fail(`${field}.enabled`, 'must be true or false.');
    result.enabled = enabled as boolean;
  }
  return result;
}
