/**
 * `@consentry/core/catalogue`: the built-in cookie catalogue (written by the Consentry
 * authors), its loader for imported catalogue files, and the Open Cookie Database importer.
 * A separate entry so pages that classify nothing do not download it.
 */
import type { Catalogue } from '../classify-cookie.js';
import type { CatalogueData } from './catalogue-format.js';
import { lazyCatalogue } from './compile-catalogue.js';
import { ADVERTISING } from './data-advertising.js';
import { ANALYTICS } from './data-analytics.js';
import { COMMERCE } from './data-commerce.js';
import { INFRASTRUCTURE } from './data-infrastructure.js';
import { PLATFORMS } from './data-platforms.js';
import { PREFERENCES } from './data-preferences.js';

export * from './catalogue-format.js';
export { compileCatalogue, loadCatalogue, mergeCatalogues, lazyCatalogue, normalizeDomain, type CompileOptions } from './compile-catalogue.js';
export { parseCsv, importOpenCookieDatabase, type ImportResult, type ImportStats } from './import-csv.js';
// For `createConsent(config, { heuristics: classifyByName })` without the catalogue.
export { classifyByName } from '../heuristics.js';

/** The built-in catalogue's data, in the packed format (`CatalogueData`). */
export function builtInCatalogueData(): CatalogueData {
  return { format: 'consentry-catalogue', version: 1, source: 'Consentry built-in catalogue', vendors: [...INFRASTRUCTURE, ...PLATFORMS, ...COMMERCE, ...PREFERENCES, ...ANALYTICS, ...ADVERTISING] };
}

/**
 * The built-in catalogue: frameworks and platforms, CDNs and bot protection, consent tools,
 * analytics, advertising and social, preferences. Compiled on its first lookup.
 * Use: `classifyCookie(name, domain, { catalogue })`.
 */
export const catalogue: Catalogue = /* @__PURE__ */ lazyCatalogue(builtInCatalogueData);
