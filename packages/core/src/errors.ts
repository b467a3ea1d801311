/**
 * Stable codes of the errors Consentry throws for bad configuration or bad calls.
 * A code never changes meaning; docs/config.md lists each with its fix.
 */
export type ConsentryErrorCode =
  | 'config/not-an-object'
  | 'config/unknown-key'
  | 'config/revision'
  | 'config/categories'
  | 'config/category-id'
  | 'config/necessary-missing'
  | 'config/necessary-optional'
  | 'config/category-shape'
  | 'config/cookie-pattern'
  | 'config/duplicate-cookie'
  | 'config/cookie-options'
  | 'config/expiry-range'
  | 'config/type'
  | 'config/consent-mode'
  | 'config/records'
  | 'config/gate'
  | 'config/ui'
  | 'call/unknown-category'
  | 'call/bad-choices'
  | 'catalogue/invalid'
  | 'import/csv'
  | 'call/records-format';

/**
 * The error Consentry throws for bad configuration or a bad call: `code` is stable,
 * `field` names the offending config path (e.g. `categories.analytics.cookies[2]`),
 * and the message says how to fix it.
 */
export class ConsentryError extends Error {
  readonly code: ConsentryErrorCode;
  readonly field: string | undefined;

  constructor(code: ConsentryErrorCode, message: string, field?: string) {
    super(field ? `${field}: ${message}` : message);
    this.name = 'ConsentryError';
    this.code = code;
    this.field = field;
  }
}
