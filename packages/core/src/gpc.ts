/**
 * Global Privacy Control (STANDARDS.md GPC-1): the browser's opt-out of sale/sharing,
 * `navigator.globalPrivacyControl === true`. Read only when called, never at import.
 */
export function readGlobalPrivacyControl(): boolean {
  if (typeof navigator === 'undefined') return false;
  return (navigator as Navigator & { globalPrivacyControl?: unknown }).globalPrivacyControl === true;
}

/** The category Global Privacy Control refuses: sale/sharing of data means advertising. */
export const GPC_CATEGORY = 'marketing';
