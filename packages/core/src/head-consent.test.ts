import { expect } from '@esm-bundle/chai';
import {
  createConsent,
  createHeadConsent,
  memoryStorage,
  readCookie,
  type ChangeDetail,
  type Consent,
  type ConsentConfig,
  type ConsentState,
  type CreateConsentOptions,
  type HeadConsent,
  type HeadConsentOptions,
} from '@consentry/core';
import { clearCookies } from '../../../test/helpers/requests.js';
import { settle, waitFor } from '../../../test/helpers/wait-for.js';
import { encodeConsentCookie } from './cookie-codec.js';

const config: ConsentConfig = {
  revision: 1,
  categories: {
    necessary: {},
    preferences: {},
    analytics: { cookies: ['_ga', '_ga_*'] },
    marketing: { cookies: [{ name: '_fbp', provider: 'Meta' }, '_gcl_*'] },
  },
};
const DAY = 864e5;
/** A real decision granting everything, taken 190 days ago, expired 8 days ago. */
const expired = (): string =>
  encodeConsentCookie({
    id: 'CCCCCCCCCCCCCCCCCCCCCC',
    revision: '1',
    decidedAt: new Date(Date.now() - 190 * DAY).toISOString(),
    expiresAt: new Date(Date.now() - 8 * DAY).toISOString(),
    choices: { necessary: true, preferences: true, analytics: true, marketing: true },
    method: 'accept-all',
  });
const cookieValue = (name = 'consentry'): string | undefined =>
  document.cookie
    .split('; ')
    .find((entry) => entry.startsWith(`${name}=`))
    ?.slice(name.length + 1);

describe('createHeadConsent', () => {
  const made: Consent[] = [];
  const undo: Array<() => void> = [];
  /** A full instance as the drop-in's consentry-core.js makes it (no GPC, no tab sync unless asked). */
  const makeFull = (cfg: ConsentConfig = config, options: CreateConsentOptions = {}): Consent => {
    const consent = createConsent(cfg, { gpcSignal: false, tabSync: 'off', ...options });
    made.push(consent);
    return consent;
  };
  /** Stores a real decision in the consent cookie, written by a full instance that is then gone. */
  const store = (choices: Record<string, boolean>, cfg: ConsentConfig = config, options: CreateConsentOptions = {}): ConsentState => {
    const writer = createConsent(cfg, { gpcSignal: false, tabSync: 'off', ...options });
    const state = writer.set(choices);
    writer.destroy();
    return state;
  };
  const head = (options: Partial<HeadConsentOptions> = {}, cfg: ConsentConfig = config): HeadConsent =>
    createHeadConsent(cfg, { checked: true, gpcSignal: false, ...options });
  const changesOf = (view: { on: HeadConsent['on'] }): ChangeDetail[] => {
    const seen: ChangeDetail[] = [];
    undo.push(view.on('change', (detail) => seen.push(detail)));
    return seen;
  };
  const documentChanges = (): ChangeDetail[] => {
    const seen: ChangeDetail[] = [];
    const listener = (event: Event) => seen.push((event as CustomEvent<ChangeDetail>).detail);
    document.addEventListener('consentry-change', listener);
    undo.push(() => document.removeEventListener('consentry-change', listener));
    return seen;
  };
  afterEach(() => {
    undo.splice(0).forEach((run) => run());
    made.splice(0).forEach((consent) => consent.destroy());
    clearCookies();
  });

  describe('a checked config', () => {
    it('answers from a stored decision: get, allows per category, no decision needed, nothing needed', () => {
      const state = store({ analytics: true, preferences: false, marketing: false });
      const consent = head();
      expect(consent.get()).to.deep.equal(state);
      expect(consent.allows('necessary')).to.equal(true);
      expect(consent.allows('analytics')).to.equal(true);
      expect(consent.allows('preferences')).to.equal(false);
      expect(consent.allows('marketing')).to.equal(false);
      expect(consent.allows('nonsense')).to.equal(false);
      expect(consent.needsDecision()).to.equal(false);
      expect(consent.needs).to.deep.equal([]);
      expect(consent.full).to.equal(undefined);
      expect(consent.categories).to.deep.equal(['necessary', 'preferences', 'analytics', 'marketing']);
    });

    it('reads a cookie written by encodeConsentCookie, under a custom cookie name, and the revision as a string', () => {
      const state: ConsentState = {
        id: 'AAAAAAAAAAAAAAAAAAAAAA',
        revision: '7',
        decidedAt: new Date(Date.now() - DAY).toISOString(),
        expiresAt: new Date(Date.now() + 30 * DAY).toISOString(),
        choices: { necessary: true, preferences: true, analytics: false, marketing: true },
        method: 'custom',
      };
      document.cookie = `site_consent=${encodeConsentCookie(state)}; path=/`;
      const consent = head({}, { ...config, revision: '7', cookie: { name: 'site_consent' } });
      expect(consent.get()).to.deep.equal(state);
      expect(consent.allows('preferences')).to.equal(true);
      expect(consent.allows('analytics')).to.equal(false);
      expect(consent.needs).to.deep.equal([]);
      // The default name holds nothing: the configured one is read.
      expect(head().get()).to.equal(null);
    });

    it('refuses a category the stored decision does not name, and ignores one the config does not have', () => {
      const state: ConsentState = {
        id: 'BBBBBBBBBBBBBBBBBBBBBB',
        revision: '1',
        decidedAt: new Date(Date.now() - DAY).toISOString(),
        expiresAt: new Date(Date.now() + 30 * DAY).toISOString(),
        choices: { necessary: true, analytics: true, social: true },
        method: 'custom',
      };
      const consent = head({ read: () => encodeConsentCookie(state) });
      expect(consent.get()?.choices).to.deep.equal({ necessary: true, preferences: false, analytics: true, marketing: false });
      expect(consent.allows('social')).to.equal(false);
      expect(consent.allows('marketing')).to.equal(false);
    });
  });

  describe('a config not checked yet', () => {
    it('applies nothing stored: get() null, only necessary allowed, no decision asked, needs check', () => {
      store({ analytics: true, preferences: true, marketing: true });
      const consent = head({ checked: false });
      expect(consent.get()).to.equal(null);
      expect(consent.allows('necessary')).to.equal(true);
      expect(consent.allows('analytics')).to.equal(false);
      expect(consent.allows('marketing')).to.equal(false);
      expect(consent.needsDecision()).to.equal(false);
      expect(consent.needs).to.include('check');
      expect(consent.needs).not.to.include('decision');
    });

    it('with no decision stored needs both the check and a decision', () => {
      const consent = head({ checked: false });
      expect(consent.needs).to.deep.equal(['check', 'decision']);
      expect(consent.needsDecision()).to.equal(true);
    });
  });

  describe('no decision that counts', () => {
    const expectNoDecision = (consent: HeadConsent) => {
      expect(consent.get()).to.equal(null);
      for (const category of ['preferences', 'analytics', 'marketing']) expect(consent.allows(category), category).to.equal(false);
      expect(consent.needsDecision()).to.equal(true);
      expect(consent.needs).to.include('decision');
    };

    it('no cookie: the visitor must decide', () => {
      const consent = head();
      expectNoDecision(consent);
      expect(consent.needs).to.deep.equal(['decision']);
    });

    it('corrupted cookie values count as no decision, never as consent', () => {
      store({ analytics: true, preferences: true, marketing: true });
      const real = cookieValue() as string;
      expect(head().allows('analytics'), 'the untouched value is a decision').to.equal(true);
      const fields = real.split('|');
      const corrupted = [
        'garbage',
        '{"analytics":true}',
        real.replace('analytics:1', 'analytics:0'), // checksum no longer matches
        real.slice(0, -1),
        real.slice(0, real.lastIndexOf('|')), // checksum cut off
        `2${real.slice(1)}`, // a future format version
        [...fields.slice(0, -1), '00000000'].join('|'),
        `${real}|${fields[fields.length - 1]}`,
        '%E0%A4%A',
      ];
      for (const value of corrupted) {
        document.cookie = `consentry=${value}; path=/`;
        expect(readCookie('consentry'), value).to.equal(value);
        expectNoDecision(head());
        expectNoDecision(head({ read: () => value }));
      }
    });

    it('an expired decision needs a decision', () => {
      store({ analytics: true, marketing: true });
      expect(head().allows('analytics')).to.equal(true);
      const later = Date.now() + 183 * DAY; // default expiresAfterDays is 182
      expectNoDecision(head({ now: () => later }));
      // A cookie that outlived its decision (the browser keeps it; the decision has lapsed).
      const value = expired();
      document.cookie = `consentry=${value}; path=/`;
      expect(readCookie('consentry')).to.equal(value);
      expectNoDecision(head());
    });

    it('a decision that expires while the page is open stops counting, and the full instance is asked for (to record the lapse)', () => {
      store({ analytics: true });
      let clock = Date.now();
      let asked = 0;
      const consent = head({ now: () => clock, full: () => (asked++, Promise.resolve(undefined)) });
      expect(consent.allows('analytics')).to.equal(true);
      clock += 183 * DAY;
      expect(consent.allows('analytics')).to.equal(false);
      expect(consent.get()).to.equal(null);
      expect(consent.needsDecision()).to.equal(true);
      expect(asked).to.equal(1);
    });

    it('a cookie store that throws (a sandboxed frame) counts as no decision, and nothing is thrown', () => {
      const consent = head({
        read: () => {
          throw new DOMException('The document is sandboxed', 'SecurityError');
        },
      });
      expect(consent.get()).to.equal(null);
      expect(consent.needs).to.include('decision');
      expect(consent.allows('analytics')).to.equal(false);
    });

    it('a decision of another revision needs a decision', () => {
      store({ analytics: true, preferences: true, marketing: true }, { ...config, revision: 2 });
      expectNoDecision(head());
      expect(head({}, { ...config, revision: 2 }).allows('analytics')).to.equal(true);
    });

    it('a lapsed marker (a decision that expired on an earlier page) needs a decision', () => {
      // A full instance that finds an expired decision writes the marker in its place.
      document.cookie = `consentry=${expired()}; path=/`;
      makeFull();
      expect(cookieValue()?.split('|')).to.have.length(4);
      expectNoDecision(head());
    });
  });

  describe('Global Privacy Control', () => {
    it('revokes a marketing opt-in taken without GPC at once, and needs the full instance to store it', () => {
      const state = store({ analytics: true, marketing: true });
      const consent = head({ gpcSignal: true });
      expect(consent.gpc).to.equal(true);
      expect(consent.allows('marketing')).to.equal(false);
      expect(consent.get()?.choices).to.deep.equal({ ...state.choices, marketing: false });
      expect(consent.allows('analytics')).to.equal(true);
      expect(consent.needs).to.include('gpc');
      expect(consent.needsDecision()).to.equal(false);
    });

    it('after upgrade, passes on the full instance\'s own revocation with nothing changed from the head\'s view', async () => {
      store({ analytics: true, marketing: true });
      const consent = head({ gpcSignal: true });
      const seen = changesOf(consent);
      consent.upgrade(makeFull(config, { gpcSignal: true }));
      await settle();
      expect(seen.length).to.equal(1, 'the revocation is still announced (the records keep it)');
      expect(seen[0]!.changed).to.deep.equal([]);
      expect(consent.allows('marketing')).to.equal(false);
    });

    it('leaves the opt-in when the config turns GPC off', () => {
      store({ analytics: true, marketing: true });
      const consent = head({ gpcSignal: true }, { ...config, gpc: false });
      expect(consent.gpc).to.equal(false);
      expect(consent.allows('marketing')).to.equal(true);
      expect(consent.needs).not.to.include('gpc');
    });

    it('leaves an opt-in taken while GPC was honoured (an explicit switch), and a marketing refusal', () => {
      makeFull(config, { gpcSignal: true }).set({ marketing: true });
      const underGpc = head({ gpcSignal: true });
      expect(underGpc.allows('marketing')).to.equal(true);
      expect(underGpc.needs).to.deep.equal([]);
      clearCookies();
      store({ analytics: true, marketing: false });
      const refused = head({ gpcSignal: true });
      expect(refused.allows('analytics')).to.equal(true);
      expect(refused.needs).to.deep.equal([]);
    });

    it('without the signal, the opt-in stands', () => {
      store({ marketing: true });
      const consent = head({ gpcSignal: false });
      expect(consent.gpc).to.equal(false);
      expect(consent.allows('marketing')).to.equal(true);
      expect(consent.needs).to.deep.equal([]);
    });
  });

  describe('cleanup', () => {
    it('is needed when a declared cookie of a refused category is in the jar', () => {
      store({ analytics: false, marketing: true });
      document.cookie = '_ga_ABC123=GS1.1; path=/';
      expect(head().needs).to.deep.equal(['cleanup']);
      clearCookies();
      store({ analytics: true, marketing: false });
      document.cookie = '_fbp=fb.1.2; path=/';
      expect(head().needs).to.deep.equal(['cleanup']);
    });

    it('is not needed when the cookies present are granted, undeclared, or only look alike', () => {
      store({ analytics: true, marketing: false });
      document.cookie = '_ga=GA1.1; path=/';
      document.cookie = '_ga_ABC123=GS1.1; path=/';
      document.cookie = '_gcl=1; path=/'; // `_gcl_*` needs at least one more character
      document.cookie = '_fbpx=1; path=/';
      document.cookie = 'session=1; path=/';
      expect(head().needs).to.deep.equal([]);
    });

    it('counts a marketing cookie once GPC revokes marketing', () => {
      store({ marketing: true });
      document.cookie = '_gcl_au=1.1; path=/';
      expect(head({ gpcSignal: false }).needs).to.deep.equal([]);
      expect(head({ gpcSignal: true }).needs).to.deep.equal(['gpc', 'cleanup']);
    });
  });

  describe('upgrade', () => {
    it('hands over to the full instance: it answers, and its later decisions reach the head listeners', () => {
      store({ analytics: true });
      const consent = head();
      const seen = changesOf(consent);
      const onDocument = documentChanges();
      const full = makeFull();
      consent.upgrade(full);
      expect(consent.full).to.equal(full);
      expect(consent.get()).to.equal(full.get());
      expect(seen, 'same grants: nothing announced').to.deep.equal([]);

      const rejected = full.rejectAll({ layer: 'banner' });
      expect(consent.get()).to.equal(rejected);
      expect(consent.allows('analytics')).to.equal(false);
      expect(consent.needsDecision()).to.equal(false);
      expect(seen).to.have.length(1);
      expect(seen[0]).to.deep.include({ state: rejected, action: 'reject_all', layer: 'banner', origin: 'local' });
      expect(seen[0]!.changed).to.deep.equal(['analytics']);

      full.set({ marketing: true, preferences: true });
      expect(consent.allows('marketing')).to.equal(true);
      expect(seen).to.have.length(2);
      expect(seen[1]!.changed).to.deep.equal(['preferences', 'marketing']);
      // The full instance announces on document itself; the head does not repeat it.
      expect(onDocument).to.have.length(2);
    });

    it('announces a change when the unchecked head applied less than the stored decision grants', async () => {
      const state = store({ analytics: true, preferences: true });
      const consent = head({ checked: false });
      const seen = changesOf(consent);
      const onDocument = documentChanges();
      const full = makeFull();
      consent.upgrade(full);
      expect(consent.allows('analytics')).to.equal(true);
      expect(consent.get()).to.deep.equal(state);
      expect(seen).to.have.length(1);
      expect(seen[0]).to.deep.include({ state: full.get(), previous: null, layer: 'auto', origin: 'local' });
      expect(seen[0]!.changed).to.deep.equal(['preferences', 'analytics']);
      expect(onDocument).to.deep.equal(seen);
      await settle();
      expect(seen, 'announced once').to.have.length(1);
      expect(onDocument).to.have.length(1);
    });

    it('announces nothing when the grants are equal', async () => {
      store({ analytics: true });
      const checked = head();
      const unchecked = head({ checked: false }, { ...config, revision: 9 });
      const seen = [checked, unchecked].map(changesOf);
      const onDocument = documentChanges();
      checked.upgrade(makeFull());
      // No decision under revision 9: nothing granted before or after.
      unchecked.upgrade(makeFull({ ...config, revision: 9 }));
      expect(unchecked.needsDecision()).to.equal(true);
      await settle();
      expect(seen).to.deep.equal([[], []]);
      expect(onDocument).to.deep.equal([]);
    });

    it('ignores a second upgrade', () => {
      store({ analytics: true });
      const consent = head();
      const seen = changesOf(consent);
      const first = makeFull();
      const second = makeFull(config, { storage: memoryStorage() });
      consent.upgrade(first);
      consent.upgrade(second);
      expect(consent.full).to.equal(first);
      second.acceptAll();
      expect(consent.allows('marketing')).to.equal(false);
      expect(seen).to.deep.equal([]);
      first.set({ marketing: true });
      expect(consent.allows('marketing')).to.equal(true);
      expect(seen).to.have.length(1);
    });

    it('forwards the other events of the full instance', async () => {
      store({ analytics: false });
      document.cookie = '_ga=GA1.1; path=/';
      const consent = head();
      expect(consent.needs).to.deep.equal(['cleanup']);
      const janitor: string[][] = [];
      undo.push(consent.on('janitor', (detail) => janitor.push(detail.deleted)));
      consent.upgrade(makeFull());
      await settle();
      expect(janitor).to.deep.equal([['_ga']]);
      expect(document.cookie).not.to.match(/(^|; )_ga=/);
    });
  });

  describe('set', () => {
    it('before upgrade, makes the full instance on demand and sets the choices there', async () => {
      const full = makeFull();
      const fullChanges = changesOf(full);
      let calls = 0;
      const consent = head({ full: async () => (calls++, full) });
      const result = await consent.set({ analytics: true }, { layer: 'placeholder' });
      expect(calls).to.equal(1);
      expect(full.allows('analytics')).to.equal(true);
      expect(result).to.equal(full.get());
      expect(fullChanges).to.have.length(1);
      expect(fullChanges[0]).to.deep.include({ layer: 'placeholder', action: 'custom' });
      expect(readCookie('consentry')).to.equal(cookieValue());
      expect(head().allows('analytics'), 'stored in the real cookie').to.equal(true);
    });

    it('reaches the head listeners when the loader upgrades (as the drop-in does), and goes straight to the full instance after', async () => {
      const full = makeFull();
      let calls = 0;
      const consent: HeadConsent = head({
        full: async () => {
          calls++;
          consent.upgrade(full);
          return full;
        },
      });
      const seen = changesOf(consent);
      expect(consent.needsDecision()).to.equal(true);
      await consent.set({ analytics: true });
      expect(consent.allows('analytics')).to.equal(true);
      expect(consent.needsDecision()).to.equal(false);
      expect(seen).to.have.length(1);
      expect(seen[0]!.changed).to.deep.equal(['analytics']);
      const after = consent.set({ analytics: false, marketing: true });
      expect(after, 'synchronous once upgraded').to.equal(full.get());
      expect(calls).to.equal(1);
      expect(consent.allows('marketing')).to.equal(true);
      expect(seen).to.have.length(2);
    });
  });

  describe('readCookie', () => {
    it('returns undefined for a cookie that is not there, and an exact name only', () => {
      document.cookie = 'consentry_x=1; path=/';
      document.cookie = 'xconsentry=2; path=/';
      expect(readCookie('consentry')).to.equal(undefined);
      expect(readCookie('consentry_x')).to.equal('1');
      document.cookie = 'empty=; path=/';
      expect(readCookie('empty')).to.equal('');
    });

    it('skips a cookie without a name, even one whose value starts with the name', () => {
      // Set first, so document.cookie lists it before the real consent cookie.
      document.cookie = 'consentryZ; path=/';
      undo.push(() => (document.cookie = 'x; path=/; max-age=0'));
      const state = store({ analytics: true });
      expect(document.cookie.split('; ')).to.include('consentryZ');
      expect(readCookie('consentry')).not.to.equal('consentryZ');
      expect(head().get()).to.deep.equal(state);
    });

    it('the first cookie of a name wins (the one of the longest path, as document.cookie lists it)', async () => {
      // Two cookies of one name are only both visible on a deeper path: run readCookie in a
      // same-origin frame there (Chrome fixes a document's cookie URL when it is created).
      document.cookie = 'twin=root; path=/';
      document.cookie = 'twin=deep; path=/head-consent-deep/';
      undo.push(() => (document.cookie = 'twin=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/head-consent-deep/'));
      const frame = document.createElement('iframe');
      undo.push(() => frame.remove());
      frame.src = '/head-consent-deep/page';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      await loaded;
      const inner = frame.contentWindow as Window & { twin?: { cookie: string; read: string | undefined } };
      const script = inner.document.createElement('script');
      script.type = 'module';
      script.textContent = `import { readCookie } from '${new URL('./head-consent.ts', import.meta.url).pathname}';
        window.twin = { cookie: document.cookie, read: readCookie('twin') };`;
      inner.document.head.append(script);
      const twin = await waitFor(() => inner.twin, 'readCookie in the frame');
      expect(twin.cookie).to.match(/(^|; )twin=deep; (.*; )?twin=root(;|$)/);
      expect(twin.read).to.equal('deep');
      expect(readCookie('twin')).to.equal('root');
    });

    it('percent-decodes the value (as js-cookie writes it), and the head reads a decision so encoded', () => {
      document.cookie = 'greeting=caf%C3%A9%3B%20ok; path=/';
      expect(readCookie('greeting')).to.equal('café; ok');
      const state = store({ analytics: true });
      const real = cookieValue() as string;
      document.cookie = `consentry=${encodeURIComponent(real)}; path=/`;
      expect(cookieValue()).to.contain('%7C');
      expect(readCookie('consentry')).to.equal(real);
      expect(head().get()).to.deep.equal(state);
    });

    it('returns a malformed %-sequence raw, and a value with "=" whole', () => {
      document.cookie = 'broken=100%25%zz%E0%A4%A; path=/';
      expect(readCookie('broken')).to.equal('100%25%zz%E0%A4%A');
      document.cookie = 'pair=a=b==; path=/';
      expect(readCookie('pair')).to.equal('a=b==');
    });
  });
});
