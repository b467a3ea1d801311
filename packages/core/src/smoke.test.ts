import { expect } from '@esm-bundle/chai';
import { ConsentryError, parseCookiePattern, matchesCookiePattern } from '@consentry/core';

describe('test rig', () => {
  it('runs in a real Chromium with real cookies', () => {
    document.cookie = 'rig_probe=1; path=/; SameSite=Lax';
    expect(document.cookie).to.contain('rig_probe=1');
    document.cookie = 'rig_probe=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT';
    expect(document.cookie).not.to.contain('rig_probe');
    expect(navigator.userAgent).to.match(/Chrome\/\d+/);
  });

  it('resolves @consentry/core from source', () => {
    const pattern = parseCookiePattern('_ga_*');
    expect(pattern).to.deep.equal({ value: '_ga_', prefix: true });
    expect(matchesCookiePattern('_ga_3XK9ZQ2L1M', pattern!)).to.equal(true);
    expect(new ConsentryError('config/revision', 'x', 'revision').field).to.equal('revision');
  });
});

describe('third-party hosts', () => {
  it('routes a tracker host name to the local test server and records the request', async () => {
    const { clearRequests, recordedRequests } = await import('../../../test/helpers/requests.js');
    await clearRequests();
    await fetch('https://www.google-analytics.com/g/collect?v=2&tid=G-TEST', { mode: 'no-cors' }).catch(() => undefined);
    const seen = await recordedRequests();
    expect(seen.map((r) => r.host)).to.include('www.google-analytics.com');
    expect(seen.find((r) => r.host === 'www.google-analytics.com')!.url).to.equal('/g/collect?v=2&tid=G-TEST');
  });
});
