import { expect } from '@esm-bundle/chai';
import { auditCookies, watchCookies, type AuditEntry, type AuditHost, type ConsentConfig } from '@consentry/core';
import { catalogue } from '@consentry/core/catalogue';
import { clearCookies } from '../../../test/helpers/requests.js';

const config: ConsentConfig = {
  revision: 1,
  categories: { necessary: {}, analytics: {}, marketing: { cookies: ['site_ads'] } },
};

/** A host that grants exactly `granted` (necessary always). */
const host = (...granted: string[]): AuditHost => ({ config, allows: (category) => category === 'necessary' || granted.includes(category) });

const setCookie = (name: string, value = '1'): void => {
  document.cookie = `${name}=${value}; path=/; SameSite=Lax; Secure`;
};

/** Resolves with the first violation, or with `null` after `ms` (then the test checks the null). */
function firstViolation(start: (report: (entry: AuditEntry) => void) => () => void, ms: number): Promise<AuditEntry | null> {
  return new Promise((resolve) => {
    let stop: () => void = () => undefined;
    const timer = setTimeout(() => {
      stop();
      resolve(null);
    }, ms);
    stop = start((entry) => {
      clearTimeout(timer);
      stop();
      resolve(entry);
    });
  });
}

describe('auditCookies', () => {
  afterEach(clearCookies);

  it('lists every visible cookie with its classification and whether consent allows it', () => {
    setCookie('consentry', 'v1');
    setCookie('ASP.NET_SessionId', 'abc');
    setCookie('_ga', 'GA1.1.1.1');
    setCookie('site_ads', 'x');
    setCookie('mystery_cookie', 'y');
    const rows = auditCookies(host('analytics'), catalogue);
    const byName = new Map(rows.map((row) => [row.name, row]));
    expect(byName.get('consentry')).to.include({ category: 'necessary', allowed: true });
    expect(byName.get('ASP.NET_SessionId')).to.include({ category: 'necessary', source: 'catalogue', allowed: true });
    expect(byName.get('_ga')).to.include({ category: 'analytics', vendor: 'Google Analytics', allowed: true });
    expect(byName.get('site_ads')).to.include({ category: 'marketing', source: 'config', allowed: false });
    expect(byName.get('mystery_cookie')).to.include({ category: 'unknown', allowed: false });
  });

  it('refuses what consent refuses and reads a given cookie string without a catalogue', () => {
    const rows = auditCookies(host(), undefined, '_ga=1; csrftoken=2; =3; ; _ga=4');
    expect(rows.map((row) => [row.name, row.category, row.allowed])).to.deep.equal([
      ['_ga', 'unknown', false],
      ['csrftoken', 'necessary', true],
    ]);
  });

  it('treats a catalogue category the site has not configured as unknown, never necessary', () => {
    const [row] = auditCookies(host('analytics'), catalogue, 'wp_lang=en');
    expect(row).to.include({ category: 'unknown', suggestedCategory: 'preferences', allowed: false });
  });
});

describe('watchCookies', () => {
  afterEach(clearCookies);

  it('reports a cookie of a refused category the moment it appears (CookieStore)', async () => {
    expect('cookieStore' in globalThis, 'this Chromium page is a secure context with CookieStore').to.equal(true);
    // The document.cookie safety net is pushed out of the way, so only a change event can report.
    const seen = firstViolation((report) => watchCookies(host(), report, catalogue, { intervalMs: 600000 }), 10000);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // past the one early check
    setCookie('_ga', 'GA1.1.1.1');
    const entry = await seen;
    expect(entry).to.include({ name: '_ga', category: 'analytics', allowed: false, source: 'catalogue' });
  });

  it('reports through the document.cookie check when CookieStore is not used', async () => {
    const seen = firstViolation((report) => watchCookies(host(), report, catalogue, { cookieStore: false, intervalMs: 50 }), 10000);
    setCookie('_fbp', 'fb.1.1.1');
    expect(await seen).to.include({ name: '_fbp', category: 'marketing', allowed: false });
  });

  it('reports unknown cookies but not necessary or granted ones, and each appearance once', async () => {
    const reported: string[] = [];
    const stop = watchCookies(host('analytics'), (entry) => reported.push(entry.name), catalogue, { cookieStore: false, intervalMs: 20 });
    setCookie('csrftoken');
    setCookie('_ga');
    setCookie('mystery_cookie');
    await new Promise((resolve) => setTimeout(resolve, 200));
    setCookie('mystery_cookie', 'changed value');
    await new Promise((resolve) => setTimeout(resolve, 200));
    stop();
    expect(reported).to.deep.equal(['mystery_cookie']);
  });

  it('does not report cookies that were there before watching started, and stops when asked', async () => {
    setCookie('_gid');
    const reported: string[] = [];
    const stop = watchCookies(host(), (entry) => reported.push(entry.name), catalogue, { cookieStore: false, intervalMs: 20 });
    setCookie('_fbp');
    await new Promise((resolve) => setTimeout(resolve, 200));
    stop();
    setCookie('_uetsid');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(reported).to.deep.equal(['_fbp']);
  });
});
