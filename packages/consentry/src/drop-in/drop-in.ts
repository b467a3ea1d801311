// The entry of consentry.js, the drop-in script for a site's <head> (docs/getting-started.md).
// It is the one module that acts when evaluated: it is built as a classic script (IIFE) whose
// purpose is to start Consentry on the page that loads it.
import { siblingLoader } from './load-sibling.js';
import { startDropIn, type DropInWindow } from './start-drop-in.js';

const script = document.currentScript as HTMLScriptElement | null;
// Included twice (a template and a tag manager both adding it): the first one runs the page.
if ((window as DropInWindow).consentry) console.warn('Consentry: consentry.js is loaded twice; only the first copy runs.');
else {
  const src = script?.src || location.href;
  // Its modules come from the same place, with its nonce (see siblingLoader).
  startDropIn(window, document, siblingLoader(src, script?.nonce));
}
