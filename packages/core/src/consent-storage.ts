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

/** A storage whose failures are reported instead of thrown (`guardStorage`). */
export interface GuardedStorage {
  /** Writes, or clears when `value` is undefined; `false` (and a `storage/write` warning) when the storage throws. */
  write(value: string | undefined, expires?: Date, later?: Array<() => void>): boolean;
  /** The stored value, or `false` when reading throws. */
  read(): string | undefined | false;
}

/**
 * Wraps a storage so that a throw is never the page's problem (STANDARDS.md S-4): a failed
 * write is reported through `warn` (with `later` when the report must wait); a failed read
 * just answers `false`, since its callers keep what they know and try again on the next focus.
 */
export function guardStorage(storage: ConsentStorage, warn: (code: string, message: string, later?: Array<() => void>) => void): GuardedStorage {
  return {
    write(value, expires, later) {
      try {
        if (value === undefined) storage.clear();
        else storage.write(value, expires as Date);
        return true;
      } catch (error) {
        warn('storage/write', `the consent storage failed (${String(error)}); the decision holds for this page only.`, later);
        return false;
      }
    },
    read() {
      try {
        return storage.read();
      } catch (error) {
        void error; // see above: the start-up read reports its own failure (readStoredConsent)
        return false;
      }
    },
  };
}
