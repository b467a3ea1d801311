import { expect } from '@esm-bundle/chai';
import {
  ConsentryError,
  createConsent,
  memoryStorage,
  parseConsentCookie,
  type AuditEntry,
  type ChangeDetail,
  type Consent,
  type ConsentConfig,
  type ConsentStorage,
  type CreateConsentOptions,
  type JanitorDetail,
  type LapseDetail,
} from '@consentry/core';
import { clearCookies } from '../../../test/helpers/requests.js';
import { settle, waitFor } from '../../../test/helpers/wait-for.js';
import { decodeConsentCookie } from './cookie-codec.js';

const config: ConsentConfig = {
  revision: 1,
  categories: {
    necessary: {},
    preferences: {},
    analytics: { cookies: ['_ga', '_ga_*'] },
    marketing: { cookies: ['_fbp'] },
  },
};
const DAY = 864e5;
const T0 = Date.UTC(2026, 10, 23, 12, 0, 0);

const names = () => document.cookie.split('; ').map((entry) => entry.split('=')[0]);
const cookieValue = (name = 'consentry'): string | undefined =>
  document.cookie
    .split('; ')
    .find((entry) => entry.startsWith(`${name}=`))
    ?.slice(name.length + 1);

/** A storage whose calls throw, as blocked cookies or a sandboxed frame would. */
const throwing = (which: Array<keyof ConsentStorage>, inner: ConsentStorage = memoryStorage()): ConsentStorage => ({
  read: () => (which.includes('read') ? raise() : inner.read()),
  write: (value, expires) => (which.includes('write') ? raise() : inner.write(value, expires)),
  clear: () => (which.includes('clear') ? raise() : inner.clear()),
});
function raise(): never {
  throw new DOMException('The operation is insecure.', 'SecurityError');
}

describe('createConsent', () => {
  const made: Consent[] = [];
  const make = (cfg: ConsentConfig = config, options: CreateConsentOptions = {}) => {
    const consent = createConsent(cfg, { gpcSignal: false, tabSync: 'off', ...options });
    made.push(consent);
    return consent;
  };
  afterEach(() => {
    made.splice(0).forEach((consent) => consent.destroy());
    clearCookies();
  });

  it('starts with no decision and grants only necessary', () => {
    const consent = make();
    expect(consent.get()).to.equal(null);
    expect(consent.needsDecision()).to.equal(true);
    expect(consent.lapse).to.equal(null);
    expect(consent.allows('necessary')).to.equal(true);
    expect(consent.allows('analytics')).to.equal(false);
    expect(consent.allows('nonsense')).to.equal(false);
    expect(consent.categories).to.deep.equal(['necessary', 'preferences', 'analytics', 'marketing']);
    expect(consent.config.revision).to.equal('1');
    expect(Object.isFrozen(consent.config)).to.equal(true);
    expect(cookieValue()).to.equal(undefined);
  });

  it('throws ConsentryError for a bad config', () => {
    expect(() => createConsent({ revision: 1, categories: {} } as ConsentConfig)).to.throw(ConsentryError, /necessary/);
  });

  it('acceptAll grants everything, writes the cookie and emits change synchronously, then consentry-change', () => {
    const consent = make();
    const order: string[] = [];
    const seen: ChangeDetail[] = [];
    let onDocument: CustomEvent<ChangeDetail> | undefined;
    consent.on('change', (detail) => {
      seen.push(detail);
      order.push('change');
    });
    const listener = (event: Event) => {
      onDocument = event as CustomEvent<ChangeDetail>;
      order.push('consentry-change');
    };
    document.addEventListener('consentry-change', listener);
    const state = consent.acceptAll({ layer: 'banner' });
    document.removeEventListener('consentry-change', listener);
    expect(order).to.deep.equal(['change', 'consentry-change']);
    expect(state.choices).to.deep.equal({ necessary: true, preferences: true, analytics: true, marketing: true });
    expect(state.method).to.equal('accept-all');
    expect(state.id).to.match(/^[A-Za-z0-9_-]{22}$/);
    expect(seen[0]).to.deep.include({ state, previous: null, action: 'accept_all', layer: 'banner', origin: 'local' });
    expect(seen[0]!.changed).to.deep.equal(['preferences', 'analytics', 'marketing']);
    expect(onDocument!.detail).to.equal(seen[0]);
    expect(onDocument!.bubbles).to.equal(true);
    expect(onDocument!.composed).to.equal(true);
    expect(consent.get()).to.equal(state);
    expect(Object.isFrozen(state.choices)).to.equal(true);
    expect(parseConsentCookie(cookieValue())).to.deep.equal({ ...state, gpc: false });
  });

  it('writes the cookie with Path=/, SameSite=Lax, Secure on https, expiring with the decision', async () => {
    const state = make().set({ analytics: true });
    const stored = await (window as unknown as { cookieStore: { get(name: string): Promise<Record<string, unknown>> } }).cookieStore.get('consentry');
    expect(location.protocol).to.equal('https:');
    expect(stored).to.include({ path: '/', sameSite: 'lax', secure: true });
    // Cookie expiry has one-second precision.
    expect(Math.abs((stored.expires as number) - Date.parse(state.expiresAt))).to.be.below(1000);
  });

  it('honours the cookie name, sameSite and expiresAfterDays', async () => {
    const state = make({ ...config, cookie: { name: 'site_consent', sameSite: 'Strict' }, expiresAfterDays: 30 }, { now: () => T0 }).rejectAll();
    expect(Date.parse(state.expiresAt) - Date.parse(state.decidedAt)).to.equal(30 * DAY);
    expect(cookieValue()).to.equal(undefined);
    expect(parseConsentCookie(cookieValue('site_consent'))?.method).to.equal('reject-all');
    const stored = await (window as unknown as { cookieStore: { get(name: string): Promise<Record<string, unknown>> } }).cookieStore.get('site_consent');
    expect(stored).to.include({ sameSite: 'strict' });
  });

  it('a new instance (the next page) reads the stored decision', () => {
    const state = make().set({ analytics: true }, { layer: 'preferences' });
    const next = make();
    expect(next.get()).to.deep.equal(state);
    expect(next.needsDecision()).to.equal(false);
    expect(next.allows('analytics')).to.equal(true);
    expect(next.allows('marketing')).to.equal(false);
  });

  it('set() refuses unlisted categories and reports exactly what changed', () => {
    const consent = make();
    consent.set({ analytics: true, marketing: true });
    const seen: ChangeDetail[] = [];
    consent.on('change', (detail) => seen.push(detail));
    const state = consent.set({ preferences: true, analytics: true });
    expect(state.choices).to.deep.equal({ necessary: true, preferences: true, analytics: true, marketing: false });
    expect(state.method).to.equal('custom');
    expect(seen[0]!.changed).to.deep.equal(['preferences', 'marketing']);
    expect(seen[0]!.action).to.equal('custom');
    expect(seen[0]!.layer).to.equal('api');
  });

  it('set() rejects unknown categories and bad values', () => {
    const consent = make();
    const codeOf = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        return (error as ConsentryError).code;
      }
      return 'no error';
    };
    expect(codeOf(() => consent.set({ analytic: true }))).to.equal('call/unknown-category');
    expect(codeOf(() => consent.set({ __proto__: true } as never))).to.equal('no error'); // an object literal's __proto__ is its prototype, not a key
    expect(codeOf(() => consent.set(JSON.parse('{"__proto__": true}')))).to.equal('call/unknown-category');
    expect(codeOf(() => consent.set({ analytics: 'yes' } as never))).to.equal('call/bad-choices');
    expect(codeOf(() => consent.set({ analytics: 1 } as never))).to.equal('call/bad-choices');
    expect(codeOf(() => consent.set({ analytics: undefined }))).to.equal('no error'); // as if unlisted
    expect(codeOf(() => consent.set({ analytic: undefined }))).to.equal('call/unknown-category');
    expect(codeOf(() => consent.set({ necessary: false }))).to.equal('call/bad-choices');
    expect(codeOf(() => consent.set(null as never))).to.equal('call/bad-choices');
    expect(codeOf(() => consent.set(['analytics'] as never))).to.equal('call/bad-choices');
    expect(consent.get()?.choices.analytics).to.equal(false);
  });

  it('passes the decision context (layer, notice) into the change event', () => {
    const consent = make();
    const seen: ChangeDetail[] = [];
    consent.on('change', (detail) => seen.push(detail));
    const notice = { language: 'en', texts: { title: 'Cookies', body: 'We use cookies.' } };
    consent.rejectAll({ layer: 'banner', notice });
    expect(seen[0]!.layer).to.equal('banner');
    expect(seen[0]!.notice).to.deep.equal(notice);
    expect(seen[0]!.action).to.equal('reject_all');
  });

  it('a decision equal to the current one is still written and announced', () => {
    let now = T0;
    const consent = make(config, { now: () => now });
    const first = consent.rejectAll();
    now += 60_000;
    const seen: ChangeDetail[] = [];
    consent.on('change', (detail) => seen.push(detail));
    const second = consent.rejectAll();
    expect(seen).to.have.length(1);
    expect(seen[0]!.changed).to.deep.equal([]);
    expect(second.decidedAt).to.equal(new Date(T0 + 60_000).toISOString());
    expect(second.id).to.equal(first.id);
    expect(parseConsentCookie(cookieValue())?.decidedAt).to.equal(second.decidedAt);
  });

  it('a decision made inside a change listener is announced after, in the same order everywhere', () => {
    const consent = make();
    const onInstance: string[] = [];
    const onDocument: string[] = [];
    consent.on('change', (detail) => {
      onInstance.push(detail.action);
      if (detail.action === 'accept_all') consent.rejectAll();
    });
    const listener = (event: Event) => onDocument.push((event as CustomEvent<ChangeDetail>).detail.action);
    document.addEventListener('consentry-change', listener);
    const accepted = consent.acceptAll();
    document.removeEventListener('consentry-change', listener);
    expect(onInstance).to.deep.equal(['accept_all', 'reject_all']);
    expect(onDocument).to.deep.equal(['accept_all', 'reject_all']);
    expect(accepted.method).to.equal('accept-all');
    expect(consent.get()?.method).to.equal('reject-all');
    expect(consent.allows('analytics')).to.equal(false);
  });

  it('withdraw() refuses every optional category and keeps the consent id', () => {
    const consent = make();
    const accepted = consent.acceptAll();
    const seen: ChangeDetail[] = [];
    consent.on('change', (detail) => seen.push(detail));
    const withdrawn = consent.withdraw({ layer: 'preferences' });
    expect(withdrawn.id).to.equal(accepted.id);
    expect(withdrawn.choices).to.deep.equal({ necessary: true, preferences: false, analytics: false, marketing: false });
    expect(seen[0]).to.deep.include({ action: 'withdraw', layer: 'preferences', previous: accepted });
    expect(seen[0]!.changed).to.deep.equal(['preferences', 'analytics', 'marketing']);
    expect(consent.needsDecision()).to.equal(false);
  });

  it('reset() forgets the decision, deletes the cookie, and the next decision gets a new id', () => {
    const consent = make();
    const accepted = consent.acceptAll();
    const seen: ChangeDetail[] = [];
    consent.on('change', (detail) => seen.push(detail));
    consent.reset();
    expect(consent.get()).to.equal(null);
    expect(consent.needsDecision()).to.equal(true);
    expect(cookieValue()).to.equal(undefined);
    expect(seen[0]).to.deep.include({ state: null, previous: accepted, action: 'withdraw' });
    expect(consent.rejectAll().id).not.to.equal(accepted.id);
  });

  it('uses the injected id generator and clock', () => {
    const state = make(config, { randomId: () => 'injected-id-0123456789', now: () => T0 }).acceptAll();
    expect(state.id).to.equal('injected-id-0123456789');
    expect(state.decidedAt).to.equal('2026-11-23T12:00:00.000Z');
    expect(state.expiresAt).to.equal(new Date(T0 + 182 * DAY).toISOString());
  });

  it('makes a different random id for each new visitor', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 20; i++) ids.add(make(config, { storage: memoryStorage() }).acceptAll().id);
    expect(ids.size).to.equal(20);
  });

  describe('when()', () => {
    it('resolves at once for a granted category and for necessary', async () => {
      const consent = make();
      consent.set({ analytics: true });
      await consent.when('analytics');
      await consent.when('necessary');
    });

    it('waits until the category is granted, across decisions', async () => {
      const consent = make();
      let resolved = false;
      const waiting = consent.when('analytics').then(() => (resolved = true));
      consent.set({ preferences: true });
      await settle();
      expect(resolved).to.equal(false);
      consent.set({ analytics: true });
      await waiting;
      expect(resolved).to.equal(true);
    });

    it('rejects for an unknown category', async () => {
      const error = await make()
        .when('analytic')
        .then(() => null, (reason: unknown) => reason);
      expect((error as ConsentryError).code).to.equal('call/unknown-category');
    });
  });

  describe('lapse: expiry and revision', () => {
    it('an expired decision reads as null, is reported once, and its id is kept', async () => {
      make(config, { now: () => T0 }).acceptAll();
      const stillValid = make(config, { now: () => T0 + 182 * DAY - 1 });
      expect(stillValid.get()?.method).to.equal('accept-all');

      const later = T0 + 182 * DAY;
      const lapses: LapseDetail[] = [];
      const consent = make(config, { now: () => later });
      consent.on('lapse', (detail) => lapses.push(detail));
      expect(consent.get()).to.equal(null);
      expect(consent.needsDecision()).to.equal(true);
      expect(consent.allows('analytics')).to.equal(false);
      expect(consent.lapse?.reason).to.equal('expired');
      await settle();
      expect(lapses).to.have.length(1);
      expect(lapses[0]!.previous.method).to.equal('accept-all');
      expect(decodeConsentCookie(cookieValue()).kind).to.equal('lapsed');

      // The next page load: nothing to report again.
      const again = make(config, { now: () => later + 1000 });
      const more: LapseDetail[] = [];
      again.on('lapse', (detail) => more.push(detail));
      await settle();
      expect(again.lapse).to.equal(null);
      expect(more).to.deep.equal([]);
      expect(again.needsDecision()).to.equal(true);
      expect(again.rejectAll().id).to.equal(lapses[0]!.previous.id);
    });

    it('a decision under another revision lapses with reason "revision"', async () => {
      const accepted = make(config).acceptAll();
      const consent = make({ ...config, revision: 2 });
      const lapses: LapseDetail[] = [];
      consent.on('lapse', (detail) => lapses.push(detail));
      expect(consent.get()).to.equal(null);
      await settle();
      expect(lapses).to.deep.equal([{ previous: accepted, reason: 'revision' }]);
      expect(consent.set({ analytics: true }).id).to.equal(accepted.id);
      expect(parseConsentCookie(cookieValue())?.revision).to.equal('2');
    });

    it('after a lapse, the cookies of categories no longer granted are cleared (lapse, then janitor)', async () => {
      make(config, { now: () => T0 }).acceptAll();
      document.cookie = '_ga=GA1.1.1; path=/';
      document.cookie = '_fbp=fb.1; path=/';
      const consent = make(config, { now: () => T0 + 200 * DAY });
      expect(names()).not.to.include.members(['_ga']);
      expect(names()).not.to.include.members(['_fbp']);
      const order: string[] = [];
      let cleared: JanitorDetail | undefined;
      consent.on('lapse', () => order.push('lapse'));
      consent.on('janitor', (detail) => {
        order.push('janitor');
        cleared = detail;
      });
      await settle();
      expect(order).to.deep.equal(['lapse', 'janitor']);
      expect(cleared!.deleted).to.have.members(['_ga', '_fbp']);
    });

    it('a page left open past the expiry lapses then', async () => {
      let now = T0;
      const consent = make(config, { now: () => now });
      consent.acceptAll();
      const lapses: LapseDetail[] = [];
      consent.on('lapse', (detail) => lapses.push(detail));
      now = T0 + 183 * DAY;
      expect(consent.allows('analytics')).to.equal(false);
      expect(consent.get()).to.equal(null);
      await settle();
      expect(lapses).to.have.length(1);
      expect(lapses[0]!.reason).to.equal('expired');
    });
  });

  describe('storage that throws', () => {
    it('a storage that throws on read means no consent, a warning, no crash', async () => {
      const warnings: string[] = [];
      const consent = make(config, { storage: throwing(['read']) });
      consent.on('warning', (detail) => warnings.push(detail.code));
      expect(consent.get()).to.equal(null);
      await settle();
      expect(warnings).to.deep.equal(['storage/read']);
    });

    it('a storage that throws on write keeps the decision for this page and warns in the call', () => {
      const warnings: string[] = [];
      const changes: ChangeDetail[] = [];
      const consent = make(config, { storage: throwing(['write', 'clear']) });
      consent.on('warning', (detail) => warnings.push(detail.code));
      consent.on('change', (detail) => changes.push(detail));
      const state = consent.set({ analytics: true });
      expect(warnings).to.deep.equal(['storage/write']);
      expect(changes).to.have.length(1);
      expect(consent.get()).to.equal(state);
      expect(consent.allows('analytics')).to.equal(true);
      expect(() => consent.reset()).not.to.throw();
      expect(warnings).to.deep.equal(['storage/write', 'storage/write']);
      expect(consent.get()).to.equal(null);
    });

    it('a storage that throws everywhere never breaks a page', async () => {
      const consent = make(config, { storage: throwing(['read', 'write', 'clear']) });
      expect(() => {
        consent.acceptAll();
        consent.withdraw();
        consent.reset();
      }).not.to.throw();
      await settle();
    });

    it('a cookie the browser refuses (Domain of another site) warns and holds for this page', () => {
      const warnings: string[] = [];
      const consent = make({ ...config, cookie: { domain: 'example.com' } });
      consent.on('warning', (detail) => warnings.push(detail.code));
      consent.acceptAll();
      expect(cookieValue()).to.equal(undefined);
      expect(warnings).to.deep.equal(['storage/not-stored']);
      expect(consent.allows('analytics')).to.equal(true);
    });
  });

  describe('cookie watching', () => {
    it('emits cookie-violation when a cookie of a refused category appears', async () => {
      const consent = make();
      consent.rejectAll();
      const violations: AuditEntry[] = [];
      consent.on('cookie-violation', (entry) => violations.push(entry));
      document.cookie = '_ga=GA1.1.2; path=/';
      await waitFor(() => violations[0], 'the violation');
      expect(violations[0]).to.include({ name: '_ga', category: 'analytics', allowed: false });
    });

    it('stops watching on destroy()', async () => {
      const consent = make();
      consent.rejectAll();
      const violations: AuditEntry[] = [];
      consent.on('cookie-violation', (entry) => violations.push(entry));
      consent.destroy();
      // A live instance shows when the cookie change has been delivered.
      const live = make();
      const seen: AuditEntry[] = [];
      live.on('cookie-violation', (entry) => seen.push(entry));
      document.cookie = '_fbp=fb.1; path=/';
      await waitFor(() => seen[0], 'the live instance to see the cookie');
      expect(violations).to.deep.equal([]);
    });
  });

  describe('audit()', () => {
    it('lists visible cookies with their category and whether consent allows them', () => {
      const consent = make();
      consent.set({ analytics: true });
      document.cookie = '_ga=GA1.1.1; path=/';
      document.cookie = '_fbp=fb.1; path=/';
      const entries = consent.audit();
      expect(entries.find((entry) => entry.name === '_ga')).to.include({ category: 'analytics', allowed: true });
      expect(entries.find((entry) => entry.name === '_fbp')).to.include({ category: 'marketing', allowed: false });
    });

    it('uses naming heuristics only when they are given, directly or by the catalogue', async () => {
      const { catalogue, classifyByName } = await import('@consentry/core/catalogue');
      // Set after each instance starts: its janitor deletes what its heuristics place in refused categories.
      const rows = (consent: Consent) => {
        document.cookie = 'shop_session=1; path=/';
        document.cookie = 'mystore_lang=en; path=/';
        return consent.audit().filter((entry) => entry.name !== 'consentry').map((entry) => [entry.name, entry.category, entry.source]);
      };
      const guessed = [
        ['shop_session', 'necessary', 'heuristic'],
        ['mystore_lang', 'preferences', 'heuristic'],
      ];
      expect(rows(make())).to.deep.equal([
        ['shop_session', 'unknown', 'unknown'],
        ['mystore_lang', 'unknown', 'unknown'],
      ]);
      expect(rows(make(config, { heuristics: classifyByName }))).to.deep.equal(guessed);
      expect(rows(make(config, { catalogue }))).to.deep.equal(guessed);
      expect(rows(make(config, { catalogue, heuristics: false }))).to.deep.equal([
        ['shop_session', 'unknown', 'unknown'],
        ['mystore_lang', 'unknown', 'unknown'],
      ]);
    });

    it('with heuristics, the janitor deletes what they place in a refused category', async () => {
      const { classifyByName } = await import('@consentry/core/catalogue');
      const consent = make(config, { heuristics: classifyByName });
      consent.set({ preferences: true });
      document.cookie = 'mystore_lang=en; path=/';
      document.cookie = 'shop_session=1; path=/';
      const seen: JanitorDetail[] = [];
      consent.on('janitor', (detail) => seen.push(detail));
      consent.rejectAll();
      expect(seen[0]!.deleted).to.deep.equal(['mystore_lang']);
      expect(names()).to.include('shop_session');
    });
  });
});
