import type { PackedVendor } from './catalogue-format.js';

/**
 * CDNs, load balancers, bot and fraud protection, and consent tools: cookies a site needs to be
 * served safely, or that record the visitor's cookie choices (STANDARDS.md R-11). Written by the
 * Consentry authors; see catalogue-format.ts for the row syntax.
 */
export const INFRASTRUCTURE: PackedVendor[] = [
  ['Cloudflare', 'n', '', 'Protects the site against bots and attacks (Cloudflare)', `
__cfduid|30d|Identified trusted clients behind a shared IP (retired in 2021)
__cf_bm|30min|Tells people from bots (Bot Management)
cf_clearance|30min|Records that the visitor passed a challenge
__cflb|s|Sends the visitor to the same origin server (load balancing)
__cfruid|s|Applies rate limiting fairly to clients behind a shared IP
_cfuvid|s|Applies rate limiting fairly to clients behind a shared IP
__cfwaitingroom|s|Keeps the visitor's place in a waiting room
cf_ob_info|30sec|Serves a cached page while the site is down (Always Online)
cf_use_ob|30sec|Serves a cached page while the site is down (Always Online)
cf_chl_*|1h|Holds the state of a security challenge
__cfseq-*|s|Checks the order of requests (sequence rules)
CF_Authorization|1d|Keeps the visitor signed in (Cloudflare Access)
CF_AppSession|1d|Keeps the visitor signed in (Cloudflare Access)
CF_Binding|1d|Binds a Cloudflare Access session to the browser
`],
  ['Akamai', 'n', '', 'Protects the site against bots and attacks (Akamai)', `
ak_bmsc|2h|Tells people from bots (Bot Manager)
bm_sv|2h|Tells people from bots (Bot Manager)
bm_sz|4h|Tells people from bots (Bot Manager)
bm_mi|2h|Tells people from bots (Bot Manager)
bm_so|1y|Tells people from bots (Bot Manager)
bm_lso|1y|Tells people from bots (Bot Manager)
bm_ss|1y|Tells people from bots (Bot Manager)
bm_s|1y|Tells people from bots (Bot Manager)
_abck|1y|Tells people from bots (Bot Manager)
AKA_A2|1h|Speeds up delivery (Adaptive Acceleration)
akavpau_*|s|Keeps the visitor's place in a waiting room (Visitor Prioritization)
akacd_*|s|Sends the visitor to the same origin (traffic management)
`],
  ['Amazon Web Services', 'n', '', 'Sends the visitor to the same server (AWS load balancing)', `
AWSALB|7d
AWSALBCORS|7d
AWSALBTG|7d
AWSALBTGCORS|7d
AWSALBAPP-*|7d
AWSELB|s
AWSELBCORS|s
aws-waf-token|4d|Records that the visitor passed AWS WAF bot checks
CloudFront-Policy|s|Grants access to private content (CloudFront signed cookie)
CloudFront-Signature|s|Grants access to private content (CloudFront signed cookie)
CloudFront-Key-Pair-Id|s|Grants access to private content (CloudFront signed cookie)
CloudFront-Expires|s|Grants access to private content (CloudFront signed cookie)
`],
  ['Microsoft Azure', 'n', '', 'Sends the visitor to the same server (Azure load balancing)', `
ARRAffinity|s
ARRAffinitySameSite|s
ApplicationGatewayAffinity|s
ApplicationGatewayAffinityCORS|s
ASLBSA|s
ASLBSACORS|s
TiPMix|1h
x-ms-routing-name|1h
AzureAppProxyAccessCookie_*|s|Keeps the visitor signed in (Azure App Proxy)
AzureAppProxyUserSessionCookie|s|Keeps the visitor signed in (Azure App Proxy)
`],
  ['Google Cloud', 'n', '', '', `
GCLB|s|Sends the visitor to the same server (Cloud Load Balancing)
GCP_IAP_UID|s|Keeps the visitor signed in (Identity-Aware Proxy)
GCP_IAP_XSRF_NONCE_*|s|Protects an Identity-Aware Proxy sign-in against forgery
GCP_IAAP_AUTH_TOKEN_*|s|Keeps the visitor signed in (Identity-Aware Proxy)
__Host-GCP_IAP_AUTH_TOKEN_*|s|Keeps the visitor signed in (Identity-Aware Proxy)
`],
  ['Load balancer', 'n', '', 'Sends the visitor to the same server (load-balancer affinity)', `
SERVERID|s
ROUTEID|s
INGRESSCOOKIE|s
_TRAEFIK_BACKEND|s
heroku-session-affinity|s
DO-LB|s
BNI_persistence|s
BNES_*|s
NSC_*|s|Sends the visitor to the same server (Citrix ADC)
citrix_ns_id|s|Keeps the visitor's Citrix Gateway session
cookiesession1|1y|Keeps the visitor's FortiWeb firewall session
`],
  ['F5 BIG-IP', 'n', '', 'Load balancing and web application firewall (F5 BIG-IP)', `
BIGipServer*|s|Sends the visitor to the same server
TS01*|s|Protects the site against attacks (BIG-IP ASM)
TSPD_*|s|Tells people from bots (BIG-IP bot defence)
f5avr*|s|Protects the site against attacks (BIG-IP Advanced WAF)
f5_cspm|s|Measures page performance in the browser (BIG-IP)|a
F5_ST|s|Keeps the visitor's remote-access session
F5_HT_shrinked|s|Keeps the visitor's remote-access session
LastMRH_Session|s|Keeps the visitor's remote-access session
MRHSession|s|Keeps the visitor's remote-access session
`],
  ['Imperva', 'n', '', 'Protects the site against bots and attacks (Imperva)', `
incap_ses_*|s
visid_incap_*|1y
nlbi_*|s|Sends the visitor to the same server
___utmvc|s|Tells people from bots
reese84|30d|Tells people from bots
`],
  ['Bot and fraud protection', 'n', '', 'Tells people from bots', `
datadome|1y|Tells people from bots (DataDome)
_px|1y|Tells people from bots (HUMAN / PerimeterX)
_px2|1y|Tells people from bots (HUMAN / PerimeterX)
_px3|1y|Tells people from bots (HUMAN / PerimeterX)
_pxhd|1y|Tells people from bots (HUMAN / PerimeterX)
_pxvid|1y|Tells people from bots (HUMAN / PerimeterX)
_pxde|1y|Tells people from bots (HUMAN / PerimeterX)
_pxff_*|1y|Tells people from bots (HUMAN / PerimeterX)
pxcts|s|Tells people from bots (HUMAN / PerimeterX)
KP_UIDz|s|Tells people from bots (Kasada)
KP_UIDz-ssn|s|Tells people from bots (Kasada)
sucuri_cloudproxy_uuid_*|1d|Protects the site against attacks (Sucuri)
sucuri_cloudproxy_js|1d|Tells people from bots (Sucuri)
_GRECAPTCHA|6mo|Tells people from bots (Google reCAPTCHA)
rc::a|s|Tells people from bots (Google reCAPTCHA)
rc::b|s|Tells people from bots (Google reCAPTCHA)
rc::c|s|Tells people from bots (Google reCAPTCHA)
rc::d-*|s|Tells people from bots (Google reCAPTCHA)
rc::f|s|Tells people from bots (Google reCAPTCHA)
hc_accessibility|1d|Lets visitors with disabilities skip the puzzle (hCaptcha)
QueueITAccepted-*|s|Keeps the visitor's place in a waiting room (Queue-it)
`],
  ['LiteSpeed Cache', 'n', '', 'Varies the page cache by the visitor\'s context (LiteSpeed)', `
_lscache_vary|2d
`],
  ['Vercel', 'n', '', '', `
_vercel_jwt|s|Grants access to a protected deployment
__vercel_live_token|s|Grants editors access to previews
__vdpl|s|Keeps the visitor on one deployment (skew protection)
`],
  ['Netlify', 'n', '', '', `
nf_jwt|s|Keeps the visitor signed in (Netlify Identity)
nf_lang|1y|Remembers the visitor's language|p
nf_ab|1y|Assigns the visitor to a split test|a
`],
  ['Consentry', 'n', '', "Remembers the visitor's cookie choices", `
consentry|6mo
`],
  ['Consent management platforms', 'n', '', "Remembers the visitor's cookie choices", `
OptanonConsent|1y
OptanonAlertBoxClosed|1y
OTAdditionalConsentString|1y
OneTrustWPCCPAGoogleOptOut|1y
eupubconsent-v2|1y
euconsent-v2|1y
euconsent|1y
addtl_consent|1y
usprivacy|1y
CookieConsent|1y
CookieConsentBulkSetting-*|1y
CookieConsentBulkTicket|1y
uc_user_interaction|1y
uc_gcm|1y
didomi_token|1y
didomi_dcs|1y
notice_behavior|s
notice_gdpr_prefs|1y
notice_preferences|1y
notice_poptime|1y
cmapi_cookie_privacy|1y
cmapi_gtm_bl|1y
TAconsentID|1y
TAsessionID|30min
cmplz_*|1y
cookieyes-consent|1y
cky-consent|1y
cookielawinfo-checkbox-*|1y
viewed_cookie_policy|1y
CookieLawInfoConsent|1y
borlabs-cookie|1y
osano_consentmanager|1y
osano_consentmanager_uuid|1y
cookieconsent_status|1y
cookieconsent_dismissed|1y
cc_cookie|6mo
klaro|1y
orejime|6mo
_iub_cs-*|1y
cookie_notice_accepted|1mo
cookie-agreed|100d
cookie-agreed-version|100d
cookie-agreed-categories|100d
CMSCookieLevel|1y
moove_gdpr_popup|1y
real_cookie_banner-*|1y
cookiefirst-consent|1y
__cmpconsentx*|1y
__cmpcccx*|1y
consentUUID|1y
ccpaUUID|1y
consentDate|1y
_sp_v1_*|1y
FCCDCF|13mo
cookiehub|1y
ppms_privacy_*|1y
mtm_consent|30y
mtm_consent_removed|30y
mtm_cookie_consent|30y
CookieControl|3mo
axeptio_cookies|1y
axeptio_authorized_vendors|1y
axeptio_all_vendors|1y
tarteaucitron|1y
CookieScriptConsent|1mo
_ketch_consent_v1_|1y
ENSIGHTEN_PRIVACY_*|1y
_evidon_consent_cookie|1y
CookieInformationConsent|1y
silktideCookieChoice_*|1y
wpl_user_preference|1y
wpl_viewed_cookie|1y
gdpr[allowed_cookies]|1y
gdpr[consent_types]|1y
CONSENTMGR|1y
kndctr_*_consent|6mo
piwik_ignore|2y|Keeps Matomo from counting this visitor (opt-out)
__hs_opt_out|6mo
__hs_do_not_track|6mo
__hs_initial_opt_in|7d
__hs_cookie_cat_pref|6mo
__hs_gpc_banner_dismiss|6mo
__mp_opt_in_out_*|1y
pi_opt_in*|10y
`],
];
