// End to end: the demo site (demo/server.mjs) with the built drop-in (packages/*/dist), in
// real Chromium, as a visitor sees it. Also the "one pass against the built bundle".
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startE2e } from './harness.mjs';

/** The dataLayer as `command:argument` strings, e.g. `consent:default`. */
const dataLayer = (page) => page.evaluate(() => (window.dataLayer ?? []).map((entry) => `${entry[0]}:${typeof entry[1] === 'string' ? entry[1] : ''}`));

/**
 * Opens demo pages in `visitor` with their HTML passed through `state.edit` (read at each
 * navigation), e.g. to change the site's config the way a site owner would.
 */
function editedPages(visitor, state) {
  return (path) =>
    visitor.open(path, {
      async intercept(request) {
        if (!request.isNavigationRequest()) return request.continue();
        const html = await (await fetch(request.url())).text();
        return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: state.edit(html) });
      },
    });
}

describe('the demo site with the drop-in script', () => {
  let e2e;
  before(async () => {
    e2e = await startE2e();
  });
  after(() => e2e?.close());

  it('first visit: the banner shows and Google Analytics stays silent', async () => {
    const visitor = await e2e.visitor();
    const page = await visitor.open('/');
    await visitor.banner();
    assert.deepEqual(visitor.requested('/fake-ga/'), [], 'no request to Google Analytics before consent');
    assert.deepEqual(
      visitor.requested('/dist/').map((url) => new URL(url).pathname.replace('/dist/consentry/', '')).sort(),
      ['consentry-core.js', 'consentry-ui.js', 'consentry.js'],
      'the loader, then the core and the UI, each fetched once',
    );
    assert.deepEqual(await dataLayer(page), ['consent:default'], 'only the Consent Mode default, no GA command ran');
    assert.equal((await visitor.cookies())._ga, undefined);
    assert.equal(await page.$eval('iframe.video', (frame) => frame.hasAttribute('src')), false, 'the video embed waits for marketing consent');
    assert.deepEqual(visitor.errors, []);
    await visitor.close();
  });

  it('accept all: GA loads after the consent update, sends a hit and sets _ga', async () => {
    const visitor = await e2e.visitor();
    const page = await visitor.open('/');
    await visitor.clickBanner('accept-all');
    await visitor.until(() => /(?:^|; )_ga=/.test(document.cookie) && /(?:^|; )_ga_HL7Q2M4XZP=/.test(document.cookie));
    assert.equal(visitor.requested('/fake-ga/gtag.js').length, 1);
    const layer = await dataLayer(page);
    assert.deepEqual(layer.slice(0, 4), ['consent:default', 'consent:update', 'js:', 'config:G-HL7Q2M4XZP']);
    await visitor.until(() => !document.querySelector('consentry-banner')?.shadowRoot?.querySelector('[data-action="accept-all"]')?.checkVisibility());
    const hits = e2e.demo.ga.hits.filter((hit) => hit.params.cid && hit.params.gcs === 'G111');
    assert.ok(hits.length >= 1, 'GA received a hit with analytics granted and a client id');
    assert.ok(await page.$eval('iframe.video', (frame) => frame.getAttribute('src')?.includes('/fake-youtube/')), 'the embed loaded');
    assert.deepEqual(visitor.errors, []);
    await visitor.close();
  });

  it('reject all: nothing from GA, also after a reload, and no banner again', async () => {
    const visitor = await e2e.visitor();
    const page = await visitor.open('/');
    await visitor.clickBanner('reject-all');
    await visitor.until(() => /(?:^|; )consentry=/.test(document.cookie));
    await visitor.open('/');
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    assert.deepEqual(visitor.requested('/fake-ga/'), []);
    assert.equal((await visitor.cookies())._ga, undefined);
    assert.equal(await page.$('consentry-banner'), null, 'a returning visitor is not asked again');
    assert.deepEqual(await dataLayer(page), ['consent:default', 'consent:update']);
    await visitor.close();
  });

  it('a returning visitor requests consentry.js and nothing else from its folder', async () => {
    const visitor = await e2e.visitor();
    await visitor.open('/');
    await visitor.clickBanner('accept-all');
    await visitor.until(() => /(?:^|; )_ga=/.test(document.cookie));
    await visitor.records();
    visitor.clear();
    const page = await visitor.open('/');
    await visitor.until(() => /(?:^|; )_ga_HL7Q2M4XZP=/.test(document.cookie) && window.dataLayer.length >= 4);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    assert.deepEqual(
      visitor.requested('/dist/').map((url) => new URL(url).pathname),
      ['/dist/consentry/consentry.js'],
    );
    assert.equal(await page.$('consentry-banner'), null);
    await visitor.close();
  });

  it('the footer link "Cookie settings" reopens the preferences, and a withdrawal removes GA cookies', async () => {
    const visitor = await e2e.visitor();
    const page = await visitor.open('/');
    await visitor.clickBanner('accept-all');
    await visitor.until(() => /(?:^|; )_ga=/.test(document.cookie));
    await visitor.open('/privacy.html');
    // Click once the cookie table has rendered above the footer, so the link does not move under the pointer.
    await visitor.until(() => /_ga/.test(document.querySelector('consentry-declaration')?.shadowRoot?.textContent ?? ''));
    await page.click('footer a[data-consentry-open]');
    await page.waitForSelector('consentry-preferences >>> dialog[open]', { visible: true, timeout: 20000 });
    assert.equal(await page.$eval('consentry-preferences >>> input[name="analytics"]', (input) => input.checked), true);
    assert.deepEqual(visitor.requested('/dist/consentry/consentry-catalogue.js'), [], 'the demo declares every cookie fully: no catalogue needed');
    await page.click('consentry-preferences >>> input[name="analytics"]');
    // Withdrawing a category whose tag ran reloads the page (a running tag cannot be unloaded).
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('consentry-preferences >>> [data-action="save"]')]);
    const cookies = await visitor.cookies();
    assert.equal(cookies._ga, undefined);
    assert.equal(cookies._ga_HL7Q2M4XZP, undefined);
    assert.equal(await page.evaluate(() => window.consentry.get()?.choices.analytics), false);
    // The withdrawal was recorded although the page reloaded at once.
    assert.deepEqual((await visitor.records()).map((record) => [record.action, record.choices.analytics]), [
      ['accept_all', true],
      ['custom', false],
    ]);
    await visitor.close();
  });

  it('the declaration on the privacy page lists every cookie the demo sets', async () => {
    const visitor = await e2e.visitor();
    const page = await visitor.open('/portal/');
    await visitor.clickBanner('accept-all');
    await page.type('input[name="account"]', 'HL-100234');
    await page.type('input[name="password"]', 'demo');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('form button[type="submit"]')]);
    assert.equal(await page.$eval('#account', (element) => element.textContent), 'HL-100234');
    await visitor.open('/');
    await page.click('#vat-toggle');
    await visitor.until(() => /(?:^|; )_ga_HL7Q2M4XZP=/.test(document.cookie) && /(?:^|; )hl_vat=/.test(document.cookie));
    const names = Object.keys(await visitor.cookies()).sort();
    for (const name of ['ASP.NET_SessionId', '__RequestVerificationToken', 'HLPortal.Auth', '__cf_bm', 'consentry', '_ga', '_ga_HL7Q2M4XZP', 'hl_vat']) {
      assert.ok(names.includes(name), `the demo set ${name}`);
    }
    await visitor.open('/privacy.html');
    await visitor.until(() => /_ga/.test(document.querySelector('consentry-declaration')?.shadowRoot?.textContent ?? ''));
    const listed = await page.$eval('consentry-declaration', (element) => element.shadowRoot.textContent);
    for (const name of names) {
      // A family such as _ga_<ID> is declared as the pattern `_ga_*`.
      const declared = listed.includes(name) || (name.startsWith('_ga_') && listed.includes('_ga_*'));
      assert.ok(declared, `the declaration lists ${name}`);
    }
    await visitor.close();
  });

  it('classify() and audit() fetch the catalogue on demand', async () => {
    const visitor = await e2e.visitor();
    const page = await visitor.open('/');
    await visitor.clickBanner('accept-all');
    await visitor.until(() => /(?:^|; )_ga=/.test(document.cookie));
    assert.deepEqual(visitor.requested('/dist/consentry/consentry-catalogue.js'), []);
    const [declared, known, audit] = await page.evaluate(async () => [
      await window.consentry.classify('_ga'),
      await window.consentry.classify('_fbp'),
      await window.consentry.audit(),
    ]);
    assert.equal(visitor.requested('/dist/consentry/consentry-catalogue.js').length, 1);
    assert.deepEqual([declared.category, declared.source], ['analytics', 'config']);
    assert.deepEqual([known.category, known.source], ['marketing', 'catalogue']);
    const ga = audit.find((entry) => entry.name === '_ga');
    assert.deepEqual([ga?.category, ga?.allowed], ['analytics', true]);
    await visitor.close();
  });

  it('every decision becomes a consent record that reaches the site and verifies', async () => {
    const visitor = await e2e.visitor();
    const page = await visitor.open('/');
    await visitor.clickBanner('reject-all');
    const records = await visitor.records();
    assert.equal(records.length, 1);
    assert.equal(records[0].action, 'reject_all');
    assert.equal(records[0].layer, 'banner');
    assert.deepEqual(await page.evaluate(() => window.consentry.records.verify().then((result) => result.ok)), true);
    const id = records[0].id;
    let received = '';
    for (let attempt = 0; attempt < 50 && !received.includes(id); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      received = await readFile(e2e.demo.records, 'utf8').catch(() => '');
    }
    assert.ok(received.includes(id), 'the record reached the demo server');
    await visitor.close();
  });

  it('a decision followed at once by a navigation is recorded exactly once', async () => {
    const visitor = await e2e.visitor();
    const page = await visitor.open('/');
    await visitor.banner();
    // Leave in the same task as the click: the records module may not have run yet.
    await page.evaluate(() => {
      document.querySelector('consentry-banner').shadowRoot.querySelector('[data-action="accept-all"]').click();
      location.href = '/privacy.html';
    });
    await page.waitForNavigation({ waitUntil: 'load' });
    const records = await visitor.records();
    assert.deepEqual(records.map((record) => [record.action, record.layer]), [['accept_all', 'banner']]);
    await visitor.close();
  });
});

describe('a returning visitor after the site changes its config', () => {
  let e2e;
  before(async () => {
    e2e = await startE2e();
  });
  after(() => e2e?.close());

  /** A visitor whose pages carry the demo's config as `state.edit` changes it at the time. */
  async function editableVisitor() {
    const visitor = await e2e.visitor();
    const state = { edit: (html) => html };
    return { visitor, state, open: editedPages(visitor, state) };
  }
  const files = (visitor) => visitor.requested('/dist/').map((url) => new URL(url).pathname.replace('/dist/consentry/', '')).sort();
  /** An editable visitor who accepted everything on a first visit, its decision recorded. */
  async function acceptedVisitor() {
    const opened = await editableVisitor();
    await opened.open('/');
    await opened.visitor.clickBanner('accept-all');
    await opened.visitor.until(() => /(?:^|; )_ga=/.test(document.cookie));
    await opened.visitor.records();
    return opened;
  }

  it('fetches consentry-core.js once to check the new config, then GA starts; the next page needs only consentry.js', async () => {
    const { visitor, state, open } = await acceptedVisitor();
    // The site edits its config without a new revision: the decision stands, the config is new.
    state.edit = (html) => html.replace('"revision": "2026-11",', '"revision": "2026-11", "expiresAfterDays": 180,');
    visitor.clear();
    const page = await open('/');
    await visitor.until(() => window.dataLayer.some((entry) => entry[0] === 'config'));
    assert.deepEqual(files(visitor), ['consentry-core.js', 'consentry.js'], 'the check, and no UI');
    assert.equal(visitor.requested('/fake-ga/gtag.js').length, 1, 'GA started once the config passed');
    assert.equal(await page.$('consentry-banner'), null);
    visitor.clear();
    await open('/');
    await visitor.until(() => window.dataLayer.some((entry) => entry[0] === 'config'));
    assert.deepEqual(files(visitor), ['consentry.js'], 'a checked config needs nothing else');
    assert.deepEqual(visitor.errors, []);
    await visitor.close();
  });

  it('cookies of a refused category found on a later page: consentry-core.js is fetched and the janitor deletes them', async () => {
    const { visitor, open } = await editableVisitor();
    const page = await open('/');
    await visitor.clickBanner('reject-all');
    await visitor.records();
    // A _ga left over from before (or set by the server): declared under analytics, refused.
    await page.evaluate(() => (document.cookie = '_ga=GA1.1.123.456; path=/'));
    visitor.clear();
    await open('/');
    await visitor.until(() => !/(?:^|; )_ga=/.test(document.cookie));
    assert.deepEqual(files(visitor), ['consentry-core.js', 'consentry.js'], 'the janitor, and no UI');
    assert.deepEqual(visitor.requested('/fake-ga/'), []);
    await visitor.close();
  });

  it('a decision in another tab reaches an open page: its gate starts GA without a reload', async () => {
    const { visitor, open } = await editableVisitor();
    await open('/');
    await visitor.clickBanner('reject-all');
    await visitor.records();
    await open('/');
    const other = await visitor.context.newPage();
    await other.goto(new URL('/', visitor.base).href, { waitUntil: 'load' });
    visitor.clear();
    assert.equal(await other.evaluate(() => window.consentry.acceptAll().then((state) => state.choices.analytics)), true);
    await visitor.until(() => window.dataLayer.some((entry) => entry[0] === 'config') && window.consentry.get()?.choices.analytics === true);
    assert.ok(visitor.requested('/dist/consentry/consentry-core.js').length >= 1, 'the first page fetched the full instance on the message');
    await visitor.close();
  });

  it('a decision this page could not hear of (another browser profile\'s cookie, say): seen when the page is shown again', async () => {
    const { visitor, open } = await editableVisitor();
    const page = await open('/');
    await visitor.clickBanner('reject-all');
    await visitor.records();
    await open('/');
    // A decision this page gets no message about: the cookie of an accept taken elsewhere.
    const elsewhere = await acceptedVisitor();
    const accepted = (await elsewhere.visitor.cookies()).consentry;
    await elsewhere.visitor.close();
    visitor.clear();
    await page.setCookie({ name: 'consentry', value: accepted.value, path: '/', secure: accepted.secure, sameSite: accepted.sameSite });
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    assert.deepEqual(files(visitor), [], 'nothing happens while the page is not shown again');
    // The page comes back into view (a tab switch): the browser fires visibilitychange.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await visitor.until(() => window.dataLayer.some((entry) => entry[0] === 'config') && window.consentry.get()?.choices.analytics === true);
    assert.deepEqual(files(visitor), ['consentry-core.js']);
    await visitor.close();
  });

  it('a new config that is broken grants nothing, even to a visitor who accepted', async () => {
    const { visitor, state, open } = await acceptedVisitor();
    state.edit = (html) => html.replace('"revision": "2026-11",', '"revision": "2026-11", "expiresAfterDays": 9999,');
    visitor.clear();
    const page = await open('/');
    for (let attempt = 0; attempt < 50 && !visitor.errors.some((error) => error.includes('expiresAfterDays')); attempt++) await new Promise((resolve) => setTimeout(resolve, 100));
    assert.ok(visitor.errors.some((error) => error.includes('Consentry: the config is broken') && error.includes('expiresAfterDays')), `a clear error, got: ${visitor.errors.join(' | ')}`);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    assert.deepEqual(visitor.requested('/fake-ga/'), [], 'no GA request although the stored decision grants analytics');
    assert.equal(await page.evaluate(() => window.consentry.get()), null);
    assert.deepEqual(await dataLayer(page), ['consent:default'], 'Consent Mode stays denied');
    assert.equal(await page.$eval('iframe.video', (frame) => frame.hasAttribute('src')), false);
    await visitor.close();
  });
});

describe('the drop-in with a broken config', () => {
  let e2e;
  before(async () => {
    e2e = await startE2e();
  });
  after(() => e2e?.close());

  /** A visitor whose home page carries the demo's config changed by `edit`. */
  async function visitWithConfig(edit) {
    const visitor = await e2e.visitor();
    const page = await editedPages(visitor, { edit })('/');
    return { visitor, page };
  }

  /** Waits up to 5 s for a console error that `matches`; true when one came. */
  async function consoleError(visitor, matches) {
    for (let attempt = 0; attempt < 50 && !visitor.errors.some(matches); attempt++) await new Promise((resolve) => setTimeout(resolve, 100));
    return visitor.errors.some(matches);
  }

  /** `files`: what the page may fetch from the drop-in's folder (in any order). */
  async function assertEverythingBlocked(visitor, page, files) {
    // A tracker tag that other code inserts later is stopped too.
    await page.evaluate(() => {
      const late = document.createElement('script');
      late.src = 'https://www.googletagmanager.com/gtag/js?id=G-LATE1234';
      document.head.append(late);
    });
    assert.equal(await page.evaluate(() => window.consentry.acceptAll()), null, 'decisions are refused, not thrown');
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    assert.deepEqual(visitor.requested('/fake-ga/'), []);
    assert.deepEqual(visitor.requests.filter((url) => url.includes('googletagmanager')), []);
    assert.equal(await page.$eval('iframe.video', (frame) => frame.hasAttribute('src')), false);
    assert.equal(await page.$('consentry-banner'), null);
    assert.deepEqual(visitor.requested('/dist/').map((url) => new URL(url).pathname.replace('/dist/consentry/', '')).sort(), files.slice().sort());
    assert.equal(await page.evaluate(() => window.consentry.get()), null);
    assert.equal((await visitor.cookies())._ga, undefined);
    assert.ok(!visitor.errors.some((error) => error.startsWith('pageerror')), 'nothing was thrown into the page');
  }

  it('an invalid option: a console error names the field, and every tag stays blocked', async () => {
    const { visitor, page } = await visitWithConfig((html) => html.replace('"revision": "2026-11",', '"revision": "2026-11", "expiresAfterDays": 9999,'));
    assert.ok(
      await consoleError(visitor, (error) => error.includes('Consentry: the config is broken') && error.includes('expiresAfterDays')),
      `a clear error, got: ${visitor.errors.join(' | ')}`,
    );
    // The validator lives in consentry-core.js; the UI request starts with it on a first
    // visit (so a working banner is not delayed), and is never mounted here.
    await assertEverythingBlocked(visitor, page, ['consentry.js', 'consentry-core.js', 'consentry-ui.js']);
    await visitor.close();
  });

  it('under a CSP that allows scripts by nonce only, the modules load with the drop-in\'s nonce', async () => {
    const visitor = await e2e.visitor();
    const page = await visitor.open('/', {
      async intercept(request) {
        if (!request.isNavigationRequest()) return request.continue();
        const html = (await (await fetch(request.url())).text()).replace('<script src="/dist/consentry/consentry.js">', '<script nonce="e2e-nonce" src="/dist/consentry/consentry.js">');
        return request.respond({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          headers: { 'Content-Security-Policy': "script-src 'nonce-e2e-nonce'" },
          body: html,
        });
      },
    });
    await visitor.banner();
    // The page's own inline script has no nonce and is refused; nothing of Consentry's is.
    assert.deepEqual(visitor.errors.filter((error) => /consentry/i.test(error)), []);
    assert.equal(await page.evaluate(() => typeof window.consentry?.get), 'function');
    await visitor.close();
  });

  it('config that is not JSON: a console error says so, and every tag stays blocked', async () => {
    const { visitor, page } = await visitWithConfig((html) => html.replace('"revision": "2026-11",', '"revision": "2026-11",,'));
    assert.ok(
      visitor.errors.some((error) => error.includes('Consentry: the config is broken') && error.includes('not valid JSON')),
      `a clear error, got: ${visitor.errors.join(' | ')}`,
    );
    await assertEverythingBlocked(visitor, page, ['consentry.js']);
    await visitor.close();
  });
  it('a bad UI option: a console error names it, no banner shows and nothing is granted', async () => {
    const { visitor, page } = await visitWithConfig((html) => html.replace('"preferencesButton": true', '"layout": "side"'));
    const named = () => visitor.errors.some((error) => error.includes('Consentry: the config is broken') && error.includes('ui.layout'));
    for (let attempt = 0; attempt < 50 && !named(); attempt++) await new Promise((resolve) => setTimeout(resolve, 100));
    assert.ok(
      named(),
      `a clear error, got: ${visitor.errors.join(' | ')}`,
    );
    assert.equal(await page.$('consentry-banner'), null);
    assert.deepEqual(visitor.requested('/fake-ga/'), []);
    assert.ok(!visitor.errors.some((error) => error.startsWith('pageerror')), 'nothing was thrown into the page');
    await visitor.close();
  });
});

describe('the floating preferences button drawn by the loader', () => {
  let e2e;
  before(async () => {
    e2e = await startE2e();
  });
  after(() => e2e?.close());

  it('appears once there is a decision, and fetches the UI only when clicked', async () => {
    const visitor = await e2e.visitor();
    const page = await visitor.open('/');
    await visitor.banner();
    assert.equal(await page.$('[data-consentry-preferences-button]'), null, 'no way back is needed before a decision');
    await visitor.clickBanner('reject-all');
    await page.waitForSelector('[data-consentry-preferences-button]', { visible: true, timeout: 20000 });
    await visitor.records();
    visitor.clear();
    await visitor.open('/');
    const button = await page.waitForSelector('[data-consentry-preferences-button]', { visible: true, timeout: 20000 });
    assert.equal(await button.evaluate((element) => element.getAttribute('aria-label')), 'Cookie settings');
    assert.deepEqual(visitor.requested('/dist/').map((url) => new URL(url).pathname), ['/dist/consentry/consentry.js']);
    await button.click();
    await page.waitForSelector('consentry-preferences >>> dialog[open]', { visible: true, timeout: 20000 });
    assert.ok(visitor.requested('/dist/consentry/consentry-ui.js').length === 1, 'the UI was fetched on the click');
    assert.equal(await page.$eval('consentry-preferences >>> input[name="analytics"]', (input) => input.checked), false, 'the dialog shows the refusal');
    assert.equal(await page.$$eval('consentry-preferences-button', (elements) => elements.length), 0, 'the UI drew no second button');
    await visitor.close();
  });
});
