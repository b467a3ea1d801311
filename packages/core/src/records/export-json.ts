import { NECESSARY } from '../types.js';
import type { ConsentRecord, VerifyResult } from './consent-record.js';
import { LIBRARY_VERSION } from './library-version.js';

/** DPV consent status (w3id.org/dpv) of a record as a whole. */
function eventState(record: ConsentRecord): string {
  if (record.action === 'expired') return record.reason === 'revision' ? 'dpv:ConsentInvalidated' : 'dpv:ConsentExpired';
  if (record.action === 'withdraw') return 'dpv:ConsentWithdrawn';
  const granted = Object.entries(record.choices).some(([category, on]) => on && category !== NECESSARY);
  return granted ? 'dpv:ConsentGiven' : 'dpv:ConsentRefused';
}

/** How the decision was expressed, in ISO/IEC TS 27560 "event type" terms. */
function eventType(record: ConsentRecord): string {
  if (record.action === 'expired') return 'lapse';
  if (record.action === 'gpc') return 'opt-out preference signal';
  return 'expressed';
}

/**
 * One record in the field structure of ISO/IEC TS 27560:2023 (header, processing, event),
 * with the record exactly as stored under `record` so the chain can be verified from the file.
 * docs/records.md maps every field.
 */
function toIso27560(record: ConsentRecord): Record<string, unknown> {
  // What an optional category that is not granted after this record means for its purpose.
  const notGranted = record.action === 'withdraw' ? 'withdrawn' : record.action === 'expired' ? (record.reason === 'revision' ? 'invalidated' : 'expired') : 'refused';
  return {
    schemaVersion: record.schema,
    recordId: record.id,
    piiPrincipalId: record.consentId,
    notice: { version: record.revision, hash: record.noticeHash, url: record.policyUrl, language: record.language },
    language: record.language,
    purposes: Object.entries(record.choices).map(([purpose, consented]) => ({
      purpose,
      lawfulBasis: purpose === NECESSARY ? 'strictly-necessary' : 'consent',
      consented,
      status: purpose === NECESSARY ? 'not-applicable' : consented ? 'given' : notGranted,
    })),
    event: {
      eventTime: record.time,
      eventType: eventType(record),
      eventState: eventState(record),
      validUntil: record.expiresAt,
      entityId: record.action === 'expired' ? 'system' : record.consentId,
      method: { action: record.action, layer: record.layer, reason: record.reason, pageUrl: record.pageUrl, gpc: record.gpc },
    },
    consentModeStates: record.consentMode,
    integrity: { algorithm: 'SHA-256', seq: record.seq, previousHash: record.previousHash, hash: record.hash },
    libraryVersion: record.libraryVersion,
    record,
  };
}

/** The JSON export: every record mapped to ISO/IEC TS 27560 fields, plus the chain check. */
export function recordsToJson(records: readonly ConsentRecord[], verification: VerifyResult, exportedAt: Date): string {
  return JSON.stringify(
    {
      conformsTo: 'ISO/IEC TS 27560:2023',
      schemaVersion: 'consentry-records-export/1',
      generator: `@consentry/core ${LIBRARY_VERSION}`,
      exportedAt: exportedAt.toISOString(),
      chain: verification,
      records: records.map(toIso27560),
    },
    null,
    2,
  );
}
