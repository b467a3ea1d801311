import type { CategoryId, ConsentModeSignal, DecisionAction, DecisionLayer } from '../types.js';

/** The format name and version every record carries in `schema`; see docs/record-schema.json. */
export const RECORD_SCHEMA = 'consentry-record/1';

/** Consent Mode v2 state of one signal. */
export type ConsentModeState = 'granted' | 'denied';

/**
 * One entry of the consent records log (STANDARDS.md R-13): what was decided, when, how, and
 * under which notice. This is exactly what is stored, POSTed to `records.endpoint` and hashed;
 * docs/records.md describes each field and docs/record-schema.json is its JSON Schema.
 */
export interface ConsentRecord {
  schema: typeof RECORD_SCHEMA;
  /** Unique record id (random UUID v4); receivers de-duplicate by it. */
  id: string;
  /** Position in this browser's chain, from 0. */
  seq: number;
  /** The pseudonymous consent id of the decision (never a tracker id). */
  consentId: string;
  /** ISO-8601 UTC time the record was made. */
  time: string;
  action: DecisionAction;
  layer: DecisionLayer;
  /** For `expired` records: why the stored decision stopped counting; otherwise null. */
  reason: 'expired' | 'revision' | null;
  /** Every configured category; `necessary` always true. */
  choices: Record<CategoryId, boolean>;
  /** Google Consent Mode v2 states derived from `choices`. */
  consentMode: Record<ConsentModeSignal, ConsentModeState>;
  /** Config revision (notice version) the decision was made under. */
  revision: string;
  /** SHA-256 (hex) of the canonical JSON `{categories, texts}` shown; null when nothing was shown. */
  noticeHash: string | null;
  /** BCP 47 language of the texts shown. */
  language: string;
  policyUrl: string | null;
  libraryVersion: string;
  /** Whether the browser sent Global Privacy Control. */
  gpc: boolean;
  /** Page origin and path, without query string or fragment. */
  pageUrl: string;
  /** ISO-8601 UTC time the decision lapses; null when no decision is in force. */
  expiresAt: string | null;
  /** `hash` of the record before this one in the chain; null for the first. */
  previousHash: string | null;
  /** SHA-256 (hex) of the canonical JSON of this record without `hash`. */
  hash: string;
}

/** A record before it joins the chain (no `seq`, `previousHash`, `hash` yet). */
export type RecordBody = Omit<ConsentRecord, 'seq' | 'previousHash' | 'hash'>;

/** Where the chain broke, as `verify()` reports it. */
export interface ChainBreak {
  /** Index of the first record that does not verify. */
  index: number;
  id: string;
  /**
   * `hash-mismatch`: the record was edited after it was written. `previous-mismatch`: the
   * record before it was removed, edited or reordered. `seq-gap`: positions are missing.
   */
  reason: 'hash-mismatch' | 'previous-mismatch' | 'seq-gap';
}

/** The answer of `verify()`. */
export interface VerifyResult {
  ok: boolean;
  /** Records checked. */
  count: number;
  brokenAt?: ChainBreak;
}

/** Export formats. */
export type RecordsFormat = 'json' | 'csv';
