import type { Translation } from './translation.js';

/** Polish. */
const pl: Translation = {
  dir: 'ltr',
  bannerTitle: 'Pliki cookie w tym serwisie',
  bannerText:
    'Używamy plików cookie niezbędnych do działania serwisu. Za Twoją zgodą używamy też plików cookie, aby zapamiętać Twoje ustawienia, mierzyć odwiedziny i wyświetlać trafne reklamy. Odmowa nie ogranicza serwisu, a swoją decyzję możesz zmienić w każdej chwili.',
  policyLink: 'Polityka prywatności',
  acceptAll: 'Akceptuj wszystkie',
  rejectAll: 'Odrzuć wszystkie',
  preferences: 'Wybierz',
  save: 'Zapisz wybór',
  close: 'Zamknij',
  preferencesTitle: 'Ustawienia plików cookie',
  preferencesIntro:
    'Wybierz, których plików cookie możemy używać. Niezbędne pliki cookie są zawsze włączone. Swój wybór możesz zmienić w każdej chwili.',
  gpcNote: 'Uwzględniono sygnał sprzeciwu (GPC): marketing pozostaje wyłączony.',
  saved: 'Ustawienia zapisane',
  cookies: 'Pliki cookie',
  cookieName: 'Nazwa',
  purpose: 'Cel',
  lifetime: 'Czas przechowywania',
  party: 'Ustawia',
  firstParty: 'Ten serwis',
  thirdParty: 'Podmiot zewnętrzny',
  noCookies: 'Brak plików cookie.',
  download: 'Pobierz zapis mojej zgody',
  reopen: 'Ustawienia plików cookie',
  yourChoice: 'Twój wybór',
  allowed: 'Dozwolone',
  refused: 'Odrzucone',
  alwaysOn: 'Zawsze włączone',
  change: 'Zmień mój wybór',
  categories: {
    necessary: ['Niezbędne', 'Potrzebne do działania serwisu: bezpieczeństwo, logowanie i zapamiętanie tego wyboru.'],
    preferences: ['Preferencje', 'Zapamiętują ustawienia, takie jak język czy region.'],
    analytics: ['Statystyka', 'Liczą odwiedziny i pokazują, jak korzystasz z serwisu, abyśmy mogli go ulepszać.'],
    marketing: ['Marketing', 'Pozwalają partnerom reklamowym wyświetlać reklamy dopasowane do Twoich zainteresowań, tu i w innych serwisach.'],
  },
};
export default pl;
