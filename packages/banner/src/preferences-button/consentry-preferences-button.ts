import { css, html, nothing, type TemplateResult } from 'lit';
import { ConsentryElement } from '../consentry-element.js';
import { openPreferences } from '../open-preferences.js';
import { baseStyles } from '../base-styles.js';

/**
 * A floating button that reopens the preferences dialog at any time, so withdrawing is as
 * easy as consenting (STANDARDS R-8). Any element with `data-consentry-open` does the same.
 *
 * @summary Floating "Cookie preferences" button.
 * @csspart button - The round button.
 * @cssproperty --consentry-button-inset - Distance from the bottom and start edges.
 * @cssproperty --consentry-z-index - Stacking order of the overlay.
 */
export class ConsentryPreferencesButton extends ConsentryElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        position: fixed;
        bottom: var(--consentry-button-inset, 1em);
        inset-inline-start: var(--consentry-button-inset, 1em);
        z-index: var(--consentry-z-index, 2147483000);
      }
      button {
        display: grid;
        place-items: center;
        width: 48px;
        height: 48px;
        padding: 0;
        border-radius: 50%;
        box-shadow: var(--consentry-shadow, 0 4px 24px #0004);
      }
    `,
  ];

  protected override render(): TemplateResult | typeof nothing {
    const t = this.t;
    if (!this.consent || !t) return nothing;
    return html`<button part="button" data-action="preferences" aria-label=${t.reopen} title=${t.reopen} lang=${this.language}
      @click=${() => void openPreferences(this.consent!, this.options)}>
      <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" fill="currentColor">
        <path d="M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5Zm-4 9a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm5 4a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm-4-8a1 1 0 1 1 0 2 1 1 0 0 1 0-2Z" />
      </svg>
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'consentry-preferences-button': ConsentryPreferencesButton;
  }
}
