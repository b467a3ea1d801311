import type { Translation } from './translation.js';

/** French. */
const fr: Translation = {
  dir: 'ltr',
  bannerTitle: 'Les cookies sur ce site',
  bannerText:
    'Nous utilisons les cookies nécessaires au fonctionnement du site. Avec votre accord, nous utilisons aussi des cookies pour mémoriser vos réglages, mesurer l’audience et afficher des publicités pertinentes. Refuser ne limite pas le site, et vous pouvez changer d’avis à tout moment.',
  policyLink: 'Politique de confidentialité',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  preferences: 'Choisir',
  save: 'Enregistrer mes choix',
  close: 'Fermer',
  preferencesTitle: 'Préférences en matière de cookies',
  preferencesIntro:
    'Choisissez les cookies que nous pouvons utiliser. Les cookies nécessaires sont toujours actifs. Vous pouvez modifier votre choix à tout moment.',
  gpcNote: 'Signal de refus (GPC) respecté : le marketing reste désactivé.',
  saved: 'Préférences enregistrées',
  cookies: 'Cookies',
  cookieName: 'Nom',
  purpose: 'Finalité',
  lifetime: 'Durée',
  party: 'Déposé par',
  firstParty: 'Ce site',
  thirdParty: 'Un tiers',
  noCookies: 'Aucun cookie.',
  download: 'Télécharger mon consentement',
  reopen: 'Préférences cookies',
  yourChoice: 'Votre choix',
  allowed: 'Accepté',
  refused: 'Refusé',
  alwaysOn: 'Toujours actif',
  change: 'Modifier mon choix',
  categories: {
    necessary: ['Nécessaires', 'Indispensables au fonctionnement du site : sécurité, connexion et mémorisation de ce choix.'],
    preferences: ['Préférences', 'Mémorisent vos réglages, comme la langue ou la région.'],
    analytics: ['Mesure d’audience', 'Comptent les visites et montrent comment le site est utilisé, pour l’améliorer.'],
    marketing: ['Marketing', 'Permettent à des partenaires publicitaires d’afficher des annonces adaptées à vos centres d’intérêt, ici et ailleurs.'],
  },
};
export default fr;
