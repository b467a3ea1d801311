import { enBanner } from './en-banner.js';
import { enDialog } from './en-dialog.js';
import type { Translation } from './translation.js';

/** English, every text: the fallback for any key a language or a site does not give. */
export const en: Translation = { ...enBanner, ...enDialog };
