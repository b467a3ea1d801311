import { css, html, nothing, type TemplateResult } from 'lit';
import { NECESSARY } from '@consentry/core';
import { ConsentryElement } from '../consentry-element.js';
import { cookieRows, cookieTable } from '../cookie-table.js';
import { openPreferences } from '../open-preferences.js';
import { baseStyles } from '../base-styles.js';
import { en } from '../texts/en.js';

/**
 * The cookie declaration for a privacy or cookie policy page: every category with its
 * description, the visitor's current choice, and its cookies (from the site's config,
 * completed by the catalogue), plus a button that opens the preferences dialog. It renders
 * in the page's flow and follows every consent change, so the table stays true.
 *
 * Registered separately (`@consentry/banner/declaration`), since only a policy page needs it.
 *
 * @summary Cookie declaration table for a policy page.
 * @csspart declaration - The whole declaration.
 * @csspart category - One category's section.
 * @csspart title - A category's heading.
 * @csspart choice - The visitor's current choice for a category.
 * @csspart description - A category's description.
 * @csspart table - A cookie table; `empty` when a category lists no cookie.
 * @csspart button - "Change my choice".
 * @cssproperty --consentry-declaration-fg - Text colour; default: the page's (the declaration sits in the page's flow).
 * @cssproperty --consentry-accent - Button colour (`--consentry-accent-dark` in dark mode); also `-accent-fg`, `-border`.
 */
export class ConsentryDeclaration extends ConsentryElement {
  static override english = en;
  static override styles = [
    baseStyles,
    css`
      /* In the page's flow, on the page's background: take the page's text colour rather
         than the overlay's, or dark-scheme text could land on a light page. */
      :host {
        display: block;
        color: var(--consentry-declaration-fg, inherit);
      }
      h3 {
        margin: 1.5em 0 0.25em;
        font-size: 1.1em;
      }
      table {
        width: 100%;
        border-collapse: collapse;
        overflow-wrap: anywhere;
      }
      th,
      td {
        text-align: start;
        vertical-align: top;
        padding: 0.35em;
        border-bottom: 1px solid var(--_bd);
      }
    `,
  ];

  protected override render(): TemplateResult | typeof nothing {
    const { consent, t } = this;
    if (!consent || !t) return nothing;
    return html`<div part="declaration" lang=${this.language} dir=${t.dir}>
      ${consent.categories.map((id) => {
        const [title, description] = this.categoryText(id);
        const choice = id === NECESSARY ? t.alwaysOn : consent.allows(id) ? t.allowed : t.refused;
        return html`<section part="category">
          <h3 part="title">${title}</h3>
          <p part="choice">${t.yourChoice}: <strong>${choice}</strong></p>
          <p part="description">${description}</p>
          ${cookieTable(cookieRows(consent, id, this.ui.catalogue), t)}
        </section>`;
      })}
      <p><button part="button" data-action="preferences" @click=${() => void openPreferences(consent, this.options, 'declaration')}>${t.change}</button></p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'consentry-declaration': ConsentryDeclaration;
  }
}
