import { ConsentryError } from '@consentry/core';

/** Where the drop-in looks for its config (see docs/getting-started.md). */
export const CONFIG_ELEMENT_ID = 'consentry-config';

/**
 * Reads the site's config for the drop-in: the JSON inside
 * `<script type="application/json" id="consentry-config">` when the page has one, else
 * `window.consentryConfig` (with the JSON text, for `configSum`). Throws a `ConsentryError` naming the problem and the fix; the
 * config's content is validated later by `createConsent`.
 */
export function readConfig(doc: Document, win: { consentryConfig?: unknown }): { config: unknown; text?: string } {
  const element = doc.getElementById(CONFIG_ELEMENT_ID);
  if (element) {
    const type = element.getAttribute('type');
    if (element.localName !== 'script' || type !== 'application/json') {
      throw new ConsentryError(
        'config/not-an-object',
        `#${CONFIG_ELEMENT_ID} must be a <script type="application/json"> (found <${element.localName}${type ? ` type="${type}"` : ''}>).`,
        CONFIG_ELEMENT_ID,
      );
    }
    const text = element.textContent ?? '';
    try {
      return { config: JSON.parse(text) as unknown, text };
    } catch (error) {
      throw new ConsentryError(
        'config/not-an-object',
        `#${CONFIG_ELEMENT_ID} is not valid JSON (${(error as Error).message}); look for trailing commas, comments, unquoted keys.`,
        CONFIG_ELEMENT_ID,
      );
    }
  }
  if (win.consentryConfig !== undefined) return { config: win.consentryConfig };
  throw new ConsentryError(
    'config/not-an-object',
    `no config found: add <script type="application/json" id="${CONFIG_ELEMENT_ID}"> before consentry.js, or set window.consentryConfig.`,
  );
}
