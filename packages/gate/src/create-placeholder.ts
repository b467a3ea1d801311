import type { PlaceholderTexts } from './gate-options.js';

const MESSAGE = 'Content from {host} loads only once you allow {category}.';
const BUTTON = 'Allow {category}';

const fill = (text: string, values: Record<string, string>): string =>
  text.replace(/\{(host|category)\}/g, (_, key: string) => values[key] ?? '');

/**
 * The placeholder shown in place of a gated embed: a labelled group with the message and one
 * native button (keyboard and screen-reader operable without ARIA tricks, WCAG 4.1.2). Built
 * with DOM calls and `textContent`, never `innerHTML` (STYLE.md 11). Sites style it through
 * `.consentry-placeholder`; its size follows the embed's `width`/`height` so nothing shifts
 * when the embed loads.
 */
export function createPlaceholder(
  embed: Element,
  texts: PlaceholderTexts,
  values: { host: string; category: string },
  allow: () => void,
): HTMLElement {
  const message = fill(texts.message ?? MESSAGE, values);
  const box = document.createElement('div');
  box.className = 'consentry-placeholder';
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', message);
  for (const side of ['width', 'height'] as const) {
    const size = embed.getAttribute(side);
    if (size) box.style[side] = /^\d+$/.test(size) ? `${size}px` : size;
  }
  const text = document.createElement('p');
  text.textContent = message;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = fill(texts.button ?? BUTTON, values);
  button.addEventListener('click', allow);
  box.append(text, button);
  return box;
}
