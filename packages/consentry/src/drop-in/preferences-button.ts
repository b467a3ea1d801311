/** "Cookie settings" in the languages the banner ships; other languages get English. */
const LABELS: Record<string, string> = {
  en: 'Cookie settings',
  de: 'Cookie-Einstellungen',
  es: 'Configuración de cookies',
  fr: 'Paramètres des cookies',
  it: 'Impostazioni dei cookie',
  nl: 'Cookie-instellingen',
  pl: 'Ustawienia plików cookie',
  pt: 'Definições de cookies',
};

const SVG = 'http://www.w3.org/2000/svg';

/**
 * Draws the floating "cookie settings" button with a few DOM calls (no Lit), so a returning
 * visitor's page can offer a way back (STANDARDS.md R-8) without downloading the UI; the UI
 * is fetched when the button is clicked. Returns the button. Styles use the banner's
 * `--consentry-*` custom properties so a site's theme applies to it too.
 */
export function drawPreferencesButton(doc: Document, language: string, onClick: () => void): HTMLButtonElement {
  const label = LABELS[language.toLowerCase().split('-')[0] ?? ''] ?? LABELS.en!;
  const button = doc.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-label', label);
  button.setAttribute('data-consentry-preferences-button', '');
  button.title = label;
  // 44 px: above the WCAG 2.2 target size minimum (STANDARDS.md A-5).
  button.style.cssText =
    'position:fixed;z-index:2147483000;inset:auto auto 16px 16px;width:44px;height:44px;padding:10px;border:0;border-radius:50%;cursor:pointer;' +
    'background:var(--consentry-button-background,#1f3a5f);color:var(--consentry-button-color,#fff);box-shadow:0 2px 8px rgba(0,0,0,.3)';
  const icon = doc.createElementNS(SVG, 'svg');
  icon.setAttribute('viewBox', '0 0 24 24');
  icon.setAttribute('aria-hidden', 'true');
  icon.setAttribute('width', '24');
  icon.setAttribute('height', '24');
  const path = doc.createElementNS(SVG, 'path');
  // A cookie with two bites and three chips.
  path.setAttribute('d', 'M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5zM8 9.5a1.5 1.5 0 1 1 0 .01zM7 15a1.5 1.5 0 1 1 0 .01zM13 16.5a1.5 1.5 0 1 1 0 .01z');
  path.setAttribute('fill', 'currentColor');
  icon.append(path);
  button.append(icon);
  button.addEventListener('click', onClick);
  doc.body.append(button);
  return button;
}
