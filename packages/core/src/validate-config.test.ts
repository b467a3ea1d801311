import { expect } from '@esm-bundle/chai';
import { ConsentryError, validateConfig, type ConsentryErrorCode } from '@consentry/core';

const base = () => ({
  revision: 1 as string | number,
  categories: { necessary: {}, analytics: { cookies: ['_ga', '_ga_*'] as unknown[] }, marketing: {} } as Record<string, unknown>,
});

/** Calls validateConfig and returns the ConsentryError it throws. */
function errorOf(config: unknown): ConsentryError {
  try {
    validateConfig(config);
  } catch (error) {
    expect(error).to.be.instanceOf(ConsentryError);
    return error as ConsentryError;
  }
  throw new Error('validateConfig accepted a bad config');
}

function expectError(config: unknown, code: ConsentryErrorCode, field: string) {
  const error = errorOf(config);
  expect(error.code, error.message).to.equal(code);
  expect(error.field).to.equal(field);
  expect(error.message.startsWith(`${field}: `)).to.equal(true);
  // The message says what to do, not only what is wrong.
  expect(error.message.length).to.be.greaterThan(field.length + 20);
}

describe('validateConfig', () => {
  it('fills in every default and keeps categories in order, necessary first', () => {
    const config = validateConfig({ revision: 7, categories: { analytics: {}, necessary: {}, marketing: {} } });
    expect(config.revision).to.equal('7');
    expect(Object.keys(config.categories)).to.deep.equal(['necessary', 'analytics', 'marketing']);
    expect(config.categories.necessary!.required).to.equal(true);
    expect(config.cookie).to.deep.equal({ name: 'consentry', path: '/', sameSite: 'Lax' });
    expect(config.expiresAfterDays).to.equal(182);
    expect(config.gpc).to.equal(true);
    expect(config.reloadOnWithdraw).to.equal(true);
  });

  it('returns a deep-frozen copy and leaves the site object alone', () => {
    const input = base();
    const config = validateConfig(input);
    expect(Object.isFrozen(config)).to.equal(true);
    expect(Object.isFrozen(config.categories)).to.equal(true);
    expect(Object.isFrozen(config.categories.analytics!.cookies)).to.equal(true);
    expect(Object.isFrozen(config.cookie)).to.equal(true);
    expect(Object.isFrozen(input)).to.equal(false);
    (input.categories.analytics as { cookies: unknown[] }).cookies.push('_gid');
    expect(config.categories.analytics!.cookies).to.deep.equal(['_ga', '_ga_*']);
  });

  it('accepts every documented option', () => {
    const config = validateConfig({
      revision: '2026-11-01',
      categories: {
        necessary: { title: 'Necessary', cookies: [{ name: 'sid', httpOnly: true, provider: 'Us', purpose: 'login', lifetime: 'session' }] },
        preferences: { description: 'Language' },
        analytics: { cookies: ['_ga', { name: '_gid', domain: '.example.com', path: '/', thirdParty: false }] },
      },
      cookie: { name: 'site_consent', domain: '.example.com', path: '/', sameSite: 'Strict', secure: true },
      expiresAfterDays: 395,
      gpc: false,
      policyUrl: '/privacy',
      language: 'en-GB',
      reloadOnWithdraw: false,
      consentMode: true,
      records: {},
      gate: { anything: 1 },
      ui: { layout: 'bar' },
    });
    expect(config.cookie.name).to.equal('site_consent');
    expect(config.gpc).to.equal(false);
    expect(config.policyUrl).to.equal('/privacy');
  });

  it('drops an own "__proto__" key of a JSON gate config instead of changing a prototype', () => {
    const config = validateConfig({ ...base(), gate: JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') });
    expect(config.gate).to.deep.equal({ a: 1 });
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  describe('errors, one per code', () => {
    it('config/not-an-object', () => {
      for (const bad of [null, undefined, 'config', 42, [], new Date()]) expectError(bad, 'config/not-an-object', 'config');
    });
    it('config/unknown-key', () => {
      expectError({ ...base(), expiresAfterDay: 30 }, 'config/unknown-key', 'expiresAfterDay');
      expectError(JSON.parse('{"revision":1,"categories":{"necessary":{}},"__proto__":{}}'), 'config/unknown-key', '__proto__');
    });
    it('config/revision', () => {
      for (const bad of [undefined, '', 'May 2026', 'a|b', NaN, Infinity, true, 'x'.repeat(65)]) {
        expectError({ ...base(), revision: bad }, 'config/revision', 'revision');
      }
    });
    it('config/categories', () => {
      for (const bad of [undefined, [], 'necessary']) expectError({ revision: 1, categories: bad }, 'config/categories', 'categories');
    });
    it('config/category-id', () => {
      for (const id of ['Analytics', '1st', 'a b', 'constructor', 'unknown', 'x'.repeat(33), 'über']) {
        expectError({ revision: 1, categories: { necessary: {}, [id]: {} } }, 'config/category-id', `categories.${id}`);
      }
      expectError(JSON.parse('{"revision":1,"categories":{"necessary":{},"__proto__":{}}}'), 'config/category-id', 'categories.__proto__');
    });
    it('config/necessary-missing', () => {
      expectError({ revision: 1, categories: { analytics: {} } }, 'config/necessary-missing', 'categories.necessary');
    });
    it('config/necessary-optional', () => {
      expectError({ revision: 1, categories: { necessary: { required: false } } }, 'config/necessary-optional', 'categories.necessary.required');
    });
    it('config/category-shape', () => {
      expectError({ revision: 1, categories: { necessary: {}, analytics: true } }, 'config/category-shape', 'categories.analytics');
      expectError({ revision: 1, categories: { necessary: {}, analytics: { cookie: [] } } }, 'config/category-shape', 'categories.analytics.cookie');
      expectError({ revision: 1, categories: { necessary: {}, analytics: { required: true } } }, 'config/category-shape', 'categories.analytics.required');
      expectError({ revision: 1, categories: { necessary: {}, analytics: { cookies: '_ga' } } }, 'config/category-shape', 'categories.analytics.cookies');
      expectError({ revision: 1, categories: { necessary: {}, analytics: { cookies: [42] } } }, 'config/category-shape', 'categories.analytics.cookies[0]');
      expectError({ revision: 1, categories: { necessary: {}, analytics: { cookies: [{ name: '_ga', httpOnly: 'yes' }] } } }, 'config/category-shape', 'categories.analytics.cookies[0].httpOnly');
      expectError({ revision: 1, categories: { necessary: {}, analytics: { cookies: [{ name: '_ga', path: 'x' }] } } }, 'config/category-shape', 'categories.analytics.cookies[0].path');
      expectError({ revision: 1, categories: { necessary: {}, analytics: { title: 3 } } }, 'config/category-shape', 'categories.analytics.title');
    });
    it('config/cookie-pattern', () => {
      for (const bad of ['', '*', '_*', '_ga*x*', 'a b', 'a;b', 'a=b', '*_ga']) {
        expectError({ revision: 1, categories: { necessary: {}, analytics: { cookies: ['_ga', bad] } } }, 'config/cookie-pattern', 'categories.analytics.cookies[1]');
      }
      expectError({ revision: 1, categories: { necessary: {}, analytics: { cookies: [{ name: 'a,b' }] } } }, 'config/cookie-pattern', 'categories.analytics.cookies[0].name');
    });
    it('config/duplicate-cookie', () => {
      const twice = (a: unknown, b: unknown) => ({ revision: 1, categories: { necessary: {}, analytics: { cookies: [a] }, marketing: { cookies: [b] } } });
      expectError(twice('_ga', '_ga'), 'config/duplicate-cookie', 'categories.marketing.cookies[0]');
      expectError(twice('_ga_*', '_ga_XYZ'), 'config/duplicate-cookie', 'categories.marketing.cookies[0]');
      expectError(twice('_gcl_*', '_gc*'), 'config/duplicate-cookie', 'categories.marketing.cookies[0]');
      expectError(twice({ name: 'id' }, { name: 'id', domain: '.example.com' }), 'config/duplicate-cookie', 'categories.marketing.cookies[0]');
      // A prefix does not clash with the exact name it starts with: `_ga_*` needs more after it.
      expect(() => validateConfig(twice('_ga_*', '_ga_'))).not.to.throw();
    });
    it('config/cookie-options', () => {
      const withCookie = (cookie: unknown) => ({ ...base(), cookie });
      expectError(withCookie('consentry'), 'config/cookie-options', 'cookie');
      expectError(withCookie({ name: 'my consent' }), 'config/cookie-options', 'cookie.name');
      expectError(withCookie({ name: '' }), 'config/cookie-options', 'cookie.name');
      expectError(withCookie({ domain: 'exa mple.com' }), 'config/cookie-options', 'cookie.domain');
      expectError(withCookie({ path: 'consent' }), 'config/cookie-options', 'cookie.path');
      expectError(withCookie({ sameSite: 'lax' }), 'config/cookie-options', 'cookie.sameSite');
      expectError(withCookie({ secure: 'yes' }), 'config/cookie-options', 'cookie.secure');
      expectError(withCookie({ sameSite: 'None', secure: false }), 'config/cookie-options', 'cookie.secure');
      expectError(withCookie({ maxAge: 3 }), 'config/cookie-options', 'cookie.maxAge');
    });
    it('config/expiry-range', () => {
      for (const bad of [0, 0.5, 396, -1, NaN, '30', null]) expectError({ ...base(), expiresAfterDays: bad }, 'config/expiry-range', 'expiresAfterDays');
      expect(validateConfig({ ...base(), expiresAfterDays: 1 }).expiresAfterDays).to.equal(1);
    });
    it('config/type', () => {
      expectError({ ...base(), gpc: 'true' }, 'config/type', 'gpc');
      expectError({ ...base(), reloadOnWithdraw: 1 }, 'config/type', 'reloadOnWithdraw');
      expectError({ ...base(), policyUrl: 42 }, 'config/type', 'policyUrl');
      expectError({ ...base(), language: '' }, 'config/type', 'language');
    });
    it('config/consent-mode', () => {
      expectError({ ...base(), consentMode: 'basic' }, 'config/consent-mode', 'consentMode');
      expectError({ ...base(), consentMode: [] }, 'config/consent-mode', 'consentMode');
    });
    it('config/records', () => {
      expectError({ ...base(), records: 'https://example.com' }, 'config/records', 'records');
      expectError({ ...base(), records: null }, 'config/records', 'records');
    });
    it('config/gate and config/ui', () => {
      expectError({ ...base(), gate: true }, 'config/gate', 'gate');
      expectError({ ...base(), ui: ['bar'] }, 'config/ui', 'ui');
    });
  });
});
