import type { PackedVendor } from './catalogue-format.js';

/**
 * Preferences and features the visitor uses: chat widgets, language and display choices,
 * translation. Written by the Consentry authors; see catalogue-format.ts for the row syntax.
 */
export const PREFERENCES: PackedVendor[] = [
  ['Intercom', 'p', '', 'Runs the Intercom messenger', `
intercom-id-*|9mo|Recognises the visitor in the messenger
intercom-session-*|1w|Keeps the messenger conversation
intercom-device-id-*|9mo|Recognises the device in the messenger
`],
  ['Tawk.to', 'p', '', 'Runs the tawk.to chat widget', `
TawkConnectionTime|s
__tawkuuid|6mo
twk_idm_key|s
twk_uuid_*|6mo
tawkUUID|6mo
`],
  ['LiveChat', 'p', '', 'Runs the LiveChat widget', `
__lc_cid|2y
__lc_cst|2y
__lc2_cid|2y
__lc2_cst|2y
lc_sso*|1y
`],
  ['Crisp', 'p', '', 'Runs the Crisp chat widget', `
crisp-client/session/*|6mo
crisp-client/socket/*|s
`],
  ['Olark', 'p', '', 'Runs the Olark chat widget', `
hblid|2y
olfsk|2y
wcsid|30min
_okbk|30min
_okdetect|30min
_oklv|30min
`],
  ['Tidio', 'p', '', 'Runs the Tidio chat widget', `
tidio_state_*|1y
`],
  ['Salesforce chat', 'p', '', 'Runs the Salesforce live chat', `
liveagent_*|1y
`],
  ['LivePerson', 'p', '', 'Runs the LivePerson chat', `
LPVID|13mo
LPSID-*|s
`],
  ['Google Translate', 'p', '', "Remembers the language the page is translated to", `
googtrans|s
`],
  ['Nuxt i18n', 'p', '', "Remembers the visitor's language", `
i18n_redirected|1y
`],
  ['DNN', 'p', '', "Remembers the visitor's display settings", `
dnn_IsMobile|s
`],
];
