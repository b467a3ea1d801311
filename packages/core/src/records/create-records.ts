import type { Consent } from '../types.js';
import type { RecordsFormat, VerifyResult } from './consent-record.js';
import { createRecordLog } from './create-record-log.js';
import type { CreateRecordsOptions, RecordLog } from './create-record-log.js';
import { exportRecords } from './export-records.js';
import { verifyRecords } from './verify-records.js';

/** The consent records log with export and verification (what an audit or a "download my record" button needs). */
export interface ConsentRecords extends RecordLog {
  /** The text of an export file: `json` (ISO/IEC TS 27560 fields) or `csv` (RFC 4180). */
  export(format: RecordsFormat): Promise<string>;
  /** Whether the chain of every record is whole, and where it first breaks. */
  verify(): Promise<VerifyResult>;
}

/**
 * Starts the consent records log of `consent` (see `createRecordLog`) and adds `export` and
 * `verify`. A page that wants the smallest base bundle can use `createRecordLog` and load
 * `exportRecords` / `verifyRecords` only when asked.
 */
export function createRecords(consent: Consent, options: CreateRecordsOptions = {}): ConsentRecords {
  const log = createRecordLog(consent, options);
  const now = options.now ?? (() => new Date());
  return {
    get storage() {
      return log.storage;
    },
    list: log.list,
    undelivered: log.undelivered,
    flush: log.flush,
    whenIdle: log.whenIdle,
    destroy: log.destroy,
    export: async (format) => exportRecords(await log.list(), format, now()),
    verify: async () => verifyRecords(await log.list()),
  };
}
