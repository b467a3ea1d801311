// The entry of consentry.js, the drop-in script for a site's <head> (docs/getting-started.md).
// It is the one module that acts when evaluated: it is built as a classic script (IIFE) whose
// purpose is to start Consentry on the page that loads it.
import { startDropIn } from './start-drop-in.js';

const script = document.currentScript as HTMLScriptElement | null;
startDropIn(window, document, script?.src || location.href);
