/** A built-in category whose title and description every translation provides. */
export type StandardCategory = 'necessary' | 'preferences' | 'analytics' | 'marketing';

/** Texts of the first layer and the re-open button (bundled in English with the first-visit chunk). */
export interface BannerTexts {
  /** Writing direction of the language. */
  dir: 'ltr' | 'rtl';
  bannerTitle: string;
  /** First-layer text: purposes, that refusing costs nothing, and that consent can be withdrawn (STANDARDS ). */
  bannerText: string;
  policyLink: string;
  acceptAll: string;
  rejectAll: string;
  preferences: string;
  close: string;
  /** Shown when the browser sends Global Privacy Control (STANDARDS GPC-5). */
  gpcNote: string;
  /** Label of the floating re-open button. */
  reopen: string;
}

/** Texts of the preferences dialog and the cookie declaration (loaded with them). */
export interface DialogTexts {
  save: string;
  preferencesTitle: string;
  preferencesIntro: string;
  /** Announced through a live region once choices are saved (WCAG 4.1.3). */
  saved: string;
  cookies: string;
  cookieName: string;
  purpose: string;
  lifetime: string;
  party: string;
  firstParty: string;
  thirdParty: string;
  noCookies: string;
  download: string;
  yourChoice: string;
  allowed: string;
  refused: string;
  alwaysOn: string;
  change: string;
  /** Title and description of each built-in category. */
  categories: Record<StandardCategory, [title: string, description: string]>;
}

/**
 * Every text the Consentry UI shows, in one language. Each built-in language must provide
 * every key (the type checks it; `translations.test.ts` checks it at run time too), and a
 * site may override any key per language through `ui.texts`.
 */
export interface Translation extends BannerTexts, DialogTexts {}

/** A site's override of some texts of one language (`ui.texts[language]`). */
export type TranslationOverride = Partial<Omit<Translation, 'categories'>> & { categories?: Partial<Translation['categories']> };
