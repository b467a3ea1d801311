// The markup gate, embeds and placeholders, withdrawal, Consent Mode's advanced mode and the
// options, in the test document with the real core (see test/helpers/gate-harness.ts).
import { expect } from '@esm-bundle/chai';
import { ConsentryError, type ChangeDetail } from '@consentry/core';
import { gateSettings, startGate, validateGateOptions, TRACKER_HOSTS } from '@consentry/gate';
import { clearCookies, clearRequests, recordedRequests } from '../../../test/helpers/requests.js';
import { settle, trackerRequests, waitForRequest } from '../../../test/helpers/gate-site.js';
import { isolateGateTests, observed, ran, startTestGate, stopAll, until } from '../../../test/helpers/gate-harness.js';
import { axeViolations } from '../../../test/helpers/axe-check.js';

const cdn = (name: string, delay = 0): string => `https://cdn.example.com/${name}.js?name=${name}&delay=${delay}`;
const gated = (attributes: string, body = ''): string => `<script type="text/plain" ${attributes}>${body}</script>`;

async function sha384(url: string): Promise<string> {
  const body = await (await fetch(url)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', body));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

describe('startGate: markup', () => {
  isolateGateTests();

  it('runs gated scripts in document order: an external script finishes before the next starts', async () => {
    const { consent, root } = startTestGate();
    root.innerHTML = [
      gated(`data-consent="analytics" src="${cdn('first', 400)}"`),
      gated('data-consent="analytics"', "window.__ran.push('inline')"),
      gated(`data-consent="analytics" src="${cdn('third')}"`),
      gated('data-consent="analytics" data-type="module"', "window.__ran.push('module')"),
    ].join('');
    await settle();
    expect(ran()).to.deep.equal([]);
    expect((await recordedRequests()).filter((request) => request.host === 'cdn.example.com')).to.deep.equal([]);
    consent.set({ analytics: true });
    await until(() => ran().length === 4);
    expect(ran()).to.deep.equal(['first', 'inline', 'third', 'module']);
  });

  it('runs each gated script at most once, however often consent changes', async () => {
    const { consent, root } = startTestGate({ reloadOnWithdraw: false });
    root.innerHTML = gated(`data-consent="analytics" src="${cdn('once')}"`) + gated('data-consent="analytics"', "window.__ran.push('inline-once')");
    consent.acceptAll();
    await until(() => ran().length === 2);
    consent.set({ analytics: true });
    consent.rejectAll();
    consent.acceptAll();
    consent.withdraw();
    consent.acceptAll();
    await settle();
    expect(ran()).to.deep.equal(['once', 'inline-once']);
    expect((await recordedRequests()).filter((request) => request.url.startsWith('/once.js'))).to.have.length(1);
  });

  it('keeps the attributes: nonce, async, defer, integrity, crossorigin, referrerpolicy, id, class, data-*', async () => {
    const url = cdn('attrs');
    const integrity = await sha384(url);
    await clearRequests();
    const { consent, root } = startTestGate();
    root.innerHTML = gated(
      `data-consent="analytics" src="${url}" nonce="abc" async defer integrity="${integrity}" crossorigin="anonymous" referrerpolicy="no-referrer" id="tag" class="a b" data-extra="x"`,
    );
    consent.acceptAll();
    await until(() => ran().includes('attrs')); // the integrity matched, so the script ran
    const tag = root.querySelector('#tag') as HTMLScriptElement;
    expect(tag.hasAttribute('type')).to.equal(false);
    expect(tag.nonce).to.equal('abc');
    for (const [name, value] of Object.entries({ async: '', defer: '', integrity, crossorigin: 'anonymous', referrerpolicy: 'no-referrer', class: 'a b', 'data-extra': 'x', 'data-consent': 'analytics', src: url })) {
      expect(tag.getAttribute(name), name).to.equal(value);
    }
  });

  it('needs every category that data-consent names', async () => {
    const { consent, root } = startTestGate();
    root.innerHTML = gated('data-consent="analytics marketing"', "window.__ran.push('both')");
    consent.set({ analytics: true });
    await settle();
    expect(ran()).to.deep.equal([]);
    consent.acceptAll();
    expect(ran()).to.deep.equal(['both']);
  });

  it('reads data-consent as a list split by commas or spaces, extra separators ignored', async () => {
    const { consent, root } = startTestGate();
    root.innerHTML = gated('data-consent=" analytics,, marketing "', "window.__ran.push('listed')");
    consent.set({ analytics: true });
    await settle();
    expect(ran()).to.deep.equal([]);
    consent.acceptAll();
    expect(ran()).to.deep.equal(['listed']);
  });

  it('never runs a refused category; a granted one found later runs at once', async () => {
    const { consent, root } = startTestGate({ reloadOnWithdraw: false });
    root.innerHTML = gated('data-consent="marketing"', "window.__ran.push('marketing')");
    consent.set({ analytics: true });
    root.insertAdjacentHTML('beforeend', gated('data-consent="analytics"', "window.__ran.push('later')"));
    await observed();
    expect(ran()).to.deep.equal(['later']);
    consent.rejectAll();
    consent.set({ analytics: true });
    await settle();
    expect(ran()).to.deep.equal(['later']);
  });

  it('returning visitor: tags of granted categories run as soon as the gate starts', async () => {
    const { consent, gate, root } = startTestGate();
    gate.stop();
    consent.set({ analytics: true });
    root.innerHTML = gated('data-consent="analytics"', "window.__ran.push('returning')") + gated('data-consent="marketing"', "window.__ran.push('no')");
    const again = startGate(consent, { reload: () => undefined });
    expect(ran()).to.deep.equal(['returning']);
    expect(again.held()).to.have.length(1);
    again.stop();
  });
});

describe('startGate: embeds and placeholders', () => {
  afterEach(async () => {
    stopAll();
    clearCookies();
    await clearRequests();
  });

  it('loads iframe, img, video sources, object and link only on consent', async () => {
    await clearRequests();
    const { consent, root } = startTestGate();
    root.innerHTML = `
      <iframe data-consent="marketing" data-src="https://www.youtube.com/embed/e1" title="video"></iframe>
      <img data-consent="marketing" data-src="https://ct.pinterest.com/pixel.gif?e=1" alt="">
      <video data-consent="marketing"><source data-src="https://player.vimeo.com/video.mp4?e=1" type="video/mp4"></video>
      <object data-consent="marketing" data-src="https://player.vimeo.com/object/e1" title="legacy"></object>
      <link data-consent="marketing" rel="stylesheet" data-href="https://static.ads-twitter.com/e1.css">`;
    await settle();
    expect(await trackerRequests()).to.deep.equal([]);
    consent.acceptAll();
    for (const url of ['/embed/e1', '/pixel.gif?e=1', '/video.mp4?e=1', '/object/e1', '/e1.css']) await waitForRequest((request) => request.url === url);
    expect(root.querySelector('object')!.getAttribute('data')).to.equal('https://player.vimeo.com/object/e1');
  });

  it('markup inside shadow trees (a web component\'s own embeds and tags) starts on consent', async () => {
    await clearRequests();
    const { consent, root } = startTestGate();
    // The way Lit and other template libraries render: a template's clone, values set, then
    // inserted into the shadow root in one go.
    const viaTemplate = root.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
    const template = document.createElement('template');
    template.innerHTML = `<p>video:</p><iframe data-consent="marketing" title="video"></iframe>${gated('data-consent="analytics"', "(window.__ran ??= []).push('shadow-template')")}`;
    const clone = document.importNode(template.content, true);
    clone.querySelector('iframe')!.setAttribute('data-src', 'https://www.youtube.com/embed/shadow-template');
    viaTemplate.insertBefore(clone, null);
    // Elements made one by one and appended; markup written as HTML into a closed root.
    const viaAppend = root.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
    const pixel = document.createElement('img');
    pixel.setAttribute('data-consent', 'marketing');
    pixel.setAttribute('data-src', 'https://ct.pinterest.com/pixel.gif?e=shadow-append');
    viaAppend.append(pixel);
    const viaHtml = root.appendChild(document.createElement('div')).attachShadow({ mode: 'closed' });
    // An unmarked tracker embed in that HTML is parked by the gate, and started like the others.
    viaHtml.innerHTML = `<iframe data-consent="marketing" data-src="https://www.youtube.com/embed/shadow-html" title="video"></iframe>
      <iframe src="https://www.youtube.com/embed/shadow-raw" title="video"></iframe>`;
    await settle();
    expect(await trackerRequests()).to.deep.equal([]);
    expect(ran()).to.not.include('shadow-template');
    // Held like markup in the document: with a placeholder next to the embed.
    expect(viaTemplate.querySelector('iframe')!.previousElementSibling?.localName).to.not.equal('p');

    consent.acceptAll();
    for (const url of ['/embed/shadow-template', '/pixel.gif?e=shadow-append', '/embed/shadow-html', '/embed/shadow-raw']) await waitForRequest((request) => request.url === url);
    await until(() => ran().includes('shadow-template'));
    await settle();
    expect(ran().filter((name) => name === 'shadow-template')).to.have.length(1);
  });

  it('shows an accessible, translatable placeholder that allows the category on the spot', async () => {
    await clearRequests();
    const { consent, root } = startTestGate({}, { placeholders: { message: 'Inhalte von {host} erst nach Zustimmung zu {category}.', button: '{category} erlauben' } });
    consent.set({ analytics: true });
    root.innerHTML = '<iframe data-consent="marketing" data-src="https://www.youtube.com/embed/ph" width="400" height="225" title="video"></iframe>';
    await observed();
    const box = root.querySelector<HTMLElement>('.consentry-placeholder')!;
    const frame = root.querySelector('iframe')!;
    expect(box.getAttribute('role')).to.equal('group');
    expect(box.getAttribute('aria-label')).to.equal('Inhalte von www.youtube.com erst nach Zustimmung zu Marketing.');
    expect(box.querySelector('p')!.textContent).to.equal(box.getAttribute('aria-label'));
    expect(box.getBoundingClientRect().width).to.equal(400);
    expect(frame.hidden).to.equal(true);
    const button = box.querySelector('button')!;
    expect(button.type).to.equal('button');
    expect(button.textContent).to.equal('Marketing erlauben');

    const changes: ChangeDetail[] = [];
    consent.on('change', (detail) => changes.push(detail));
    button.focus();
    button.click();
    expect(changes.map((detail) => detail.layer)).to.deep.equal(['placeholder']);
    // The other choices stay as they were.
    expect(consent.get()!.choices).to.deep.equal({ necessary: true, analytics: true, marketing: true });
    await waitForRequest((request) => request.url === '/embed/ph');
    expect(root.querySelector('.consentry-placeholder')).to.equal(null);
    expect(frame.hidden).to.equal(false);
  });

  it('has no axe violations (WCAG 2.2 A/AA), and its button is reachable with the keyboard', async () => {
    const { root } = startTestGate();
    root.innerHTML = '<iframe data-consent="marketing" data-src="https://www.youtube.com/embed/axe" width="320" height="180" title="video"></iframe>';
    await observed();
    expect(await axeViolations(root)).to.deep.equal([]);
    const button = root.querySelector('.consentry-placeholder button') as HTMLButtonElement;
    expect(button.tabIndex).to.equal(0);
  });

  it('keeps an embed the site hid itself hidden, and shows no placeholder when turned off', async () => {
    const { consent, root } = startTestGate({}, { placeholders: false });
    root.innerHTML = '<iframe hidden data-consent="marketing" data-src="https://www.youtube.com/embed/off" title="v"></iframe>';
    await observed();
    expect(root.querySelector('.consentry-placeholder')).to.equal(null);
    consent.acceptAll();
    expect(root.querySelector('iframe')!.hidden).to.equal(true);
  });
});

describe('startGate: withdrawal', () => {
  afterEach(async () => {
    stopAll();
    clearCookies();
    await clearRequests();
  });

  it('reloads when a category whose tags ran is withdrawn', () => {
    const harness = startTestGate();
    harness.root.innerHTML = gated('data-consent="analytics"', '');
    harness.consent.acceptAll();
    harness.consent.set({ analytics: true }); // marketing refused: nothing of it ran
    expect(harness.reloads).to.equal(0);
    harness.consent.withdraw();
    expect(harness.reloads).to.equal(1);
  });

  it('reloads for a late tracker tag that was let through', async () => {
    const harness = startTestGate();
    harness.consent.set({ analytics: true });
    const tag = document.createElement('script');
    tag.src = 'https://static.hotjar.com/c/hotjar-1.js?name=let-through';
    harness.root.append(tag);
    await until(() => ran().includes('let-through'));
    harness.consent.rejectAll();
    expect(harness.reloads).to.equal(1);
  });

  it('does not reload when nothing of the category ran, or with reloadOnWithdraw: false', () => {
    const quiet = startTestGate();
    quiet.consent.acceptAll();
    quiet.consent.withdraw();
    expect(quiet.reloads).to.equal(0);
    const off = startTestGate({ reloadOnWithdraw: false });
    off.root.innerHTML = gated('data-consent="analytics"', '');
    off.consent.acceptAll();
    off.consent.withdraw();
    expect(off.reloads).to.equal(0);
  });
});

describe('startGate: Consent Mode advanced mode', () => {
  afterEach(async () => {
    stopAll();
    clearCookies();
    await clearRequests();
    delete (window as unknown as Record<string, unknown>).advancedLayer;
  });

  it("lets Google's tags load before consent (signals only) and still holds every other tracker", async () => {
    await clearRequests();
    const { gate, root } = startTestGate({ consentMode: { mode: 'advanced', dataLayerName: 'advancedLayer' } });
    const google = document.createElement('script');
    google.src = 'https://www.googletagmanager.com/gtag/js?id=G-ADV&l=advancedLayer';
    const other = document.createElement('script');
    other.src = 'https://static.hotjar.com/c/hotjar-1.js?name=advanced-other';
    root.append(google, other);
    await waitForRequest((request) => request.url === '/gtag/js?id=G-ADV&l=advancedLayer');
    await settle();
    expect(gate.held()).to.deep.equal([other]);
    expect((await trackerRequests()).filter((request) => request.host === 'static.hotjar.com')).to.deep.equal([]);
    expect(document.cookie).not.to.contain('_ga');
  });
});

describe('startGate: options', () => {
  afterEach(() => stopAll());

  const categories = ['necessary', 'analytics', 'marketing'];
  const bad: Array<[string, unknown, string]> = [
    ['a non-object', 'on', 'gate'],
    ['an unknown option', { block: true }, 'gate.block'],
    ['trackers as an array', { trackers: [] }, 'gate.trackers'],
    ['a tracker URL instead of a host', { trackers: { 'https://cdn.example.com': 'analytics' } }, 'gate.trackers["https://cdn.example.com"]'],
    ['a wildcard host', { trackers: { '*.example.com': 'analytics' } }, 'gate.trackers["*.example.com"]'],
    ['an unknown category', { trackers: { 'cdn.example.com': 'ads' } }, 'gate.trackers["cdn.example.com"]'],
    ['placeholders as a string', { placeholders: 'yes' }, 'gate.placeholders'],
    ['an unknown placeholder text', { placeholders: { title: 'x' } }, 'gate.placeholders.title'],
    ['an empty placeholder text', { placeholders: { button: ' ' } }, 'gate.placeholders.button'],
    ['observe not boolean', { observe: 'no' }, 'gate.observe'],
    ['reload not a function', { reload: true }, 'gate.reload'],
  ];
  for (const [what, value, field] of bad) {
    it(`rejects ${what}, naming ${field}`, () => {
      expect(() => validateGateOptions(value, categories)).to.throw(ConsentryError).with.property('field', field);
      expect(() => validateGateOptions(value, categories)).to.throw(ConsentryError).with.property('code', 'config/gate');
    });
  }

  it("fills in the defaults without checking (gateSettings, the drop-in loader's path)", () => {
    expect(gateSettings(undefined)).to.deep.equal({ trackers: { ...TRACKER_HOSTS }, placeholders: {}, observe: true, reload: undefined });
    expect(gateSettings(null).placeholders).to.deep.equal({});
    const texts = { message: 'Blocked: {host}' };
    expect(gateSettings({ placeholders: texts }).placeholders).to.equal(texts);
    expect(gateSettings({ placeholders: false }).placeholders).to.equal(false);
    for (const value of [true, undefined, null, 'yes', 0]) {
      expect(gateSettings({ placeholders: value as never }).placeholders, String(value)).to.deep.equal({});
    }
    expect(gateSettings({ observe: false, trackers: { 'cdn.example.com': 'analytics' } })).to.include({ observe: false });
    expect(gateSettings({ trackers: { 'youtube.com': false } }).trackers['youtube.com']).to.equal(false);
  });

  it('reads config.gate by default, and a bad one fails startGate', () => {
    expect(() => startTestGate({ gate: { trackers: { 'cdn.example.com': 'ads' } } })).to.throw(ConsentryError, /must be one of necessary, analytics, marketing or false/);
  });

  it('extends and overrides the tracker table', async () => {
    await clearRequests();
    ran().length = 0;
    const { gate, root } = startTestGate({ gate: { trackers: { 'cdn.example.com': 'analytics', 'static.hotjar.com': false } } });
    const own = document.createElement('script');
    own.src = cdn('own-tracker');
    const freed = document.createElement('script');
    freed.src = 'https://static.hotjar.com/c/hotjar-1.js?name=freed';
    root.append(own, freed);
    await until(() => ran().includes('freed'));
    expect(gate.held()).to.deep.equal([own]);
    expect(validateGateOptions(undefined, categories).trackers).to.deep.equal({ ...TRACKER_HOSTS });
  });
});
