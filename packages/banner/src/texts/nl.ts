import type { Translation } from './translation.js';

/** Dutch. */
const nl: Translation = {
  dir: 'ltr',
  bannerTitle: 'Cookies op deze site',
  bannerText:
    'We gebruiken cookies die nodig zijn om de site te laten werken. Met uw toestemming gebruiken we ook cookies om uw instellingen te onthouden, bezoeken te meten en relevante advertenties te tonen. Weigeren beperkt de site niet, en u kunt uw keuze altijd wijzigen.',
  policyLink: 'Privacybeleid',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  preferences: 'Kiezen',
  save: 'Keuze opslaan',
  close: 'Sluiten',
  preferencesTitle: 'Cookievoorkeuren',
  preferencesIntro:
    'Kies welke cookies we mogen gebruiken. Noodzakelijke cookies staan altijd aan. U kunt uw keuze altijd wijzigen.',
  gpcNote: 'Opt-outsignaal (GPC) gerespecteerd: marketing blijft uit.',
  saved: 'Voorkeuren opgeslagen',
  cookies: 'Cookies',
  cookieName: 'Naam',
  purpose: 'Doel',
  lifetime: 'Bewaartermijn',
  party: 'Geplaatst door',
  firstParty: 'Deze site',
  thirdParty: 'Derde partij',
  noCookies: 'Geen cookies.',
  download: 'Mijn toestemmingsbewijs downloaden',
  reopen: 'Cookievoorkeuren',
  yourChoice: 'Uw keuze',
  allowed: 'Toegestaan',
  refused: 'Geweigerd',
  alwaysOn: 'Altijd aan',
  change: 'Keuze wijzigen',
  categories: {
    necessary: ['Noodzakelijk', 'Nodig om de site te laten werken: beveiliging, inloggen en het onthouden van deze keuze.'],
    preferences: ['Voorkeuren', 'Onthouden instellingen zoals taal of regio.'],
    analytics: ['Statistieken', 'Tellen bezoeken en laten zien hoe de site wordt gebruikt, zodat we hem kunnen verbeteren.'],
    marketing: ['Marketing', 'Laten advertentiepartners advertenties tonen die bij uw interesses passen, hier en op andere sites.'],
  },
};
export default nl;
