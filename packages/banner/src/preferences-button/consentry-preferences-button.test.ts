import { expect } from '@esm-bundle/chai';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { axeViolations, cleanUp, deepActive, inShadow, makeConsent, mount, openDialog, until } from '../../test/fixture.js';

describe('<consentry-preferences-button>', () => {
  afterEach(cleanUp);

  it('is a named, floating, 48 px button that reopens the dialog, and focus comes back to it (R-8)', async () => {
    const consent = makeConsent();
    consent.acceptAll();
    const host = await mount('consentry-preferences-button', consent);
    const button = inShadow<HTMLButtonElement>(host, 'button');
    expect(getComputedStyle(host).position).to.equal('fixed');
    expect(button.getAttribute('aria-label')).to.equal('Cookie preferences');
    expect(button.getBoundingClientRect().width).to.be.at.least(24);
    expect(button.getBoundingClientRect().height).to.be.at.least(24);
    button.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await openDialog();
    expect(dialog.shadowRoot!.querySelector<HTMLInputElement>('input[name="marketing"]')!.checked).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open, 'the dialog to close');
    expect(deepActive()).to.equal(button);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations: ${scheme}`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const host = await mount('consentry-preferences-button', makeConsent());
      expect(await axeViolations(host)).to.deep.equal([]);
    });
  }
});
