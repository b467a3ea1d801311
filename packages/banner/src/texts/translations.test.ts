import { expect } from '@esm-bundle/chai';
import { axeViolations, cleanUp, inShadow, makeConsent, mount, openDialog, siteConfig } from '../../test/fixture.js';
import { mountConsentUi } from '../mount-consent-ui.js';
import { en } from './en.js';
import { BUILT_IN_LANGUAGES, loadTranslation, pickLanguage } from './load-translation.js';
import type { Translation } from './translation.js';

const keysOf = (value: object): string[] => Object.keys(value).sort();

describe('translations', () => {
  afterEach(cleanUp);

  it('ships en, fr, de, es, it, nl, pl and pt', () => {
    expect([...BUILT_IN_LANGUAGES].sort()).to.deep.equal(['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt']);
  });

  for (const language of ['fr', 'de', 'es', 'it', 'nl', 'pl', 'pt']) {
    it(`${language} has every key of English, each a non-empty text of its own`, async () => {
      const module = (await import(`./${language}.ts`)) as { default: Translation };
      const t = module.default;
      expect(keysOf(t)).to.deep.equal(keysOf(en));
      expect(keysOf(t.categories)).to.deep.equal(keysOf(en.categories));
      for (const [key, value] of Object.entries(t)) {
        if (key === 'categories') continue;
        expect(value, key).to.be.a('string').and.not.equal('');
      }
      for (const [id, [title, description]] of Object.entries(t.categories)) {
        expect(title, id).to.be.a('string').and.not.equal('');
        expect(description, id).to.be.a('string').and.not.equal(en.categories[id as keyof Translation['categories']][1]);
      }
      expect(t.bannerText).not.to.equal(en.bannerText);
      expect(t.dir).to.equal('ltr');
    });
  }

  it('picks the language from the option, config, <html lang>, the browser, then English', () => {
    expect(pickLanguage(['pt-BR'])).to.equal('pt');
    expect(pickLanguage([undefined, 'ja', 'de-AT', 'fr'])).to.equal('de');
    expect(pickLanguage(['ar'], { ar: {} })).to.equal('ar');
    expect(pickLanguage(['ja', 'zh'])).to.equal('en');
  });

  it('lays the site overrides over the built-in texts', async () => {
    const t = await loadTranslation('fr', en, { fr: { acceptAll: 'OK pour moi', categories: { analytics: ['Stats', 'Mesure'] } } });
    expect(t.acceptAll).to.equal('OK pour moi');
    expect(t.rejectAll).to.equal('Tout refuser');
    expect(t.categories.analytics).to.deep.equal(['Stats', 'Mesure']);
    expect(t.categories.marketing[0]).to.equal('Marketing');
  });

  it('renders the banner in the language of <html lang>, and config.language wins over it', async () => {
    document.documentElement.lang = 'de';
    const german = await mount('consentry-banner', makeConsent());
    await new Promise((resolve) => setTimeout(resolve, 50));
    await german.updateComplete;
    expect(inShadow(german, '[data-action="reject-all"]').textContent).to.equal('Alle ablehnen');
    expect(inShadow(german, 'section').getAttribute('lang')).to.equal('de');
    german.remove();
    const french = await mount('consentry-banner', makeConsent(siteConfig({ language: 'fr' })));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await french.updateComplete;
    expect(inShadow(french, '[data-action="reject-all"]').textContent).to.equal('Tout refuser');
  });

  it('opens the dialog in the visitor\'s language on the first click', async () => {
    const banner = await mount('consentry-banner', makeConsent(siteConfig({ language: 'pl' })));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await banner.updateComplete;
    inShadow(banner, '[data-action="preferences"]').click();
    const dialog = await openDialog();
    expect(inShadow(dialog, 'h2').textContent).to.equal('Ustawienia plików cookie');
    expect(inShadow(dialog, '[data-action="save"]').textContent).to.equal('Zapisz wybór');
  });

  it('records the language and the translated texts with a decision', async () => {
    const consent = makeConsent(siteConfig({ language: 'es' }));
    const banner = await mount('consentry-banner', consent);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await banner.updateComplete;
    let notice: { language: string; texts: Record<string, string> } | undefined;
    consent.on('change', (detail) => (notice = detail.notice));
    inShadow(banner, '[data-action="accept-all"]').click();
    expect(notice!.language).to.equal('es');
    expect(notice!.texts.acceptAll).to.equal('Aceptar todo');
  });

  it('works right to left with a site-provided translation (dir: rtl), with no axe violations', async () => {
    const texts = { ar: { dir: 'rtl', bannerTitle: 'ملفات تعريف الارتباط', acceptAll: 'قبول الكل', rejectAll: 'رفض الكل', preferences: 'اختيار', preferencesTitle: 'تفضيلات ملفات تعريف الارتباط' } };
    const consent = makeConsent(siteConfig({ language: 'ar', ui: { texts } }));
    const banner = await mount('consentry-banner', consent);
    const section = inShadow(banner, 'section');
    expect(section.getAttribute('dir')).to.equal('rtl');
    expect(section.getAttribute('lang')).to.equal('ar');
    expect(inShadow(banner, '[data-action="accept-all"]').textContent).to.equal('قبول الكل');
    // The close button sits at the inline end, which is the left in RTL.
    expect(inShadow(banner, '[data-action="close"]').getBoundingClientRect().left).to.be.below(section.getBoundingClientRect().left + 60);
    expect(await axeViolations(banner)).to.deep.equal([]);
    await mountConsentUi(consent).showPreferences();
    const dialog = await openDialog();
    expect(inShadow(dialog, 'dialog').getAttribute('dir')).to.equal('rtl');
    expect(inShadow(dialog, 'h2').textContent).to.equal('تفضيلات ملفات تعريف الارتباط');
    for (const details of dialog.shadowRoot!.querySelectorAll('details')) details.open = true;
    expect(await axeViolations(dialog)).to.deep.equal([]);
  });
});
