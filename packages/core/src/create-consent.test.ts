import { expect } from '@esm-bundle/chai';
import { createConsent, parseConsentCookie, type ChangeDetail, type Consent, type ConsentConfig } from '@consentry/core';
import { clearCookies } from '../../../test/helpers/requests.js';

const config: ConsentConfig = {
  revision: 1,
  categories: {
    necessary: {},
    preferences: {},
    analytics: { cookies: ['_ga', '_ga_*'] },
    marketing: { cookies: ['_fbp'] },
  },
};

const cookieValue = (name = 'consentry'): string | undefined =>
  document.cookie
    .split('; ')
    .find((entry) => entry.startsWith(`${name}=`))
    ?.slice(name.length + 1);

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('createConsent', () => {
  const made: Consent[] = [];
  const make = (...args: Parameters<typeof createConsent>) => {
    const consent = createConsent(args[0], { gpcSignal: false, ...args[1] });
    made.push(consent);
    return consent;
  };
  afterEach(() => {
    made.splice(0).forEach((consent) => consent.destroy());
    clearCookies();
  });

  it('starts with no decision', () => {
    const consent = make(config);
    expect(consent.get()).to.equal(null);
    expect(consent.needsDecision()).to.equal(true);
    expect(consent.allows('necessary')).to.equal(true);
    expect(consent.allows('analytics')).to.equal(false);
    expect(consent.categories).to.deep.equal(['necessary', 'preferences', 'analytics', 'marketing']);
    expect(cookieValue()).to.equal(undefined);
  });

  it('acceptAll grants every category, writes the cookie and emits change synchronously', () => {
    const consent = make(config);
    const seen: ChangeDetail[] = [];
    const onDocument: ChangeDetail[] = [];
    consent.on('change', (detail) => seen.push(detail));
    const listener = (event: Event) => onDocument.push((event as CustomEvent<ChangeDetail>).detail);
    document.addEventListener('consentry-change', listener);
    const state = consent.acceptAll({ layer: 'banner' });
    document.removeEventListener('consentry-change', listener);
    expect(state.choices).to.deep.equal({ necessary: true, preferences: true, analytics: true, marketing: true });
    expect(state.method).to.equal('accept-all');
    expect(seen).to.have.length(1);
    expect(seen[0]!.action).to.equal('accept_all');
    expect(seen[0]!.layer).to.equal('banner');
    expect(seen[0]!.origin).to.equal('local');
    expect(seen[0]!.changed).to.deep.equal(['preferences', 'analytics', 'marketing']);
    expect(onDocument).to.have.length(1);
    expect(onDocument[0]!.state).to.equal(state);
    const stored = parseConsentCookie(cookieValue());
    expect(stored?.choices).to.deep.equal(state.choices);
    expect(stored?.id).to.equal(state.id);
  });

  it('a second instance reads the stored decision', () => {
    const first = make(config);
    const state = first.set({ analytics: true });
    const second = make(config);
    expect(second.get()).to.deep.equal(state);
    expect(second.allows('analytics')).to.equal(true);
    expect(second.allows('marketing')).to.equal(false);
  });

  it('rejectAll, withdraw and reset', async () => {
    const consent = make(config);
    const first = consent.acceptAll();
    const rejected = consent.rejectAll();
    expect(rejected.id).to.equal(first.id);
    expect(rejected.choices).to.deep.equal({ necessary: true, preferences: false, analytics: false, marketing: false });
    const withdrawn = consent.withdraw();
    expect(withdrawn.id).to.equal(first.id);
    consent.reset();
    expect(consent.get()).to.equal(null);
    expect(cookieValue()).to.equal(undefined);
    await tick();
  });

  it('when() resolves once the category is granted', async () => {
    const consent = make(config);
    let resolved = false;
    const waiting = consent.when('analytics').then(() => (resolved = true));
    consent.set({ preferences: true });
    await tick();
    expect(resolved).to.equal(false);
    consent.set({ analytics: true });
    await waiting;
    expect(resolved).to.equal(true);
  });
});
