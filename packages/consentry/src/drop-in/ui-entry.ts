// consentry-ui.js: the Lit UI, fetched by the drop-in only when the banner, the dialog or a
// cookie declaration must show. It gets the live consent instance (and the lazy records log)
// from the loader, so it carries no consent state of its own.
import { mountConsentUi, type ConsentUiHandle } from '@consentry/banner/mount';
import type { Catalogue, Consent } from '@consentry/core';
import type { UiHost } from './lazy-modules.js';

/** Whether a declared cookie lacks a provider, purpose or lifetime that the catalogue could fill in. */
function hasGaps(consent: Consent): boolean {
  return Object.values(consent.config.categories).some((category) =>
    (category.cookies ?? []).some((cookie) => typeof cookie === 'string' || !cookie.provider || !cookie.purpose || !cookie.lifetime),
  );
}

/**
 * Mounts the banner (when a decision is needed), the dialog's opener and any declaration.
 * Cookie tables show the site's declarations, with gaps filled from the catalogue (19 kB
 * gzip), which is fetched only when there are gaps and a table is what the page shows (a
 * returning visitor opening the dialog, a declaration); a first-layer banner never waits for
 * it. Without the catalogue (offline), tables show the site's declarations as they are.
 */
export async function mount(host: UiHost): Promise<ConsentUiHandle> {
  const showsTables = !host.consent.needsDecision() || document.querySelector('consentry-declaration') !== null;
  let catalogue: Catalogue | undefined;
  if (showsTables && hasGaps(host.consent)) {
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
