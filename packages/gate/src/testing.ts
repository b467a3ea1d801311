import type { CategoryId } from '@consentry/core';
import { TRACKER_HOSTS, trackerFor, urlHost } from './tracker-hosts.js';

/** A request to a tracker host, found by `findTrackerRequests`. */
export interface TrackerRequest {
  url: string;
  host: string;
  /** The category the tracker table gives the host. */
  category: CategoryId;
}

/** Options of `findTrackerRequests`. */
export interface FindTrackerRequestsOptions {
  /** Hosts → category merged over the built-in table, as in the gate's `trackers` option. */
  trackers?: Record<string, CategoryId | false>;
  /** Categories the visitor granted: requests for them are expected and not reported. */
  granted?: CategoryId[];
}

/**
 * For site owners' own browser tests: which of `requests` went to a tracker host (and, with
 * `granted`, to one whose category was not granted). Pass URLs or anything with a `url` or
 * `name`: `performance.getEntriesByType('resource')`, Playwright's `request.url()` list,
 * Puppeteer's, or a proxy log. Runs in browsers and Node; an empty result means "no tracker
 * requests". `performance` entries include scripts, iframes, images, fetch and beacons
 * (initiatorType `beacon`), but only for the page's own document: read each frame's too.
 */
export function findTrackerRequests(
  requests: Iterable<string | { url: string } | { name: string }>,
  options: FindTrackerRequestsOptions = {},
): TrackerRequest[] {
  const table = { ...TRACKER_HOSTS, ...options.trackers };
  const found: TrackerRequest[] = [];
  for (const request of requests) {
    const url = typeof request === 'string' ? request : 'url' in request ? request.url : request.name;
    const match = trackerFor(url, table);
    if (match && !options.granted?.includes(match.category)) found.push({ url, host: urlHost(url), category: match.category });
  }
  return found;
}
