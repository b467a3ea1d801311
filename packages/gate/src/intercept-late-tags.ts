import type { CategoryId } from '@consentry/core';

/** Elements that can make a request; checked inside inserted subtrees and parsed markup. */
export const LOADING_ELEMENTS = 'script,iframe,frame,img,embed,source,video,audio,object,link';

/** Cheap pre-filter for HTML strings: only markup that names a loading element is parsed again. */
const LOADING_TAG = /<(?:script|i?frame|img|embed|source|video|audio|object|link)\b/i;

/** Where a held element's URL waits until consent: `data-src` (also for `object`'s `data`) or `data-href`. */
export const heldAttribute = (attribute: string): string => (attribute === 'href' ? 'data-href' : 'data-src');

/** Elements whose content is raw text: `innerHTML` there is not markup and is left alone. */
const RAW_TEXT = /^(?:IFRAME|SCRIPT|STYLE|TEXTAREA|TITLE|XMP|NOEMBED|NOFRAMES|NOSCRIPT|PLAINTEXT)$/;

type Method = (this: unknown, ...args: unknown[]) => unknown;

/** What `interceptLateTags` returns. */
export interface LateTagGuard {
  /** Holds `element` now if it loads from a tracker host not granted (parser-inserted scripts); true = held. */
  check(element: Element): boolean;
  /** Removes every patch. */
  stop(): void;
}

/**
 * Stops tracker tags that other code inserts after load before they make a request, on every
 * path a tag takes into the page: node insertion (`appendChild`, `insertBefore`, `append`, ...,
 * also into fragments and shadow roots), HTML strings (`innerHTML`, `outerHTML`,
 * `insertAdjacentHTML`, `createContextualFragment`, `document.write`), and URL setters
 * (`img.src` — `new Image().src` fetches without insertion —, `setAttribute('src')`,
 * `setAttributeNS`, `setAttributeNode`, `attributes.setNamedItem`, an attribute node's `value`,
 * `nodeValue` or `textContent`). `decide(url)` answers
 * the category to wait for, or null to let it load; a held element gets `data-consent` and its URL parked (scripts: `type="text/plain"`,
 * which per HTML "prepare the script element" makes the browser skip it without marking it
 * started) and is passed to `hold`. Elements the site marked with `data-consent` that land in
 * a shadow tree, which the gate's document observer cannot see, are passed to `declared` once
 * inserted.
 */
export function interceptLateTags(
  decide: (url: string) => CategoryId | null,
  hold: (element: Element) => void,
  declared: (element: Element) => void,
): LateTagGuard {
  const undo: Array<() => void> = [];
  // The attribute through which each element kind (tag name) loads its resource, from the one
  // list of loading elements: `object` loads `data`, `link` `href`, the others `src`.
  const urlAttribute: Record<string, string> = {};
  for (const tag of LOADING_ELEMENTS.split(',')) urlAttribute[tag.toUpperCase()] = tag === 'object' ? 'data' : tag === 'link' ? 'href' : 'src';
  // Once stopped, a patch that another gate (or library) wrapped again stays in place but
  // passes everything through.
  let active = true;
  const elementProto = Element.prototype;
  const setAttribute = elementProto.setAttribute;
  const innerHTML = Object.getOwnPropertyDescriptor(elementProto, 'innerHTML')!;

  /** Holds `element` if `url` needs a category not granted; true = held. */
  const guard = (element: Element, attribute: string, url: string, register = true): boolean => {
    if (!active || urlAttribute[element.tagName] !== attribute || element.hasAttribute('data-consent')) return false;
    const category = decide(url);
    if (!category) return false;
    setAttribute.call(element, 'data-consent', category);
    if (element.tagName === 'SCRIPT') {
      const type = element.getAttribute('type');
      if (type !== null) setAttribute.call(element, 'data-type', type);
      setAttribute.call(element, 'type', 'text/plain');
    } else {
      setAttribute.call(element, heldAttribute(attribute), url);
      element.removeAttribute(attribute);
    }
    if (register) hold(element);
    return true;
  };
  /** True when a URL setter must not apply its value: a held script keeps its URL (it is inert). */
  const park = (element: unknown, attribute: string, url: unknown): boolean =>
    element instanceof Element && guard(element, attribute, String(url)) && element.tagName !== 'SCRIPT';

  const check = (element: Element, register?: boolean): boolean => {
    const attribute = urlAttribute[element.tagName];
    const url = attribute && element.getAttribute(attribute);
    return !!url && guard(element, attribute, url, register);
  };

  /**
   * A node about to be inserted: a detached element or fragment, or one from another document
   * (DOMParser, templates), and everything inside it; a move within the page made no new request.
   * Elements already marked `data-consent` are collected in `marked` instead.
   */
  const inspect = (node: unknown, marked: Element[]): void => {
    if (!(node instanceof Element || node instanceof DocumentFragment) || (node.isConnected && node.ownerDocument === document)) return;
    const each = (element: Element): void => {
      if (element.hasAttribute('data-consent')) marked.push(element);
      else check(element);
    };
    if (node instanceof Element) each(node);
    if (node.firstElementChild) node.querySelectorAll(`${LOADING_ELEMENTS},[data-consent]`).forEach(each);
  };
  /** Marked elements now in a shadow tree (a component's own embeds and tags) go to the gate. */
  const inShadow = (elements: Iterable<Element>): void => {
    for (const element of elements) if (element.getRootNode() instanceof ShadowRoot) declared(element);
  };
  /** After HTML was written at `node`: the marked elements of its shadow tree, if it is in one. */
  const shadowMarkup = (node: unknown): void => {
    const root = node instanceof Node && node.getRootNode();
    if (root instanceof ShadowRoot) inShadow(root.querySelectorAll('[data-consent]'));
  };

  /**
   * Markup parsed inertly in a template (no requests, no scripts run), trackers parked;
   * unchanged if none. Scripts only where the markup's scripts would run (`document.write`,
   * `createContextualFragment`): innerHTML's never do, and must not start on consent either.
   */
  const sanitize = (html: unknown, scripts?: boolean): unknown => {
    if (!active || typeof html !== 'string' || !LOADING_TAG.test(html)) return html;
    const template = document.createElement('template');
    innerHTML.set!.call(template, html);
    let changed = false;
    for (const element of template.content.querySelectorAll(LOADING_ELEMENTS)) {
      // Not registered: the parked copies that get inserted are found by the gate's observer.
      if ((scripts || element.tagName !== 'SCRIPT') && !element.hasAttribute('data-consent') && check(element, false)) changed = true;
    }
    return changed ? innerHTML.get!.call(template) : html;
  };

  /**
   * Wraps `names` of `target`: methods (`value`), setters (`set`) or getters (`get`), each patched only where the
   * browser has it as its own property. `stop` puts the original back unless someone wrapped it since.
   */
  const patch = (target: object | undefined, names: string, key: 'value' | 'set' | 'get', wrap: (original: Method, name: string) => Method): void => {
    for (const name of names.split(' ')) {
      const descriptor = target && Object.getOwnPropertyDescriptor(target, name);
      const original = descriptor?.[key] as Method | undefined;
      if (typeof original !== 'function') continue;
      const replacement = wrap(original, name);
      Object.defineProperty(target, name, { ...descriptor, [key]: replacement });
      undo.push(() => Object.getOwnPropertyDescriptor(target, name)?.[key] === replacement && Object.defineProperty(target, name, descriptor!));
    }
  };

  // Node insertion: every argument may be an element or fragment carrying trackers.
  const inspectAll = (original: Method): Method => function (this: unknown, ...args) {
    const marked: Element[] = [];
    for (const arg of args) inspect(arg, marked);
    const result = original.apply(this, args);
    inShadow(marked);
    return result;
  };
  patch(Node.prototype, 'appendChild insertBefore replaceChild', 'value', inspectAll);
  patch(elementProto, 'append prepend before after replaceWith replaceChildren insertAdjacentElement', 'value', inspectAll);
  // The same ParentNode methods of fragments, shadow roots (scripts in a shadow tree run) and
  // documents are their own properties, not Element's.
  for (const parent of [DocumentFragment.prototype, Document.prototype]) patch(parent, 'append prepend replaceChildren', 'value', inspectAll);

  // HTML strings.
  const sanitizeSetter = (set: Method): Method => function (this: unknown, html) {
    // outerHTML replaces `this`: what it wrote is in its former tree (the root read before).
    const root = this instanceof Node ? this.getRootNode() : undefined;
    const result = set.call(this, this instanceof Element && RAW_TEXT.test(this.tagName) ? html : sanitize(html));
    shadowMarkup(root);
    return result;
  };
  patch(elementProto, 'innerHTML outerHTML', 'set', sanitizeSetter);
  patch(ShadowRoot.prototype, 'innerHTML', 'set', sanitizeSetter);
  patch(elementProto, 'insertAdjacentHTML', 'value', (original) => function (this: unknown, where, html) {
    const result = original.call(this, where, sanitize(html));
    shadowMarkup(this);
    return result;
  });
  patch(Range.prototype, 'createContextualFragment', 'value', (original) => function (this: unknown, html) {
    return original.call(this, sanitize(html, true));
  });
  // document.write during parsing: parked before the parser (and its preload scanner) sees it.
  patch(Document.prototype, 'write writeln', 'value', (original) => function (this: unknown, ...parts) {
    // Trusted Types objects pass as they are: turning them into a string would throw.
    return parts.every((part) => typeof part === 'string') ? original.call(this, sanitize(parts.join(''), true)) : original.apply(this, parts);
  });

  // URL setters: `img.src` fetches even when the image is not in the document.
  patch(elementProto, 'setAttribute', 'value', (original) => function (this: unknown, name, value) {
    if (park(this, String(name).toLowerCase(), value)) return undefined;
    return original.call(this, name, value);
  });
  patch(elementProto, 'setAttributeNS', 'value', (original) => function (this: unknown, namespace, name, value) {
    if (namespace == null && park(this, String(name).toLowerCase(), value)) return undefined;
    return original.call(this, namespace, name, value);
  });
  // Attribute nodes: one attached whole, or the value of one already attached.
  patch(elementProto, 'setAttributeNode setAttributeNodeNS', 'value', (original) => function (this: unknown, node) {
    if (node instanceof Attr && !node.namespaceURI && park(this, node.name.toLowerCase(), node.value)) return null;
    return original.call(this, node);
  });
  // Its value, also through Node's `nodeValue` and `textContent`, which set an Attr's value too
  // (DOM "set an existing attribute value"); any other node passes straight through.
  const attrSetter = (set: Method): Method => function (this: unknown, value) {
    if (this instanceof Attr && !this.namespaceURI && park(this.ownerElement, this.name.toLowerCase(), value)) return undefined;
    return set.call(this, value);
  };
  // Or attached through the element's attribute map, which does not name its element: the map
  // is only reachable from `element.attributes`, so the getter notes whose map it is.
  const owners = new WeakMap<NamedNodeMap, Element>();
  patch(elementProto, 'attributes', 'get', (get) => function (this: unknown) {
    const map = get.call(this) as NamedNodeMap;
    owners.set(map, this as Element);
    return map;
  });
  patch(NamedNodeMap.prototype, 'setNamedItem setNamedItemNS', 'value', (original) => function (this: unknown, node) {
    if (node instanceof Attr && !node.namespaceURI && park(owners.get(this as NamedNodeMap), node.name.toLowerCase(), node.value)) return null;
    return original.call(this, node);
  });
  patch(Attr.prototype, 'value', 'set', attrSetter);
  patch(Node.prototype, 'nodeValue textContent', 'set', attrSetter);
  // `HTML<kind>Element.prototype` setter of the attribute the kind loads (`urlAttribute`; `src`
  // for Image and Media, which are no tag names).
  for (const kind of 'Image Script IFrame Embed Source Media Object Link'.split(' ')) {
    const type = (globalThis as unknown as Record<string, { prototype: object } | undefined>)[`HTML${kind}Element`];
    patch(type?.prototype, urlAttribute[kind.toUpperCase()] ?? 'src', 'set', (set, name) => function (this: unknown, value) {
      if (park(this, name, value)) return undefined;
      return set.call(this, value);
    });
  }

  return {
    check,
    stop() {
      active = false;
      // Last patch first, each once.
      while (undo.length) undo.pop()!();
    },
  };
}
