import type { Translation } from './translation.js';

/** Portuguese. */
const pt: Translation = {
  dir: 'ltr',
  bannerTitle: 'Cookies neste site',
  bannerText:
    'Usamos os cookies de que o site precisa para funcionar. Com o seu consentimento, usamos também cookies para lembrar as suas definições, medir as visitas e mostrar anúncios relevantes. Recusar não limita o site e pode mudar de ideia a qualquer momento.',
  policyLink: 'Política de privacidade',
  acceptAll: 'Aceitar todos',
  rejectAll: 'Rejeitar todos',
  preferences: 'Escolher',
  save: 'Guardar escolhas',
  close: 'Fechar',
  preferencesTitle: 'Preferências de cookies',
  preferencesIntro:
    'Escolha os cookies que podemos usar. Os cookies necessários estão sempre ativos. Pode alterar a sua escolha a qualquer momento.',
  gpcNote: 'Sinal de oposição (GPC) respeitado: o marketing continua desativado.',
  saved: 'Preferências guardadas',
  cookies: 'Cookies',
  cookieName: 'Nome',
  purpose: 'Finalidade',
  lifetime: 'Duração',
  party: 'Definido por',
  firstParty: 'Este site',
  thirdParty: 'Terceiros',
  noCookies: 'Nenhum cookie.',
  download: 'Transferir o registo do meu consentimento',
  reopen: 'Preferências de cookies',
  yourChoice: 'A sua escolha',
  allowed: 'Permitidos',
  refused: 'Recusados',
  alwaysOn: 'Sempre ativos',
  change: 'Alterar a minha escolha',
  categories: {
    necessary: ['Necessários', 'Indispensáveis para o site funcionar: segurança, início de sessão e memorização desta escolha.'],
    preferences: ['Preferências', 'Lembram definições como o idioma ou a região.'],
    analytics: ['Estatísticas', 'Contam as visitas e mostram como o site é usado, para o podermos melhorar.'],
    marketing: ['Marketing', 'Permitem que parceiros de publicidade mostrem anúncios de acordo com os seus interesses, aqui e noutros sites.'],
  },
};
export default pt;
