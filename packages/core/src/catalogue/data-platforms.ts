import type { PackedVendor } from './catalogue-format.js';

/**
 * Web frameworks, CMSs, identity products and web applications. Written by the Consentry
 * authors from the products' own documentation and from observing them; see
 * catalogue-format.ts for the rows. Category `n` means what ICO/CNIL call strictly necessary
 * (STANDARDS.md R-11): sessions, logins, anti-forgery. UI choices are `p`; the few rows that
 * measure or track (a CMS's own statistics, order attribution) say `a` or `m`.
 */
export const PLATFORMS: PackedVendor[] = [
  ['ASP.NET', 'n', '', '', `
ASP.NET_SessionId|s|Keeps the visitor's server-side session
ASPSESSIONID*|s|Keeps the visitor's session (classic ASP)
__RequestVerificationToken|s|Anti-forgery token that protects forms
__RequestVerificationToken_*|s|Anti-forgery token that protects forms
__AntiXsrfToken|s|Anti-forgery token that protects forms
.ASPXAUTH|s|Keeps the visitor signed in (forms authentication)
.ASPXFORMSAUTH|s|Keeps the visitor signed in (forms authentication)
.ASPXROLES|s|Caches the signed-in visitor's roles
.ASPXANONYMOUS|70d|Identifies an anonymous profile for the site's own features
.AspNet.ApplicationCookie|s|Keeps the visitor signed in (ASP.NET Identity)
.AspNet.Cookies|s|Keeps the visitor signed in (OWIN cookie authentication)
.AspNetCore.Antiforgery.*|s|Anti-forgery token that protects forms
.AspNetCore.Session|s|Keeps the visitor's server-side session
.AspNetCore.Cookies|s|Keeps the visitor signed in
.AspNetCore.CookiesC*|s|Keeps the visitor signed in (split cookie)
.AspNetCore.Identity.Application|s|Keeps the visitor signed in (ASP.NET Core Identity)
.AspNetCore.Identity.ApplicationC*|s|Keeps the visitor signed in (split cookie)
.AspNetCore.Identity.External|s|Holds an external sign-in in progress
.AspNetCore.Identity.TwoFactorUserId|s|Holds a two-factor sign-in in progress
.AspNetCore.Identity.TwoFactorRememberMe|14d|Remembers a device that passed two-factor sign-in
.AspNetCore.Mvc.CookieTempDataProvider|s|Carries a message to the next page
.AspNetCore.Correlation.*|15min|Protects an external sign-in against forgery
.AspNetCore.OpenIdConnect.Nonce.*|15min|Protects an OpenID Connect sign-in against replay
.AspNetCore.Culture|1y|Remembers the visitor's language|p
.DOTNETNUKE|s|Keeps the visitor signed in (DNN)
`],
  ['Microsoft Entra ID', 'n', 'login.microsoftonline.com login.live.com', 'Signs the visitor in with a Microsoft account', `
ESTSAUTH|s
ESTSAUTHPERSISTENT|90d
ESTSAUTHLIGHT|s
@buid|1y
@fpc|30d
@x-ms-gateway-slice|s
@stsservicecookie|s
@esctx|s
`],
  ['ColdFusion', 'n', '', "Keeps the visitor's server-side session (ColdFusion)", `
CFID|s
CFTOKEN|s
CFGLOBALS|s
CFAUTHORIZATION_*|s|Keeps the visitor signed in (ColdFusion)
`],
  ['Zoho', 'n', '', '', `
zalb_*|s|Sends the visitor to the same server (Zoho)
_zcsr_tmp|s|Anti-forgery token that protects forms (Zoho)
crmcsr|s|Anti-forgery token that protects forms (Zoho CRM)
`],
  ['PHP', 'n', '', '', `
PHPSESSID|s|Keeps the visitor's server-side session (PHP)
`],
  ['Laravel', 'n', '', '', `
laravel_session|2h|Keeps the visitor's server-side session
remember_web_*|5y|Keeps the visitor signed in ("remember me")
`],
  ['Symfony', 'n', '', '', `
REMEMBERME|1y|Keeps the visitor signed in ("remember me")
sf_redirect|s|Carries debugging data across a redirect
`],
  ['CodeIgniter', 'n', '', '', `
ci_session|2h|Keeps the visitor's server-side session
csrf_cookie_name|2h|Anti-forgery token that protects forms
`],
  ['CakePHP', 'n', '', '', `
CAKEPHP|s|Keeps the visitor's server-side session
csrfToken|s|Anti-forgery token that protects forms
`],
  ['Yii', 'n', '', '', `
_identity|30d|Keeps the visitor signed in
YII_CSRF_TOKEN|s|Anti-forgery token that protects forms
`],
  ['Java servlet containers', 'n', '', '', `
JSESSIONID|s|Keeps the visitor's server-side session (Java)
JSESSIONIDSSO|s|Keeps the visitor signed in across applications (Tomcat)
_WL_AUTHCOOKIE_JSESSIONID|s|Keeps the visitor signed in (WebLogic)
LtpaToken|s|Keeps the visitor signed in (IBM WebSphere)
LtpaToken2|s|Keeps the visitor signed in (IBM WebSphere)
JROUTE|s|Sends the visitor to the same application server
`],
  ['Spring', 'n', '', '', `
SPRING_SECURITY_REMEMBER_ME_COOKIE|14d|Keeps the visitor signed in ("remember me")
`],
  ['Play Framework', 'n', '', '', `
PLAY_SESSION|s|Keeps the visitor's session (signed cookie)
PLAY_FLASH|s|Carries a message to the next page
PLAY_LANG|1y|Remembers the visitor's language|p
`],
  ['Keycloak', 'n', '', 'Keeps the visitor signed in (Keycloak)', `
KEYCLOAK_SESSION|s
KEYCLOAK_SESSION_LEGACY|s
KEYCLOAK_IDENTITY|s
KEYCLOAK_IDENTITY_LEGACY|s
KEYCLOAK_REMEMBER_ME|1y
KEYCLOAK_LOCALE|s|Remembers the visitor's language on the sign-in page|p
AUTH_SESSION_ID|s
AUTH_SESSION_ID_LEGACY|s
KC_RESTART|s|Restarts a sign-in that timed out
KC_AUTH_STATE|s
KC_STATE_CHECKER|s|Protects the account console against forgery
`],
  ['Ruby on Rails', 'n', '', '', `
_session_id|s|Keeps the visitor's server-side session
remember_user_token|2w|Keeps the visitor signed in (Devise)
rack.session|s|Keeps the visitor's session (Rack)
`],
  ['Django', 'n', '', '', `
csrftoken|1y|Anti-forgery token that protects forms
django_language|s|Remembers the visitor's language|p
`],
  ['Odoo', 'n', '', '', `
frontend_lang|1y|Remembers the visitor's language|p
`],
  ['Express', 'n', '', '', `
connect.sid|s|Keeps the visitor's server-side session
express:sess|s|Keeps the visitor's session (signed cookie)
express:sess.sig|s|Signature of the session cookie
express.sid|s|Keeps the visitor's server-side session
koa.sess|1d|Keeps the visitor's session (signed cookie)
koa.sess.sig|1d|Signature of the session cookie
koa:sess|1d|Keeps the visitor's session (signed cookie)
koa:sess.sig|1d|Signature of the session cookie
`],
  ['Next.js', 'n', '', '', `
NEXT_LOCALE|1y|Remembers the visitor's language|p
__prerender_bypass|s|Shows draft content to editors
__next_preview_data|s|Shows draft content to editors
`],
  ['Auth.js (NextAuth)', 'n', '', 'Keeps the visitor signed in', `
next-auth.session-token|30d
next-auth.session-token.*|30d
__Secure-next-auth.session-token|30d
__Secure-next-auth.session-token.*|30d
next-auth.csrf-token|s|Anti-forgery token of the sign-in form
__Host-next-auth.csrf-token|s|Anti-forgery token of the sign-in form
next-auth.callback-url|s|Remembers where to return after sign-in
__Secure-next-auth.callback-url|s|Remembers where to return after sign-in
next-auth.pkce.code_verifier|15min|Protects an OAuth sign-in (PKCE)
__Secure-next-auth.pkce.code_verifier|15min|Protects an OAuth sign-in (PKCE)
next-auth.state|15min|Protects an OAuth sign-in against forgery
next-auth.nonce|15min|Protects an OpenID Connect sign-in against replay
authjs.session-token|30d
authjs.session-token.*|30d
__Secure-authjs.session-token|30d
__Secure-authjs.session-token.*|30d
authjs.csrf-token|s|Anti-forgery token of the sign-in form
__Host-authjs.csrf-token|s|Anti-forgery token of the sign-in form
authjs.callback-url|s|Remembers where to return after sign-in
__Secure-authjs.callback-url|s|Remembers where to return after sign-in
authjs.pkce.code_verifier|15min|Protects an OAuth sign-in (PKCE)
authjs.state|15min|Protects an OAuth sign-in against forgery
`],
  ['Supabase', 'n', '', 'Keeps the visitor signed in', `
sb-*-auth-token|1y
sb-*-auth-token.*|1y
sb-*-auth-token-code-verifier|1h|Protects an OAuth sign-in (PKCE)
sb-access-token|1h
sb-refresh-token|1y
`],
  ['Clerk', 'n', '', 'Keeps the visitor signed in', `
__client_uat|1y
__client_uat_*|1y
__clerk_db_jwt|1y
__clerk_db_jwt_*|1y
__session_*|1min
__refresh_*|1y
`],
  ['Web framework', 'n', '', "Keeps the visitor's server-side session", `
__session|s
__Host-session|s
__Secure-session|s
sessionid|2w
session_id|s
SESSION|s
_csrf|s|Anti-forgery token that protects forms
XSRF-TOKEN|s|Anti-forgery token that protects forms and API calls
remember-me|2w|Keeps the visitor signed in ("remember me")
remember_token|1y|Keeps the visitor signed in ("remember me")
`],
  ['Auth0', 'n', 'auth0.com', 'Keeps the visitor signed in (Auth0)', `
auth0|3d
auth0_compat|3d
auth0.is.authenticated|1d
auth0.*.is.authenticated|1d
_legacy_auth0.*.is.authenticated|1d
@did|1y
@did_compat|1y
`],
  ['Okta', 'n', 'okta.com oktapreview.com', 'Keeps the visitor signed in (Okta)', `
okta-oauth-nonce|s|Protects an OpenID Connect sign-in against replay
okta-oauth-state|s|Protects an OAuth sign-in against forgery
okta-oauth-redirect-params|s|Remembers where to return after sign-in
@sid|s
@idx|s
@DT|1y|Remembers a trusted device
@JSESSIONID|s
`],
  ['Shibboleth / SAML', 'n', '', 'Keeps the visitor signed in (single sign-on)', `
_shibsession_*|s
_shibstate_*|s|Remembers where to return after sign-in
_saml_idp|s|Remembers the visitor's identity provider
_opensaml_req_*|s|Tracks a sign-in request in progress
shib_idp_session|s
shib_idp_session_ss|s
SimpleSAMLSessionID|s
SimpleSAMLAuthToken|s
SimpleSAML|s
TGC|s|Keeps the visitor signed in (CAS ticket-granting cookie)
mod_auth_openidc_session|s
mod_auth_openidc_state_*|s|Protects an OpenID Connect sign-in against forgery
_oauth2_proxy|7d
_oauth2_proxy_csrf|15min|Protects an OAuth sign-in against forgery
authelia_session|s
`],
  ['WordPress', 'n', '', '', `
wordpress_*|s|Keeps the visitor signed in (site administration)
wordpress_logged_in_*|s|Keeps the visitor signed in
wordpress_sec_*|s|Keeps the visitor signed in (secure cookie)
wordpress_test_cookie|s|Checks that the browser accepts cookies
wp-postpass_*|10d|Remembers the password of a protected post
wp-settings-*|1y|Remembers the administrator's screen settings|p
wp-settings-time-*|1y|Remembers when screen settings were saved|p
wp_lang|s|Remembers the language chosen on the sign-in page|p
comment_author_*|1y|Remembers the commenter's name|p
comment_author_email_*|1y|Remembers the commenter's e-mail address|p
comment_author_url_*|1y|Remembers the commenter's web site|p
`],
  ['WPML', 'p', '', "Remembers the visitor's language", `
wp-wpml_current_language|1d
wp-wpml_current_admin_language_*|1d
_icl_current_language|1d
_icl_visitor_lang_js|1d
wpml_browser_redirect_test|s|Checks that the browser accepts cookies before a language redirect|n
`],
  ['Polylang', 'p', '', "Remembers the visitor's language", `
pll_language|1y
`],
  ['Wordfence', 'n', '', 'Protects the site against attacks (Wordfence)', `
wfwaf-authcookie-*|12h
wf_loginalerted_*|5y|Recognises known sign-in devices to warn of new ones
wordfence_verifiedHuman|1d
wfvt_*|30min|Records recent visits for the firewall's live traffic checks
`],
  ['CleanTalk', 'n', '', 'Protects forms against spam bots (CleanTalk)', `
ct_sfw_pass_key|1mo
ct_checkjs|s
ct_ps_timestamp|s
ct_fkp_timestamp|s
ct_pointer_data|s
ct_timezone|s
ct_has_scrolled|s
ct_screen_info|s
ct_checked_emails|s
apbct_*|s
`],
  ['Post Views Counter', 'a', '', 'Counts views of posts (Post Views Counter plug-in)', `
pvc_visits*|1d
`],
  ['Automattic (Jetpack Stats)', 'a', '', 'Counts visits for WordPress.com statistics', `
tk_ai|s
tk_qs|30min
tk_lr|1y
tk_r3d|3d
tk_or|5y
`],
  ['Sourcebuster (WooCommerce order attribution)', 'm', '', 'Records where the visitor came from to attribute orders to campaigns', `
sbjs_migrations|s
sbjs_current_add|s
sbjs_first_add|s
sbjs_current|s
sbjs_first|s
sbjs_udata|s
sbjs_session|30min
`],
  ['Drupal', 'n', '', '', `
SESS*|23d|Keeps the visitor's server-side session
SSESS*|23d|Keeps the visitor's server-side session (HTTPS)
has_js|s|Records that JavaScript works
Drupal.visitor.*|1y|Remembers the commenter's details|p
Drupal.toolbar.collapsed|1y|Remembers the administration toolbar state|p
`],
  ['Umbraco', 'n', '', '', `
UMB_UCONTEXT|s|Keeps the editor signed in (Umbraco)
UMB_UCONTEXT_C|s|Keeps the editor signed in (Umbraco)
UMB_UPDCHK|1d|Remembers when Umbraco last checked for updates
UMB_PREVIEW|s|Shows draft content to editors
`],
  ['Kentico', 'n', '', '', `
CMSPreferredCulture|1y|Remembers the visitor's language|p
CMSCurrentTheme|1y|Remembers the visitor's theme|p
CurrentContact|50y|Identifies the visitor for contact tracking|m
VisitorStatus|1y|Records new and returning visitors for marketing|m
`],
  ['Craft CMS', 'n', '', '', `
CraftSessionId|s|Keeps the visitor's server-side session
`],
  ['ExpressionEngine', 'n', '', 'Runs the ExpressionEngine site and its sign-in', `
exp_sessionid|s
exp_csrf_token|2h|Anti-forgery token that protects forms
exp_last_activity|1y
exp_last_visit|1y
exp_tracker|s|Remembers the last pages viewed to return after sign-in
`],
  ['Concrete CMS', 'n', '', '', `
CONCRETE5|s|Keeps the visitor's server-side session
CONCRETE5_LOGIN|2w|Keeps the visitor signed in ("remember me")
`],
  ['ServiceNow', 'n', '', 'Runs the ServiceNow portal and its sign-in', `
glide_*|s
`],
  ['Forum software', 'n', '', 'Keeps the forum session and sign-in', `
bb_sessionhash|s
bb_lastvisit|1y
bb_lastactivity|1y
bb_userid|1y
xf_user|1y
xf_notice_dismiss|1y|Remembers dismissed notices|p
ips4_*|1y
`],
  ['Joomla', 'n', '', '', `
joomla_user_state|s|Keeps the visitor signed in
joomla_remember_me_*|60d|Keeps the visitor signed in ("remember me")
`],
  ['TYPO3', 'n', '', '', `
fe_typo_user|s|Keeps the visitor's front-end session
be_typo_user|s|Keeps the editor signed in
Typo3InstallTool|s|Keeps the install tool session
be_lastLoginProvider|90d|Remembers the editor's sign-in method
`],
  ['Wix', 'n', '', '', `
ssr-caching|1min|Shows how the page was rendered
server-session-bind|s|Binds the session to the browser for security
client-session-bind|s|Binds the session to the browser for security
smSession|2w|Keeps a site member signed in
svSession|2y|Identifies the visitor across sessions|a
_wix_browser_sess|s|Keeps the visitor's session
consent-policy|1y|Remembers the visitor's cookie choices
`],
  ['Squarespace', 'n', '', '', `
crumb|s|Anti-forgery token that protects forms
ss_cvr|2y|Measures visits to the site|a
ss_cvt|30min|Measures visits to the site|a
SS_MID|2y|Identifies visitors for site statistics|a
CART|2w|Keeps the visitor's cart
hasCart|2w|Notes that the visitor has a cart
`],
  ['Ghost', 'n', '', '', `
ghost-admin-api-session|6mo|Keeps the editor signed in
ghost-members-ssr|6mo|Keeps a member signed in
ghost-members-ssr.sig|6mo|Signature of the member cookie
`],
  ['Atlassian', 'n', '', '', `
atlassian.xsrf.token|s|Anti-forgery token that protects forms
seraph.rememberme.cookie|2w|Keeps the visitor signed in ("remember me")
cloud.session.token|30d|Keeps the visitor signed in
tenant.session.token|30d|Keeps the visitor signed in
`],
  ['GitLab', 'n', '', '', `
_gitlab_session|s|Keeps the visitor signed in
known_sign_in|2w|Recognises known sign-in devices to warn of new ones
sidebar_collapsed|1y|Remembers the sidebar state|p
preferred_language|1y|Remembers the visitor's language|p
`],
  ['GitHub', 'n', 'github.com', '', `
_gh_sess|s|Keeps the visitor's session
user_session|2w|Keeps the visitor signed in
__Host-user_session_same_site|2w|Keeps the visitor signed in
@logged_in|1y|Records that the visitor is signed in
dotcom_user|1y|Records that the visitor is signed in
saved_user_sessions|2w|Lists accounts signed in on this browser
@_octo|1y|Identifies the browser for GitHub's own statistics|a
@tz|s|Remembers the visitor's time zone|p
color_mode|s|Remembers the visitor's theme|p
preferred_color_mode|s|Remembers the visitor's theme|p
GHCC|6mo|Remembers the visitor's cookie choices
@_device_id|1y|Recognises known sign-in devices
`],
  ['Discourse', 'n', '', '', `
_forum_session|s|Keeps the visitor's session
`],
  ['phpBB', 'n', '', 'Keeps the visitor signed in (phpBB)', `
phpbb3_*|1y
`],
  ['Moodle', 'n', '', '', `
MoodleSession|s|Keeps the visitor signed in
MoodleSessionTest|s|Checks that the session cookie works
MOODLEID1_|1y|Remembers the visitor's user name for sign-in
`],
  ['Liferay', 'n', '', '', `
GUEST_LANGUAGE_ID|1y|Remembers the visitor's language|p
COOKIE_SUPPORT|1y|Checks that the browser accepts cookies
LFR_SESSION_STATE_*|s|Keeps the visitor's session
COMPANY_ID|s|Identifies the portal instance for sign-in
`],
  ['Sitecore', 'n', '', '', `
SC_ANALYTICS_GLOBAL_COOKIE|10y|Identifies returning visitors for Sitecore analytics|a
website#lang|s|Remembers the visitor's language|p
shell#lang|s|Remembers the editor's language|p
sxa_site|s|Remembers the current site for the session
`],
  ['Salesforce Experience Cloud', 'n', 'salesforce.com force.com my.site.com salesforce-sites.com', 'Runs the Salesforce site and its sign-in', `
BrowserId|1y
BrowserId_sec|1y
CookieConsentPolicy|1y|Remembers the visitor's cookie choices
LSKey-c$CookieConsentPolicy|1y|Remembers the visitor's cookie choices
renderCtx|s
force-stream|3h
force-proxy-stream|3h
sfdc-stream|s
clientSrc|s
sfdc_lv2|1y
@sid|s
@oid|2y
@inst|s
@disco|s
@autocomplete|2mo|Remembers the last user name for sign-in|p
`],
  ['Zendesk', 'n', '', '', `
_zendesk_session|s|Keeps the visitor's help-centre session
_zendesk_shared_session|s|Keeps the visitor's help-centre session
_zendesk_authenticated|s|Records that the visitor is signed in
_help_center_session|s|Keeps the visitor's help-centre session
_zendesk_cookie|1y|Remembers help-centre settings|p
__zlcmid|1y|Identifies the chat widget's visitor|p
ZD-suid|s|Identifies the messaging widget's session|p
ZD-buid|1y|Identifies the messaging widget's visitor|p
ZD-store|1y|Keeps the messaging widget's state|p
`],
];
