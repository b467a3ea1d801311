import { expect } from '@esm-bundle/chai';
import { ConsentryError } from '@consentry/core';
import { cleanUp, makeConsent, openDialog, siteConfig, until } from '../test/fixture.js';
import { mountConsentUi } from './mount-consent-ui.js';
import { readUiOptions } from './ui-options.js';

describe('mountConsentUi', () => {
  afterEach(cleanUp);

  it('puts the banner first in <body> when a decision is needed, and removes it on destroy', async () => {
    const handle = mountConsentUi(makeConsent());
    const banner = document.body.firstElementChild;
    expect(banner?.localName).to.equal('consentry-banner');
    handle.destroy();
    expect(document.querySelector('consentry-banner')).to.equal(null);
  });

  it('shows no banner to a visitor who decided, but the dialog stays reachable (R-8)', async () => {
    const consent = makeConsent();
    consent.rejectAll();
    const handle = mountConsentUi(consent);
    expect(document.querySelector('consentry-banner')).to.equal(null);
    await handle.showPreferences();
    expect((await openDialog()).open).to.equal(true);
    handle.destroy();
    expect(document.querySelector('consentry-preferences')).to.equal(null);
  });

  it('opens the dialog from any [data-consentry-open] element, and stops on destroy', async () => {
    const link = document.createElement('a');
    link.href = '#cookies';
    link.dataset.consentryOpen = '';
    link.dataset.test = '';
    link.innerHTML = '<span>Cookie settings</span>';
    document.body.append(link);
    const handle = mountConsentUi(makeConsent());
    link.querySelector('span')!.click();
    const dialog = await openDialog();
    expect(location.hash).to.equal('');
    dialog.close();
    handle.destroy();
    link.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.querySelector('consentry-preferences')).to.equal(null);
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('adds the floating preferences button when ui.preferencesButton is set', async () => {
    mountConsentUi(makeConsent(siteConfig({ ui: { preferencesButton: true } })));
    await until(() => !!document.querySelector('consentry-preferences-button'), 'the button');
  });

  it('loads and wires the declaration when the page has one', async () => {
    const declaration = document.createElement('consentry-declaration');
    document.body.append(declaration);
    mountConsentUi(makeConsent());
    await until(() => !!declaration.shadowRoot?.querySelector('table'), 'the declaration');
  });
});

describe('readUiOptions (config.ui)', () => {
  const error = (ui: unknown): ConsentryError => {
    try {
      readUiOptions(ui);
    } catch (caught) {
      return caught as ConsentryError;
    }
    throw new Error('no error');
  };

  it('accepts the documented options', () => {
    const ui = { layout: 'box', preferencesButton: true, privacyPolicyUrl: '/privacy', language: 'fr', texts: { fr: { acceptAll: 'OK', dir: 'ltr' } } };
    expect(readUiOptions(ui)).to.equal(ui);
    expect(readUiOptions(undefined)).to.deep.equal({});
  });

  it('names the field and the fix for each bad value', () => {
    const cases: Array<[unknown, string, RegExp]> = [
      [{ layout: 'popup' }, 'ui.layout', /"bar", "box" or "center"/],
      [{ colour: 'red' }, 'ui.colour', /use one of layout, /],
      [{ preferencesButton: 'yes' }, 'ui.preferencesButton', /true or false/],
      [{ privacyPolicyUrl: 'javascript:alert(1)' }, 'ui.privacyPolicyUrl', /URL of your policy page/],
      [{ texts: { fr: 'Bonjour' } }, 'ui.texts.fr', /object of texts/],
      [{ texts: { fr: { acceptAll: 1 } } }, 'ui.texts.fr.acceptAll', /must be a string/],
      [{ texts: { ar: { dir: 'up' } } }, 'ui.texts.ar.dir', /"ltr" or "rtl"/],
      ['box', 'ui', /must be an object/],
    ];
    for (const [ui, field, fix] of cases) {
      const caught = error(ui);
      expect(caught, field).to.be.instanceOf(ConsentryError);
      expect(caught.code).to.equal('config/ui');
      expect(caught.field).to.equal(field);
      expect(caught.message).to.match(fix);
    }
  });

  it('makes mountConsentUi fail fast on a bad config.ui', () => {
    expect(() => mountConsentUi(makeConsent(siteConfig({ ui: { layout: 'popup' } })))).to.throw(ConsentryError, /ui\.layout/);
  });
});
