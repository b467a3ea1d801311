import type { CategoryId, ConsentView } from '@consentry/core';
import { validateGateOptions, type GateOptions, type ResolvedGateOptions } from './gate-options.js';
import { createPlaceholder } from './create-placeholder.js';
import { interceptLateTags } from './intercept-late-tags.js';
import { GOOGLE_TAG_HOSTS, trackerFor, urlHost } from './tracker-hosts.js';

/** A running gate, made by `startGate`. */
export interface Gate {
  /** Elements waiting for consent, in the order they were found (markup and late tags). */
  held(): Element[];
  /** Stops gating: removes the late-tag patches and listeners; held tags stay inert. */
  stop(): void;
}

/** Embeds that get a placeholder while they wait; pixels, sources and links stay invisible. */
const VISIBLE = /^(?:IFRAME|VIDEO|AUDIO|EMBED|OBJECT)$/;

/**
 * Starts the gate: activates `[data-consent]` tags whose categories are granted, in document
 * order, and the rest the moment they are; stops tracker tags that other code inserts later
 * (see `interceptLateTags`); reloads the page when a category whose tags ran is withdrawn
 * (`config.reloadOnWithdraw`, default true), because a running tag cannot be unloaded.
 * Call it in `<head>` before any tag it must gate (after `startConsentMode`).
 *
 * Options default to `consent.config.gate`; a bad option throws `ConsentryError('config/gate')`.
 */
export function startGate(consent: ConsentView, options?: GateOptions): Gate {
  return runGate(consent, validateGateOptions({ ...consent.config.gate, ...options }, consent.categories));
}

/** `startGate` with options already resolved (`gateSettings` for a config checked elsewhere). */
export function runGate(consent: ConsentView, settings: ResolvedGateOptions): Gate {
  const config = consent.config;
  const advanced = typeof config.consentMode === 'object' && config.consentMode.mode === 'advanced';
  const ran = new Set<CategoryId>();
  const started = new WeakSet<Element>();
  const placeholders = new WeakMap<Element, HTMLElement>();
  /** Tags the late-tag guard held (not markup): revived as the same element. */
  const late = new WeakSet<Element>();
  const queue: Element[] = [];
  let pending: Element[] = [];
  let busy = false;

  const grants = (category: CategoryId): boolean => consent.categories.includes(category) && consent.allows(category);
  // Categories are separated by spaces or commas.
  const categoriesOf = (element: Element): CategoryId[] => element.getAttribute('data-consent')?.match(/[^\s,]+/g) ?? [];

  /** The category a late tag from `url` waits for, or null; remembers what ran, for withdrawal. */
  const decide = (url: string): CategoryId | null => {
    const match = trackerFor(url, settings.trackers);
    // CM-7 advanced mode: Google's tags load before consent and only get the signals.
    if (!match || (advanced && GOOGLE_TAG_HOSTS.includes(match.key))) return null;
    if (!grants(match.category)) return match.category;
    ran.add(match.category);
    return null;
  };

  const revive = (element: Element): void => {
    placeholders.get(element)?.remove();
    if (element.tagName === 'SCRIPT') {
      const type = element.getAttribute('data-type');
      const parent = element.parentNode;
      if (late.has(element) || !parent) {
        // A late tag we held: the same element (its onload and other handlers stay), run by
        // re-inserting it — skipped for its type, it was never marked "already started".
        if (type) element.setAttribute('type', type);
        else element.removeAttribute('type');
        if (!parent) return; // inserted later, it runs then
        const next = element.nextSibling;
        element.remove(); // Chromium skips an insertBefore that leaves a node where it is
        // Not waited for: inserted by script, it was async anyway, and one that had already
        // run (say, parsed by innerHTML) would never fire load or error.
        parent.insertBefore(element, next);
        return;
      }
      // Markup: a fresh element, since parsers (innerHTML) mark their scripts "already started".
      const script = document.createElement('script');
      // `data-consent` first: the late-tag guard lets a URL set on a gated element through.
      script.setAttribute('data-consent', element.getAttribute('data-consent')!);
      for (const { name, value } of element.attributes) {
        if (name !== 'type' && name !== 'data-type') script.setAttribute(name, value);
      }
      if (type) script.type = type;
      // CSP hides a nonce attribute once parsed: the value lives in the property.
      script.nonce = (element as HTMLScriptElement).nonce;
      script.text = (element as HTMLScriptElement).text;
      if (script.src) {
        // Order: the next gated script starts only when this one has loaded (or failed).
        busy = true;
        const next = (): void => {
          script.removeEventListener('load', next);
          script.removeEventListener('error', next);
          busy = false;
          pump();
        };
        script.addEventListener('load', next);
        script.addEventListener('error', next);
      }
      started.add(script);
      element.replaceWith(script);
      return;
    }
    for (const node of [element, ...element.querySelectorAll('source')]) {
      for (const name of ['src', 'srcset', 'href']) {
        const value = node.getAttribute(`data-${name}`);
        if (value !== null) node.setAttribute(name === 'src' && node.tagName === 'OBJECT' ? 'data' : name, value);
      }
    }
    if (element instanceof HTMLMediaElement) element.load();
    if (element.hasAttribute('data-consentry-hidden')) {
      element.removeAttribute('data-consentry-hidden');
      element.removeAttribute('hidden');
    }
  };

  function pump(): void {
    while (!busy && queue.length) {
      const element = queue.shift()!; 
      if (started.has(element)) continue;
      started.add(element);
      for (const category of categoriesOf(element)) ran.add(category);
      revive(element);
    }
  }

  const placehold = (element: Element): void => {
    const texts = settings.placeholders;
    if (!texts || !VISIBLE.test(element.tagName) || placeholders.has(element) || !element.parentNode) return;
    const categories = categoriesOf(element);
    const titles = categories.map((id) => config.categories[id]?.title ?? id).join(', ');
    const host = urlHost(element.getAttribute('data-src') ?? '') || location.host;
    const box = createPlaceholder(element, texts, { host, category: titles }, () => {
      const choices: Record<CategoryId, boolean> = { ...consent.get()?.choices };
      for (const id of categories) choices[id] = true;
      consent.set(choices, { layer: 'placeholder' });
    });
    placeholders.set(element, box);
    element.before(box);
    if (!element.hasAttribute('hidden')) {
      element.setAttribute('hidden', '');
      element.setAttribute('data-consentry-hidden', '');
    }
  };

  /** A gated element found (markup, or a late tag just held). */
  const consider = (element: Element): void => {
    if (started.has(element) || queue.includes(element)) return;
    // `data-consent` may name several categories: all are required (the markup rule).
    if (categoriesOf(element).every(grants)) {
      pending = pending.filter((other) => other !== element);
      queue.push(element);
      pump();
      return;
    }
    if (!pending.includes(element)) pending.push(element);
    placehold(element);
  };

  const guard = settings.observe ? interceptLateTags(decide, (element) => (late.add(element), consider(element)), consider) : undefined;

  const visit = (element: Element): void => {
    if (element.hasAttribute('data-consent')) consider(element);
    // Parser-inserted scripts: the parser runs a microtask checkpoint (so this observer) before
    // it prepares a script (HTML "script" end tag), so parking it here stops it from running.
    // Later insertions all pass through the patched APIs.
    else if (guard && element.tagName === 'SCRIPT' && document.readyState === 'loading') guard.check(element);
  };
  const found = (records: MutationRecord[]): void => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        visit(node);
        if (node.firstElementChild) node.querySelectorAll('[data-consent],script[src]').forEach(visit);
      }
    }
  };
  const observer = new MutationObserver(found);
  observer.observe(document, { childList: true, subtree: true });
  document.querySelectorAll('[data-consent]').forEach(visit);

  const off = consent.on('change', ({ changed }) => {
    // Tags inserted earlier in this task are not yet seen by the observer (a microtask).
    found(observer.takeRecords());
    if (changed.some((category) => ran.has(category) && !grants(category)) && config.reloadOnWithdraw !== false) {
      (settings.reload ?? (() => location.reload()))();
      return;
    }
    for (const element of pending.slice()) consider(element);
  });

  return {
    held: () => pending.slice(),
    stop() {
      off();
      observer.disconnect();
      guard?.stop();
    },
  };
}
