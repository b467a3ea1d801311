import { html, nothing, type TemplateResult } from 'lit';
import { classifyCookie, type Catalogue, type CategoryId, type Consent } from '@consentry/core';
import type { Translation } from './texts/translation.js';

/** One row of a cookie table. */
export interface CookieRow {
  name: string;
  provider?: string;
  purpose?: string;
  lifetime?: string;
  thirdParty?: boolean;
}

/**
 * The cookies of `category` as the site declared them, each completed from the catalogue
 * when one is given. The site's words always win; the catalogue only fills gaps. (The
 * catalogue is asked without the site's categories, since with them the site's declaration
 * would answer and leave the gaps empty.)
 */
export function cookieRows(consent: Consent, category: CategoryId, catalogue?: Catalogue): CookieRow[] {
  return (consent.config.categories[category]?.cookies ?? []).map((cookie) => {
    const declared = typeof cookie === 'string' ? { name: cookie } : cookie;
    const found = catalogue ? classifyCookie(declared.name, declared.domain, { catalogue }) : undefined;
    return {
      name: declared.name,
      provider: declared.provider ?? found?.vendor,
      purpose: declared.purpose ?? found?.purpose,
      lifetime: declared.lifetime ?? found?.lifetime,
      thirdParty: declared.thirdParty,
    };
  });
}

/** Who sets a cookie, as shown: the provider, marked when a third party sets it. */
export function setBy(row: CookieRow, t: Translation): string {
  return row.thirdParty ? `${row.provider ? `${row.provider} · ` : ''}${t.thirdParty}` : row.provider ?? t.firstParty;
}

/** The rows as one text per cookie, for the notice a decision records. */
export function rowsText(rows: CookieRow[], t: Translation): string {
  return rows.map((row) => [row.name, setBy(row, t), row.purpose ?? '', row.lifetime ?? ''].join(' | ')).join('\n');
}

/** A cookie table (name, set by, purpose, lifetime), or a "no cookies" line. */
export function cookieTable(rows: CookieRow[], t: Translation): TemplateResult {
  return rows.length
    ? html`<table part="table">
        <thead><tr>${[t.cookieName, t.party, t.purpose, t.lifetime].map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
        <tbody>${rows.map((row) => html`<tr><td>${row.name}</td><td>${setBy(row, t)}</td><td>${row.purpose ?? nothing}</td><td>${row.lifetime ?? nothing}</td></tr>`)}</tbody>
      </table>`
    : html`<p part="empty">${t.noCookies}</p>`;
}
