import Cookies from 'js-cookie';
import type { CookieOptions } from './types.js';

/**
 * Where the consent cookie's value lives. The default writes a real first-party cookie with
 * js-cookie; tests and unusual hosts inject their own. Any method may throw (blocked
 * cookies, sandboxed frames): the consent instance catches it, reports a `warning` and
 * carries on without stored consent (STANDARDS.md S-4).
 */
export interface ConsentStorage {
  /** The stored value, or `undefined` when there is none. */
  read(): string | undefined;
  /** Stores `value` until `expires`. */
  write(value: string, expires: Date): void;
  /** Deletes the stored value. */
  clear(): void;
}

/**
 * The default storage: one cookie, `Path=/`, `SameSite=Lax` and `Secure` on https unless the
 * config says otherwise (STANDARDS.md S-5). Uses a configured js-cookie instance; the global
 * `Cookies` object is never changed. `document` and `location` are read only when called.
 */
export function cookieStorage(options: CookieOptions & { name: string }): ConsentStorage {
  const attributes = () => {
    const secure = options.secure ?? (typeof location !== 'undefined' && location.protocol === 'https:');
    return { path: options.path ?? '/', sameSite: options.sameSite ?? 'Lax', secure, domain: options.domain };
  };
  return {
    read: () => Cookies.get(options.name),
    write: (value, expires) => {
      Cookies.withAttributes(attributes()).set(options.name, value, { expires });
    },
    clear: () => {
      Cookies.withAttributes(attributes()).remove(options.name);
    },
  };
}

/** A storage that keeps the value in memory only (for tests, or pages that must not set cookies). */
export function memoryStorage(initial?: string): ConsentStorage {
  let value = initial;
  return {
    read: () => value,
    write: (next) => {
      value = next;
    },
    clear: () => {
      value = undefined;
    },
  };
}
