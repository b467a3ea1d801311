import type { Consent } from '@consentry/core';
import { defineConsentryElements } from './define-elements.js';
import { openPreferences } from './open-preferences.js';
import { readUiOptions, type ConsentUiOptions } from './ui-options.js';

/** What `mountConsentUi` returns. */
export interface ConsentUiHandle {
  /** Opens the preferences dialog (its module loads on first use). */
  showPreferences(): Promise<void>;
  /** Removes every element and listener the mount added. */
  destroy(): void;
}

/**
 * Puts the Consentry UI on the page for `consent`: the banner (first in `<body>`, so early
 * in reading and Tab order, STANDARDS A-4) when a decision is needed, the floating
 * preferences button when `preferencesButton` is set, and a click handler (event delegation
 * on `document`) that opens the dialog from any `[data-consentry-open]` element. When the
 * page has a `<consentry-declaration>`, its module is loaded. `options` win over
 * `config.ui`, which is validated here (ConsentryError `config/ui`).
 */
export function mountConsentUi(consent: Consent, options: ConsentUiOptions = {}): ConsentUiHandle {
  const ui = { ...readUiOptions(consent.config.ui), ...options };
  defineConsentryElements();
  const added: HTMLElement[] = [];
  let destroyed = false;
  const add = <K extends 'consentry-banner' | 'consentry-preferences-button'>(tag: K): HTMLElementTagNameMap[K] => {
    const element = document.createElement(tag);
    element.consent = consent;
    element.options = options;
    added.push(element);
    return element;
  };
  const load = (what: string, module: Promise<unknown>, then: () => void) =>
    module.then(() => destroyed || then(), (error: unknown) => console.warn(`consentry/ui-${what}: could not load`, error));
  if (consent.needsDecision()) document.body.prepend(add('consentry-banner'));
  if (ui.preferencesButton) void load('button', import('./preferences-button/define.js'), () => document.body.append(add('consentry-preferences-button')));
  const show = () => openPreferences(consent, options);
  const onClick = (event: MouseEvent) => {
    if (event.target instanceof Element && event.target.closest('[data-consentry-open]')) {
      event.preventDefault();
      void show();
    }
  };
  document.addEventListener('click', onClick);
  for (const declaration of document.querySelectorAll('consentry-declaration')) {
    declaration.consent ??= consent;
    declaration.options = options;
  }
  if (document.querySelector('consentry-declaration')) void load('declaration', import('./declaration/define.js'), () => undefined);
  return {
    showPreferences: show,
    destroy() {
      destroyed = true;
      document.removeEventListener('click', onClick);
      for (const element of added) element.remove();
      document.querySelector('consentry-preferences')?.remove();
    },
  };
}
