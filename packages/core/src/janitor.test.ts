import { expect } from '@esm-bundle/chai';
import { createConsent, type Consent, type ConsentConfig, type JanitorDetail } from '@consentry/core';
import { simulatedJar } from '../../../test/helpers/cookie-jar.js';
import { clearCookies } from '../../../test/helpers/requests.js';
import { settle } from '../../../test/helpers/wait-for.js';
import { candidateDomains, pathPrefixes, runJanitor, visibleCookieNames } from './janitor.js';

const config: ConsentConfig = {
  revision: 1,
  categories: {
    necessary: { cookies: ['sid', { name: 'portal_auth', httpOnly: true }] },
    preferences: { cookies: ['lang_choice'] },
    analytics: { cookies: ['_ga', '_ga_*', { name: 'deep_stat', path: '/deep' }] },
    marketing: { cookies: ['_fbp', { name: 'ad_server', httpOnly: true }] },
  },
};
const names = () => visibleCookieNames(document.cookie);

describe('janitor', () => {
  describe('candidateDomains (pure)', () => {
    it('lists host-only, the host, and every parent with two or more labels', () => {
      expect(candidateDomains('www.shop.example.co.uk')).to.deep.equal(['', '.www.shop.example.co.uk', '.shop.example.co.uk', '.example.co.uk', '.co.uk']);
      expect(candidateDomains('example.com')).to.deep.equal(['', '.example.com']);
      expect(candidateDomains('WWW.Example.COM.')).to.deep.equal(['', '.www.example.com', '.example.com']);
    });

    it('gives only host-only for one-label hosts and IP addresses', () => {
      for (const host of ['localhost', '127.0.0.1', '[::1]', '::1', '']) expect(candidateDomains(host), host).to.deep.equal(['']);
    });
  });

  it('pathPrefixes lists every path a visible cookie can have', () => {
    expect(pathPrefixes('/')).to.deep.equal(['/']);
    expect(pathPrefixes('/a/b.html')).to.deep.equal(['/', '/a', '/a/', '/a/b.html', '/a/b.html/']);
  });

  it('visibleCookieNames reads names once each', () => {
    expect(visibleCookieNames('a=1; b=2=3; a=4;  c=; =x; nameless')).to.deep.equal(['a', 'b', 'c']);
  });

  describe('in a consent instance', () => {
    const made: Consent[] = [];
    const make = () => {
      const consent = createConsent(config, { gpcSignal: false, tabSync: 'off' });
      made.push(consent);
      return consent;
    };
    afterEach(() => {
      made.splice(0).forEach((consent) => consent.destroy());
      clearCookies();
      document.cookie = 'deep_stat=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/deep';
    });

    it('deletes the cookies of a refused category, exact names and patterns, and reports them', () => {
      const consent = make();
      consent.acceptAll();
      for (const cookie of ['_ga=1', '_ga_ABC123=2', '_fbp=3', 'lang_choice=en', 'sid=4', 'unrelated=5']) document.cookie = `${cookie}; path=/`;
      const seen: JanitorDetail[] = [];
      consent.on('janitor', (detail) => seen.push(detail));
      consent.set({ preferences: true, marketing: true });
      expect(seen).to.have.length(1);
      expect(seen[0]!.categories).to.deep.equal(['analytics']);
      expect(seen[0]!.deleted).to.have.members(['_ga', '_ga_ABC123']);
      expect(names()).to.include.members(['_fbp', 'lang_choice', 'sid', 'unrelated', 'consentry']);
      expect(names()).not.to.include.members(['_ga']);
      expect(names()).not.to.include.members(['_ga_ABC123']);
    });

    it('withdraw deletes every optional category and never the consent cookie or necessary cookies', () => {
      const consent = make();
      consent.acceptAll();
      for (const cookie of ['_ga=1', '_fbp=3', 'lang_choice=en', 'sid=4']) document.cookie = `${cookie}; path=/`;
      const seen: JanitorDetail[] = [];
      consent.on('janitor', (detail) => seen.push(detail));
      consent.withdraw();
      expect(seen[0]!.categories).to.deep.equal(['preferences', 'analytics', 'marketing']);
      expect(seen[0]!.deleted).to.have.members(['_ga', '_fbp', 'lang_choice']);
      expect(names()).to.have.members(['sid', 'consentry']);
    });

    it('reports declared HttpOnly cookies of refused categories as undeletable, but not necessary ones', () => {
      const consent = make();
      const seen: JanitorDetail[] = [];
      consent.on('janitor', (detail) => seen.push(detail));
      consent.rejectAll();
      expect(seen[0]!.undeletable).to.deep.equal(['ad_server']);
    });

    it('deletes a declared cookie on its own path, where this page cannot see it', async () => {
      document.cookie = 'deep_stat=1; path=/deep';
      const frame = document.createElement('iframe');
      const cookiesAt = async (src: string) => {
        await new Promise((resolve) => {
          frame.onload = resolve;
          frame.src = src;
          if (!frame.isConnected) document.body.append(frame);
        });
        return frame.contentDocument!.cookie;
      };
      try {
        expect(await cookiesAt('/deep/page')).to.contain('deep_stat=1');
        make().rejectAll();
        expect(await cookiesAt('/deep/page?again')).not.to.contain('deep_stat');
      } finally {
        frame.remove();
      }
    });

    it('at start, deletes cookies of categories not granted (a first visit, after a lapse)', async () => {
      for (const cookie of ['_ga=1', '_fbp=3', 'sid=4']) document.cookie = `${cookie}; path=/`;
      const consent = make();
      // Already gone when createConsent returns; announced in a microtask.
      expect(names()).to.deep.equal(['sid']);
      const seen: JanitorDetail[] = [];
      consent.on('janitor', (detail) => seen.push(detail));
      await settle();
      expect(seen[0]!.deleted).to.have.members(['_ga', '_fbp']);
    });

    it('reports a cookie still visible after every attempt', () => {
      const consent = make();
      consent.acceptAll();
      document.cookie = '_ga=stuck; path=/';
      // Stand-in for a cookie the page cannot delete (an HttpOnly twin, a foreign partition):
      // writes that would delete `_ga` are dropped.
      const native = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
      Object.defineProperty(document, 'cookie', {
        configurable: true,
        get: () => native.get!.call(document) as string,
        set: (value: string) => {
          if (!value.startsWith('_ga=')) native.set!.call(document, value);
        },
      });
      try {
        const seen: JanitorDetail[] = [];
        consent.on('janitor', (detail) => seen.push(detail));
        consent.rejectAll();
        expect(seen[0]!.undeletable).to.include('_ga');
        expect(seen[0]!.deleted).not.to.include('_ga');
      } finally {
        delete (document as unknown as Record<string, unknown>).cookie;
      }
    });

    it('with the catalogue, also deletes undeclared cookies it knows belong to a refused category', async () => {
      const { catalogue } = await import('@consentry/core/catalogue');
      const consent = createConsent(config, { gpcSignal: false, tabSync: 'off', catalogue });
      made.push(consent);
      consent.set({ analytics: true });
      for (const cookie of ['_hjSessionUser_123=1', '_uetsid=2', 'mystery=3']) document.cookie = `${cookie}; path=/`;
      const seen: JanitorDetail[] = [];
      consent.on('janitor', (detail) => seen.push(detail));
      consent.rejectAll();
      // Hotjar (analytics) and Microsoft Ads (marketing) by the catalogue; an unknown name stays.
      expect(seen[0]!.deleted).to.have.members(['_hjSessionUser_123', '_uetsid']);
      expect(names()).to.include('mystery');
    });

    it('without the catalogue, leaves undeclared cookies alone', () => {
      const consent = make();
      document.cookie = '_uetsid=2; path=/';
      consent.rejectAll();
      expect(names()).to.include('_uetsid');
    });

    it('runJanitor keeps the consent cookie even if a category claims its name', () => {
      document.cookie = 'consentry=x; path=/';
      document.cookie = '_fbp=1; path=/';
      const detail = runJanitor(['marketing'], { categories: { necessary: {}, marketing: { cookies: ['consentry', '_fbp'] } }, cookie: { name: 'consentry' } });
      expect(detail.deleted).to.deep.equal(['_fbp']);
      expect(names()).to.include('consentry');
    });
  });

  describe('on every domain level (a modelled jar on www.shop.example.co.uk)', () => {
    // The test rig answers every host but localhost with fakes, and localhost has no parent
    // domain, so the levels are checked against a jar that follows rfc6265bis (see
    // test/helpers/cookie-jar.ts); real deletions on the host level are tested above.
    const jarConfig = {
      categories: { necessary: { cookies: ['sid'] }, analytics: { cookies: ['_ga', '_gid'] }, marketing: { cookies: ['_fbp'] } },
      cookie: { name: 'consentry' },
    };

    it('deletes a refused category on the host, its parents and every path, keeping necessary cookies', () => {
      const jar = simulatedJar('https://www.shop.example.co.uk/account/settings');
      for (const cookie of [
        '_ga=host; path=/',
        '_ga=shop; path=/; domain=.shop.example.co.uk',
        '_ga=site; path=/; domain=example.co.uk',
        '_gid=deep; path=/account; domain=.example.co.uk',
        '_fbp=site; path=/; domain=.example.co.uk',
        'sid=keep; path=/; domain=.example.co.uk',
        'consentry=1; path=/',
        'suffix=1; path=/; domain=.co.uk',
      ]) {
        jar.write(cookie);
      }
      expect(jar.all()).to.have.length(7); // the public suffix was refused
      const detail = runJanitor(['analytics', 'marketing'], jarConfig, undefined, jar);
      expect(detail.deleted).to.have.members(['_ga', '_gid', '_fbp']);
      expect(detail.undeletable).to.deep.equal([]);
      expect(jar.all()).to.have.members(['sid@.example.co.uk/', 'consentry@www.shop.example.co.uk/']);
      // Every attempt carried Secure (https), and none went to a domain outside the candidates.
      const tried = new Set(jar.writes.filter((write) => write.startsWith('_ga=;')).map((write) => /domain=([^;]+)/.exec(write)?.[1] ?? ''));
      expect([...tried]).to.have.members(candidateDomains('www.shop.example.co.uk'));
      expect(jar.writes.filter((write) => write.startsWith('_ga=;')).every((write) => write.includes('; Secure'))).to.equal(true);
    });

    it('also tries a declared domain and path that this page cannot see', () => {
      const jar = simulatedJar('https://www.example.com/');
      const detail = runJanitor(['analytics'], { categories: { necessary: {}, analytics: { cookies: [{ name: 'stat', domain: 'stats.example.com', path: '/app' }] } }, cookie: { name: 'consentry' } }, undefined, jar);
      expect(detail.deleted).to.deep.equal([]);
      expect(jar.writes.some((write) => write.includes('path=/app; domain=.stats.example.com'))).to.equal(true);
    });

    it('writes nothing for declared names this page cannot have (an empty jar: a first visit)', () => {
      const jar = simulatedJar('https://www.shop.example.co.uk/account/settings');
      const detail = runJanitor(['analytics', 'marketing'], jarConfig, undefined, jar);
      expect(detail).to.deep.equal({ categories: ['analytics', 'marketing'], deleted: [], undeletable: [] });
      expect(jar.writes).to.deep.equal([]);
    });

    it('does nothing outside a browser', () => {
      expect(runJanitor(['analytics'], jarConfig, undefined, null)).to.deep.equal({ categories: ['analytics'], deleted: [], undeletable: [] });
    });
  });
});
