import { expect } from '@esm-bundle/chai';
import { GOOGLE_TAG_HOSTS, TRACKER_HOSTS, trackerFor, urlHost } from '@consentry/gate';
import { findTrackerRequests } from '@consentry/gate/testing';

describe('tracker hosts', () => {
  it('knows the GA traffic of STANDARDS.md section 1 and the marketing hosts of the issue', () => {
    const analytics = [
      'https://www.googletagmanager.com/gtag/js?id=G-1',
      'https://www.googletagmanager.com/gtm.js?id=GTM-1',
      'https://www.googletagmanager.com/ns.html?id=GTM-1',
      'https://www.google-analytics.com/analytics.js',
      'https://region1.google-analytics.com/g/collect?v=2&tid=G-1',
      'https://ssl.google-analytics.com/__utm.gif',
      'https://region1.analytics.google.com/g/collect',
      'https://static.hotjar.com/c/hotjar-1.js',
      'https://www.clarity.ms/tag/abc',
    ];
    const marketing = [
      'https://googleads.g.doubleclick.net/pagead/viewthroughconversion/1',
      'https://stats.g.doubleclick.net/g/collect',
      'https://www.googleadservices.com/pagead/conversion.js',
      'https://connect.facebook.net/en_US/fbevents.js',
      'https://www.facebook.com/tr?id=1',
      'https://snap.licdn.com/li.lms-analytics/insight.min.js',
      'https://px.ads.linkedin.com/collect',
      'https://bat.bing.com/bat.js',
      'https://analytics.tiktok.com/i18n/pixel/events.js',
      'https://ct.pinterest.com/v3/',
      'https://static.ads-twitter.com/uwt.js',
      'https://js.hs-scripts.com/1.js',
      'https://static.criteo.net/js/ld/publishertag.js',
      'https://www.youtube.com/embed/x',
      'https://www.youtube-nocookie.com/embed/x',
      'https://player.vimeo.com/video/1',
    ];
    for (const url of analytics) expect(trackerFor(url)?.category, url).to.equal('analytics');
    for (const url of marketing) expect(trackerFor(url)?.category, url).to.equal('marketing');
  });

  it('does not call first-party, relative or necessary third-party URLs trackers', () => {
    for (const url of ['/js/app.js', 'app.js', '//localhost/x.js', 'https://www.google.com/recaptcha/api.js', 'https://cdn.example.com/x.js', 'data:text/javascript,1', 'javascript:void 0', '']) {
      expect(trackerFor(url), url).to.equal(null);
    }
  });

  it('reads hosts the way browsers do: case, port, credentials, protocol-relative, trailing dot', () => {
    expect(urlHost('HTTPS://WWW.Facebook.COM/tr')).to.equal('www.facebook.com');
    expect(urlHost('https://user:pw@bat.bing.com:443/x')).to.equal('bat.bing.com');
    expect(urlHost('//connect.facebook.net/x')).to.equal('connect.facebook.net');
    expect(urlHost('https://www.googletagmanager.com./gtag/js')).to.equal('www.googletagmanager.com');
    expect(urlHost('  https://clarity.ms')).to.equal('clarity.ms');
    expect(urlHost('/relative')).to.equal('');
  });

  it('lets the most specific key win, with false meaning "not a tracker"', () => {
    const table = { ...TRACKER_HOSTS, 'www.youtube.com': 'preferences', 'cdn.hotjar.com': false as const };
    expect(trackerFor('https://www.youtube.com/embed/x', table)).to.deep.equal({ key: 'www.youtube.com', category: 'preferences' });
    expect(trackerFor('https://m.youtube.com/embed/x', table)).to.deep.equal({ key: 'youtube.com', category: 'marketing' });
    expect(trackerFor('https://cdn.hotjar.com/x.js', table)).to.equal(null);
  });

  it('ignores prototype keys in host names', () => {
    expect(trackerFor('https://__proto__/x')).to.equal(null);
    expect(trackerFor('https://constructor.hasownproperty/x')).to.equal(null);
  });

  it('keeps the built-in table frozen, each key a lower-case host (the table is written as host lists)', () => {
    expect(Object.isFrozen(TRACKER_HOSTS)).to.equal(true);
    expect(Object.keys(TRACKER_HOSTS)).to.have.length.above(40);
    for (const [host, category] of Object.entries(TRACKER_HOSTS)) {
      expect(host).to.match(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      expect(['analytics', 'marketing'], host).to.include(category);
    }
  });

  it("lists Google's tag hosts for advanced mode, all in the table", () => {
    for (const host of GOOGLE_TAG_HOSTS) expect(TRACKER_HOSTS[host], host).to.be.a('string');
  });
});

describe('findTrackerRequests (@consentry/gate/testing)', () => {
  it('reports tracker requests from URL strings, request objects and performance entries', () => {
    const found = findTrackerRequests([
      '/app.js',
      'https://www.googletagmanager.com/gtag/js?id=G-1',
      { url: 'https://www.facebook.com/tr?id=1' },
      { name: 'https://cdn.example.com/lib.js' },
    ]);
    expect(found).to.deep.equal([
      { url: 'https://www.googletagmanager.com/gtag/js?id=G-1', host: 'www.googletagmanager.com', category: 'analytics' },
      { url: 'https://www.facebook.com/tr?id=1', host: 'www.facebook.com', category: 'marketing' },
    ]);
  });

  it('leaves out granted categories and follows a site table', () => {
    const urls = ['https://region1.google-analytics.com/g/collect', 'https://bat.bing.com/action/0', 'https://cdn.example.com/t.js'];
    expect(findTrackerRequests(urls, { granted: ['analytics'], trackers: { 'cdn.example.com': 'marketing' } }).map((r) => r.host)).to.deep.equal([
      'bat.bing.com',
      'cdn.example.com',
    ]);
  });
});
