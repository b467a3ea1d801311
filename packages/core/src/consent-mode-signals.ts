import type { CategoryId, ConsentModeSignal } from './types.js';

// Shared by Consent Mode (every page) and the records log (lazy), so it stays a module of its own.

/** Every Consent Mode v2 signal (STANDARDS.md section 1). */
export const CONSENT_MODE_SIGNALS: readonly ConsentModeSignal[] = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
];

/** Category → signals, STANDARDS.md CM-8; `security_storage` is always granted on top. */
export const DEFAULT_CONSENT_MODE_MAPPING: Readonly<Record<CategoryId, ConsentModeSignal[]>> = Object.freeze({
  analytics: ['analytics_storage'],
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  preferences: ['functionality_storage', 'personalization_storage'],
});
