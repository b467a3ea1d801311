import { ConsentryError } from '../errors.js';
import type { ConsentRecord, RecordsFormat } from './consent-record.js';
import { recordsToCsv } from './export-csv.js';
import { recordsToJson } from './export-json.js';
import { verifyRecords } from './verify-records.js';

/**
 * The text of an export file of `records`: `json` (ISO/IEC TS 27560 fields, with the chain
 * check) or `csv` (RFC 4180). Kept apart from the append path so a page can load it lazily.
 */
export async function exportRecords(records: readonly ConsentRecord[], format: RecordsFormat, exportedAt = new Date()): Promise<string> {
  if (format === 'csv') return recordsToCsv(records);
  if (format === 'json') return recordsToJson(records, await verifyRecords(records), exportedAt);
  throw new ConsentryError('call/records-format', `unknown export format ${JSON.stringify(format)}; use 'json' or 'csv'.`, 'format');
}
