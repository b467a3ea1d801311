// One pass against the built bundle (STYLE.md habit 12): dist/mount.js as `npm run build`
// writes it, with its on-demand chunks (the dialog) loaded from dist/chunks. Run after a build.
import { expect } from '@esm-bundle/chai';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { axeViolations, cleanUp, deepActive, makeConsent, until } from '../test/fixture-core.js';

type MountModule = typeof import('./mount-consent-ui.js');

describe('the built bundle (dist/mount.js)', () => {
  let mountConsentUi: MountModule['mountConsentUi'];
  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const url = new URL('../dist/mount.js', import.meta.url).href;
    ({ mountConsentUi } = (await import(url)) as MountModule);
  });
  afterEach(cleanUp);

  it('shows the banner, opens the dialog from it with the keyboard, and Escape records nothing', async () => {
    const consent = makeConsent();
    mountConsentUi(consent);
    const banner = document.querySelector('consentry-banner')!;
    expect(banner.constructor.name).not.to.equal('HTMLElement');
    await banner.updateComplete;
    expect(await axeViolations(banner)).to.deep.equal([]);
    const choose = banner.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="preferences"]')!;
    choose.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !!document.querySelector('consentry-preferences')?.open, 'the dialog from dist/chunks');
    const dialog = document.querySelector('consentry-preferences')!;
    expect(await axeViolations(dialog)).to.deep.equal([]);
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open, 'the dialog to close');
    expect(consent.get()).to.equal(null);
    expect(deepActive()).to.equal(choose);
    banner.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="accept-all"]')!.click();
    expect(consent.get()!.method).to.equal('accept-all');
  });
});
