// STUB: createConsent lands with issue 2 (create-consent.ts owns it).
export {};
