import { expect } from '@esm-bundle/chai';
import { createConsent, memoryStorage, parseConsentCookie, type ConsentConfig } from '@consentry/core';
import { clearCookies } from '../../../test/helpers/requests.js';
import { settle } from '../../../test/helpers/wait-for.js';
import { consentChecksum, decodeConsentCookie, encodeConsentCookie, encodeLapsedMarker } from './cookie-codec.js';

const config: ConsentConfig = {
  revision: '2026-11.1',
  categories: { necessary: {}, preferences: {}, analytics: { cookies: ['_ga'] }, marketing: {} },
};
const T0 = Date.UTC(2026, 10, 23, 16, 0, 0, 123);
const ID = 'AbCdEfGhIjKlMnOpQrStUv';

/** A valid cookie value: analytics granted, the rest refused. */
function validValue(): string {
  const storage = memoryStorage();
  createConsent(config, { storage, now: () => T0, randomId: () => ID, gpcSignal: false, tabSync: 'off' }).set({ analytics: true });
  return storage.read()!;
}

/** Replaces field `index` of a value and recomputes the checksum (a "careful" edit). */
function resealed(value: string, edit: (fields: string[]) => void): string {
  const fields = value.split('|');
  fields.pop();
  edit(fields);
  const body = fields.join('|');
  return `${body}|${consentChecksum(body)}`;
}

describe('consent cookie format', () => {
  afterEach(() => clearCookies());

  it('round-trips a decision, compact and readable without the config', () => {
    const value = validValue();
    expect(value).to.match(/^1\|AbCdEfGhIjKlMnOpQrStUv\|2026-11\.1\|[0-9a-z]+\|[0-9a-z]+\|c\|preferences:0\.analytics:1\.marketing:0\|[0-9a-f]{8}$/);
    expect(value.length).to.be.below(120);
    const parsed = parseConsentCookie(value);
    expect(parsed).to.deep.equal({
      id: ID,
      revision: '2026-11.1',
      decidedAt: new Date(T0).toISOString(),
      expiresAt: new Date(T0 + 182 * 864e5).toISOString(),
      choices: { necessary: true, preferences: false, analytics: true, marketing: false },
      method: 'custom',
      gpc: false,
    });
  });

  it('stays under 300 bytes with long category names and a 64-character revision', () => {
    const categories = Object.fromEntries(['necessary', 'preferences', 'analytics', 'marketing', 'x'.repeat(32), 'y'.repeat(32)].map((id) => [id, {}]));
    const storage = memoryStorage();
    createConsent({ revision: 'r'.repeat(64), categories }, { storage, gpcSignal: false, tabSync: 'off' }).acceptAll();
    expect(storage.read()!.length).to.be.below(300);
  });

  it('only uses characters that js-cookie and a Cookie header carry unchanged', () => {
    const value = validValue();
    expect(value).to.match(/^[A-Za-z0-9|.:_-]+$/);
    // RFC 6265 cookie-octet: no space, DQUOTE, comma, semicolon or backslash.
    expect(value).not.to.match(/[\s",;\\]/);
  });

  it('keeps every method and the GPC flag', () => {
    const base = parseConsentCookie(validValue())!;
    for (const method of ['accept-all', 'reject-all', 'custom', 'gpc', 'api'] as const) {
      for (const gpc of [false, true]) {
        const parsed = parseConsentCookie(encodeConsentCookie({ ...base, method }, gpc));
        expect(parsed?.method).to.equal(method);
        expect(parsed?.gpc).to.equal(gpc);
      }
    }
  });

  it('encodes a lapsed marker that keeps the id but is no decision', () => {
    const marker = encodeLapsedMarker(ID);
    expect(decodeConsentCookie(marker)).to.deep.equal({ kind: 'lapsed', id: ID });
    expect(parseConsentCookie(marker)).to.equal(null);
  });

  it('reads as null when expired or of another revision, if the server asks', () => {
    const value = validValue();
    expect(parseConsentCookie(value, { now: T0 + 181 * 864e5, revision: '2026-11.1' })).not.to.equal(null);
    expect(parseConsentCookie(value, { now: T0 + 182 * 864e5 })).to.equal(null);
    expect(parseConsentCookie(value, { now: new Date(T0 + 200 * 864e5) })).to.equal(null);
    expect(parseConsentCookie(value, { revision: 2 })).to.equal(null);
  });

  it('says why a value was refused', () => {
    const value = validValue();
    expect(decodeConsentCookie('')).to.deep.equal({ kind: 'invalid', reason: 'empty' });
    expect(decodeConsentCookie('{"a":1}')).to.deep.equal({ kind: 'invalid', reason: 'foreign' });
    expect(decodeConsentCookie(`2${value.slice(1)}`)).to.deep.equal({ kind: 'invalid', reason: 'future-version' });
    expect(decodeConsentCookie(value.replace('analytics:1', 'analytics:0'))).to.deep.equal({ kind: 'invalid', reason: 'checksum' });
    expect(decodeConsentCookie(resealed(value, (f) => (f[5] = 'z')))).to.deep.equal({ kind: 'invalid', reason: 'malformed' });
  });

  describe('hostile and corrupted values: never consent, never a throw', () => {
    const valid = validValue();
    const [version, id, revision, decided, expires, method, choices] = valid.split('|');
    const flipped = valid.replace('marketing:0', 'marketing:1');
    const hostile: Array<[string, string]> = [
      ['garbage', 'garbage'],
      ['null', 'null'],
      ['true', 'true'],
      ['a number', '1'],
      ['JSON choices', '{"necessary":true,"analytics":true,"marketing":true}'],
      ['another CMP (cookieconsent v3 style)', '{"categories":["necessary","analytics","marketing"],"revision":0,"consentId":"x"}'],
      ['base64 JSON', btoa('{"analytics":true}')],
      ['a future version', resealed(valid, (f) => (f[0] = '2'))],
      ['a far future version', `9999${valid.slice(1)}`],
      ['version 0', resealed(valid, (f) => (f[0] = '0'))],
      ['truncated by one character', valid.slice(0, -1)],
      ['truncated in half', valid.slice(0, Math.floor(valid.length / 2))],
      ['truncated before the checksum', valid.slice(0, valid.lastIndexOf('|'))],
      ['checksum zeroed', `${valid.slice(0, valid.lastIndexOf('|'))}|00000000`],
      ['a choice flipped to consent (checksum not updated)', flipped],
      ['necessary refused (resealed)', resealed(valid, (f) => (f[6] = `necessary:0.${choices}`))],
      ['a category twice (resealed)', resealed(valid, (f) => (f[6] = `${choices}.marketing:1`))],
      ['__proto__ as a category (resealed)', resealed(valid, (f) => (f[6] = '__proto__:1'))],
      ['upper-case category (resealed)', resealed(valid, (f) => (f[6] = 'Analytics:1'))],
      ['a choice of 2 (resealed)', resealed(valid, (f) => (f[6] = 'analytics:2'))],
      ['an id too short (resealed)', resealed(valid, (f) => (f[1] = 'abc'))],
      ['a revision with a space (resealed)', resealed(valid, (f) => (f[2] = 'May 2026'))],
      ['expiry before the decision (resealed)', resealed(valid, (f) => ([f[3], f[4]] = [expires!, decided!]))],
      ['a lifetime of 500 days (resealed)', resealed(valid, (f) => (f[4] = (parseInt(decided!, 36) + 500 * 864e5).toString(36)))],
      ['a time past year 2200 (resealed)', resealed(valid, (f) => (f[4] = 'zzzzzzzzzz'))],
      ['a time that is not base 36 (resealed)', resealed(valid, (f) => (f[3] = '12.5'))],
      ['an unknown method (resealed)', resealed(valid, (f) => (f[5] = 'x'))],
      ['a method with a bad flag (resealed)', resealed(valid, (f) => (f[5] = 'cq'))],
      ['an extra field (resealed)', resealed(valid, (f) => f.push('extra'))],
      ['fields missing (resealed)', resealed(valid, (f) => f.splice(2, 1))],
      ['only separators', '|||||||'],
      ['a lapsed marker with a bad checksum', `1|${id}|-|deadbeef`],
      ['a lapsed marker with a bad id', encodeLapsedMarker('x')],
      ['percent-encoded junk', '%E0%A4%A'],
      ['a quoted value', '"1|2|3"'],
      ['unicode', `${version}|${id}|rév|${decided}|${expires}|${method}|${choices}|00000000`],
    ];
    expect(hostile.length).to.be.at.least(30);

    it('parseConsentCookie returns null for each', () => {
      for (const [what, value] of hostile) expect(parseConsentCookie(value), what).to.equal(null);
      for (const value of [undefined, null, 42, {}, [], 'x'.repeat(5000), `${valid}${'.analytics:1'.repeat(400)}`]) {
        expect(parseConsentCookie(value)).to.equal(null);
      }
    });

    it('createConsent reads each as "no decision" from a real cookie and warns', async () => {
      for (const [what, value] of hostile) {
        // Encode what a cookie cannot hold raw; js-cookie decodes it on read.
        document.cookie = `consentry=${/^[\x21-\x7e]*$/.test(value) && !/[;,"\\%]/.test(value) ? value : encodeURIComponent(value)}; path=/`;
        const warnings: string[] = [];
        const consent = createConsent(config, { gpcSignal: false, tabSync: 'off' });
        consent.on('warning', (detail) => warnings.push(detail.code));
        expect(consent.get(), what).to.equal(null);
        expect(consent.needsDecision(), what).to.equal(true);
        expect(consent.allows('analytics'), what).to.equal(false);
        expect(consent.allows('marketing'), what).to.equal(false);
        await settle();
        expect(warnings, what).to.deep.equal(['cookie/unreadable']);
        consent.destroy();
        clearCookies();
      }
    });

    it('a raw value js-cookie cannot decode reads as no cookie at all', () => {
      document.cookie = 'consentry=%E0%A4%A; path=/';
      const consent = createConsent(config, { gpcSignal: false, tabSync: 'off' });
      expect(consent.get()).to.equal(null);
      expect(consent.allows('analytics')).to.equal(false);
      consent.destroy();
    });
  });
});
