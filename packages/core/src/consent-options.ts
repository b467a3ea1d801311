import type { Catalogue, CookieHeuristics } from './classify-with.js';
import type { ConsentStorage } from './consent-storage.js';
import type { TabSyncMode } from './tab-sync.js';

/** What varies between pages and tests; every option has a lazy default. */
export interface CreateConsentOptions {
  /** Cookie catalogue for the classifier (`@consentry/core/catalogue`); used by the janitor, `audit()` and `cookie-violation`. */
  catalogue?: Catalogue;
  /**
   * Naming heuristics for cookies neither the config nor the catalogue knows; default the
   * catalogue's (`@consentry/core/catalogue` carries the built-in ones), none without a
   * catalogue. Pass `classifyByName` from `@consentry/core/catalogue` to use them without the
   * catalogue, `false` to turn them off.
   */
  heuristics?: CookieHeuristics | false;
  /** Clock in ms since the epoch; default `Date.now`. */
  now?: () => number;
  /** Consent id generator; default 128 random bits (`crypto.getRandomValues`) as base64url. */
  randomId?: () => string;
  /** The Global Privacy Control signal; default `navigator.globalPrivacyControl === true`. */
  gpcSignal?: boolean | (() => boolean);
  /** Where the consent cookie's value lives; default a js-cookie cookie from `config.cookie`. */
  storage?: ConsentStorage;
  /** How other tabs learn of decisions: `broadcast` (default; BroadcastChannel plus a re-read on focus), `focus` (re-read only), `off`. */
  tabSync?: TabSyncMode;
}
