import { expect } from '@esm-bundle/chai';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { ChangeDetail } from '@consentry/core';
import { axeViolations, cleanUp, deepActive, inShadow, makeConsent, mount, openDialog, siteConfig, until } from '../../test/fixture.js';
import { mountConsentUi } from '../mount-consent-ui.js';

const control = <T extends HTMLElement = HTMLButtonElement>(host: Element, selector: string) => inShadow<T>(host, selector);
const switches = (host: Element) => [...host.shadowRoot!.querySelectorAll<HTMLInputElement>('input[role="switch"]')];
const cookieSet = () => document.cookie.split('; ').some((entry) => entry.startsWith('consentry='));

/** Opens the dialog the way a visitor does: focus the banner's "Choose" and press Enter. */
async function openFromBanner(consent = makeConsent()) {
  const banner = await mount('consentry-banner', consent);
  control(banner, '[data-action="preferences"]').focus();
  await sendKeys({ press: 'Enter' });
  const dialog = await openDialog();
  return { banner, dialog, consent };
}

describe('<consentry-preferences>', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  afterEach(cleanUp);

  it('is a modal dialog labelled by its visible title, with focus inside (A-1, A-2)', async () => {
    const { dialog } = await openFromBanner();
    const native = control<HTMLDialogElement>(dialog, 'dialog');
    expect(native.matches(':modal')).to.equal(true);
    expect(native.getAttribute('aria-modal')).to.equal('true');
    expect(dialog.shadowRoot!.getElementById(native.getAttribute('aria-labelledby')!)!.textContent).to.equal('Cookie preferences');
    expect(native.contains(deepActive())).to.equal(true);
    expect(control(dialog, '[data-action="close"]').getAttribute('aria-label')).to.equal('Close');
  });

  it('pre-ticks nothing for a new visitor: necessary on and disabled, every other switch off (R-2)', async () => {
    const { dialog } = await openFromBanner();
    const byName = Object.fromEntries(switches(dialog).map((input) => [input.name, input]));
    expect(Object.keys(byName)).to.deep.equal(['necessary', 'preferences', 'analytics', 'marketing']);
    expect(byName.necessary!.checked).to.equal(true);
    expect(byName.necessary!.disabled).to.equal(true);
    for (const name of ['preferences', 'analytics', 'marketing']) {
      expect(byName[name]!.checked, name).to.equal(false);
      expect(byName[name]!.disabled, name).to.equal(false);
      expect(byName[name]!.getAttribute('role')).to.equal('switch');
    }
  });

  it("shows a returning visitor's current choice", async () => {
    const consent = makeConsent();
    consent.set({ analytics: true });
    await mountConsentUi(consent).showPreferences();
    const dialog = await openDialog();
    expect(switches(dialog).map((input) => input.checked)).to.deep.equal([true, false, true, false]);
  });

  it('under GPC shows the note and keeps marketing off (GPC-2, GPC-5)', async () => {
    const consent = makeConsent(siteConfig(), { gpcSignal: true });
    await mountConsentUi(consent).showPreferences();
    const dialog = await openDialog();
    expect(control(dialog, '[part="gpc"]').textContent).to.contain('Opt-out preference signal honoured');
    expect(control<HTMLInputElement>(dialog, 'input[name="marketing"]').checked).to.equal(false);
  });

  it('Escape closes it, records nothing and returns focus to the opener (A-1, A-3)', async () => {
    const { banner, dialog, consent } = await openFromBanner();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // toggles a switch or a control: still nothing recorded
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open, 'the dialog to close');
    expect(consent.get()).to.equal(null);
    expect(cookieSet()).to.equal(false);
    expect(deepActive()).to.equal(control(banner, '[data-action="preferences"]'));
  });

  it('the close button records nothing and returns focus; the page may veto closing', async () => {
    const { banner, dialog, consent } = await openFromBanner();
    dialog.addEventListener('consentry-request-close', (event) => event.preventDefault(), { once: true });
    control(dialog, '[data-action="close"]').click();
    expect(dialog.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(dialog.open).to.equal(false);
    expect(consent.get()).to.equal(null);
    expect(deepActive()).to.equal(control(banner, '[data-action="preferences"]'));
  });

  it('keeps Tab inside the dialog, wrapping from the last control to the first (A-1, A-5)', async () => {
    const { dialog } = await openFromBanner();
    const native = control<HTMLDialogElement>(dialog, 'dialog');
    const seen: Element[] = [];
    for (let i = 0; i < 30; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActive();
      expect(native.contains(active), `Tab ${i + 1} left the dialog: ${active?.outerHTML.slice(0, 80)}`).to.equal(true);
      seen.push(active!);
    }
    const reachable = [...native.querySelectorAll('button, input:not(:disabled), summary, a[href]')];
    for (const element of reachable) expect(seen, element.outerHTML.slice(0, 60)).to.include(element);
    expect(seen.indexOf(seen[0]!, 1)).to.be.greaterThan(0); // it came round again
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < reachable.length + 2; i++) {
      await sendKeys({ press: 'Tab' });
      expect(native.contains(deepActive()), `Shift+Tab ${i + 1} left the dialog`).to.equal(true);
    }
    await sendKeys({ up: 'Shift' });
  });

  it('saves the switches set with the keyboard, announces it, and records layer + every text shown', async () => {
    const { dialog, consent, banner } = await openFromBanner();
    const changes: ChangeDetail[] = [];
    consent.on('change', (detail) => changes.push(detail));
    control(dialog, 'input[name="analytics"]').focus();
    await sendKeys({ press: 'Space' });
    expect(control<HTMLInputElement>(dialog, 'input[name="analytics"]').checked).to.equal(true);
    control(dialog, '[data-action="save"]').focus();
    await sendKeys({ press: 'Enter' });
    expect(consent.get()!.choices).to.deep.equal({ necessary: true, preferences: false, analytics: true, marketing: false });
    expect(changes[0]!.layer).to.equal('preferences');
    const texts = changes[0]!.notice!.texts;
    expect(texts.preferencesTitle).to.equal('Cookie preferences');
    expect(texts['analytics.title']).to.equal('Analytics');
    expect(texts['analytics.cookies']).to.equal('_ga | Google Analytics | Distinguishes visitors | 2 years\n_ga_* | This site |  | ');
    expect(texts['marketing.cookies']).to.equal('_fbp | Meta · Third party | Ad delivery | 3 months');
    expect(texts.save).to.equal('Save choices');
    expect(dialog.open).to.equal(false);
    await dialog.updateComplete;
    const status = control(dialog, '[part="status"]');
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.equal('Preferences saved');
    await banner.updateComplete;
    expect(banner.shadowRoot!.querySelector('section')).to.equal(null);
  });

  it('"Reject all" and "Accept all" in the dialog decide for every category', async () => {
    const { dialog, consent } = await openFromBanner();
    control(dialog, '[data-action="accept-all"]').click();
    expect(consent.get()!.method).to.equal('accept-all');
    await dialog.show();
    expect(switches(dialog).every((input) => input.checked)).to.equal(true);
    control(dialog, '[data-action="reject-all"]').click();
    expect(consent.get()!.choices).to.deep.equal({ necessary: true, preferences: false, analytics: false, marketing: false });
  });

  it('gives its three buttons equal prominence (R-3, R-4)', async () => {
    const { dialog } = await openFromBanner();
    const styleOf = (action: string) => {
      const style = getComputedStyle(control(dialog, `[data-action="${action}"]`));
      return [style.fontSize, style.fontWeight, style.padding, style.color, style.backgroundColor, style.border, control(dialog, `[data-action="${action}"]`).getBoundingClientRect().height];
    };
    expect(styleOf('reject-all')).to.deep.equal(styleOf('accept-all'));
    expect(styleOf('save')).to.deep.equal(styleOf('accept-all'));
  });

  it('lists each category\'s cookies from the config, completed by a catalogue', async () => {
    const consent = makeConsent(siteConfig({ categories: { necessary: {}, analytics: { cookies: ['_ga', { name: '_gid', purpose: 'Our words' }] } } }));
    const catalogue = { lookup: (name: string) => ({ category: 'analytics' as const, vendor: 'Google', purpose: `Catalogue ${name}`, lifetime: '1 day' }) };
    await mountConsentUi(consent, { catalogue }).showPreferences();
    const dialog = await openDialog();
    const rows = [...dialog.shadowRoot!.querySelectorAll('li:nth-child(2) tbody tr')].map((tr) => [...tr.children].map((td) => td.textContent));
    expect(rows).to.deep.equal([
      ['_ga', 'Google', 'Catalogue _ga', '1 day'],
      ['_gid', 'Google', 'Our words', '1 day'],
    ]);
    expect(control(dialog, 'li:first-child [part="empty"]').textContent).to.equal('No cookies.');
  });

  it('offers "Download my consent record" when records are given, as a JSON file', async () => {
    const asked: string[] = [];
    const records = { export: async (format: 'json' | 'csv') => (asked.push(format), '{"records":[]}') };
    const clicked: HTMLAnchorElement[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      await mountConsentUi(makeConsent(), { records }).showPreferences();
      const dialog = await openDialog();
      control(dialog, '[data-action="download"]').click();
      await until(() => clicked.length > 0, 'the download');
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(asked).to.deep.equal(['json']);
    expect(clicked[0]!.download).to.equal('consent-record.json');
    expect(clicked[0]!.href).to.match(/^blob:/);
    expect(await (await fetch(clicked[0]!.href)).text()).to.equal('{"records":[]}');
  });

  it('has no download button without records', async () => {
    const { dialog } = await openFromBanner();
    expect(dialog.shadowRoot!.querySelector('[data-action="download"]')).to.equal(null);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations, open with every category expanded: ${scheme}`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const records = { export: async () => '{}' };
      await mountConsentUi(makeConsent(siteConfig(), { gpcSignal: true }), { records }).showPreferences();
      const dialog = await openDialog();
      for (const details of dialog.shadowRoot!.querySelectorAll('details')) details.open = true;
      expect(await axeViolations(dialog)).to.deep.equal([]);
    });
  }

  it('has targets of at least 24 × 24 px and reflows at 320 px (A-5)', async () => {
    await setViewport({ width: 320, height: 640 });
    await mountConsentUi(makeConsent(), { records: { export: async () => '{}' } }).showPreferences();
    const dialog = await openDialog();
    for (const details of dialog.shadowRoot!.querySelectorAll('details')) details.open = true;
    const native = control(dialog, 'dialog');
    expect(native.getBoundingClientRect().right).to.be.at.most(320);
    for (const scroller of [native, control(dialog, '.s')]) expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
    for (const target of dialog.shadowRoot!.querySelectorAll<HTMLElement>('button, input, summary')) {
      const box = target.getBoundingClientRect();
      expect(box.width, target.outerHTML.slice(0, 50)).to.be.at.least(24);
      expect(box.height, target.outerHTML.slice(0, 50)).to.be.at.least(24);
    }
  });
});
