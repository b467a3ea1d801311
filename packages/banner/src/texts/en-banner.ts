import type { BannerTexts } from './translation.js';

/** English texts of the banner and the re-open button: bundled with the first-visit UI chunk. */
export const enBanner: BannerTexts = {
  dir: 'ltr',
  bannerTitle: 'Cookies on this site',
  bannerText:
    'We use cookies the site needs to work. With your consent we also use cookies to remember your settings, measure visits and show relevant ads. Refusing does not limit the site, and you can change your mind at any time.',
  policyLink: 'Privacy policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  preferences: 'Choose',
  close: 'Close',
  gpcNote: 'Opt-out preference signal honoured: marketing stays off.',
  reopen: 'Cookie preferences',
};
