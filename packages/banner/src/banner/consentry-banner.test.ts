import { expect } from '@esm-bundle/chai';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { ChangeDetail } from '@consentry/core';
import { enBanner } from '../texts/en-banner.js';
import { axeViolations, cleanUp, deepActive, inShadow, makeConsent, mount, siteConfig } from '../../test/fixture.js';
import { waitFor } from '../../../../test/helpers/wait-for.js';

const button = (host: Element, action: string) => inShadow<HTMLButtonElement>(host, `[data-action="${action}"]`);
const cookieSet = () => document.cookie.split('; ').some((entry) => entry.startsWith('consentry='));

describe('<consentry-banner>', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  afterEach(cleanUp);

  it('is a labelled, non-modal region with the three choices and the policy link (A-4, R-3, R-7)', async () => {
    const banner = await mount('consentry-banner', makeConsent());
    const region = inShadow(banner, '[part~="banner"]');
    expect(region.getAttribute('role')).to.equal('region');
    const label = banner.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!;
    expect(label.textContent).to.equal('Cookies on this site');
    expect(region.getAttribute('aria-modal')).to.equal(null);
    expect(button(banner, 'accept-all').textContent).to.equal('Accept all');
    expect(button(banner, 'reject-all').textContent).to.equal('Reject all');
    expect(button(banner, 'preferences').textContent).to.equal('Choose');
    expect(inShadow<HTMLAnchorElement>(banner, 'a[part="link"]').getAttribute('href')).to.equal('/privacy');
  });

  it('gives "Reject all" exactly the prominence of "Accept all" (R-3, R-4)', async () => {
    const banner = await mount('consentry-banner', makeConsent());
    const props = ['fontSize', 'fontWeight', 'fontFamily', 'paddingTop', 'paddingLeft', 'color', 'backgroundColor', 'borderTopWidth', 'borderTopColor', 'textDecorationLine', 'opacity'] as const;
    const accept = getComputedStyle(button(banner, 'accept-all'));
    for (const action of ['reject-all', 'preferences']) {
      const other = getComputedStyle(button(banner, action));
      for (const prop of props) expect(other[prop], `${action} ${prop}`).to.equal(accept[prop]);
      expect(button(banner, action).getBoundingClientRect().height).to.equal(button(banner, 'accept-all').getBoundingClientRect().height);
    }
  });

  it('records "accept all" with layer banner and every text shown, then hides', async () => {
    const consent = makeConsent();
    const banner = await mount('consentry-banner', consent);
    const changes: ChangeDetail[] = [];
    consent.on('change', (detail) => changes.push(detail));
    const decisions: string[] = [];
    document.addEventListener('consentry-decision', (event) => decisions.push(event.detail.layer), { once: true });
    button(banner, 'accept-all').click();
    expect(consent.allows('analytics')).to.equal(true);
    expect(consent.allows('marketing')).to.equal(true);
    expect(changes).to.have.length(1);
    expect(changes[0]!.layer).to.equal('banner');
    expect(changes[0]!.notice!.language).to.equal('en');
    expect(changes[0]!.notice!.texts).to.deep.equal({
      bannerTitle: 'Cookies on this site',
      bannerText: enBanner.bannerText,
      policyLink: 'Privacy policy',
      policyUrl: '/privacy',
      rejectAll: 'Reject all',
      acceptAll: 'Accept all',
      preferences: 'Choose',
    });
    expect(decisions).to.deep.equal(['banner']);
    await banner.updateComplete;
    expect(banner.shadowRoot!.querySelector('section')).to.equal(null);
  });

  it('records "reject all" as a refusal of every optional category', async () => {
    const consent = makeConsent();
    const banner = await mount('consentry-banner', consent);
    button(banner, 'reject-all').click();
    expect(consent.get()!.choices).to.deep.equal({ necessary: true, preferences: false, analytics: false, marketing: false });
    expect(consent.get()!.method).to.equal('reject-all');
  });

  it('closing or ignoring it records nothing and grants nothing (R-1, R-9)', async () => {
    const consent = makeConsent();
    const banner = await mount('consentry-banner', consent);
    expect(cookieSet()).to.equal(false);
    let closed = 0;
    banner.addEventListener('consentry-close', () => closed++);
    button(banner, 'close').click();
    await banner.updateComplete;
    expect(banner.shadowRoot!.querySelector('section')).to.equal(null);
    expect(closed).to.equal(1);
    expect(consent.get()).to.equal(null);
    expect(consent.allows('analytics')).to.equal(false);
    expect(cookieSet()).to.equal(false);
  });

  it('lets the page veto closing with consentry-request-close', async () => {
    const banner = await mount('consentry-banner', makeConsent());
    banner.addEventListener('consentry-request-close', (event) => event.preventDefault(), { once: true });
    button(banner, 'close').click();
    await banner.updateComplete;
    expect(banner.shadowRoot!.querySelector('section')).not.to.equal(null);
  });

  it('is not shown to a visitor who already decided', async () => {
    const consent = makeConsent();
    consent.rejectAll();
    const banner = await mount('consentry-banner', consent);
    expect(banner.shadowRoot!.querySelector('section')).to.equal(null);
  });

  it('is an overlay that shifts nothing in the page (no layout shift)', async () => {
    const probe = document.createElement('p');
    probe.dataset.test = '';
    probe.textContent = 'page content';
    document.body.append(probe);
    const before = probe.getBoundingClientRect().top;
    const banner = await mount('consentry-banner', makeConsent());
    expect(getComputedStyle(banner).position).to.equal('fixed');
    expect(probe.getBoundingClientRect().top).to.equal(before);
  });

  for (const layout of ['bar', 'box', 'center'] as const) {
    it(`leaves the page usable around it, no cookie wall (R-5, A-4): ${layout}`, async () => {
      const pageButton = document.createElement('button');
      pageButton.dataset.test = '';
      pageButton.textContent = 'page';
      pageButton.style.cssText = 'position:fixed;top:8px;left:8px';
      document.body.append(pageButton);
      await mount('consentry-banner', makeConsent(siteConfig({ ui: { layout } })));
      expect(document.elementFromPoint(20, 20)).to.equal(pageButton);
      expect(pageButton.closest('[inert]')).to.equal(null);
    });
  }

  it('shows the GPC note when the browser sends Global Privacy Control (GPC-5)', async () => {
    const banner = await mount('consentry-banner', makeConsent(siteConfig(), { gpcSignal: true }));
    expect(inShadow(banner, '[part="gpc"]').textContent).to.equal('Opt-out preference signal honoured: marketing stays off.');
  });

  it('links ui.privacyPolicyUrl over config.policyUrl', async () => {
    const banner = await mount('consentry-banner', makeConsent(siteConfig({ ui: { privacyPolicyUrl: '/cookies' } })));
    expect(inShadow<HTMLAnchorElement>(banner, 'a[part="link"]').getAttribute('href')).to.equal('/cookies');
  });

  for (const layout of ['bar', 'box', 'center'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`has no axe violations: ${layout} layout, ${scheme}`, async () => {
        await emulateMedia({ colorScheme: scheme });
        const banner = await mount('consentry-banner', makeConsent(siteConfig({ ui: { layout } })));
        expect(banner.getAttribute('layout')).to.equal(layout);
        expect(await axeViolations(banner)).to.deep.equal([]);
      });
    }
  }

  it('has no axe violations with the GPC note', async () => {
    const banner = await mount('consentry-banner', makeConsent(siteConfig(), { gpcSignal: true }));
    expect(await axeViolations(banner)).to.deep.equal([]);
  });

  it('uses the dark tokens under prefers-color-scheme: dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const banner = await mount('consentry-banner', makeConsent());
    expect(getComputedStyle(inShadow(banner, 'section')).backgroundColor).to.equal('rgb(31, 32, 35)');
  });

  it('moves only when the visitor has not asked for reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const moving = await mount('consentry-banner', makeConsent());
    expect(getComputedStyle(inShadow(moving, 'section')).animationName).to.equal('i');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(inShadow(moving, 'section')).animationName).to.equal('none');
  });

  it('has targets of at least 24 × 24 px (WCAG 2.5.8)', async () => {
    await setViewport({ width: 320, height: 640 });
    const banner = await mount('consentry-banner', makeConsent());
    for (const control of banner.shadowRoot!.querySelectorAll('button')) {
      const box = control.getBoundingClientRect();
      expect(box.width, control.dataset.action).to.be.at.least(24);
      expect(box.height, control.dataset.action).to.be.at.least(24);
    }
  });

  for (const layout of ['bar', 'box', 'center'] as const) {
    it(`reflows at 320 px wide without horizontal scrolling: ${layout}`, async () => {
      await setViewport({ width: 320, height: 640 });
      const banner = await mount('consentry-banner', makeConsent(siteConfig({ ui: { layout } })));
      const section = inShadow(banner, 'section');
      expect(section.getBoundingClientRect().right).to.be.at.most(320);
      expect(section.getBoundingClientRect().left).to.be.at.least(0);
      expect(section.scrollWidth).to.be.at.most(section.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });
  }

  it('never hides the element that gets focus behind it (A-4, WCAG 2.4.11)', async () => {
    await setViewport({ width: 800, height: 600 });
    const page = document.createElement('div');
    page.dataset.test = '';
    page.innerHTML = '<button>before</button><div style="height:540px"></div><a href="#x">hidden by the banner?</a><div style="height:2000px"></div>';
    document.body.append(page);
    const banner = await mount('consentry-banner', makeConsent());
    // The padding comes with the banner's first layout (a resize observer), before its first paint.
    await waitFor(() => document.documentElement.style.scrollPaddingBottom !== '', 'the scroll padding');
    window.scrollTo(0, 0);
    page.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const link = page.querySelector('a')!;
    expect(document.activeElement).to.equal(link);
    expect(link.getBoundingClientRect().bottom).to.be.at.most(inShadow(banner, 'section').getBoundingClientRect().top);
    banner.remove();
    expect(document.documentElement.style.scrollPaddingBottom).to.equal('');
    window.scrollTo(0, 0);
  });

  it('keeps the scroll padding equal to its height when the viewport narrows and its text wraps', async () => {
    await setViewport({ width: 1280, height: 800 });
    const banner = await mount('consentry-banner', makeConsent());
    const wide = banner.offsetHeight;
    // Set from a resize observer: after layout, before the banner is painted.
    await waitFor(() => document.documentElement.style.scrollPaddingBottom === `${wide}px`, 'the padding of the banner');
    await setViewport({ width: 360, height: 800 });
    await waitFor(() => document.documentElement.style.scrollPaddingBottom === `${banner.offsetHeight}px` && banner.offsetHeight > wide, 'the padding of the taller banner');
    banner.remove();
    expect(document.documentElement.style.scrollPaddingBottom).to.equal('');
  });

  it('is reached with Tab, every control in order, and operated with Enter', async () => {
    const consent = makeConsent();
    const banner = await mount('consentry-banner', consent);
    (document.activeElement as HTMLElement | null)?.blur();
    const reached: string[] = [];
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActive() as HTMLElement;
      reached.push(active.dataset.action ?? active.getAttribute('part') ?? active.localName);
    }
    expect(reached).to.deep.equal(['link', 'reject-all', 'accept-all', 'preferences', 'close']);
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect((deepActive() as HTMLElement).dataset.action).to.equal('reject-all');
    await sendKeys({ press: 'Enter' });
    expect(consent.get()!.method).to.equal('reject-all');
    await banner.updateComplete;
    expect(banner.shadowRoot!.querySelector('section')).to.equal(null);
  });
});
