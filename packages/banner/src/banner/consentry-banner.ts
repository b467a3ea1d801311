import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ConsentryElement } from '../consentry-element.js';
import { fire } from '../events.js';
import { openPreferences } from '../open-preferences.js';
import { baseStyles } from '../base-styles.js';
import type { BannerLayout } from '../ui-options.js';
import { bannerStyles } from './banner-styles.js';

/**
 * The first layer: a short notice with "Reject all", "Accept all" and "Choose" of equal
 * prominence. It shows while `consent.needsDecision()`; closing or ignoring it records
 * nothing and grants nothing (STANDARDS R-9). A labelled, non-modal region (A-4).
 *
 * @summary Cookie consent banner (first layer).
 * @csspart banner - The panel (a labelled `role="region"`).
 * @csspart title - The heading.
 * @csspart text - The notice text, with the policy link.
 * @csspart link - The privacy policy link.
 * @csspart gpc - The "opt-out preference signal honoured" note.
 * @csspart actions - The row of buttons.
 * @csspart button - Every action button (also `accept`, `reject`, `preferences`).
 * @csspart close - The close button (records nothing).
 * @cssproperty --consentry-bg - Background (`--consentry-bg-dark` in dark mode); also `-fg`, `-accent`, `-accent-fg`, `-border`.
 * @cssproperty --consentry-z-index - Stacking order of the overlay.
 * @cssproperty --consentry-max-width - Widest the panel grows.
 * @cssproperty --consentry-offset - Gap between the panel and the viewport edge.
 * @fires consentry-decision - After "Accept all" or "Reject all" was recorded.
 * @fires consentry-request-close - Cancelable, before the close button hides the banner.
 * @fires consentry-close - After the banner was closed without a decision.
 */
export class ConsentryBanner extends ConsentryElement {
  static override styles = [baseStyles, bannerStyles];
  static override properties = {
    layout: { reflect: true },
    closed: { state: true },
  };

  /** `bar` (bottom), `box` (corner) or `center`; default `ui.layout`, else `bar`. */
  declare layout?: BannerLayout;
  private declare closed: boolean;

  constructor() {
    super();
    this.closed = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.layout ??= this.ui.layout ?? 'bar';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The padding follows the banner's box: shown, hidden, another layout, text that wraps
    // after a resize. A resize observer reports it after layout, so reading the height here
    // forces no extra layout of the page (reading it in `updated` did, on the first render).
    this.resizer ??= new ResizeObserver(() => this.padScroll(!!this.renderRoot.querySelector('section') && this.layout !== 'center'));
    this.resizer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizer?.disconnect();
    this.padScroll(false);
  }

  private resizer?: ResizeObserver;

  /**
   * WCAG 2.4.11 (Focus Not Obscured): while the banner covers the bottom of the viewport,
   * scroll padding of its height makes the browser scroll a focused element clear of it.
   */
  private padScroll(on: boolean): void {
    document.documentElement.style.scrollPaddingBottom = on ? `${this.offsetHeight}px` : '';
  }

  /** Every text the banner shows, by key: the notice a decision here records. */
  protected shown(): Record<string, string> {
    const t = this.t!;
    const texts: Record<string, string> = { bannerTitle: t.bannerTitle, bannerText: t.bannerText };
    if (this.policyUrl) Object.assign(texts, { policyLink: t.policyLink, policyUrl: this.policyUrl });
    if (this.consent?.gpc) texts.gpcNote = t.gpcNote;
    return Object.assign(texts, { rejectAll: t.rejectAll, acceptAll: t.acceptAll, preferences: t.preferences });
  }

  private onClick(event: Event): void {
    const action = (event.target as HTMLElement).closest('button')?.dataset.action;
    if (action === 'accept-all' || action === 'reject-all') this.decide('banner', action, this.shown());
    else if (action === 'preferences') void openPreferences(this.consent!, this.options);
    else if (action === 'close' && fire(this, 'consentry-request-close', { source: 'close-button' }, true)) {
      this.closed = true;
      fire(this, 'consentry-close', undefined);
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    const { consent, t } = this;
    if (!consent || !t || this.closed || !consent.needsDecision()) return nothing;
    const policy = this.policyUrl;
    return html`<section class="p" part="banner" role="region" aria-labelledby="t" lang=${this.language} dir=${t.dir} @click=${this.onClick}>
      <div class="b">
        <h2 id="t" part="title">${t.bannerTitle}</h2>
        <p part="text">${t.bannerText} ${policy ? html`<a part="link" href=${policy}>${t.policyLink}</a>` : nothing}</p>
        ${consent.gpc ? html`<p part="gpc">${t.gpcNote}</p>` : nothing}
      </div>
      <div class="a" part="actions">
        <button part="button reject" data-action="reject-all">${t.rejectAll}</button>
        <button part="button accept" data-action="accept-all">${t.acceptAll}</button>
        <button part="button preferences" data-action="preferences">${t.preferences}</button>
      </div>
      <button class="x" part="close" data-action="close" aria-label=${t.close}>✕</button>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'consentry-banner': ConsentryBanner;
  }
}
