import type { DialogTexts } from './translation.js';

/** English texts of the dialog and the declaration: loaded with those elements, on demand. */
export const enDialog: DialogTexts = {
  save: 'Save choices',
  preferencesTitle: 'Cookie preferences',
  preferencesIntro: 'Choose which cookies we may use. Necessary cookies are always on. You can change your choice at any time.',
  saved: 'Preferences saved',
  cookies: 'Cookies',
  cookieName: 'Name',
  purpose: 'Purpose',
  lifetime: 'Lifetime',
  party: 'Set by',
  firstParty: 'This site',
  thirdParty: 'Third party',
  noCookies: 'No cookies.',
  download: 'Download my consent record',
  yourChoice: 'Your choice',
  allowed: 'Allowed',
  refused: 'Refused',
  alwaysOn: 'Always on',
  change: 'Change my choice',
  categories: {
    necessary: ['Necessary', 'Needed for the site to work: security, login, and remembering this choice.'],
    preferences: ['Preferences', 'Remember settings such as language or region.'],
    analytics: ['Analytics', 'Count visits and see how the site is used, so we can improve it.'],
    marketing: ['Marketing', 'Let advertising partners show ads that match your interests, here and on other sites.'],
  },
};
