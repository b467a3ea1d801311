import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { CategoryId, Consent, ConsentState, DecisionLayer } from '@consentry/core';
import { fire } from './events.js';
import { loadTranslation, pickLanguage } from './texts/load-translation.js';
import { enBanner } from './texts/en-banner.js';
import type { BannerTexts, StandardCategory, Translation } from './texts/translation.js';
import { readUiOptions, type ConsentUiOptions } from './ui-options.js';

/** How a UI decision is made: all in, all out, or a set of choices. */
export type UiDecision = 'accept-all' | 'reject-all' | Partial<Record<CategoryId, boolean>>;

/**
 * What every Consentry element shares: the `consent` instance it shows and decides for, the
 * UI options, the texts in the visitor's language, and a re-render on every consent change.
 */
export class ConsentryElement extends LitElement {
  /**
   * The English texts this element bundles: the banner and the button carry only theirs
   * (the first-visit chunk has a size budget); the dialog and the declaration carry all.
   */
  static english: BannerTexts = enBanner;

  static override properties: PropertyDeclarations = {
    consent: { attribute: false },
    options: { attribute: false },
    t: { state: true },
  };

  /** The consent instance (from `createConsent`) this element shows and decides for. */
  declare consent?: Consent;
  /** UI options; each wins over the same option in `consent.config.ui`. */
  declare options: ConsentUiOptions;
  /**
   * Texts in `language`; undefined while a translation module loads. Typed as the full
   * translation, but an element only reads the keys of its own `english` texts.
   */
  protected declare t?: Translation;
  /** The language of the texts shown. */
  protected language = 'en';
  /** Settles once the texts of the current language are in `t`. */
  protected textsReady: Promise<unknown> = Promise.resolve();
  /** `config.ui` validated, with `options` on top. */
  protected ui: ConsentUiOptions = {};
  private unsubscribe: (() => void) | undefined;

  // Reactive properties are `declare`d and set here: a class field would shadow Lit's
  // accessors (https://lit.dev/msg/class-field-shadowing).
  constructor() {
    super();
    this.options = {};
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.listen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private listen(): void {
    this.unsubscribe?.();
    this.unsubscribe = this.consent?.on('change', () => this.requestUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const consent = this.consent;
    if (!consent || !(changed.has('consent') || changed.has('options'))) return;
    if (changed.has('consent') && this.isConnected) this.listen();
    const configUi = readUiOptions(consent.config.ui);
    const ui = (this.ui = { ...configUi, ...this.options, texts: { ...configUi.texts, ...this.options.texts } });
    const language = (this.language = pickLanguage(
      [ui.language, consent.config.language, document.documentElement.lang, ...navigator.languages],
      ui.texts,
    ));
    const texts = loadTranslation(language, (this.constructor as typeof ConsentryElement).english as Translation, ui.texts);
    if ('then' in texts) {
      this.textsReady = texts.then((loaded) => {
        if (this.language === language) this.t = loaded;
      });
    } else this.t = texts;
  }

  /** Title and description of a category: the site's config first, then the translation. */
  protected categoryText(id: CategoryId): [string, string] {
    const config = this.consent?.config.categories[id];
    const own = this.t?.categories[id as StandardCategory];
    return [config?.title ?? own?.[0] ?? id, config?.description ?? own?.[1] ?? ''];
  }

  /** The policy page to link: `ui.privacyPolicyUrl`, else `config.policyUrl`. */
  protected get policyUrl(): string | undefined {
    return this.ui.privacyPolicyUrl ?? this.consent?.config.policyUrl;
  }

  /**
   * Records a decision through the core with what was shown (`texts`, by key), so the
   * records log can hash the notice (STANDARDS R-13), then fires `consentry-decision`.
   */
  protected decide(layer: DecisionLayer, decision: UiDecision, texts: Record<string, string>): ConsentState | undefined {
    const consent = this.consent;
    if (!consent) return undefined;
    const context = { layer, notice: { language: this.language, texts } };
    const state =
      decision === 'accept-all' ? consent.acceptAll(context) : decision === 'reject-all' ? consent.rejectAll(context) : consent.set(decision, context);
    fire(this, 'consentry-decision', { state, layer });
    return state;
  }
}
