import { expect } from '@esm-bundle/chai';
import { createConsent, parseConsentCookie, type ChangeDetail, type Consent, type ConsentConfig, type CreateConsentOptions, type JanitorDetail } from '@consentry/core';
import { clearCookies } from '../../../test/helpers/requests.js';
import { settle } from '../../../test/helpers/wait-for.js';
import { readGlobalPrivacyControl } from './gpc.js';

const config: ConsentConfig = {
  revision: 1,
  categories: { necessary: {}, preferences: {}, analytics: { cookies: ['_ga'] }, marketing: { cookies: ['_fbp', '_gcl_*'] } },
};
const cookieValue = () =>
  document.cookie
    .split('; ')
    .find((entry) => entry.startsWith('consentry='))
    ?.slice('consentry='.length);

describe('Global Privacy Control', () => {
  const made: Consent[] = [];
  const make = (gpc: boolean, cfg: ConsentConfig = config, options: CreateConsentOptions = {}) => {
    const consent = createConsent(cfg, { gpcSignal: gpc, tabSync: 'off', ...options });
    made.push(consent);
    return consent;
  };
  afterEach(() => {
    made.splice(0).forEach((consent) => consent.destroy());
    clearCookies();
  });

  it('reads navigator.globalPrivacyControl (GPC-1), and only a true value counts', () => {
    const descriptor = Object.getOwnPropertyDescriptor(navigator, 'globalPrivacyControl');
    try {
      for (const [value, expected] of [[true, true], [false, false], ['true', false], [1, false]] as const) {
        Object.defineProperty(navigator, 'globalPrivacyControl', { value, configurable: true });
        expect(readGlobalPrivacyControl()).to.equal(expected);
        const consent = createConsent(config, { tabSync: 'off' });
        expect(consent.gpc).to.equal(expected);
        consent.destroy();
      }
    } finally {
      if (descriptor) Object.defineProperty(navigator, 'globalPrivacyControl', descriptor);
      else delete (navigator as unknown as Record<string, unknown>).globalPrivacyControl;
    }
  });

  it('with GPC: marketing starts refused and "accept all" does not grant it', () => {
    const consent = make(true);
    expect(consent.gpc).to.equal(true);
    expect(consent.allows('marketing')).to.equal(false);
    const seen: ChangeDetail[] = [];
    consent.on('change', (detail) => seen.push(detail));
    const state = consent.acceptAll({ layer: 'banner' });
    expect(state.choices).to.deep.equal({ necessary: true, preferences: true, analytics: true, marketing: false });
    expect(state.method).to.equal('gpc');
    expect(seen[0]).to.deep.include({ action: 'gpc', layer: 'banner' });
    expect(seen[0]!.changed).to.deep.equal(['preferences', 'analytics']);
    expect(parseConsentCookie(cookieValue())).to.include({ method: 'gpc', gpc: true });
  });

  it('with GPC: only an explicit set({ marketing: true }) grants marketing, and it stands on the next page', async () => {
    const consent = make(true);
    const state = consent.set({ analytics: true, marketing: true }, { layer: 'preferences' });
    expect(state.method).to.equal('custom');
    expect(state.choices.marketing).to.equal(true);
    const next = make(true);
    const changes: ChangeDetail[] = [];
    next.on('change', (detail) => changes.push(detail));
    await settle();
    expect(next.allows('marketing')).to.equal(true);
    expect(changes).to.deep.equal([]);
  });

  it('with GPC: a returning visitor who had granted marketing is opted out at once (GPC-3)', async () => {
    const before = make(false).acceptAll();
    document.cookie = '_fbp=fb.1.123; path=/';
    document.cookie = '_gcl_au=1.1.1; path=/';
    const consent = make(true);
    // Refused, and the cookies gone, before any listener or tag can see a grant.
    expect(consent.allows('marketing')).to.equal(false);
    expect(document.cookie).not.to.match(/_fbp|_gcl_au/);
    expect(consent.allows('analytics')).to.equal(true);
    expect(consent.get()).to.include({ method: 'gpc', id: before.id });
    expect(parseConsentCookie(cookieValue())).to.include({ method: 'gpc', gpc: true });
    const changes: ChangeDetail[] = [];
    const janitor: JanitorDetail[] = [];
    consent.on('change', (detail) => changes.push(detail));
    consent.on('janitor', (detail) => janitor.push(detail));
    await settle();
    expect(changes).to.have.length(1);
    expect(changes[0]).to.deep.include({ action: 'gpc', layer: 'auto', origin: 'local', previous: before, state: consent.get() });
    expect(changes[0]!.changed).to.deep.equal(['marketing']);
    expect(janitor[0]!.deleted).to.have.members(['_fbp', '_gcl_au']);
    expect(document.cookie).not.to.match(/_fbp|_gcl_au/);
  });

  it('with GPC: a returning visitor who had refused marketing gets no new decision', async () => {
    make(false).set({ analytics: true });
    const consent = make(true);
    const changes: ChangeDetail[] = [];
    consent.on('change', (detail) => changes.push(detail));
    await settle();
    expect(changes).to.deep.equal([]);
    expect(consent.get()?.method).to.equal('custom');
  });

  it('GPC stopping later is not an opt-in (GPC-4)', () => {
    make(true).acceptAll();
    const consent = make(false);
    expect(consent.gpc).to.equal(false);
    expect(consent.allows('marketing')).to.equal(false);
  });

  it('without GPC, or with gpc: false in the config, accept all grants marketing', () => {
    expect(make(false).acceptAll().choices.marketing).to.equal(true);
    const off = make(true, { ...config, gpc: false });
    expect(off.gpc).to.equal(false);
    const state = off.acceptAll();
    expect(state.method).to.equal('accept-all');
    expect(state.choices.marketing).to.equal(true);
  });

  it('a site without a marketing category: GPC changes nothing', () => {
    const consent = make(true, { revision: 1, categories: { necessary: {}, analytics: {} } });
    const state = consent.acceptAll();
    expect(state.method).to.equal('accept-all');
    expect(state.choices).to.deep.equal({ necessary: true, analytics: true });
  });

  it('takes the signal from a function, read once at creation', () => {
    let reads = 0;
    const consent = make(false, config, { gpcSignal: () => (reads++, true) });
    expect(consent.gpc).to.equal(true);
    consent.acceptAll();
    expect(reads).to.equal(1);
  });
});
