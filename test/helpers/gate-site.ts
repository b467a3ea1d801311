// Helpers for gate tests that load a test site page (test/pages/) in an iframe: a second
// document with its own parsing, head scripts and reloads, sharing the test's cookie jar.
import type { Consent } from '@consentry/core';
import type { Gate } from '@consentry/gate';
import { findTrackerRequests, type TrackerRequest } from '@consentry/gate/testing';
import { recordedRequests, type RecordedRequest } from './requests.js';

/** What test/pages/gate-site.ts exposes on the site's window. */
export interface SiteWindow extends Window {
  site: { consent: Consent; gate: Gate };
  dataLayer?: IArguments[];
  __ran?: string[];
  __fakeGa?: { loads: number; hits: string[]; seen: string[] };
  /** The frame realm's JSON: objects the site's core accepts must come from its own realm. */
  JSON: typeof JSON;
}

/** A site page in an iframe. */
export interface Site {
  frame: HTMLIFrameElement;
  readonly window: SiteWindow;
  /** Reloads the page (as a visitor would) and resolves once it has loaded. */
  reload(): Promise<void>;
  /** Resolves on the frame's next `load` (e.g. after the gate reloaded it itself). */
  nextLoad(): Promise<void>;
  remove(): void;
}

const loaded = (frame: HTMLIFrameElement): Promise<void> =>
  new Promise((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));

/** Opens `path` (e.g. `/test/pages/gate-ga.html`) in a new iframe and waits for its load event. */
export async function openSite(path: string): Promise<Site> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const first = loaded(frame);
  frame.src = path;
  document.body.append(frame);
  await first;
  return {
    frame,
    get window() {
      return frame.contentWindow as SiteWindow;
    },
    nextLoad: () => loaded(frame),
    async reload() {
      const next = loaded(frame);
      frame.contentWindow!.location.reload();
      await next;
    },
    remove: () => frame.remove(),
  };
}

/**
 * Lets anything a page or tag started in the last moments reach the server: a short pause
 * (no animation frames: they stop while a popup hides this page). Used before asserting that
 * something did NOT happen; each such assertion in the tests has a positive twin that sees the
 * same request when it should happen.
 */
export async function settle(ms = 300): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls the recorded requests until `predicate` holds for one of them; rejects after `timeout` ms. */
export async function waitForRequest(predicate: (request: RecordedRequest) => boolean, timeout = 5000): Promise<RecordedRequest> {
  const end = Date.now() + timeout;
  for (;;) {
    const found = (await recordedRequests()).find(predicate);
    if (found) return found;
    if (Date.now() > end) throw new Error(`no such request within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Recorded requests to tracker hosts (the gate's own testing helper, as a site owner would use it). */
export async function trackerRequests(granted?: string[]): Promise<TrackerRequest[]> {
  const requests = (await recordedRequests()).map((request) => ({ url: `https://${request.host}${request.url}` }));
  return findTrackerRequests(requests, granted ? { granted } : {});
}

/** The host names of `requests`, sorted and unique. */
export const hostsOf = (requests: Array<{ host: string }>): string[] => [...new Set(requests.map((request) => request.host))].sort();

/** A dataLayer as plain arrays (entries are `arguments` objects, STANDARDS.md CM-2). */
export const layerOf = (layer: ArrayLike<unknown> | undefined): unknown[][] =>
  Array.from(layer ?? [], (entry) => Array.from(entry as ArrayLike<unknown>));

/** A site page opened as a top-level window on another origin, driven by postMessage. */
export interface Popup {
  /** Runs a command of test/pages/gate-site.ts in the page (`acceptAll`, `withdraw`, `cookies`, `clearCookies`). */
  call(command: string): Promise<unknown>;
  /** Resolves when the page (re)loaded and is ready. */
  ready(): Promise<void>;
  close(): void;
}

let nextId = 0;

/**
 * Opens `url` with window.open: a first-party, top-level page (cookies of a cross-site iframe
 * would be third-party). Resolves once it has loaded.
 */
export async function openPopup(url: string): Promise<Popup> {
  const target = window.open(url, '_blank')!;
  const messages = (match: (data: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> =>
    new Promise((resolve) => {
      const listen = (event: MessageEvent): void => {
        if (event.source !== target || !match(event.data as Record<string, unknown>)) return;
        removeEventListener('message', listen);
        resolve(event.data as Record<string, unknown>);
      };
      addEventListener('message', listen);
    });
  const popup: Popup = {
    ready: () => messages((data) => 'ready' in data).then(() => undefined),
    async call(command) {
      const id = ++nextId;
      const answer = messages((data) => data.id === id);
      target.postMessage({ id, command }, '*');
      return (await answer).result;
    },
    close: () => target.close(),
  };
  await popup.ready();
  return popup;
}
