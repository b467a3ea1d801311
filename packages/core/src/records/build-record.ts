import { readGlobalPrivacyControl } from '../gpc.js';
import { NECESSARY } from '../types.js';
import type { CategoryConfig, CategoryId, ChangeDetail, Consent, ConsentModeSignal, LapseDetail, NoticeSnapshot } from '../types.js';
import { canonicalJson } from './canonical-json.js';
import type { JsonValue } from './canonical-json.js';
import { RECORD_SCHEMA } from './consent-record.js';
import type { ConsentModeState, RecordBody } from './consent-record.js';
import { LIBRARY_VERSION } from './library-version.js';
import { sha256HexSync, toHex } from './sha256.js';
import { CONSENT_MODE_SIGNALS as SIGNALS, DEFAULT_CONSENT_MODE_MAPPING as DEFAULT_MAPPING } from '../consent-mode-signals.js';

/**
 * Consent Mode v2 states for `choices`: a signal is granted when a granted category maps to
 * it. `security_storage` is always granted (CM-8) unless a site's own mapping ties it to a category.
 */
export function consentModeStates(
  choices: Record<CategoryId, boolean>,
  mapping: Record<CategoryId, ConsentModeSignal[]> = DEFAULT_MAPPING,
): Record<ConsentModeSignal, ConsentModeState> {
  const mapped = new Set(Object.values(mapping).flat());
  const states = {} as Record<ConsentModeSignal, ConsentModeState>;
  for (const signal of SIGNALS) states[signal] = signal === 'security_storage' && !mapped.has(signal) ? 'granted' : 'denied';
  for (const [category, signals] of Object.entries(mapping)) {
    if (choices[category] === true) for (const signal of signals) states[signal] = 'granted';
  }
  return states;
}

/**
 * SHA-256 (hex) of what a notice showed: the canonical JSON of `{categories, texts}`, where
 * `categories` is the config's category list with its cookies and `texts` the exact strings
 * displayed. A site that archives its texts per revision can recompute it (docs/records.md).
 */
export function hashNotice(categories: Readonly<Record<CategoryId, CategoryConfig>>, texts: Readonly<Record<string, string>>): string {
  return sha256HexSync(canonicalJson({ categories: categories as unknown as JsonValue, texts }));
}

/** Page origin and path, without query string or fragment (which may carry personal data). */
export function currentPageUrl(): string {
  const location = globalThis.location;
  return location ? `${location.origin}${location.pathname}` : '';
}

function language(consent: Consent, notice: NoticeSnapshot | undefined): string {
  return (
    notice?.language ||
    consent.config.language ||
    globalThis.document?.documentElement.lang ||
    globalThis.navigator?.language ||
    'und'
  );
}

/** The fields every record shares; `granted` says which categories are in force after it. */
function baseBody(consent: Consent, id: string, time: Date, page: string, granted: (category: CategoryId) => boolean, notice?: NoticeSnapshot): Pick<RecordBody, 'schema' | 'id' | 'time' | 'choices' | 'consentMode' | 'language' | 'policyUrl' | 'libraryVersion' | 'gpc' | 'pageUrl'> {
  const choices: Record<CategoryId, boolean> = {};
  for (const category of consent.categories) choices[category] = category === NECESSARY || granted(category);
  const options = consent.config.consentMode;
  return {
    schema: RECORD_SCHEMA,
    id,
    time: time.toISOString(),
    choices,
    consentMode: consentModeStates(choices, typeof options === 'object' ? options.mapping : undefined),
    language: language(consent, notice),
    policyUrl: consent.config.policyUrl ?? null,
    libraryVersion: LIBRARY_VERSION,
    gpc: consent.gpc || readGlobalPrivacyControl(),
    pageUrl: page,
  };
}

/**
 * What a record of a decision (a `change` event) says, before it joins the chain. Synchronous,
 * so it can be journaled before the click that made the decision returns.
 */
export function bodyOfChange(consent: Consent, detail: ChangeDetail, id: string, time: Date, page = currentPageUrl()): RecordBody {
  const state = detail.state;
  return {
    ...baseBody(consent, id, time, page, (category) => state?.choices[category] === true, detail.notice),
    consentId: state?.id ?? detail.previous?.id ?? '',
    action: detail.action,
    layer: detail.layer,
    reason: null,
    revision: state?.revision ?? String(consent.config.revision),
    noticeHash: hashNotice(consent.config.categories, detail.notice?.texts ?? {}),
    expiresAt: state?.expiresAt ?? null,
  };
}

/**
 * What a record of a lapse says: the stored decision stopped counting (expired, or the
 * revision changed), so nothing optional is granted until the visitor decides again.
 */
export function bodyOfLapse(consent: Consent, detail: LapseDetail, id: string, time: Date, page = currentPageUrl()): RecordBody {
  return {
    ...baseBody(consent, id, time, page, () => false),
    consentId: detail.previous.id,
    action: 'expired',
    layer: 'auto',
    reason: detail.reason,
    revision: detail.previous.revision,
    noticeHash: null,
    expiresAt: null,
  };
}

/** A random UUID v4 from `crypto.getRandomValues`, which (unlike `randomUUID`) works on http pages too. */
export function randomRecordId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = toHex(bytes);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
