import type { CategoryId, ChangeDetail, ConsentEventMap } from './types.js';

/** Dispatches a consent event (a `CustomEvent` with `detail`) on the instance. */
export function emit<K extends keyof ConsentEventMap>(target: EventTarget, type: K, detail: ConsentEventMap[K]): void {
  target.dispatchEvent(new CustomEvent(type, { detail }));
}

/** Dispatches `change` on the instance, then `consentry-change` on `document` (where there is one). */
export function emitChange(target: EventTarget, detail: ChangeDetail): void {
  emit(target, 'change', detail);
  if (typeof document !== 'undefined') document.dispatchEvent(new CustomEvent('consentry-change', { detail, bubbles: true, composed: true }));
}

/** What `announceChanges` returns. */
export interface ChangeAnnouncer {
  /** Announces a change: `change` on the instance, then `consentry-change` on `document`. */
  announce(detail: ChangeDetail): void;
  /** Resolves once `category` is allowed (checked after each announcement). */
  wait(category: CategoryId): Promise<void>;
}

/**
 * The change announcements of one consent instance, and the `when()` promises they resolve.
 * A decision made by a `change` listener is announced after the current one has reached
 * every listener, so the instance and `document` see decisions in the same order.
 */
export function announceChanges(target: EventTarget, allows: (category: CategoryId) => boolean): ChangeAnnouncer {
  const queue: ChangeDetail[] = [];
  let waiters: Array<[CategoryId, () => void]> = [];
  return {
    announce(detail) {
      if (queue.push(Object.freeze(detail)) > 1) return;
      for (let next = queue[0]; next; next = queue[0]) {
        emitChange(target, next);
        queue.shift();
      }
      const waiting = waiters;
      waiters = waiting.filter(([category]) => !allows(category));
      for (const [category, resolve] of waiting) if (allows(category)) resolve();
    },
    wait: (category) => new Promise((resolve) => waiters.push([category, resolve])),
  };
}
