// consentry-records.js: the records log, fetched by the drop-in on the first decision.
import { createRecords, type Consent, type ConsentRecords, type CreateRecordsOptions } from '@consentry/core';

/** Starts the records log (append, delivery, export, verify) of the drop-in's consent. */
export function startRecords(consent: Consent, options: CreateRecordsOptions): ConsentRecords {
  return createRecords(consent, options);
}
