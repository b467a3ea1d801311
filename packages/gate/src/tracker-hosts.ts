import type { CategoryId } from '@consentry/core';

/**
 * The built-in table as written: category → its hosts, space-separated. Every page loads this
 * table in its `<head>` (the drop-in loader), and there one string per category compresses
 * better than an object literal that repeats the category for every host (gzip, measured).
 * Google's tag hosts lead each list in the order of `GOOGLE_TAG_HOSTS`, which gzip then finds
 * again as a whole.
 */
const HOSTS_BY_CATEGORY: Readonly<Record<CategoryId, string>> = {
  analytics:
    'googletagmanager.com google-analytics.com analytics.google.com hotjar.com hotjar.io clarity.ms mc.yandex.ru ' +
    'mixpanel.com mxpnl.com amplitude.com cdn.segment.com api.segment.io heapanalytics.com fullstory.com ' +
    'mouseflow.com scorecardresearch.com matomo.cloud',
  marketing:
    'doubleclick.net googleadservices.com googlesyndication.com connect.facebook.net www.facebook.com licdn.com ' +
    'ads.linkedin.com bat.bing.com analytics.tiktok.com ct.pinterest.com s.pinimg.com static.ads-twitter.com ' +
    'analytics.twitter.com platform.twitter.com hs-scripts.com hs-analytics.net track.hubspot.com criteo.com ' +
    'criteo.net adnxs.com amazon-adsystem.com taboola.com outbrain.com youtube.com youtube-nocookie.com vimeo.com',
};

/** Host → category, in the order written; called through a pure annotation so that bundles without the table drop it. */
const expandHosts = (byCategory: Readonly<Record<CategoryId, string>>): Readonly<Record<string, CategoryId>> =>
  Object.freeze(Object.fromEntries(Object.entries(byCategory).flatMap(([category, hosts]) => hosts.split(' ').map((host) => [host, category]))));

/**
 * Built-in table of tracker hosts → the category a request to them needs. A key covers the
 * host itself and every subdomain (`doubleclick.net` covers `googleads.g.doubleclick.net`);
 * the most specific key wins, so a site can carve out a subdomain (see `gate.trackers`).
 * Keys are narrow where a registrable domain also serves necessary things (`analytics.google.com`,
 * not `google.com`, which serves reCAPTCHA).
 */
export const TRACKER_HOSTS: Readonly<Record<string, CategoryId>> = /* @__PURE__ */ expandHosts(HOSTS_BY_CATEGORY);

/**
 * Hosts of Google's own tags. In Consent Mode's advanced mode (STANDARDS.md CM-7) these load
 * before consent and only receive the consent signals, so the gate lets them through.
 */
export const GOOGLE_TAG_HOSTS: readonly string[] =
  // One string, not five: gzip finds it at the head of the table's lists.
  'googletagmanager.com google-analytics.com analytics.google.com doubleclick.net googleadservices.com'.split(' ');

/** What `trackerFor` found: the matching table key and its category. */
export interface TrackerMatch {
  /** The table key that matched (the URL's host or one of its parent domains). */
  key: string;
  category: CategoryId;
}

/**
 * The host of an absolute or protocol-relative URL, lower-cased; `''` for relative URLs
 * (first party) and anything unparsable. No `URL` object: this runs on every insertion and
 * also in Node (test logs).
 */
export function urlHost(url: string): string {
  const match = /^\s*(?:[a-z][\w+.-]*:)?\/\/(?:[^/?#@]*@)?([^/?#:]+)/i.exec(url);
  return match ? match[1]!.toLowerCase().replace(/\.$/, '') : '';
}

/**
 * Finds the tracker category of `url` in `table` (host → category, `false` = not a tracker),
 * trying the host and then each parent domain, most specific first.
 */
export function trackerFor(url: string, table: Readonly<Record<string, CategoryId | false>> = TRACKER_HOSTS): TrackerMatch | null {
  // Each round drops the first label: `a.b.example` → `b.example` → `example` → ''.
  for (let host = urlHost(url); host; host = host.replace(/^[^.]*\.?/, '')) {
    // hasOwnProperty: a URL host like `__proto__` must not read the prototype.
    if (Object.prototype.hasOwnProperty.call(table, host)) {
      const category = table[host];
      return category ? { key: host, category } : null;
    }
  }
  return null;
}
