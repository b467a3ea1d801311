// STUB: the consent cookie codec and parseConsentCookie land with issue 2.
export {};
