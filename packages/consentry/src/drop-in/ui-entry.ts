// consentry-ui.js: the Lit UI, fetched by the drop-in only when the banner, the dialog or a
// cookie declaration must show. It gets the live consent instance (and the lazy records log)
// from the loader, so it carries no consent state of its own.
import { mountConsentUi, type ConsentUiHandle } from '@consentry/banner';
import type { Catalogue } from '@consentry/core';
import type { UiHost } from './lazy-modules.js';

/**
 * Mounts the banner (when a decision is needed), the dialog's opener and any declaration.
 * Cookie tables are completed from the catalogue, fetched first when a table is what the page
 * shows (a returning visitor opening the dialog, a declaration); a first-layer banner does not
 * wait for it. Without the catalogue (offline), tables show the site's own declarations.
 */
export async function mount(host: UiHost): Promise<ConsentUiHandle> {
  const needsTables = !host.consent.needsDecision() || document.querySelector('consentry-declaration') !== null;
  let catalogue: Catalogue | undefined;
  if (needsTables) {
    catalogue = await host.loadCatalogue().then(
      (module) => module.catalogue,
      (error: unknown) => {
        console.warn('Consentry: the cookie catalogue could not load; cookie tables show the site config only.', error);
        return undefined;
      },
    );
  }
  return mountConsentUi(host.consent, { records: host.records, catalogue, preferencesButton: host.preferencesButton });
}
