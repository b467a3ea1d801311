import type { ParsedConsentCookie } from './consent-cookie.js';
import { NECESSARY, type CategoryId, type ConsentState, type DecisionMethod } from './types.js';

/**
 * The consent cookie codec (docs/cookie-format.md); `parseConsentCookie` in
 * consent-cookie.ts is its public face. Pure: no DOM, safe in Node, never throws
 * on input. Every character the format uses is one js-cookie writes unescaped and RFC 6265
 * allows in a cookie value, so the value a server sees in its `Cookie` header is the same
 * string the browser stored; no decoding layer sits between them.
 *
 *   1|<id>|<revision>|<decidedAt>|<expiresAt>|<method>[g]|<category>:<0|1>.…|<checksum>
 *
 * A lapsed marker `1|<id>|-|<checksum>` keeps the consent id after a decision lapsed, so the
 * same lapse is reported once, not on every page load.
 */

/** The format version this code writes and reads. */
const CONSENT_COOKIE_VERSION = 1;

/** What `decodeConsentCookie` found; `reason` says why a value was refused. */
export type DecodedConsentCookie =
  | { kind: 'decision'; state: ParsedConsentCookie }
  | { kind: 'lapsed'; id: string }
  | { kind: 'invalid'; reason: 'empty' | 'foreign' | 'future-version' | 'malformed' | 'checksum' };

// Each method's one-letter code in the cookie.
const METHODS_BY_CODE: Record<string, DecisionMethod> = { a: 'accept-all', r: 'reject-all', c: 'custom', g: 'gpc', p: 'api' };
const methodCode = (method: DecisionMethod): string => Object.keys(METHODS_BY_CODE).find((code) => METHODS_BY_CODE[code] === method) as string;

/** Consent ids: 16..64 characters of base64url (we write 22: 128 random bits). */
export const CONSENT_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
/** Revisions the cookie can hold without escaping; validateConfig enforces it. */
export const REVISION_PATTERN = /^[A-Za-z0-9._:-]{1,64}$/;
/** Category ids; validateConfig enforces it. */
export const CATEGORY_ID_PATTERN = /^[a-z][a-z0-9_-]{0,31}$/;
const TIME_PATTERN = /^[0-9a-z]{1,11}$/;
const CHOICE_PATTERN = /^([a-z][a-z0-9_-]{0,31}):([01])$/;
const MAX_LENGTH = 4096;
// Dates after this are not a real decision's (year 2200); they would only come from an edit.
const LATEST_TIME = 7258118400000;
// A browser keeps a cookie at most 400 days (rfc6265bis 5.5); a longer life is an edit.
const LONGEST_LIFE = 400 * 864e5;

/**
 * FNV-1a, 32 bits, as 8 hex digits. It detects corruption and naive edits; it is NOT a
 * signature: anyone who reads this file can recompute it (see docs/decisions/).
 */
export function consentChecksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

const seal = (body: string): string => `${body}|${consentChecksum(body)}`;

/** Encodes a decision as a cookie value. `necessary` is implied and not stored. */
export function encodeConsentCookie(state: ConsentState, gpc = false): string {
  const choices = Object.entries(state.choices)
    .filter(([category]) => category !== NECESSARY)
    .map(([category, granted]) => `${category}:${granted ? 1 : 0}`)
    .join('.');
  const time = (iso: string) => Date.parse(iso).toString(36);
  const method = methodCode(state.method) + (gpc ? 'g' : '');
  return seal([CONSENT_COOKIE_VERSION, state.id, state.revision, time(state.decidedAt), time(state.expiresAt), method, choices].join('|'));
}

/** Encodes the lapsed marker that keeps `id` once its decision no longer counts. */
export function encodeLapsedMarker(id: string): string {
  return seal(`${CONSENT_COOKIE_VERSION}|${id}|-`);
}

const parseTime = (text: string | undefined): number | null => {
  if (text === undefined || !TIME_PATTERN.test(text)) return null;
  const ms = parseInt(text, 36);
  return ms > 0 && ms < LATEST_TIME ? ms : null;
};

/**
 * Decodes any string (or anything at all) into a decision, a lapsed marker, or a reason it
 * was refused. Never throws.
 */
export function decodeConsentCookie(value: unknown): DecodedConsentCookie {
  const invalid = (reason: (DecodedConsentCookie & { kind: 'invalid' })['reason'] = 'malformed'): DecodedConsentCookie => ({ kind: 'invalid', reason });
  if (typeof value !== 'string' || value === '') return invalid('empty');
  if (value.length > MAX_LENGTH) return invalid();
  const fields = value.split('|');
  const version = fields[0] as string;
  if (!/^[0-9]{1,4}$/.test(version)) return invalid('foreign');
  if (+version > CONSENT_COOKIE_VERSION) return invalid('future-version');
  if (+version !== CONSENT_COOKIE_VERSION || (fields.length !== 8 && fields.length !== 4)) return invalid();
  const marker = fields.length === 4;
  const sum = fields.pop();
  if (consentChecksum(fields.join('|')) !== sum) return invalid('checksum');
  const [, id = '', revision = '', decided, expires, methodField = '', choiceField = ''] = fields;
  if (!CONSENT_ID_PATTERN.test(id)) return invalid();
  if (marker) return revision === '-' ? { kind: 'lapsed', id } : invalid();

  const decidedAt = parseTime(decided);
  const expiresAt = parseTime(expires);
  const method = METHODS_BY_CODE[methodField.charAt(0)];
  const methodOk = methodField.length === 1 || (methodField.length === 2 && methodField[1] === 'g');
  if (!REVISION_PATTERN.test(revision) || decidedAt === null || expiresAt === null || expiresAt <= decidedAt || expiresAt - decidedAt > LONGEST_LIFE || !method || !methodOk) {
    return invalid();
  }
  const choices: Record<CategoryId, boolean> = { [NECESSARY]: true };
  for (const entry of choiceField === '' ? [] : choiceField.split('.')) {
    const match = CHOICE_PATTERN.exec(entry);
    const category = match?.[1];
    if (!match || !category || category === NECESSARY || Object.prototype.hasOwnProperty.call(choices, category)) return invalid();
    choices[category] = match[2] === '1';
  }
  return {
    kind: 'decision',
    state: {
      id,
      revision,
      decidedAt: new Date(decidedAt).toISOString(),
      expiresAt: new Date(expiresAt).toISOString(),
      choices,
      method,
      gpc: methodField.length === 2,
    },
  };
}

