import type { ConsentRecord, VerifyResult } from './consent-record.js';
import { hashRecord } from './record-store.js';

/**
 * Checks a chain of records (in order): each record's `hash` must match its content, its
 * `previousHash` the record before it (null for the first), and `seq` must count up by one.
 * An edited record fails its own hash; a removed or reordered one breaks the next link.
 * Removing the newest records leaves a shorter chain that still verifies: compare with the
 * copy the endpoint received (docs/records.md, "Verifying").
 */
export function verifyRecords(records: readonly ConsentRecord[]): Promise<VerifyResult> {
  return Promise.resolve(verifyChain(records));
}

function verifyChain(records: readonly ConsentRecord[]): VerifyResult {
  let previous: ConsentRecord | undefined;
  for (let index = 0; index < records.length; index++) {
    const record = records[index]!;
    const broken = (reason: 'hash-mismatch' | 'previous-mismatch' | 'seq-gap'): VerifyResult => ({
      ok: false,
      count: records.length,
      brokenAt: { index, id: String(record.id), reason },
    });
    if (hashRecord(record) !== record.hash) return broken('hash-mismatch');
    if (record.previousHash !== (previous ? previous.hash : null)) return broken('previous-mismatch');
    if (previous && record.seq !== previous.seq + 1) return broken('seq-gap');
    previous = record;
  }
  return { ok: true, count: records.length };
}
