import { currentPageUrl, randomRecordId, type ChangeDetail, type Consent, type ConsentEventMap, type ConsentListener } from '@consentry/core';

/** A decision taken before the records log was running: its event and when it happened. */
interface PendingDecision {
  id: string;
  time: number;
  /** The page the decision was taken on (origin + path): the record must name it, not the page that replays it. */
  page: string;
  detail: ChangeDetail;
}

/** What the buffer needs to start the records log late (`createRecordLog` of core). */
export type StartRecordLog<Log> = (
  consent: Consent,
  options: { now: () => Date; generateId: () => string; pageUrl: () => string },
) => Log & { whenIdle(): Promise<void>; list(): Promise<Array<{ id: string }>> };

/** The buffer kept in `sessionStorage`: a decision survives its page being left at once. */
export const PENDING_DECISIONS_KEY = 'consentry:pending-decisions';

/**
 * Keeps every decision this page takes (local `change` events) until the records log, which
 * the drop-in loads lazily to keep what every page pays under budget, is running; then
 * replays them into it with their original time and a record id fixed at decision time.
 * The decisions are mirrored to `sessionStorage`, so a decision followed at once by a
 * navigation is recorded by the next page of the tab. `onDecision` is told to start the
 * log. Storage that throws (private modes) leaves the buffer in memory and warns once.
 */
export function bufferDecisions(consent: Consent, onDecision: () => void): {
  readonly pending: number;
  attach<Log>(start: StartRecordLog<Log>): Promise<Log>;
} {
  let warned = false;
  const storage = (action: (store: Storage) => void): void => {
    try {
      action(sessionStorage);
    } catch (error) {
      if (warned) return;
      warned = true;
      consent.dispatchEvent(new CustomEvent('warning', { detail: { code: 'records/buffer-storage', message: `Pending records kept in memory only: ${(error as Error).message}` } }));
    }
  };
  // Read on first use, not at start: a tab's first use of sessionStorage costs a few ms, and a
  // first visit starts this module on the way to showing the banner. Every use reads it first,
  // so a decision never overwrites what an earlier page left.
  let loaded: PendingDecision[] | undefined;
  const load = (): PendingDecision[] => {
    if (loaded) return loaded;
    loaded = [];
    storage((store) => {
      const saved: unknown = JSON.parse(store.getItem(PENDING_DECISIONS_KEY) ?? '[]');
      // Data from storage is checked, never trusted (STYLE.md habit 8).
      if (Array.isArray(saved)) loaded = saved.filter((entry: PendingDecision) => typeof entry?.id === 'string' && typeof entry.time === 'number' && typeof entry.page === 'string' && typeof entry.detail?.action === 'string');
    });
    return loaded;
  };
  const save = (): void => {
    const pending = load();
    storage((store) => (pending.length ? store.setItem(PENDING_DECISIONS_KEY, JSON.stringify(pending)) : store.removeItem(PENDING_DECISIONS_KEY)));
  };

  // Decisions are stored in a microtask, once every listener of the change has run: the gate
  // starts the tags a decision allows first (a tab's first sessionStorage use costs a few ms,
  // and `onDecision` starts an import), and nothing can leave the page before a microtask.
  let unsaved: PendingDecision[] = [];
  const flush = (): void => {
    if (!unsaved.length) return;
    load().push(...unsaved);
    unsaved = [];
    save();
    onDecision();
  };
  const off = consent.on('change', (detail) => {
    if (detail.origin !== 'local') return;
    if (!unsaved.length) queueMicrotask(flush);
    unsaved.push({ id: randomRecordId(), time: Date.now(), page: currentPageUrl(), detail });
  });

  return {
    get pending() {
      return load().length + unsaved.length;
    },
    async attach(start) {
      off();
      flush();
      let replaying: PendingDecision | undefined;
      let changeListener: ConsentListener<'change'> | undefined;
      // The log sees the real instance, except that its `change` listener is also handed the
      // buffered decisions. A private-field class cannot be proxied, hence this small facade.
      const facade = {
        get config() {
          return consent.config;
        },
        categories: consent.categories,
        gpc: consent.gpc,
        lapse: consent.lapse,
        dispatchEvent: (event: Event) => consent.dispatchEvent(event),
        on<K extends keyof ConsentEventMap>(type: K, listener: ConsentListener<K>) {
          if (type === 'change') changeListener = listener as ConsentListener<'change'>;
          return consent.on(type, listener);
        },
      } as unknown as Consent;
      const log = start(facade, {
        now: () => new Date(replaying?.time ?? Date.now()),
        generateId: () => replaying?.id ?? randomRecordId(),
        pageUrl: () => replaying?.page ?? currentPageUrl(),
      });
      const replayed = load();
      loaded = [];
      if (replayed.length) {
        // A previous page may have recorded a decision and left before clearing it here: its
        // record id is already in the log, and it is not recorded twice.
        const recorded = new Set((await log.list()).map((record) => record.id));
        for (replaying of replayed) if (!recorded.has(replaying.id)) changeListener?.(replaying.detail);
        replaying = undefined;
        await log.whenIdle();
      }
      save();
      return log;
    },
  };
}
