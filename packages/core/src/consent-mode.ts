// STUB: Google Consent Mode v2 signals land with issue 4 (startConsentMode).
export {};
