// Late tags: trackers that other code inserts after the gate started, on every path.
// Each "nothing before consent" assertion has a positive twin after consent in the same test.
import { expect } from '@esm-bundle/chai';
import { recordedRequests } from '../../../test/helpers/requests.js';
import { settle, trackerRequests, waitForRequest } from '../../../test/helpers/gate-site.js';
import { isolateGateTests, observed, parse, ran, startTestGate, until } from '../../../test/helpers/gate-harness.js';

const seen = async (url: string): Promise<number> =>
  (await recordedRequests()).filter((request) => `https://${request.host}${request.url}` === url).length;
const script = (name: string): string => `https://static.hotjar.com/c/hotjar-1.js?name=${name}`;
const frame = (name: string): string => `https://www.youtube.com/embed/${name}`;
const pixel = (name: string): string => `https://bat.bing.com/action/0?via=${name}`;

describe('late tags', () => {
  isolateGateTests();

  it('node insertion: every method holds tracker scripts and iframes, which start once on consent', async () => {
    const { consent, root } = startTestGate();
    const target = document.createElement('div');
    const spare = () => root.appendChild(document.createElement('span'));
    root.append(target);
    // Scripts and iframes in a shadow tree run and load like any others.
    const shadow = root.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
    const paths: Record<string, (element: Element) => void> = {
      appendChild: (element) => root.appendChild(element),
      insertBefore: (element) => root.insertBefore(element, target),
      replaceChild: (element) => root.replaceChild(element, spare()),
      append: (element) => root.append(element),
      prepend: (element) => root.prepend(element),
      before: (element) => target.before(element),
      after: (element) => target.after(element),
      replaceWith: (element) => spare().replaceWith(element),
      replaceChildren: (element) => root.appendChild(document.createElement('p')).replaceChildren(element),
      insertAdjacentElement: (element) => target.insertAdjacentElement('afterend', element),
      fragment: (element) => {
        const fragment = document.createDocumentFragment();
        fragment.append(element);
        root.append(fragment);
      },
      nested: (element) => {
        const wrapper = document.createElement('section');
        wrapper.append(element);
        root.append(wrapper);
      },
      shadowAppendChild: (element) => shadow.appendChild(element),
      shadowAppend: (element) => shadow.append(element),
      shadowPrepend: (element) => shadow.prepend(element),
      shadowReplaceChildren: (element) => shadow.appendChild(document.createElement('p')).replaceChildren(element),
      fragmentAppendThenShadow: (element) => {
        const fragment = document.createDocumentFragment();
        fragment.append(element);
        shadow.replaceChildren(...shadow.childNodes, fragment);
      },
    };
    for (const [name, insert] of Object.entries(paths)) {
      // Parsed elsewhere, so the URL is already there when the element is inserted.
      const [tag, embed] = parse(`<script src="${script(name)}"></script><iframe src="${frame(name)}"></iframe>`);
      insert(tag!);
      insert(embed!);
    }
    await settle();
    expect(await trackerRequests()).to.deep.equal([]);
    expect(ran()).to.deep.equal([]);

    consent.acceptAll();
    await until(() => ran().length === Object.keys(paths).length);
    for (const name of Object.keys(paths)) await waitForRequest((request) => request.url === `/embed/${name}`);
    await settle();
    for (const name of Object.keys(paths)) {
      expect(await seen(script(name)), name).to.equal(1);
      expect(await seen(frame(name)), name).to.equal(1);
    }
    expect([...ran()].sort()).to.deep.equal(Object.keys(paths).sort());
  });

  it('a script built with createElement keeps its own element and handlers', async () => {
    const { consent, gate } = startTestGate();
    const tag = document.createElement('script');
    tag.src = 'https://www.googletagmanager.com/gtag/js?id=G-LATE&l=lateLayer';
    let loaded = 0;
    tag.onload = () => loaded++;
    document.head.appendChild(tag);
    await settle();
    expect(await trackerRequests()).to.deep.equal([]);
    expect(tag.type).to.equal('text/plain');
    expect(tag.dataset.consent).to.equal('analytics');
    expect(gate.held()).to.include(tag);

    consent.set({ analytics: true });
    await until(() => loaded === 1);
    expect(tag.isConnected).to.equal(true);
    expect(tag.hasAttribute('type')).to.equal(false);
    expect(await seen(tag.src)).to.equal(1);
    tag.remove();
    delete (window as unknown as Record<string, unknown>).lateLayer;
  });

  it('HTML strings: innerHTML, outerHTML, insertAdjacentHTML and createContextualFragment', async () => {
    const { consent, root } = startTestGate();
    const a = root.appendChild(document.createElement('div'));
    const b = root.appendChild(document.createElement('div'));
    a.innerHTML = `<p>ad</p><img alt="" src="${pixel('innerHTML')}"><iframe src="${frame('innerHTML')}"></iframe><script src="${script('innerHTML')}"></script>`;
    b.outerHTML = `<div><img alt="" src="${pixel('outerHTML')}"></div>`;
    root.insertAdjacentHTML('beforeend', `<iframe src="${frame('insertAdjacentHTML')}"></iframe>`);
    root.append(document.createRange().createContextualFragment(`<script src="${script('createContextualFragment')}"></script>`));
    // Detached containers too: an image parsed into a detached element loads at once.
    const detached = document.createElement('div');
    detached.innerHTML = `<img alt="" src="${pixel('detached')}">`;
    root.append(detached);
    await settle();
    expect(await trackerRequests()).to.deep.equal([]);
    expect(a.querySelector('p')!.textContent).to.equal('ad');

    consent.acceptAll();
    await until(() => ran().includes('createContextualFragment'));
    for (const name of ['innerHTML', 'outerHTML', 'detached']) await waitForRequest((request) => request.url === `/action/0?via=${name}`);
    for (const name of ['innerHTML', 'insertAdjacentHTML']) await waitForRequest((request) => request.url === `/embed/${name}`);
    await settle();
    // A script parsed by innerHTML never runs (HTML spec), with or without the gate.
    expect(ran()).to.deep.equal(['createContextualFragment']);
    expect(await seen(script('innerHTML'))).to.equal(0);
  });

  it('URL setters: new Image().src, setAttribute, iframe.src on a connected frame, a connected script given a src', async () => {
    const { consent, root } = startTestGate();
    new Image().src = pixel('image');
    document.createElement('img').setAttribute('src', pixel('setAttribute'));
    const embed = root.appendChild(document.createElement('iframe'));
    embed.src = frame('src-setter');
    const tag = root.appendChild(document.createElement('script'));
    tag.setAttribute('src', script('setAttribute'));
    document.createElement('img').setAttributeNS(null, 'src', pixel('setAttributeNS'));
    const node = document.createAttribute('src');
    node.value = pixel('setAttributeNode');
    document.createElement('img').setAttributeNode(node);
    // An image given a first-party URL, then a tracker's through its attribute node.
    const image = document.createElement('img');
    image.setAttribute('src', 'data:image/gif;base64,R0lGODlhAQABAAAAACw=');
    image.getAttributeNode('src')!.value = pixel('attr-value');
    // The same attribute node through Node's own setters, which an Attr has too.
    const viaNodeValue = document.createElement('img');
    viaNodeValue.setAttribute('src', 'data:image/gif;base64,R0lGODlhAQABAAAAACw=');
    viaNodeValue.getAttributeNode('src')!.nodeValue = pixel('attr-nodeValue');
    const viaTextContent = root.appendChild(document.createElement('iframe'));
    viaTextContent.setAttribute('src', 'about:blank');
    viaTextContent.getAttributeNode('src')!.textContent = frame('attr-textContent');
    // An attribute node set through the element's attribute map.
    const named = document.createAttribute('src');
    named.value = pixel('setNamedItem');
    const viaMap = document.createElement('img');
    viaMap.attributes.setNamedItem(named);
    await settle();
    expect(await trackerRequests()).to.deep.equal([]);
    expect(viaMap.getAttribute('data-src')).to.equal(pixel('setNamedItem'));
    expect(embed.getAttribute('data-src')).to.equal(frame('src-setter'));
    expect(image.getAttribute('data-src')).to.equal(pixel('attr-value'));
    expect(viaNodeValue.getAttribute('data-src')).to.equal(pixel('attr-nodeValue'));
    expect(viaTextContent.getAttribute('data-src')).to.equal(frame('attr-textContent'));

    consent.acceptAll();
    await waitForRequest((request) => request.url === '/action/0?via=image');
    await waitForRequest((request) => request.url === '/action/0?via=setAttribute');
    await waitForRequest((request) => request.url === '/embed/src-setter');
    for (const via of ['setAttributeNS', 'setAttributeNode', 'attr-value', 'attr-nodeValue', 'setNamedItem']) await waitForRequest((request) => request.url === `/action/0?via=${via}`);
    await waitForRequest((request) => request.url === '/embed/attr-textContent');
    await until(() => ran().includes('setAttribute'));
  });

  it('a granted category loads at once; a refused one never does, however often consent changes', async () => {
    const { consent, root } = startTestGate({ reloadOnWithdraw: false });
    consent.set({ analytics: true });
    root.append(...parse(`<script src="${script('granted')}"></script><img alt="" src="${pixel('refused')}">`));
    await until(() => ran().includes('granted'));
    consent.set({ analytics: true });
    consent.rejectAll();
    consent.set({ analytics: true });
    await settle();
    expect(await trackerRequests(['analytics'])).to.deep.equal([]);
    expect(await seen(pixel('refused'))).to.equal(0);
    expect(ran()).to.deep.equal(['granted']);
  });

  it('first-party and unknown hosts pass untouched', async () => {
    const { root } = startTestGate();
    const [tag] = parse('<script src="https://cdn.example.com/lib.js?name=first"></script>');
    root.append(tag!);
    await until(() => ran().includes('first'));
    expect(tag!.hasAttribute('data-consent')).to.equal(false);
  });

  it('SPA: tags added after a client-side navigation are gated the same way', async () => {
    const { consent, root } = startTestGate();
    const before = location.href;
    history.pushState({}, '', '/spa/checkout');
    const view = document.createElement('main');
    view.innerHTML = `<iframe data-consent="marketing" data-src="${frame('spa-markup')}" title="video"></iframe>`;
    root.append(view);
    const tag = document.createElement('script');
    tag.src = script('spa-late');
    view.append(tag);
    await settle();
    expect(await trackerRequests()).to.deep.equal([]);
    expect(view.querySelector('.consentry-placeholder')).not.to.equal(null);

    consent.acceptAll();
    await waitForRequest((request) => request.url === '/embed/spa-markup');
    await until(() => ran().includes('spa-late'));
    history.replaceState({}, '', before);
  });

  it('with observe: false, late tags are not intercepted (markup still is)', async () => {
    const { root } = startTestGate({}, { observe: false });
    root.innerHTML = `<iframe data-consent="marketing" data-src="${frame('markup-off')}" title="x"></iframe>`;
    root.append(...parse(`<script src="${script('observe-off')}"></script>`));
    await until(() => ran().includes('observe-off'));
    await settle();
    expect(await seen(frame('markup-off'))).to.equal(0);
  });

  it('stop() removes every patch', () => {
    const originals = [Node.prototype.appendChild, Element.prototype.setAttribute, Document.prototype.write];
    const innerHTML = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!.set;
    const { gate } = startTestGate();
    expect(Node.prototype.appendChild).not.to.equal(originals[0]);
    gate.stop();
    expect([Node.prototype.appendChild, Element.prototype.setAttribute, Document.prototype.write]).to.deep.equal(originals);
    expect(Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!.set).to.equal(innerHTML);
  });
});
