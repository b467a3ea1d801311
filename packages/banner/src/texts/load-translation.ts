import type { BannerTexts, Translation, TranslationOverride } from './translation.js';

// Only English ships in the UI chunk; each other language is its own module, fetched on
// demand, so a first visit pays for one language only (DESIGN.md budgets).
const BUILT_IN: Record<string, () => Promise<{ default: Translation }>> = {
  de: () => import('./de.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  it: () => import('./it.js'),
  nl: () => import('./nl.js'),
  pl: () => import('./pl.js'),
  pt: () => import('./pt.js'),
};

/** The languages Consentry translates itself. */
export const BUILT_IN_LANGUAGES: readonly string[] = ['en', ...Object.keys(BUILT_IN)];

/**
 * Picks the first candidate language that is built in or that the site translated
 * (`overrides`), trying each tag whole (`pt-br`) and then its primary subtag (`pt`);
 * `en` when none fits. Candidates are, in order: the `language` option, `config.language`,
 * `<html lang>`, `navigator.languages`.
 */
export function pickLanguage(candidates: ReadonlyArray<string | null | undefined>, overrides: Record<string, unknown> = {}): string {
  const known = (tag: string) => BUILT_IN_LANGUAGES.includes(tag) || Object.keys(overrides).some((key) => key.toLowerCase() === tag);
  for (const candidate of candidates) {
    const tag = candidate?.trim().toLowerCase();
    if (!tag) continue;
    const primary = tag.split('-')[0]!;
    if (known(tag)) return tag;
    if (known(primary)) return primary;
  }
  return 'en';
}

/**
 * The texts of `language`: `english` (the English texts the calling element bundles), the
 * built-in translation on top when we ship one, and the site's overrides for that language
 * on top of all. Synchronous for English and for site-only languages, so the banner renders
 * without waiting; a built-in language loads its module. A module that fails to load falls
 * back to English with a warning, never an error.
 */
export function loadTranslation<T extends BannerTexts>(
  language: string,
  english: T,
  overrides: Record<string, TranslationOverride> = {},
): T | Promise<T> {
  const key = Object.keys(overrides).find((k) => k.toLowerCase() === language);
  const own = key ? overrides[key] : undefined;
  const merge = (base?: Translation): T => {
    const merged = { ...english, ...base, ...own } as T & Partial<Translation>;
    if (merged.categories) merged.categories = { ...(english as Partial<Translation>).categories!, ...base?.categories, ...own?.categories };
    return merged;
  };
  const load = BUILT_IN[language];
  if (!load) return merge();
  return load().then(
    (module) => merge(module.default),
    (error: unknown) => {
      console.warn('consentry/ui-language: could not load the translation, showing English', language, error);
      return merge();
    },
  );
}
