// The consent records log (issue 6). The append path (create-record-log.ts and what it
// imports) is kept apart from export and verification so bundles can load those lazily.
export * from './consent-record.js';
export * from './options.js';
export * from './create-record-log.js';
export * from './create-records.js';
export * from './export-records.js';
export * from './verify-records.js';
export { csvCell, recordsToCsv } from './export-csv.js';
export { recordsToJson } from './export-json.js';
export { consentModeStates, currentPageUrl, hashNotice, randomRecordId } from './build-record.js';
export { hashRecord, RECORDS_DB, RECORDS_STORE, APPEND_LOCK } from './record-store.js';
export { DELIVERY_LOCK } from './deliver-records.js';
export { sha256Hex, sha256Bytes } from './sha256.js';
export { canonicalJson } from './canonical-json.js';
export type { JsonValue } from './canonical-json.js';
export { LIBRARY_VERSION } from './library-version.js';
