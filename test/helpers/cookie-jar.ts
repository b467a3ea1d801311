import type { CookieJar } from '../../packages/core/src/janitor.js';

interface StoredCookie {
  name: string;
  value: string;
  domain: string;
  hostOnly: boolean;
  path: string;
}

/** A jar with every write it was given, for tests that must assert which attempts were made. */
export interface SimulatedJar extends CookieJar {
  writes: string[];
  /** Every cookie stored, visible here or not, as `name@domain/path`. */
  all(): string[];
}

/**
 * A small model of a browser cookie jar for one page (rfc6265bis 5.1.3 domain-match, 5.1.4
 * path-match, 5.7 storage): `Domain` must domain-match the host and not be one of
 * `publicSuffixes`; a write with a past `expires` deletes the cookie with the same name,
 * domain and path. Used where a real browser cannot be placed on a multi-label host in the
 * test rig (every other host name is answered by test/server fakes).
 */
export function simulatedJar(url: string, publicSuffixes = ['uk', 'co.uk', 'com', 'test']): SimulatedJar {
  const { hostname, pathname, protocol } = new URL(url);
  let cookies: StoredCookie[] = [];
  const writes: string[] = [];
  const visible = (cookie: StoredCookie) =>
    (cookie.hostOnly ? hostname === cookie.domain : hostname === cookie.domain || hostname.endsWith(`.${cookie.domain}`)) &&
    (pathname === cookie.path || pathname.startsWith(cookie.path.endsWith('/') ? cookie.path : `${cookie.path}/`));
  return {
    hostname,
    pathname,
    secure: protocol === 'https:',
    writes,
    read: () =>
      cookies
        .filter(visible)
        .map((cookie) => `${cookie.name}=${cookie.value}`)
        .join('; '),
    write(text: string) {
      writes.push(text);
      const [pair = '', ...attributes] = text.split(';').map((part) => part.trim());
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      const attr = (key: string) => attributes.find((part) => part.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1);
      const domainAttribute = attr('domain')?.replace(/^\./, '').toLowerCase();
      if (domainAttribute !== undefined) {
        if (publicSuffixes.includes(domainAttribute)) return; // refused: a public suffix
        if (hostname !== domainAttribute && !hostname.endsWith(`.${domainAttribute}`)) return; // refused: another site
      }
      const cookie = { name, value, domain: domainAttribute ?? hostname, hostOnly: domainAttribute === undefined, path: attr('path') ?? '/' };
      const same = (other: StoredCookie) => other.name === cookie.name && other.domain === cookie.domain && other.hostOnly === cookie.hostOnly && other.path === cookie.path;
      cookies = cookies.filter((other) => !same(other));
      const expires = attr('expires');
      if (expires === undefined || Date.parse(expires) > Date.now()) cookies.push(cookie);
    },
    all: () => cookies.map((cookie) => `${cookie.name}@${cookie.hostOnly ? '' : '.'}${cookie.domain}${cookie.path}`),
  };
}
