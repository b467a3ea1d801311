// Registers <consentry-declaration> (listed in package.json "sideEffects"):
// import '@consentry/banner/declaration'. Kept apart so only a policy page pays for it.
import { defineElement } from '../define-element.js';
import { ConsentryDeclaration } from './consentry-declaration.js';

defineElement('consentry-declaration', ConsentryDeclaration);
