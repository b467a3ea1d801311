import type { CategoryId } from '@consentry/core';

/**
 * Built-in table of tracker hosts → the category a request to them needs. A key covers the
 * host itself and every subdomain (`doubleclick.net` covers `googleads.g.doubleclick.net`);
 * the most specific key wins, so a site can carve out a subdomain (see `gate.trackers`).
 * Keys are narrow where a registrable domain also serves necessary things (`analytics.google.com`,
 * not `google.com`, which serves reCAPTCHA).
 */
export const TRACKER_HOSTS: Readonly<Record<string, CategoryId>> = Object.freeze({
  // analytics
  'googletagmanager.com': 'analytics',
  'google-analytics.com': 'analytics',
  'analytics.google.com': 'analytics',
  'hotjar.com': 'analytics',
  'hotjar.io': 'analytics',
  'clarity.ms': 'analytics',
  'mc.yandex.ru': 'analytics',
  'mixpanel.com': 'analytics',
  'mxpnl.com': 'analytics',
  'amplitude.com': 'analytics',
  'cdn.segment.com': 'analytics',
  'api.segment.io': 'analytics',
  'heapanalytics.com': 'analytics',
  'fullstory.com': 'analytics',
  'mouseflow.com': 'analytics',
  'scorecardresearch.com': 'analytics',
  'matomo.cloud': 'analytics',
  // marketing
  'doubleclick.net': 'marketing',
  'googleadservices.com': 'marketing',
  'googlesyndication.com': 'marketing',
  'connect.facebook.net': 'marketing',
  'www.facebook.com': 'marketing',
  'licdn.com': 'marketing',
  'ads.linkedin.com': 'marketing',
  'bat.bing.com': 'marketing',
  'analytics.tiktok.com': 'marketing',
  'ct.pinterest.com': 'marketing',
  's.pinimg.com': 'marketing',
  'static.ads-twitter.com': 'marketing',
  'analytics.twitter.com': 'marketing',
  'platform.twitter.com': 'marketing',
  'hs-scripts.com': 'marketing',
  'hs-analytics.net': 'marketing',
  'track.hubspot.com': 'marketing',
  'criteo.com': 'marketing',
  'criteo.net': 'marketing',
  'adnxs.com': 'marketing',
  'amazon-adsystem.com': 'marketing',
  'taboola.com': 'marketing',
  'outbrain.com': 'marketing',
  'youtube.com': 'marketing',
  'youtube-nocookie.com': 'marketing',
  'vimeo.com': 'marketing',
});

/**
 * Hosts of Google's own tags. In Consent Mode's advanced mode (STANDARDS.md CM-7) these load
 * before consent and only receive the consent signals, so the gate lets them through.
 */
export const GOOGLE_TAG_HOSTS: readonly string[] = [
  'googletagmanager.com',
  'google-analytics.com',
  'analytics.google.com',
  'doubleclick.net',
  'googleadservices.com',
];

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
  let host = urlHost(url);
  while (host) {
    // hasOwnProperty: a URL host like `__proto__` must not read the prototype.
    if (Object.prototype.hasOwnProperty.call(table, host)) {
      const category = table[host];
      return category ? { key: host, category } : null;
    }
    const dot = host.indexOf('.');
    host = dot < 0 ? '' : host.slice(dot + 1);
  }
  return null;
}
