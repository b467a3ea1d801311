import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import { axeViolations, cleanUp, inShadow, makeConsent, mount, openDialog } from '../../test/fixture.js';

const choices = (host: Element) => [...host.shadowRoot!.querySelectorAll('[part="choice"] strong')].map((el) => el.textContent);

describe('<consentry-declaration>', () => {
  afterEach(cleanUp);

  it('lists every category with its cookies and the current choice', async () => {
    const declaration = await mount('consentry-declaration', makeConsent());
    expect([...declaration.shadowRoot!.querySelectorAll('h3')].map((h) => h.textContent)).to.deep.equal(['Necessary', 'Preferences', 'Analytics', 'Marketing']);
    expect(choices(declaration)).to.deep.equal(['Always on', 'Refused', 'Refused', 'Refused']);
    const rows = [...declaration.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => tr.firstElementChild!.textContent);
    expect(rows).to.deep.equal(['session', '_ga', '_ga_*', '_fbp']);
    expect([...declaration.shadowRoot!.querySelectorAll('thead th')].slice(0, 4).map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col', 'col']);
  });

  it('follows consent changes, and its button opens the dialog', async () => {
    const consent = makeConsent();
    const declaration = await mount('consentry-declaration', consent);
    consent.set({ analytics: true });
    await declaration.updateComplete;
    expect(choices(declaration)).to.deep.equal(['Always on', 'Refused', 'Allowed', 'Refused']);
    inShadow(declaration, '[data-action="preferences"]').click();
    const dialog = await openDialog();
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="reject-all"]')!.click();
    await declaration.updateComplete;
    expect(choices(declaration)).to.deep.equal(['Always on', 'Refused', 'Refused', 'Refused']);
    expect(consent.get()!.method).to.equal('reject-all');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations: ${scheme}`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const declaration = await mount('consentry-declaration', makeConsent());
      expect(await axeViolations(declaration)).to.deep.equal([]);
    });
  }
});
