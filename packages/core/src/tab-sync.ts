import type { DecisionAction, DecisionLayer } from './types.js';

/** What one tab tells the others after a decision (or a reset). */
export interface TabMessage {
  kind: 'decision' | 'reset';
  /** The consent cookie value just written (decision only). */
  value?: string;
  action: DecisionAction;
  layer: DecisionLayer;
}

/** A running tab sync: `post` tells the other tabs, `stop` ends listening. */
export interface TabSync {
  post(message: TabMessage): void;
  stop(): void;
}

/** How tabs learn of each other's decisions. */
export type TabSyncMode = 'broadcast' | 'focus' | 'off';

const ACTIONS = ['accept_all', 'reject_all', 'custom', 'withdraw', 'gpc', 'expired'];
const LAYERS = ['banner', 'preferences', 'placeholder', 'declaration', 'api', 'auto'];

/** Messages come from same-origin pages, but maybe from another version: check the shape. */
function isTabMessage(data: unknown): data is TabMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  return (
    (message.kind === 'reset' || (message.kind === 'decision' && typeof message.value === 'string')) &&
    ACTIONS.includes(message.action as string) &&
    LAYERS.includes(message.layer as string)
  );
}

/**
 * Keeps tabs of one origin in step. A BroadcastChannel (where the browser has one) delivers
 * each decision at once; as a fallback, and for messages a frozen or back/forward-cached
 * page missed, `onRecheck` runs whenever the page becomes visible or gains focus, so the
 * instance can re-read the shared cookie.
 */
export function startTabSync(
  channelName: string,
  mode: TabSyncMode,
  onMessage: (message: TabMessage) => void,
  onRecheck: () => void,
): TabSync {
  if (mode === 'off' || typeof window === 'undefined') return { post: () => undefined, stop: () => undefined };
  let channel = mode === 'broadcast' && typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : null;
  const receive = (event: MessageEvent) => {
    if (isTabMessage(event.data)) onMessage(event.data);
  };
  const visible = () => {
    if (document.visibilityState === 'visible') onRecheck();
  };
  channel?.addEventListener('message', receive);
  document.addEventListener('visibilitychange', visible);
  window.addEventListener('focus', onRecheck);
  window.addEventListener('pageshow', onRecheck);
  return {
    post: (message) => channel?.postMessage(message),
    stop: () => {
      channel?.close();
      channel = null; // a closed channel throws on postMessage
      document.removeEventListener('visibilitychange', visible);
      window.removeEventListener('focus', onRecheck);
      window.removeEventListener('pageshow', onRecheck);
    },
  };
}
