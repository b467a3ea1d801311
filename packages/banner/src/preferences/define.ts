// Registers <consentry-preferences> (listed in package.json "sideEffects"). The banner
// imports this on demand, when the visitor first opens the dialog, so the first-visit UI
// chunk carries only the banner (DESIGN.md budgets).
import { defineElement } from '../define-element.js';
import { ConsentryPreferences } from './consentry-preferences.js';

defineElement('consentry-preferences', ConsentryPreferences);
