import type { Consent, DecisionLayer } from '@consentry/core';
import type { ConsentUiOptions } from './ui-options.js';

/**
 * Opens the page's `<consentry-preferences>` dialog, creating it (at the end of `<body>`)
 * when the page has none. The dialog's module is fetched on first use, so a visitor who
 * answers the banner directly never downloads it.
 */
export async function openPreferences(consent: Consent, options: ConsentUiOptions = {}, layer: DecisionLayer = 'preferences'): Promise<void> {
  try {
    await import('./preferences/define.js');
  } catch (error) {
    console.warn('consentry/ui-preferences: could not load the preferences dialog', error);
    return;
  }
  let dialog = document.querySelector('consentry-preferences');
  if (!dialog) {
    dialog = document.createElement('consentry-preferences');
    dialog.options = options;
    document.body.append(dialog);
  }
  dialog.consent ??= consent;
  await dialog.show(layer);
}
