import { decodeConsentCookie } from './cookie-codec.js';
import type { ConsentState } from './types.js';

/**
 * Reading the consent cookie on a server (docs/cookie-format.md). This module and the codec
 * it uses touch no DOM, so `parseConsentCookie` runs in Node, Deno, workers and browsers.
 */

/** A consent cookie as a server reads it: the stored decision plus whether GPC was present. */
export interface ParsedConsentCookie extends ConsentState {
  /** Global Privacy Control was present and honoured when the decision was taken. */
  gpc: boolean;
}

/** Options of `parseConsentCookie`. */
export interface ParseConsentCookieOptions {
  /** When given, a decision that expired at this time (ms or Date) reads as `null`. */
  now?: number | Date;
  /** When given, a decision taken under another revision reads as `null`. */
  revision?: string | number;
}

/**
 * Reads a consent cookie value (as found in a `Cookie` header or `document.cookie`) on a
 * server or in the browser, without the site's config. Returns the decision, or `null` for
 * anything that is not a valid decision: missing, malformed, foreign, truncated, written by a
 * newer version, failing its checksum, a lapsed marker, or (with `options`) expired or of
 * another revision. Never throws and never reads a doubtful value as consent.
 */
export function parseConsentCookie(value: unknown, options: ParseConsentCookieOptions = {}): ParsedConsentCookie | null {
  const decoded = decodeConsentCookie(value);
  if (decoded.kind !== 'decision') return null;
  const { state } = decoded;
  if (options.now !== undefined && Date.parse(state.expiresAt) <= Number(options.now)) return null;
  if (options.revision !== undefined && String(options.revision) !== state.revision) return null;
  return state;
}
