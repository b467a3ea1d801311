// End-to-end on a site page (test/pages/gate-ga.html) loaded in an iframe: the real core,
// Consent Mode and gate start in <head> from the bundled test drop-in; the fake Google
// Analytics and other trackers answer on their real host names; every request is recorded.
import { expect } from '@esm-bundle/chai';
import { findTrackerRequests } from '@consentry/gate/testing';
import { clearCookies, clearRequests, recordedRequests } from '../../../test/helpers/requests.js';
import { hostsOf, layerOf, openPopup, openSite, settle, trackerRequests, waitForRequest, type Site } from '../../../test/helpers/gate-site.js';

const PAGE = '/test/pages/gate-ga.html';
const ANALYTICS_HOSTS = ['region1.google-analytics.com', 'static.hotjar.com', 'www.googletagmanager.com'];
const MARKETING_HOSTS = ['bat.bing.com', 'connect.facebook.net', 'snap.licdn.com', 'www.facebook.com', 'www.youtube.com'];
const DEFAULT = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
};
const ALL_GRANTED = { ...DEFAULT, ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'granted' };
const cookieNames = (site: Site): string[] =>
  site.window.document.cookie.split('; ').filter(Boolean).map((entry) => entry.split('=')[0]!).sort();
const commands = (site: Site): unknown[][] => layerOf(site.window.dataLayer).map((entry) => entry.slice(0, 2));
/** After "accept all" on PAGE: waits until the last of its tags made their requests. */
async function everyTagStarted(): Promise<void> {
  await waitForRequest((request) => request.host === 'region1.google-analytics.com');
  for (const url of ['/embed/site', '/tr?id=1&ev=late', '/tr?id=1&ev=PageView', '/li.lms-analytics/insight.min.js', '/action/0?ti=1&write=1']) {
    await waitForRequest((request) => request.url === url);
  }
  await settle();
}

let site: Site | undefined;
/** Each test opens its own site page: start from a clean cookie jar and request log, remove the page after. */
function cleanSiteBetweenTests(): void {
  beforeEach(async () => {
    clearCookies();
    await clearRequests();
  });
  afterEach(async () => {
    site?.remove();
    site = undefined;
    clearCookies();
    await clearRequests();
  });
}

describe('gate on a site page (Google Analytics, embeds, late tags)', () => {
  cleanSiteBetweenTests();

  it('first visit: no request to any tracker host on any path; only the consent default is signalled', async () => {
    site = await openSite(PAGE);
    await settle();
    expect(await trackerRequests()).to.deep.equal([]);
    // The same check a site owner can run on the page's own resource timing.
    expect(findTrackerRequests(site.window.performance.getEntriesByType('resource'))).to.deep.equal([]);
    expect(layerOf(site.window.dataLayer)).to.deep.equal([
      ['consent', 'default', { ...DEFAULT, wait_for_update: 500 }],
      ['set', 'url_passthrough', true],
    ]);
    expect(cookieNames(site)).to.deep.equal([]);
    // Every gated path is held: markup (GA, inline config, Meta), document.write (Hotjar,
    // Bing pixel), the embed, createElement + append (LinkedIn), new Image().src (Meta pixel).
    expect(site.window.site.gate.held()).to.have.length(8);
    const placeholder = site.window.document.querySelector('.consentry-placeholder');
    expect(placeholder?.querySelector('button')?.textContent).to.equal('Allow marketing');
    expect(site.window.document.querySelector('iframe')!.hidden).to.equal(true);
  });

  it('accept all: every held tag starts, each once; GA sets its cookies and sends its hit', async () => {
    site = await openSite(PAGE);
    site.window.site.consent.acceptAll();
    await everyTagStarted();
    const requests = await recordedRequests();
    expect(hostsOf(await trackerRequests())).to.deep.equal([...ANALYTICS_HOSTS, ...MARKETING_HOSTS].sort());
    expect(findTrackerRequests(site.window.performance.getEntriesByType('resource'))).not.to.deep.equal([]);
    expect(requests.filter((request) => request.url.startsWith('/gtag/js'))).to.have.length(1);
    const hit = requests.find((request) => request.host === 'region1.google-analytics.com')!;
    expect(hit.url).to.match(/^\/g\/collect\?v=2&tid=G-TEST1&en=page_view&gcs=G111&cid=\d+\.\d+$/);
    expect(site.window.__fakeGa!.loads).to.equal(1);
    expect(cookieNames(site)).to.include.members(['_ga', '_ga_TEST1', '_fbp']);
    expect(site.window.document.querySelector('.consentry-placeholder')).to.equal(null);
    expect(site.window.document.querySelector('iframe')!.hidden).to.equal(false);
    // Consent Mode: default → set → update in the same task as the click → js → config.
    expect(commands(site)).to.deep.equal([['consent', 'default'], ['set', 'url_passthrough'], ['consent', 'update'], ['js', layerOf(site.window.dataLayer)[3]![1]], ['config', 'G-TEST1']]);
    expect(layerOf(site.window.dataLayer)[2]![2]).to.deep.equal(ALL_GRANTED);
  });

  it('analytics only: requests go to analytics hosts and to no marketing host', async () => {
    site = await openSite(PAGE);
    // Built in the frame's realm: the core accepts plain objects of its own realm only.
    site.window.site.consent.set(site.window.JSON.parse('{"analytics":true}') as Record<string, boolean>);
    await waitForRequest((request) => request.host === 'region1.google-analytics.com');
    await settle();
    expect(hostsOf(await trackerRequests())).to.deep.equal(ANALYTICS_HOSTS);
    expect(await trackerRequests(['analytics'])).to.deep.equal([]);
    expect(cookieNames(site)).not.to.include('_fbp');
    expect(site.window.document.querySelector('.consentry-placeholder')).not.to.equal(null);
  });

  it('reject all: no tracker request, and none after a reload either', async () => {
    site = await openSite(PAGE);
    site.window.site.consent.rejectAll();
    await settle();
    expect(await trackerRequests()).to.deep.equal([]);
    await site.reload();
    await settle();
    expect(await trackerRequests()).to.deep.equal([]);
    expect(cookieNames(site)).to.deep.equal(['consentry']);
    // The stored refusal is signalled at once on the new page (CM-3).
    expect(layerOf(site.window.dataLayer)).to.deep.equal([
      ['consent', 'default', { ...DEFAULT, wait_for_update: 500 }],
      ['set', 'url_passthrough', true],
      ['consent', 'update', DEFAULT],
    ]);
  });

  it('returning visitor: consent default → set → update → js → config, nothing before the default', async () => {
    site = await openSite(PAGE);
    site.window.site.consent.acceptAll();
    await site.reload();
    await waitForRequest((request) => request.host === 'region1.google-analytics.com');
    const layer = layerOf(site.window.dataLayer);
    expect(layer.map((entry) => entry.slice(0, 2))).to.deep.equal([
      ['consent', 'default'],
      ['set', 'url_passthrough'],
      ['consent', 'update'],
      ['js', layer[3]![1]],
      ['config', 'G-TEST1'],
    ]);
    expect(layer[2]![2]).to.deep.equal(ALL_GRANTED);
    // The fake gtag.js saw the same order.
    expect(site.window.__fakeGa!.seen).to.deep.equal(['consent', 'set', 'consent', 'js', 'config']);
  });

  it('withdrawal: Consent Mode update to denied, GA cookies deleted, the page reloads with no tracker request', async () => {
    site = await openSite(PAGE);
    site.window.site.consent.acceptAll();
    await everyTagStarted();
    expect(cookieNames(site)).to.include.members(['_ga', '_ga_TEST1', '_fbp']);
    await clearRequests();
    const reloaded = site.nextLoad();
    const layer = site.window.dataLayer!;
    site.window.site.consent.withdraw();
    // Same task as the decision: the update is already there.
    expect(layerOf(layer).at(-1)).to.deep.equal(['consent', 'update', DEFAULT]);
    await reloaded;
    await settle();
    expect(cookieNames(site)).to.deep.equal(['consentry']);
    expect(await trackerRequests()).to.deep.equal([]);
  });
});

describe('gate on a site under a registrable domain (www.shop.example.com)', () => {
  afterEach(async () => {
    clearCookies();
    await clearRequests();
  });

  it('withdrawal deletes GA cookies where GA put them (the highest domain) and the reloaded page sends nothing', async () => {
    const popup = await openPopup(`https://www.shop.example.com:${location.port}${PAGE}`);
    try {
      await popup.call('acceptAll');
      await everyTagStarted();
      const names = (cookies: unknown): string[] => String(cookies).split('; ').filter(Boolean).map((entry) => entry.split('=')[0]!).sort();
      expect(names(await popup.call('cookies'))).to.include.members(['_ga', '_ga_TEST1', 'consentry']);
      await clearRequests();
      const reloaded = popup.ready();
      await popup.call('withdraw');
      await reloaded;
      await settle();
      // The fake gtag.js set them on .example.com, as GA's "auto" cookie domain does.
      expect(names(await popup.call('cookies'))).to.deep.equal(['consentry']);
      expect(await trackerRequests()).to.deep.equal([]);
    } finally {
      await popup.call('clearCookies');
      popup.close();
    }
  });
});

describe('gate on other site pages', () => {
  cleanSiteBetweenTests();

  it('under a nonce-based CSP, activated scripts carry the nonce and run; one without it stays blocked', async () => {
    site = await openSite('/test/pages/gate-csp.html');
    const violations: string[] = [];
    site.window.document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
    site.window.site.consent.acceptAll();
    await waitForRequest((request) => request.host === 'cdn.example.com');
    await settle();
    expect(site.window.__ran).to.deep.equal(['inline with nonce', 'external with nonce']);
    // The page's CSP is really in force: the gated inline script without the nonce was refused.
    expect(violations).to.include('script-src-elem');
  });

  it('advanced mode: the Google tag loads before consent with cookieless pings only, then gets the update', async () => {
    site = await openSite('/test/pages/gate-advanced.html');
    const ping = await waitForRequest((request) => request.host === 'region1.google-analytics.com');
    await settle();
    expect(ping.url).to.equal('/g/collect?v=2&tid=G-ADV&en=page_view&gcs=G100');
    expect(cookieNames(site)).to.deep.equal([]);
    expect(hostsOf(await trackerRequests())).to.deep.equal(['region1.google-analytics.com', 'www.googletagmanager.com']);
    expect(commands(site)).to.deep.equal([['consent', 'default'], ['js', layerOf(site.window.dataLayer)[1]![1]], ['config', 'G-ADV']]);

    await clearRequests();
    site.window.site.consent.acceptAll();
    const hit = await waitForRequest((request) => request.host === 'region1.google-analytics.com');
    await waitForRequest((request) => request.host === 'static.hotjar.com');
    expect(hit.url).to.match(/&gcs=G111&cid=\d+\.\d+$/);
    expect(cookieNames(site)).to.include.members(['_ga', '_ga_ADV']);
    expect(commands(site).at(-1)).to.deep.equal(['consent', 'update']);
  });
});
