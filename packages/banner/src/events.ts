import type { ConsentState, DecisionLayer } from '@consentry/core';

/** Detail of `consentry-decision`: a choice the visitor just made in the UI. */
export interface ConsentryDecisionDetail {
  state: ConsentState;
  layer: DecisionLayer;
}

/** Detail of `consentry-request-close`: why the UI wants to close. */
export interface ConsentryRequestCloseDetail {
  source: 'escape' | 'close-button';
}

/** Every event the Consentry elements fire, by type (STYLE.md: one prefix, bubbles + composed). */
export interface ConsentryEventDetails {
  'consentry-decision': ConsentryDecisionDetail;
  'consentry-request-close': ConsentryRequestCloseDetail;
  'consentry-open': undefined;
  'consentry-close': undefined;
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** The visitor made a choice in the banner or the dialog. */
    'consentry-decision': CustomEvent<ConsentryDecisionDetail>;
    /** Cancelable: the banner or dialog is about to close without a decision; `preventDefault()` keeps it open. */
    'consentry-request-close': CustomEvent<ConsentryRequestCloseDetail>;
    /** The preferences dialog opened. */
    'consentry-open': CustomEvent<undefined>;
    /** The banner or the preferences dialog closed. */
    'consentry-close': CustomEvent<undefined>;
  }
}

/**
 * Dispatches a Consentry UI event from `target` (bubbles, composed). Returns false when a
 * listener cancelled a cancelable event.
 */
export function fire<K extends keyof ConsentryEventDetails>(target: EventTarget, type: K, detail: ConsentryEventDetails[K], cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}
