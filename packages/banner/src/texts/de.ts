import type { Translation } from './translation.js';

/** German. */
const de: Translation = {
  dir: 'ltr',
  bannerTitle: 'Cookies auf dieser Website',
  bannerText:
    'Wir verwenden Cookies, die für den Betrieb der Website nötig sind. Mit Ihrer Einwilligung verwenden wir außerdem Cookies, um Ihre Einstellungen zu speichern, Besuche zu messen und passende Werbung zu zeigen. Eine Ablehnung schränkt die Website nicht ein, und Sie können Ihre Wahl jederzeit ändern.',
  policyLink: 'Datenschutzerklärung',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  preferences: 'Auswählen',
  save: 'Auswahl speichern',
  close: 'Schließen',
  preferencesTitle: 'Cookie-Einstellungen',
  preferencesIntro:
    'Wählen Sie, welche Cookies wir verwenden dürfen. Notwendige Cookies sind immer aktiv. Sie können Ihre Wahl jederzeit ändern.',
  gpcNote: 'Opt-out-Signal (GPC) berücksichtigt: Marketing bleibt aus.',
  saved: 'Einstellungen gespeichert',
  cookies: 'Cookies',
  cookieName: 'Name',
  purpose: 'Zweck',
  lifetime: 'Speicherdauer',
  party: 'Gesetzt von',
  firstParty: 'Diese Website',
  thirdParty: 'Drittanbieter',
  noCookies: 'Keine Cookies.',
  download: 'Meinen Einwilligungsnachweis herunterladen',
  reopen: 'Cookie-Einstellungen',
  yourChoice: 'Ihre Wahl',
  allowed: 'Erlaubt',
  refused: 'Abgelehnt',
  alwaysOn: 'Immer aktiv',
  change: 'Wahl ändern',
  categories: {
    necessary: ['Notwendig', 'Für den Betrieb der Website nötig: Sicherheit, Anmeldung und das Speichern dieser Wahl.'],
    preferences: ['Präferenzen', 'Speichern Einstellungen wie Sprache oder Region.'],
    analytics: ['Statistik', 'Zählen Besuche und zeigen, wie die Website genutzt wird, damit wir sie verbessern können.'],
    marketing: ['Marketing', 'Erlauben Werbepartnern, Anzeigen passend zu Ihren Interessen zu zeigen, hier und auf anderen Websites.'],
  },
};
export default de;
