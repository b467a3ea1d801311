import type { RecordsOptions } from '../types.js';

/**
 * Validates the `records` config value; throws `ConsentryError('config/records')` naming the
 * field. STUB: issue 6 fills in the checks.
 */
export function validateRecordsOptions(value: unknown, field = 'records'): RecordsOptions {
  void field;
  return value as RecordsOptions;
}
