import { ConsentryError } from '../errors.js';
import type { RecordsOptions } from '../types.js';

const KEYS = ['endpoint', 'headers', 'enabled'];
// Header names of RFC 9110 (token) that a page may set on fetch; the forbidden ones (Fetch
// standard) would be dropped silently by the browser, so they are refused here instead.
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const FORBIDDEN = /^(accept-charset|accept-encoding|access-control-request-headers|access-control-request-method|connection|content-length|cookie|cookie2|date|dnt|expect|host|keep-alive|origin|referer|set-cookie|te|trailer|transfer-encoding|upgrade|via|proxy-.*|sec-.*)$/i;

const fail = (message: string, field: string): never => {
  throw new ConsentryError('config/records', message, field);
};

/**
 * Validates the `records` config value; throws `ConsentryError('config/records')` naming the
 * field and the fix. Returns the value unchanged (a fresh object) when it is valid.
 */
export function validateRecordsOptions(value: unknown, field = 'records'): RecordsOptions {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('must be an object like { "endpoint": "/consent-records" }, or left out.', field);
  }
  const options = value as Record<string, unknown>;
  for (const key of Object.keys(options)) {
    if (!KEYS.includes(key)) fail(`unknown key "${key}"; the keys are ${KEYS.join(', ')}.`, `${field}.${key}`);
  }
  const result: RecordsOptions = {};
  if (options.endpoint !== undefined) {
    const endpoint = options.endpoint;
    if (typeof endpoint !== 'string' || !/^(https?:\/\/[^/\s]+(\/\S*)?|\/(?!\/)\S*)$/i.test(endpoint)) {
      fail('must be an http(s) URL or a path starting with "/", e.g. "https://example.com/consent-records" or "/consent-records".', `${field}.endpoint`);
    }
    result.endpoint = endpoint as string;
  }
  if (options.headers !== undefined) {
    const headers = options.headers;
    if (typeof headers !== 'object' || headers === null || Array.isArray(headers)) {
      fail('must be an object of header names to string values, e.g. { "X-Site": "shop" }.', `${field}.headers`);
    }
    result.headers = {};
    for (const [name, header] of Object.entries(headers as Record<string, unknown>)) {
      if (!TOKEN.test(name) || FORBIDDEN.test(name)) {
        fail(`"${name}" is not a header name a page can send; use a custom name such as "X-Site".`, `${field}.headers`);
      }
      if (typeof header !== 'string' || /[\r\n\0]/.test(header)) {
        fail(`the value of "${name}" must be a string without line breaks.`, `${field}.headers.${name}`);
      }
      result.headers[name] = header as string;
    }
  }
  if (options.enabled !== undefined) {
    if (typeof options.enabled !== 'boolean') fail('must be true or false.', `${field}.enabled`);
    result.enabled = options.enabled as boolean;
  }
  return result;
}
