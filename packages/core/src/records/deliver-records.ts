import type { ConsentRecord } from './consent-record.js';

/** Web Lock that lets one tab at a time deliver the shared outbox, so tabs do not double-post. */
export const DELIVERY_LOCK = 'consentry-records-delivery';

/** Options of `createDelivery`. */
export interface DeliveryOptions {
  endpoint: string;
  headers?: Record<string, string>;
  fetch?: typeof fetch;
  locks?: LockManager | null;
  /** Backoff after failed deliveries: `base * 2^(failures-1)` ms, at most `max`. Defaults 2 s and 5 min. */
  retry?: { base?: number; max?: number };
  /** Undelivered records, in chain order. */
  outbox(): Promise<ConsentRecord[]>;
  /** Called after a 2xx for `record`; removes it from the outbox. */
  delivered(record: ConsentRecord): Promise<void>;
  /** Called when the endpoint refuses a record with a 4xx other than 408/429 (likely a setup error). */
  onRefused?(status: number): void;
}

/** Delivery of the outbox to the site's endpoint. */
export interface Delivery {
  /** Delivers every undelivered record now; resolves when the attempt is over (never rejects). */
  flush(): Promise<void>;
  /** A record was just appended: remember it for `pagehide` and deliver soon. */
  added(record: ConsentRecord): void;
  destroy(): void;
}

/**
 * Delivers records one POST each (JSON body), oldest first; a record leaves the outbox only
 * after a 2xx, so an endpoint that is down, a page that is offline or a crash loses nothing
 * and the server de-duplicates by record id. Failures back off exponentially; `online`,
 * a new record and the next page load try again; `pagehide` sends what is left with
 * `keepalive` (Fetch standard), which outlives the page.
 */
export function createDelivery(options: DeliveryOptions): Delivery {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const base = options.retry?.base ?? 2000;
  const max = options.retry?.max ?? 300_000;
  const headers = { ...options.headers, 'content-type': 'application/json' };
  const known = new Map<string, ConsentRecord>(); // undelivered records this page knows of
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  let destroyed = false;

  const post = async (record: ConsentRecord, keepalive: boolean): Promise<boolean> => {
    try {
      const response = await doFetch(options.endpoint, { method: 'POST', headers, body: JSON.stringify(record), keepalive });
      const { status } = response;
      if (status >= 400 && status < 500 && status !== 408 && status !== 429) options.onRefused?.(status);
      return response.ok;
    } catch {
      return false; // offline, DNS, CORS: the record stays in the outbox for the next try
    }
  };

  const schedule = (delay: number): void => {
    if (destroyed) return;
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), delay);
  };

  const deliverAll = async (): Promise<void> => {
    const pending = destroyed ? [] : await options.outbox();
    for (const record of pending) {
      if (destroyed) return; // a later page (or another tab) delivers the rest
      known.set(record.id, record);
      if (!(await post(record, false))) {
        failures++;
        schedule(Math.min(base * 2 ** (failures - 1), max));
        return;
      }
      await options.delivered(record);
      known.delete(record.id);
    }
    failures = 0;
  };

  const flush = (): Promise<void> => {
    const locks = options.locks === undefined ? globalThis.navigator?.locks : options.locks;
    const attempt = (): Promise<void> => (locks ? (locks.request(DELIVERY_LOCK, deliverAll) as unknown as Promise<void>) : deliverAll());
    running = running.then(attempt, attempt).catch(() => undefined);
    return running;
  };

  const onPageHide = (): void => {
    for (const record of known.values()) void post(record, true);
  };
  const onOnline = (): void => void flush();
  globalThis.addEventListener?.('pagehide', onPageHide);
  globalThis.addEventListener?.('online', onOnline);
  schedule(0); // records an earlier page (or a crash) left behind

  return {
    flush,
    added(record) {
      known.set(record.id, record);
      void flush();
    },
    destroy() {
      destroyed = true;
      clearTimeout(timer);
      globalThis.removeEventListener?.('pagehide', onPageHide);
      globalThis.removeEventListener?.('online', onOnline);
    },
  };
}
