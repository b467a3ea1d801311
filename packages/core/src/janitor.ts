import type { AuditSources } from './cookie-audit.js';
import { classifyWith } from './classify-with.js';
import { matchesCookiePattern, parseCookiePattern } from './cookie-pattern.js';
import { NECESSARY, type CategoryConfig, type CategoryId, type JanitorDetail } from './types.js';

/** What the janitor needs to know about the site. */
export interface JanitorConfig {
  categories: Readonly<Record<CategoryId, CategoryConfig>>;
  /** The consent cookie's own name and path: never deleted here. */
  cookie: { name: string; path?: string };
}

const EXPIRED = 'expires=Thu, 01 Jan 1970 00:00:00 GMT';

/**
 * The Domain attributes a cookie visible on `hostname` may have been set with: `''` (a
 * host-only cookie), then `.host`, and every parent with at least two labels up to the top.
 * Without a public-suffix list we also try suffixes such as `.co.uk`; a browser refuses a
 * cookie whose domain is a public suffix, so that attempt is a harmless no-op
 * (STANDARDS.md S-7, rfc6265bis 5.7). IP addresses and one-label hosts get `''` only.
 */
export function candidateDomains(hostname: string): string[] {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === '' || /^[0-9.]+$/.test(host) || host.includes(':') || !host.includes('.')) return [''];
  const labels = host.split('.');
  const domains = [''];
  for (let i = 0; i <= labels.length - 2; i++) domains.push(`.${labels.slice(i).join('.')}`);
  return domains;
}

/**
 * Every path a cookie visible on `pathname` can have: a cookie is visible only where its
 * Path is a prefix of the page's (rfc6265bis 5.1.4), so `/a/b/c` gives `/`, `/a`, `/a/b`,
 * `/a/b/c` and the same with a trailing slash.
 */
export function pathPrefixes(pathname: string): string[] {
  const paths = ['/'];
  const parts = pathname.split('/').filter(Boolean);
  for (let i = 1; i <= parts.length; i++) {
    const path = `/${parts.slice(0, i).join('/')}`;
    paths.push(path, `${path}/`);
  }
  return paths;
}

/** Names of the cookies `document.cookie` shows (first occurrence only). */
export function visibleCookieNames(cookieString: string): string[] {
  const names = new Set<string>();
  for (const part of cookieString.split(';')) {
    const at = part.indexOf('=');
    const name = (at < 0 ? '' : part.slice(0, at)).trim();
    if (name) names.add(name);
  }
  return [...names];
}

/** The page's cookies as the janitor sees them; tests pass a jar of their own. */
export interface CookieJar {
  hostname: string;
  pathname: string;
  /** The page is https: deletions carry `Secure` (needed for `__Secure-`/`__Host-` names). */
  secure: boolean;
  /** Like reading `document.cookie`. */
  read(): string;
  /** Like assigning `document.cookie`. */
  write(cookie: string): void;
}

/** `document.cookie` and `location`, or `null` outside a browser. */
export function documentJar(): CookieJar | null {
  if (typeof document === 'undefined' || typeof location === 'undefined') return null;
  return {
    hostname: location.hostname,
    pathname: location.pathname,
    secure: location.protocol === 'https:',
    read: () => document.cookie,
    write: (cookie) => {
      document.cookie = cookie;
    },
  };
}

/**
 * Deletes the cookies of `refused` categories (STANDARDS.md S-6, S-7): each declared exact
 * name, each visible cookie matching a declared pattern, and each visible cookie the
 * classifier assigns to a refused category, on every candidate domain and every configured
 * path plus `/`. The consent cookie and necessary cookies are never touched. Declared
 * HttpOnly cookies, and cookies still visible afterwards, are reported as `undeletable`.
 */
export function runJanitor(refused: readonly CategoryId[], config: JanitorConfig, sources: AuditSources = {}, env: CookieJar | null = documentJar()): JanitorDetail {
  const detail: JanitorDetail = { categories: [...refused], deleted: [], undeletable: [] };
  if (!env || refused.length === 0) return detail;
  const before = visibleCookieNames(env.read());
  const targets = new Set<string>();
  const undeletable = new Set<string>();
  const paths = new Set(['/', config.cookie.path ?? '/', ...pathPrefixes(env.pathname)]);
  const domains = new Set(candidateDomains(env.hostname));
  for (const category of refused) {
    if (category === NECESSARY) continue;
    for (const entry of config.categories[category]?.cookies ?? []) {
      const declared = typeof entry === 'string' ? { name: entry } : entry;
      const pattern = parseCookiePattern(declared.name);
      if (!pattern) continue;
      if (declared.path) paths.add(declared.path);
      if (declared.domain) domains.add(`.${declared.domain.replace(/^\./, '')}`);
      // A name this page cannot see is not there, since every path tried is one this page is
      // under; except a cookie on a declared `path` (one of /shop is invisible on /), and a
      // declared HttpOnly one (reported, since no script can delete it). Writing a deletion
      // for every declared name on every domain and path was most of a first visit's start-up.
      const unseen = declared.path || declared.httpOnly;
      const names = pattern.prefix || !unseen ? before.filter((name) => matchesCookiePattern(name, pattern)) : [pattern.value];
      for (const name of names) (declared.httpOnly ? undeletable : targets).add(name);
    }
  }
  const categories = config.categories as Record<CategoryId, CategoryConfig>;
  for (const name of before) {
    const { category } = classifyWith(name, undefined, { ...sources, categories });
    if (refused.includes(category)) targets.add(name);
  }
  // Never the consent cookie; never one the site's config calls necessary (config wins).
  const doomed = [...targets].filter(
    (name) =>
      name !== config.cookie.name &&
      classifyWith(name, undefined, { categories, heuristics: sources.heuristics }).category !== NECESSARY,
  );
  // On https also the partitioned (CHIPS) twin: it is only matched with `Partitioned`.
  const variants = env.secure ? ['; Secure', '; Secure; SameSite=None; Partitioned'] : [''];
  for (const name of doomed) {
    for (const domain of domains) {
      for (const path of paths) {
        for (const variant of variants) env.write(`${name}=; ${EXPIRED}; path=${path}${domain ? `; domain=${domain}` : ''}${variant}`);
      }
    }
  }
  const after = new Set(visibleCookieNames(env.read()));
  for (const name of doomed) {
    if (after.has(name)) undeletable.add(name);
    else if (before.includes(name)) detail.deleted.push(name);
  }
  detail.undeletable = [...undeletable];
  return detail;
}
