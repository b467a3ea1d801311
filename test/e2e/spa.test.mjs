// End to end: the demo's single-page app (demo/spa), which uses `consentry` from npm bundled
// by rollup, with a tag inserted by a client-side navigation.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startE2e } from './harness.mjs';

describe('the SPA example (npm import, client-side navigation)', () => {
  let e2e;
  before(async () => {
    e2e = await startE2e();
  });
  after(() => e2e?.close());

  it('holds an embed a navigation inserts until consent, and starts GA through consent.when()', async () => {
    const visitor = await e2e.visitor();
    const page = await visitor.open('/spa/');
    await visitor.banner();
    await page.click('a[href="/spa/help"]');
    await page.waitForSelector('iframe[data-consent="marketing"]');
    assert.equal(new URL(page.url()).pathname, '/spa/help', 'a client-side navigation');
    assert.equal(await page.$eval('iframe[data-consent="marketing"]', (frame) => frame.hasAttribute('src')), false);
    await page.waitForSelector('.consentry-placeholder', { visible: true, timeout: 10000 });
    assert.deepEqual(visitor.requested('/fake-youtube/'), []);
    assert.deepEqual(visitor.requested('/fake-ga/'), []);

    await visitor.clickBanner('accept-all');
    await visitor.until(() => document.querySelector('iframe[data-consent="marketing"]')?.getAttribute('src')?.includes('/fake-youtube/'));
    await visitor.until(() => /(?:^|; )_ga=/.test(document.cookie));
    assert.equal(visitor.requested('/fake-ga/gtag.js').length, 1);

    // The next client-side navigation is a page view GA receives.
    const before = e2e.demo.ga.hits.length;
    await page.click('a[href="/spa/checkout"]');
    for (let attempt = 0; attempt < 50 && e2e.demo.ga.hits.length === before; attempt++) await new Promise((resolve) => setTimeout(resolve, 100));
    assert.ok(e2e.demo.ga.hits.slice(before).some((hit) => hit.params.en === 'page_view' && hit.params.cid));
    assert.deepEqual(visitor.errors, []);
    await visitor.close();
  });
});
