import { decodeConsentCookie, type DecodedConsentCookie } from './cookie-codec.js';
import type { ConsentStorage } from './consent-storage.js';
import { freezeState, fullChoices } from './decision.js';
import type { CategoryId, ConsentState, LapseDetail } from './types.js';

/** What a page finds in storage when it starts. */
export interface StoredConsent {
  /** The decision that counts now, if any. */
  state: ConsentState | null;
  /** A decision found that no longer counts (expired, other revision). */
  lapse: LapseDetail | null;
  /** The consent id to keep for the next decision (from a decision or a lapsed marker). */
  id: string | undefined;
  /** GPC was honoured when the stored decision was taken. */
  gpc: boolean;
  /** The raw stored value. */
  raw: string | undefined;
  /** Why the stored value was not usable (`storage/read` or `cookie/unreadable`), with a message. */
  warning?: { code: string; message: string };
}

/**
 * Reads and judges the stored value: a decision counts only if it decodes, has not expired
 * at `now`, and was taken under `revision` (STANDARDS.md R-10). Anything doubtful is "no
 * decision", never consent. Never throws: a storage that throws gives a warning.
 */
export function readStoredConsent(storage: ConsentStorage, revision: string, categories: readonly CategoryId[], now: number): StoredConsent {
  const result: StoredConsent = { state: null, lapse: null, id: undefined, gpc: false, raw: undefined };
  try {
    result.raw = storage.read();
  } catch (error) {
    result.warning = { code: 'storage/read', message: `the consent storage could not be read (${String(error)}); asking again.` };
    return result;
  }
  if (result.raw === undefined || result.raw === '') return result;
  const decoded = decodeConsentCookie(result.raw);
  if (decoded.kind === 'invalid') {
    result.warning = { code: 'cookie/unreadable', message: `the stored consent could not be read (${decoded.reason}); it counts as no decision.` };
    return result;
  }
  return Object.assign(result, judgeStoredConsent(decoded, revision, categories, now));
}

/**
 * The judgement of `readStoredConsent` on a decoded value, without reading storage or
 * reporting anything (the drop-in's head consent, which leaves reports to the full instance).
 */
export function judgeStoredConsent(
  decoded: DecodedConsentCookie,
  revision: string,
  categories: readonly CategoryId[],
  now: number,
): Pick<StoredConsent, 'state' | 'lapse' | 'id' | 'gpc'> {
  const result: Pick<StoredConsent, 'state' | 'lapse' | 'id' | 'gpc'> = { state: null, lapse: null, id: undefined, gpc: false };
  if (decoded.kind === 'lapsed') result.id = decoded.id;
  if (decoded.kind !== 'decision') return result;
  const { gpc, ...stored } = decoded.state;
  result.id = stored.id;
  result.gpc = gpc;
  // A lapsed decision is reported as it was stored (its own categories), for the records.
  if (Date.parse(stored.expiresAt) <= now) result.lapse = Object.freeze({ previous: freezeState(stored), reason: 'expired' });
  else if (stored.revision !== revision) result.lapse = Object.freeze({ previous: freezeState(stored), reason: 'revision' });
  else result.state = freezeState({ ...stored, choices: fullChoices(categories, stored.choices) });
  return result;
}
