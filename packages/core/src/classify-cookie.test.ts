import { expect } from '@esm-bundle/chai';
import { classifyCookie } from '@consentry/core';
import { catalogue, classifyByName as builtIn, loadCatalogue, mergeCatalogues } from '@consentry/core/catalogue';
import { classifyByName, hasTrackingSignal, nameTokens } from './heuristics.js';
import { clearCookies } from '../../../test/helpers/requests.js';

describe('classifyCookie in the browser (the evaluation interface)', () => {
  afterEach(clearCookies);

  it('classifies the issue seeds with the built-in catalogue', () => {
    const seeds: Array<[string, string | undefined, string]> = [
      ['ASP.NET_SessionId', undefined, 'necessary'],
      ['__RequestVerificationToken', undefined, 'necessary'],
      ['.ASPXAUTH', undefined, 'necessary'],
      ['__cfduid', undefined, 'necessary'],
      ['__cf_bm', undefined, 'necessary'],
      ['cf_clearance', undefined, 'necessary'],
      ['_ga', undefined, 'analytics'],
      ['_ga_3XK9ZQ2L1M', undefined, 'analytics'],
      ['_gat_UA-1234-1', undefined, 'analytics'],
      ['_gid', undefined, 'analytics'],
      ['_fbp', undefined, 'marketing'],
      ['IDE', '.doubleclick.net', 'marketing'],
      ['IDE', undefined, 'unknown'],
    ];
    for (const [name, domain, expected] of seeds) expect(classifyCookie(name, domain, { catalogue }).category, name).to.equal(expected);
  });

  it('classifies the cookies this page really holds, names read back from document.cookie', () => {
    document.cookie = '_ga_3XK9ZQ2L1M=GS1.1.1; path=/; Secure';
    document.cookie = 'myportal_session=abc; path=/; Secure';
    const names = document.cookie.split('; ').map((pair) => pair.split('=')[0]!);
    const found = Object.fromEntries(names.map((name) => [name, classifyCookie(name, location.hostname, { catalogue }).category]));
    expect(found).to.include({ _ga_3XK9ZQ2L1M: 'analytics', myportal_session: 'necessary' });
  });

  it('loads an imported catalogue file behind the built-in one', async () => {
    const file = { format: 'consentry-catalogue', version: 1, vendors: [['Acme', 'm', '', 'Acme ads', 'acme_ad_*|1y\n_ga|1y|claims GA is marketing']] };
    const merged = mergeCatalogues(catalogue, loadCatalogue(JSON.parse(JSON.stringify(file))));
    expect(classifyCookie('acme_ad_42', undefined, { catalogue: merged })).to.deep.equal({ category: 'marketing', vendor: 'Acme', purpose: 'Acme ads', lifetime: '1 year', source: 'catalogue' });
    expect(classifyCookie('_ga', undefined, { catalogue: merged }).category).to.equal('analytics');
  });

  it('takes the heuristics by default, from the option, or not at all', () => {
    expect(classifyCookie('shop_session').source).to.equal('heuristic');
    expect(classifyCookie('shop_session', undefined, { catalogue }).source).to.equal('heuristic');
    expect(classifyCookie('shop_session', undefined, { heuristics: false }).category).to.equal('unknown');
    const mine = (name: string) => (name === 'shop_session' ? ({ category: 'preferences', purpose: 'Mine' } as const) : null);
    expect(classifyCookie('shop_session', undefined, { catalogue, heuristics: mine })).to.deep.equal({ category: 'preferences', purpose: 'Mine', source: 'heuristic' });
    // The catalogue still answers first.
    expect(classifyCookie('_ga', undefined, { catalogue, heuristics: mine }).source).to.equal('catalogue');
    // Every catalogue of @consentry/core/catalogue carries the built-in heuristics.
    expect(catalogue.heuristics).to.equal(builtIn);
    expect(mergeCatalogues(loadCatalogue({ format: 'consentry-catalogue', version: 1, vendors: [] }), catalogue).heuristics).to.equal(builtIn);
  });
});

describe('naming heuristics', () => {
  it('split names into words at separators and camelCase humps', () => {
    expect(nameTokens('__RequestVerificationToken')).to.deep.equal(['request', 'verification', 'token']);
    expect(nameTokens('ASP.NET_SessionId')).to.deep.equal(['asp', 'net', 'session', 'id']);
    expect(nameTokens('XSRF-TOKEN')).to.deep.equal(['xsrf', 'token']);
  });

  it('answer only for plain wording, and never for tracking words or vendor-prefixed ids', () => {
    expect(classifyByName('csrf_token')?.category).to.equal('necessary');
    expect(classifyByName('shop_session')?.category).to.equal('necessary');
    expect(classifyByName('PortalAuth')?.category).to.equal('necessary');
    expect(classifyByName('site_consent')?.category).to.equal('necessary');
    expect(classifyByName('lb_affinity')?.category).to.equal('necessary');
    expect(classifyByName('i18next')?.category).to.equal('preferences');
    expect(classifyByName('color-theme')?.category).to.equal('preferences');
    for (const name of ['_hjSession_1', 'visitor_session', 'ad_session', 'BCSessionID', 'QSI_HistorySession', '__gpi_optout', 'session_depth', 'tracking_consent', 'c', '']) {
      expect(classifyByName(name), name).to.equal(null);
    }
    expect(classifyByName('csrf_token', 'www.linkedin.com')).to.equal(null);
    expect(hasTrackingSignal('ajs_user_id')).to.equal(true);
    expect(hasTrackingSignal('laravel_session')).to.equal(false);
  });
});
