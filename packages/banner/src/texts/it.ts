import type { Translation } from './translation.js';

/** Italian. */
const it: Translation = {
  dir: 'ltr',
  bannerTitle: 'Cookie su questo sito',
  bannerText:
    'Usiamo i cookie necessari al funzionamento del sito. Con il tuo consenso usiamo anche cookie per ricordare le tue impostazioni, misurare le visite e mostrare annunci pertinenti. Rifiutare non limita il sito e puoi cambiare idea in qualsiasi momento.',
  policyLink: 'Informativa sulla privacy',
  acceptAll: 'Accetta tutti',
  rejectAll: 'Rifiuta tutti',
  preferences: 'Scegli',
  save: 'Salva le scelte',
  close: 'Chiudi',
  preferencesTitle: 'Preferenze sui cookie',
  preferencesIntro:
    'Scegli quali cookie possiamo usare. I cookie necessari sono sempre attivi. Puoi cambiare la tua scelta in qualsiasi momento.',
  gpcNote: 'Segnale di opposizione (GPC) rispettato: il marketing resta disattivato.',
  saved: 'Preferenze salvate',
  cookies: 'Cookie',
  cookieName: 'Nome',
  purpose: 'Finalità',
  lifetime: 'Durata',
  party: 'Impostato da',
  firstParty: 'Questo sito',
  thirdParty: 'Terza parte',
  noCookies: 'Nessun cookie.',
  download: 'Scarica la registrazione del mio consenso',
  reopen: 'Preferenze cookie',
  yourChoice: 'La tua scelta',
  allowed: 'Consentiti',
  refused: 'Rifiutati',
  alwaysOn: 'Sempre attivi',
  change: 'Cambia la mia scelta',
  categories: {
    necessary: ['Necessari', 'Servono al funzionamento del sito: sicurezza, accesso e memorizzazione di questa scelta.'],
    preferences: ['Preferenze', 'Ricordano impostazioni come la lingua o la regione.'],
    analytics: ['Statistiche', 'Contano le visite e mostrano come viene usato il sito, per migliorarlo.'],
    marketing: ['Marketing', 'Permettono a partner pubblicitari di mostrare annunci in base ai tuoi interessi, qui e su altri siti.'],
  },
};
export default it;
