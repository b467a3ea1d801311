import { ConsentryError, type Catalogue } from '@consentry/core';
import type { TranslationOverride } from './texts/translation.js';

/** Where the first-layer banner sits: a bottom bar, a corner box, or centred. */
export type BannerLayout = 'bar' | 'box' | 'center';

/** The UI options a site may put in `config.ui` (validated by `readUiOptions`). */
export interface UiOptions {
  /** Banner layout; default `bar`. */
  layout?: BannerLayout;
  /** Per-language text overrides, e.g. `{ en: { bannerTitle: 'Cookies' }, ar: { dir: 'rtl', ... } }`. */
  texts?: Record<string, TranslationOverride>;
  /** Show the floating `<consentry-preferences-button>`; default false. */
  preferencesButton?: boolean;
  /** Policy page linked from the UI; default `config.policyUrl`. */
  privacyPolicyUrl?: string;
  /** UI language; default `config.language`, then `<html lang>`, then the browser's languages. */
  language?: string;
}

/** What the preferences dialog needs to offer "Download my consent record". */
export interface RecordsExporter {
  export(format: 'json' | 'csv'): Promise<string>;
}

/** Options of `mountConsentUi` and of each element's `options` property; they win over `config.ui`. */
export interface ConsentUiOptions extends UiOptions {
  /** Consent records; when given, the dialog offers "Download my consent record". */
  records?: RecordsExporter;
  /** A cookie catalogue (`@consentry/core/catalogue`) to complete the cookie tables. */
  catalogue?: Catalogue;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown) => typeof value === 'string';

// Each option: its check, and the fix the error message gives.
const RULES: Record<string, [check: (value: unknown) => boolean, fix: string]> = {
  layout: [(v) => v === 'bar' || v === 'box' || v === 'center', 'must be "bar", "box" or "center"'],
  preferencesButton: [(v) => typeof v === 'boolean', 'must be true or false'],
  language: [isString, 'must be a language tag such as "fr"'],
  // A javascript: URL in an href would run script on click; only web addresses are linked.
  privacyPolicyUrl: [(v) => isString(v) && !/^\s*javascript:/i.test(v as string), 'must be the URL of your policy page, e.g. "/privacy"'],
  texts: [isObject, 'must map a language to texts, e.g. { "en": { "bannerTitle": "Cookies" } }'],
};

function fail(field: string, fix: string): never {
  throw new ConsentryError('config/ui', fix, field);
}

/**
 * Validates `config.ui` (core treats it as opaque) and returns it typed. A bad value throws
 * a `ConsentryError` with code `config/ui`, the field (e.g. `ui.texts.fr.acceptAll`), and
 * the fix. Text keys are checked for their type; docs/banner.md lists them.
 */
export function readUiOptions(ui: unknown): UiOptions {
  if (ui === undefined) return {};
  if (!isObject(ui)) fail('ui', 'must be an object such as { "layout": "box" }');
  for (const [key, value] of Object.entries(ui)) {
    const rule = RULES[key];
    if (!rule) fail(`ui.${key}`, `is not a UI option; use one of ${Object.keys(RULES).join(', ')}`);
    if (value !== undefined && !rule[0](value)) fail(`ui.${key}`, rule[1]);
  }
  for (const [lang, texts] of Object.entries((ui.texts ?? {}) as Record<string, unknown>)) {
    if (!isObject(texts)) fail(`ui.texts.${lang}`, 'must be an object of texts by key, e.g. { "acceptAll": "OK" }');
    for (const [key, value] of Object.entries(texts)) {
      if (key === 'dir' ? value !== 'ltr' && value !== 'rtl' : key === 'categories' ? !isObject(value) : !isString(value))
        fail(`ui.texts.${lang}.${key}`, key === 'dir' ? 'must be "ltr" or "rtl"' : key === 'categories' ? 'must map a category to [title, description]' : 'must be a string');
    }
  }
  return ui as UiOptions;
}
