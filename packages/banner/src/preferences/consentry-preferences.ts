import { html, nothing, type TemplateResult } from 'lit';
import { NECESSARY, type CategoryId, type DecisionLayer } from '@consentry/core';
import { ConsentryElement } from '../consentry-element.js';
import { cookieRows, cookieTable, rowsText } from '../cookie-table.js';
import { fire } from '../events.js';
import { baseStyles } from '../base-styles.js';
import { preferencesStyles } from './preferences-styles.js';
import { en } from '../texts/en.js';

/** The element focused deepest, through open shadow roots: the opener focus returns to. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * The second layer: a modal dialog (native `<dialog>` + `showModal()`, WAI-ARIA APG modal
 * pattern, STANDARDS A-1) with one switch per category, each expandable to its cookies.
 * Switches show the current choice, so nothing is pre-ticked (R-2). Escape and the close
 * button record nothing (A-3); focus returns to the opener; "saved" is announced (4.1.3).
 *
 * @summary Cookie preferences dialog.
 * @csspart dialog - The `<dialog>` (style its backdrop with `::part(dialog)::backdrop`).
 * @csspart title - The heading.
 * @csspart close - The close button (records nothing).
 * @csspart text - The introduction, with the policy link.
 * @csspart link - The privacy policy link.
 * @csspart gpc - The "opt-out preference signal honoured" note.
 * @csspart categories - The list of categories.
 * @csspart category - One category.
 * @csspart label - A category's title (the switch's label).
 * @csspart switch - A category's switch: `input[name="<category id>"][role="switch"]`.
 * @csspart description - A category's description.
 * @csspart details - The expandable cookie list; `summary` is its toggle.
 * @csspart summary - The toggle of the cookie list.
 * @csspart table - A cookie table; `empty` when a category lists no cookie.
 * @csspart actions - The row of buttons.
 * @csspart button - Every action button (also `reject`, `accept`, `save`).
 * @csspart download - "Download my consent record" (when `options.records` is given).
 * @csspart status - The live region announcing "Preferences saved".
 * @cssproperty --consentry-backdrop - Colour behind the dialog.
 * @fires consentry-open - After the dialog opened.
 * @fires consentry-decision - After a choice was recorded.
 * @fires consentry-request-close - Cancelable, before Escape or the close button closes the dialog.
 * @fires consentry-close - After the dialog closed.
 */
export class ConsentryPreferences extends ConsentryElement {
  static override styles = [baseStyles, preferencesStyles];
  static override properties = { status: { state: true } };
  static override english = en;

  private declare status: string;
  private opener: HTMLElement | null = null;
  private layer: DecisionLayer = 'preferences';

  constructor() {
    super();
    this.status = '';
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** Whether the dialog is open. */
  get open(): boolean {
    return !!this.dialog?.open;
  }

  /**
   * Opens the dialog with each switch on the CURRENT choice (all optional ones off for a
   * new visitor; marketing off under GPC). `layer` is recorded with a decision taken here.
   */
  async show(layer: DecisionLayer = 'preferences'): Promise<void> {
    // A language other than English loads its texts first; nothing renders until then.
    await this.updateComplete;
    await this.textsReady;
    await this.updateComplete;
    const dialog = this.dialog;
    if (!dialog || !this.consent || dialog.open) return;
    this.layer = layer;
    this.status = '';
    this.opener = deepActiveElement();
    for (const input of this.switches()) input.checked = this.consent.allows(input.name);
    dialog.showModal();
    fire(this, 'consentry-open', undefined);
  }

  /** Asks to close (cancelable `consentry-request-close`); records nothing. */
  close(): void {
    if (this.open && fire(this, 'consentry-request-close', { source: 'close-button' }, true)) this.dialog!.close();
  }

  private switches(): HTMLInputElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLInputElement>('input[role=switch]')];
  }

  private onCancel(event: Event): void {
    // Escape: the page may veto; either way nothing is recorded (STANDARDS A-3).
    if (!fire(this, 'consentry-request-close', { source: 'escape' }, true)) event.preventDefault();
  }

  private onKeydown(event: KeyboardEvent): void {
    // A modal <dialog> makes the page inert, but Chromium lets Tab leave the last control
    // for the browser's own UI; the APG modal pattern wants focus to wrap (STANDARDS A-1).
    if (event.key !== 'Tab') return;
    const controls = [...this.dialog!.querySelectorAll<HTMLElement>('a[href],button,input:not(:disabled),summary')];
    const [first, last] = [controls[0], controls[controls.length - 1]];
    const active = this.shadowRoot!.activeElement;
    const target = event.shiftKey ? (active === first ? last : undefined) : active === last ? first : undefined;
    if (target) {
      event.preventDefault();
      target.focus();
    }
  }

  private onClosed(): void {
    if (this.opener?.isConnected) this.opener.focus();
    this.opener = null;
    fire(this, 'consentry-close', undefined);
  }

  /** Every text the dialog shows, by key: the notice a decision here records. */
  private shown(): Record<string, string> {
    const t = this.t!;
    const texts: Record<string, string> = { preferencesTitle: t.preferencesTitle, preferencesIntro: t.preferencesIntro };
    if (this.policyUrl) Object.assign(texts, { policyLink: t.policyLink, policyUrl: this.policyUrl });
    if (this.consent!.gpc) texts.gpcNote = t.gpcNote;
    for (const id of this.consent!.categories) {
      const [title, description] = this.categoryText(id);
      Object.assign(texts, { [`${id}.title`]: title, [`${id}.description`]: description, [`${id}.cookies`]: rowsText(cookieRows(this.consent!, id, this.ui.catalogue), t) });
    }
    return Object.assign(texts, { rejectAll: t.rejectAll, acceptAll: t.acceptAll, save: t.save });
  }

  private async onClick(event: Event): Promise<void> {
    const action = (event.target as HTMLElement).closest('button')?.dataset.action;
    if (action === 'close') return this.close();
    if (action === 'download') return this.download();
    if (action !== 'accept-all' && action !== 'reject-all' && action !== 'save') return;
    const choices: Record<CategoryId, boolean> = {};
    for (const input of this.switches()) if (!input.disabled) choices[input.name] = input.checked;
    this.decide(this.layer, action === 'save' ? choices : action, this.shown());
    this.dialog!.close();
    this.status = this.t!.saved;
  }

  private async download(): Promise<void> {
    const json = await this.ui.records!.export('json');
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'consent-record.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private category(id: CategoryId): TemplateResult {
    const [title, description] = this.categoryText(id);
    const rows = cookieRows(this.consent!, id, this.ui.catalogue);
    return html`<li part="category">
      <div class="h">
        <label part="label" for="c-${id}">${title}</label>
        <input part="switch" type="checkbox" role="switch" id="c-${id}" name=${id} aria-describedby="d-${id}"
          .checked=${this.consent!.allows(id)} ?disabled=${id === NECESSARY} />
      </div>
      <p part="description" id="d-${id}">${description}</p>
      <details part="details"><summary part="summary">${this.t!.cookies} (${rows.length})</summary>${cookieTable(rows, this.t!)}</details>
    </li>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    const { consent, t } = this;
    if (!consent || !t) return nothing;
    const policy = this.policyUrl;
    return html`<dialog class="p" part="dialog" aria-modal="true" aria-labelledby="t" lang=${this.language} dir=${t.dir}
        @cancel=${this.onCancel} @close=${this.onClosed} @click=${this.onClick} @keydown=${this.onKeydown}>
        <header>
          <h2 id="t" part="title">${t.preferencesTitle}</h2>
          <button class="x" part="close" data-action="close" aria-label=${t.close}>✕</button>
        </header>
        <div class="s">
          <p part="text">${t.preferencesIntro} ${policy ? html`<a part="link" href=${policy}>${t.policyLink}</a>` : nothing}</p>
          ${consent.gpc ? html`<p part="gpc">${t.gpcNote}</p>` : nothing}
          <ul part="categories">${consent.categories.map((id) => this.category(id))}</ul>
        </div>
        <div class="a" part="actions">
          <button part="button reject" data-action="reject-all">${t.rejectAll}</button>
          <button part="button accept" data-action="accept-all">${t.acceptAll}</button>
          <button part="button save" data-action="save">${t.save}</button>
          ${this.ui.records ? html`<button class="l" part="download" data-action="download">${t.download}</button>` : nothing}
        </div>
      </dialog>
      <p class="v" part="status" role="status">${this.status}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'consentry-preferences': ConsentryPreferences;
  }
}
