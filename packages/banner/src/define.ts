// Registers the Consentry elements (listed in package.json "sideEffects"):
// import '@consentry/banner/define'. <consentry-declaration> is separate
// ('@consentry/banner/declaration'): only a policy page needs it.
import { defineConsentryElements } from './define-elements.js';
import './preferences/define.js';
import './preferences-button/define.js';

defineConsentryElements();
