import type { Translation } from './translation.js';

/** Spanish. */
const es: Translation = {
  dir: 'ltr',
  bannerTitle: 'Cookies en este sitio',
  bannerText:
    'Usamos las cookies que el sitio necesita para funcionar. Con tu consentimiento también usamos cookies para recordar tus ajustes, medir las visitas y mostrar anuncios relevantes. Rechazarlas no limita el sitio y puedes cambiar de opinión en cualquier momento.',
  policyLink: 'Política de privacidad',
  acceptAll: 'Aceptar todo',
  rejectAll: 'Rechazar todo',
  preferences: 'Elegir',
  save: 'Guardar selección',
  close: 'Cerrar',
  preferencesTitle: 'Preferencias de cookies',
  preferencesIntro:
    'Elige qué cookies podemos usar. Las cookies necesarias siempre están activas. Puedes cambiar tu elección en cualquier momento.',
  gpcNote: 'Señal de exclusión (GPC) respetada: el marketing sigue desactivado.',
  saved: 'Preferencias guardadas',
  cookies: 'Cookies',
  cookieName: 'Nombre',
  purpose: 'Finalidad',
  lifetime: 'Duración',
  party: 'Instalada por',
  firstParty: 'Este sitio',
  thirdParty: 'Un tercero',
  noCookies: 'Ninguna cookie.',
  download: 'Descargar mi registro de consentimiento',
  reopen: 'Preferencias de cookies',
  yourChoice: 'Tu elección',
  allowed: 'Permitidas',
  refused: 'Rechazadas',
  alwaysOn: 'Siempre activas',
  change: 'Cambiar mi elección',
  categories: {
    necessary: ['Necesarias', 'Imprescindibles para que el sitio funcione: seguridad, inicio de sesión y recordar esta elección.'],
    preferences: ['Preferencias', 'Recuerdan ajustes como el idioma o la región.'],
    analytics: ['Analíticas', 'Cuentan las visitas y muestran cómo se usa el sitio, para mejorarlo.'],
    marketing: ['Marketing', 'Permiten a socios publicitarios mostrar anuncios según tus intereses, aquí y en otros sitios.'],
  },
};
export default es;
