import { ConsentryBanner } from './banner/consentry-banner.js';
import { defineElement } from './define-element.js';

/**
 * Registers `<consentry-banner>`. The other elements have their own modules, loaded when
 * used: `@consentry/banner/preferences` (by `openPreferences`), `.../preferences-button`
 * and `.../declaration` (by `mountConsentUi`), all by `@consentry/banner/define`.
 */
export function defineConsentryElements(): void {
  defineElement('consentry-banner', ConsentryBanner);
}
