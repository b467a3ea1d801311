import type { ConsentModeOptions } from './types.js';

// STUB: Google Consent Mode v2 signals (startConsentMode) land with issue 4.

/**
 * Validates the `consentMode` config value; throws `ConsentryError('config/consent-mode')`
 * naming the field. STUB: accepts booleans and objects; issue 4 fills in the checks.
 */
export function validateConsentModeOptions(value: unknown, field = 'consentMode'): boolean | ConsentModeOptions {
  void field;
  return value as boolean | ConsentModeOptions;
}
