// Registers <consentry-preferences-button> (listed in package.json "sideEffects"); loaded by
// mountConsentUi only when the site asks for the floating button.
import { defineElement } from '../define-element.js';
import { ConsentryPreferencesButton } from './consentry-preferences-button.js';

defineElement('consentry-preferences-button', ConsentryPreferencesButton);
