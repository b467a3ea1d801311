import type { PackedVendor } from './catalogue-format.js';

/**
 * Advertising, social networks, marketing automation and embeds that profile visitors.
 * Written by the Consentry authors from the vendors' own documentation; see catalogue-format.ts.
 * `@*` rows cover every cookie on an ad server's own domain: such domains set nothing else,
 * and a site sees them only as third-party cookies.
 */
export const ADVERTISING: PackedVendor[] = [
  ['Google Ads', 'm', 'doubleclick.net googleadservices.com googlesyndication.com google.com google.co.uk google.de google.fr', 'Measures and personalises Google ads', `
_gcl_au|90d|Measures ad conversions
_gcl_aw|90d|Holds the ad click id (gclid)
_gcl_dc|90d|Holds the Display & Video click id
_gcl_gb|90d|Holds the ad click id (gbraid)
_gcl_*|90d|Holds ad click data for conversions
gclid|90d|Holds the ad click id
__gads|13mo|Tells browsers apart for AdSense and Ad Manager
__gpi|13mo|Tells browsers apart for AdSense and Ad Manager
__eoi|6mo|Detects ad fraud for AdSense and Ad Manager
__gsas|1y|Shows ads in site search (AdSense for Search)
GoogleAdServingTest|s|Checks that ad cookies work
FPAU|90d|Measures ad conversions (server-side tagging)
FPGCLAW|90d|Holds the ad click id (server-side tagging)
FPGCLDC|90d|Holds the Display & Video click id (server-side tagging)
FPGCLGB|90d|Holds the ad click id (server-side tagging)
@IDE|13mo|Shows relevant ads across sites (DoubleClick)
@DSID|2w|Links ad activity to a signed-in Google account
@test_cookie|15min|Checks that third-party cookies work
@id|13mo|Shows relevant ads across sites
@ar_debug|90d|Debugs ad attribution reporting
@FLC|10sec|Measures ad conversions
@RUL|1y|Measures ad viewability
@receive-cookie-deprecation|6mo|Takes part in Chrome's third-party cookie tests
@NID|6mo|Remembers Google settings and personalises ads
@ANID|13mo|Personalises Google ads
@1P_JAR|1mo|Collects site statistics for Google ads
@OTZ|1mo|Collects site statistics for Google ads
@SEARCH_SAMESITE|6mo|Tells Google which requests are same-site
@SID|2y|Links activity to a signed-in Google account
@HSID|2y|Links activity to a signed-in Google account
@SSID|2y|Links activity to a signed-in Google account
APISID|2y|Links activity to a signed-in Google account
SAPISID|2y|Links activity to a signed-in Google account
SIDCC|1y|Links activity to a signed-in Google account
__Secure-1PSID|2y|Links activity to a signed-in Google account
__Secure-3PSID|2y|Links activity to a signed-in Google account across sites
__Secure-1PAPISID|2y|Links activity to a signed-in Google account
__Secure-3PAPISID|2y|Links activity to a signed-in Google account across sites
__Secure-1PSIDTS|1y|Links activity to a signed-in Google account
__Secure-3PSIDTS|1y|Links activity to a signed-in Google account across sites
__Secure-1PSIDCC|1y|Links activity to a signed-in Google account
__Secure-3PSIDCC|1y|Links activity to a signed-in Google account across sites
__Secure-ENID|13mo|Remembers Google settings and personalises ads
CONSENT|2y|Holds the visitor's Google consent state, read with Google's advertising cookies
SOCS|13mo|Holds the visitor's Google consent state, read with Google's advertising cookies
@AEC|6mo|Ties Google requests to the browsing session
@__Secure-BUCKET|6mo|Assigns the browser to Google experiments
@DV|10min|Remembers Google settings and personalises ads
@UULE|6h|Passes the visitor's location to Google search
@AID|13mo|Links ad activity across the visitor's devices
@TAID|14d|Links ad activity across the visitor's devices
@ADS_VISITOR_ID|2y|Identifies the visitor to Google ads
`],
  ['Google ad servers', 'm', 'doubleclick.net googleadservices.com googlesyndication.com googletagservices.com', 'Serves and measures Google ads', `
@*|13mo
`],
  ['YouTube', 'm', 'youtube.com youtube-nocookie.com', 'Shows YouTube videos and personalises ads (YouTube)', `
VISITOR_INFO1_LIVE|6mo|Estimates bandwidth and profiles the viewer
VISITOR_PRIVACY_METADATA|6mo|Holds the viewer's privacy state with the profile
YSC|s|Tells viewers apart within a session
__Secure-YEC|13mo|Profiles the viewer
__Secure-ROLLOUT_TOKEN|6mo|Profiles the viewer
@PREF|8mo|Remembers the player settings|p
yt-remote-*|s|Remembers the viewer's casting devices and session
yt.innertube::*|s|Holds player requests and ids
ytidb::*|s|Holds player data in the browser's database
yt-player-*|s|Holds player settings and bandwidth estimates
@LOGIN_INFO|2y|Links viewing to a signed-in account
@GPS|30min|Records the viewer's location on mobile
@*|1y
`],
  ['Meta (Facebook)', 'm', 'facebook.com facebook.net', 'Shows and measures Meta ads', `
_fbp|90d|Tells browsers apart for Meta ads
_fbc|90d|Holds the ad click id (fbclid)
fbm_*|1y|Holds Facebook SDK session data
fbsr_*|s|Holds the Facebook SDK sign-in request
@fr|90d|Shows relevant ads across sites
@datr|2y|Identifies the browser to Meta
@*|1y
`],
  ['Instagram', 'm', 'instagram.com cdninstagram.com', 'Instagram embeds and ads (Meta)', `
@*|1y
`],
  ['LinkedIn', 'm', 'linkedin.com licdn.com', 'Shows and measures LinkedIn ads', `
li_fat_id|30d|Holds the ad click id
li_sugr|90d|Matches the browser to a LinkedIn member for ads
UserMatchHistory|30d|Syncs the LinkedIn ads id
AnalyticsSyncHistory|30d|Records when the ads id was last synced
ln_or|1d|Decides whether to run LinkedIn's analytics tag
li_giant|7d|Measures ad conversions
_li_dcdm_c|1d|Finds the domain to set ad cookies on
@bcookie|1y|Identifies the browser to LinkedIn
@bscookie|1y|Identifies the browser to LinkedIn
@lidc|1d|Routes requests to a LinkedIn data centre
@li_at|1y|Links activity to a signed-in LinkedIn member
@*|1y
`],
  ['X (Twitter)', 'm', 'twitter.com x.com t.co ads-twitter.com', 'Shows and measures X ads', `
_twitter_sess|s|Links activity to an X account
personalization_id|13mo|Profiles the browser for ads
guest_id|13mo|Identifies the browser to X
guest_id_ads|13mo|Identifies the browser to X ads
guest_id_marketing|13mo|Identifies the browser to X marketing
muc_ads|13mo|Identifies the browser to X ads
twid|1y|Links activity to an X account
twtr_pixel_opt_in|13mo|Records the pixel's opt-in state
_twclid|13mo|Holds the X ad click id on the advertiser's site
@*|1y
`],
  ['TikTok', 'm', 'tiktok.com tiktokw.us byteoversea.com', 'Shows and measures TikTok ads', `
_ttp|13mo|Tells browsers apart for TikTok ads
_tt_enable_cookie|13mo|Checks that ad cookies work
ttcsid|13mo|Joins ad events of one session
ttcsid_*|13mo|Joins ad events of one session
tt_webid|1y|Identifies the browser to TikTok
tt_webid_v2|1y|Identifies the browser to TikTok
ttwid|1y|Identifies the browser to TikTok
tt_chain_token|6mo|Identifies the browser to TikTok
tt_appInfo|s|Holds the TikTok pixel's state
tt_pixel_session_index|s|Counts TikTok pixel events of a session
tt_sessionId|s|Joins TikTok pixel events of one session
tt_csrf_token|s|TikTok's own anti-forgery token, sent with its ad requests
@*|1y
`],
  ['Pinterest', 'm', 'pinterest.com pinimg.com', 'Shows and measures Pinterest ads', `
_pinterest_sess|1y|Links activity to a Pinterest account
_pin_unauth|1y|Tells browsers apart for Pinterest ads
_pinterest_ct|1y|Holds the ad click id
_pinterest_ct_ua|1y|Holds the ad click id
_pinterest_ct_rt|1y|Holds the ad click id
_derived_epik|1y|Holds the ad click id
_epik|1y|Holds the ad click id
@_routing_id|1d|Routes requests to a Pinterest data centre
@*|1y
`],
  ['Snapchat', 'm', 'snapchat.com sc-static.net', 'Shows and measures Snapchat ads', `
_scid|13mo|Tells browsers apart for Snapchat ads
_scid_r|13mo|Tells browsers apart for Snapchat ads
_sctr|1y|Records visit counts for Snapchat ads
_schn|s|Joins ad events of one session
sc_at|1y|Identifies the browser to Snapchat
@*|1y
`],
  ['Reddit', 'm', 'reddit.com redditmedia.com', 'Shows and measures Reddit ads', `
_rdt_uuid|90d|Tells browsers apart for Reddit ads
_rdt_em|90d|Holds a hashed e-mail address for ad matching
_rdt_cid|90d|Holds the ad click id
@*|1y
`],
  ['Quora', 'm', 'quora.com', 'Shows and measures Quora ads', `
@*|1y
`],
  ['Microsoft Advertising', 'm', 'bing.com msn.com', 'Shows and measures Microsoft ads', `
_uetsid|1d|Joins ad events of one visit
_uetvid|13mo|Tells browsers apart for Microsoft ads
_uetmsclkid|90d|Holds the ad click id (msclkid)
MSPTC|1y|Tells browsers apart for Microsoft ads
MSFPC|1y|Tells browsers apart across Microsoft sites
MC1|1y|Tells browsers apart across Microsoft sites
msd365mkttr|1y|Tells visitors apart (Dynamics 365 Marketing)
msd365mkttrs|s|Joins events of one visit (Dynamics 365 Marketing)
@MUID|1y|Tells browsers apart across Microsoft sites
@*|1y
`],
  ['Yahoo', 'm', 'yahoo.com yahoo.net', 'Shows and measures Yahoo ads', `
@*|1y
`],
  ['Amazon Ads', 'm', 'amazon-adsystem.com', 'Shows and measures Amazon ads', `
@*|1y
`],
  ['Criteo', 'm', 'criteo.com criteo.net', 'Shows retargeted ads (Criteo)', `
cto_bundle|13mo|Tells browsers apart for Criteo ads
cto_*|13mo
@*|13mo
`],
  ['Taboola', 'm', 'taboola.com', 'Recommends sponsored content (Taboola)', `
t_gid|1y|Tells browsers apart for Taboola
t_pt_gid|1y|Tells browsers apart for Taboola
trc_cookie_storage|1y|Holds Taboola's ids
taboola_session_id|s|Joins Taboola events of one visit
@*|1y
`],
  ['Outbrain', 'm', 'outbrain.com', 'Recommends sponsored content (Outbrain)', `
obuid|3mo|Tells browsers apart for Outbrain
outbrain_cid_fetch|5min|Fetches Outbrain's browser id
@*|3mo
`],
  ['Xandr (Microsoft Invest)', 'm', 'adnxs.com adnxs-simple.com', 'Ad exchange: auctions and targets ads (Xandr)', `
uuid2|3mo|Tells browsers apart across ad auctions
XANDR_PANID|3mo|Tells browsers apart across ad auctions
@*|3mo
`],
  ['Ad exchanges', 'm', 'rubiconproject.com pubmatic.com casalemedia.com openx.net lijit.com smartadserver.com adform.net bidswitch.net media.net teads.tv 3lift.com gumgum.com 33across.com bluekai.com adsrvr.org tapad.com rlcdn.com eyeota.net exelator.com mathtag.com adadvisor.net agkn.com crwdcntrl.net demdex.net everesttech.net quantserve.com quantcount.com addthis.com sharethis.com adroll.com yieldmo.com sonobi.com contextweb.com spotxchange.com spotx.tv turn.com w55c.net simpli.fi ipredictive.com serving-sys.com flashtalking.com innovid.com springserve.com dotomi.com id5-sync.com liveintent.com zeotap.com disqus.com bidr.io stackadapt.com creativecdn.com rtbhouse.com smaato.net adkernel.com undertone.com yieldlab.net adscale.de sitescout.com advertising.com postrelease.com tremorhub.com rfihub.com zemanta.com doubleverify.com adsafeprotected.com moatads.com mookie1.com owneriq.net bttrack.com adition.com krxd.net', 'Ad exchange, data platform or ad server: profiles browsers across sites for ads', `
@*|1y
`],
  ['Magnite (Rubicon Project)', 'm', '', 'Ad exchange: auctions ads (Magnite)', `
khaos|1y
khaos_p|1y
`],
  ['PubMatic', 'm', '', 'Ad exchange: auctions ads (PubMatic)', `
KADUSERCOOKIE|3mo
KRTBCOOKIE_*|3mo
PUBMDCID|3mo
PugT|1mo
SPugT|1mo
`],
  ['Sovrn', 'm', '', 'Ad exchange: auctions ads (Sovrn)', `
ljt_reader|1y
ljtrtb|1y
`],
  ['The Trade Desk / Unified ID', 'm', '', 'Identifies browsers for ad buying (Unified ID 2.0)', `
__uid_2|1y
__uid2_advertising_token|1y
TDID|1y
TDCPM|1y
`],
  ['Lotame', 'm', '', 'Builds audience segments for ads (Lotame)', `
_cc_id|9mo
_cc_dc|9mo
_cc_aud|9mo
_cc_cc|9mo
panoramaId|7d
panoramaId_expiry|7d
panoramaIdType|7d
`],
  ['LiveRamp / LiveIntent', 'm', '', 'Identifies browsers for ad buying', `
_lr_env|30d|Holds an identity envelope for ad buying (LiveRamp ATS)
_lr_env_src_ats|30d|Records the source of the identity envelope (LiveRamp ATS)
_lr_retry_request|1h|Retries fetching the identity envelope (LiveRamp ATS)
_lr_geo_location|1d|Decides whether the identity envelope applies (LiveRamp ATS)
_lr_sampling_rate|1d|Samples identity requests (LiveRamp ATS)
idl_env|30d|Holds an identity envelope for ad buying (LiveRamp)
_lc2_fpi|2y|Identifies the browser for ad buying (LiveIntent)
_lc2_fpi_js|2y|Identifies the browser for ad buying (LiveIntent)
`],
  ['Tapad', 'm', '', 'Links devices for ads (Tapad)', `
TapAd_TS|2mo
TapAd_DID|2mo
TapAd_3WAY_SYNCS|2mo
`],
  ['Quantcast', 'm', '', 'Measures audiences and targets ads (Quantcast)', `
__qca|13mo
__qcb|13mo
`],
  ['AdRoll', 'm', '', 'Shows retargeted ads (AdRoll)', `
__adroll|13mo
__adroll_*|13mo
__ar_v4|1y
`],
  ['Teads', 'm', '', 'Shows video ads (Teads)', `
tfpsi|30min
`],
  ['Sharethrough', 'm', '', 'Shows native ads (Sharethrough)', `
stx_user_id|1y
`],
  ['ShareThis', 'm', '', 'Share buttons that profile visitors for ads (ShareThis)', `
__sharethis_cookie_test__|s
__stid|2y
__unam|9mo
`],
  ['AddThis', 'm', '', 'Share buttons that profile visitors for ads (AddThis)', `
__atuvc|13mo
__atuvs|30min
`],
  ['VK (Top.Mail.Ru)', 'm', '', 'Measures audiences and targets ads (Top.Mail.Ru)', `
tmr_*|1y
`],
  ['HubSpot', 'm', '', 'Tracks visitors for marketing automation (HubSpot)', `
__hstc|6mo|Tells visitors apart
hubspotutk|6mo|Tells visitors apart and links form submissions
__hssc|30min|Counts page views in a session
__hssrc|s|Notes a new session
hs_ab_test|s|Shows the same A/B variant again|a
messagesUtk|6mo|Recognises chat visitors|p
hs-messages-is-open|30min|Remembers whether the chat is open|p
hs-messages-hide-welcome-message|1d|Hides a dismissed chat greeting|p
hs_langswitcher_choice|2y|Remembers the visitor's language|p
__hsmem|1y|Keeps a member signed in (HubSpot CMS)|n
hs-membership-csrf|s|Anti-forgery token of member sign-in|n
`],
  ['Marketo', 'm', '', 'Tracks visitors for marketing automation (Marketo)', `
_mkto_trk|2y
`],
  ['Salesforce Pardot (Account Engagement)', 'm', '', 'Tracks visitors for marketing automation (Pardot)', `
visitor_id*|10y
lpv*|30min
`],
  ['Oracle Eloqua', 'm', '', 'Tracks visitors for marketing automation (Eloqua)', `
ELOQUA|13mo
ELQSTATUS|13mo
`],
  ['Adobe Marketo Measure (Bizible)', 'm', '', 'Attributes revenue to marketing (Bizible)', `
_biz_*|1y
`],
  ['Campaign attribution', 'm', '', 'Records the campaign that brought the visitor (UTM parameters)', `
utm_source|30d
utm_medium|30d
utm_campaign|30d
utm_term|30d
utm_content|30d
gclsrc|90d
`],
  ['Attentive', 'm', '', 'Tracks visitors for SMS marketing (Attentive)', `
__attentive_*|1y
_attn_|1y
`],
  ['OptinMonster', 'm', '', 'Shows marketing pop-ups and counts their views (OptinMonster)', `
_omappvp|11y
_omappvs|20min
omSeen-*|1y
`],
  ['Freshworks', 'm', '', 'Tracks visitors for Freshworks CRM and marketing', `
_fw_crm_v|1y
`],
  ['Leadinfo', 'm', '', "Identifies visitors' companies for sales (Leadinfo)", `
_li_id|2y
_li_ses|s
`],
  ['Albacross', 'm', '', "Identifies visitors' companies for sales (Albacross)", `
nQ_cookieId|1y
nQ_userVisitId|30min
`],
  ['SoundCloud', 'm', '', 'SoundCloud embeds and ads', `
sc_anonymous_id|10y
`],
  ['Prebid shared ids', 'm', '', 'Identifies the browser to header-bidding ad auctions (Prebid)', `
_pubcid|1y
_pubcid_cst|1y
_sharedID|1y
_sharedid|1y
`],
  ['BlueConic', 'm', '', 'Builds visitor profiles for marketing (BlueConic)', `
BCSessionID|1y
BCTempID|10min
BCReferrerOverrule|1min
`],
  ['Salesforce Audience Studio (Krux)', 'm', '', 'Builds audience segments for ads (Salesforce DMP)', `
_kuid_|6mo
_kuid_*|6mo
`],
  ['Permutive', 'm', '', 'Builds audience segments for ads (Permutive)', `
permutive-id|1y
permutive-session|30min
`],
  ['AudienceProject', 'm', '', 'Measures and targets ad audiences (AudienceProject)', `
_au_1d|1y
_au_last_seen_pixels|1y
`],
  ['Mailchimp', 'm', '', 'Attributes shop orders to e-mail campaigns (Mailchimp for WooCommerce)', `
mailchimp_landing_site|1mo
mailchimp_user_email|1mo
mailchimp_user_previous_email|1mo
`],
  ['Klaviyo', 'm', '', 'Tracks visitors for e-mail marketing (Klaviyo)', `
__kla_id|2y
`],
  ['Iterable', 'm', '', 'Tracks visitors for e-mail marketing (Iterable)', `
iterableEndUserId|1y
`],
  ['Customer.io', 'm', '', 'Tracks visitors for e-mail marketing (Customer.io)', `
_cio|1y
_cioid|1y
_cioanonid|1y
`],
  ['Omnisend', 'm', '', 'Tracks visitors for e-mail marketing (Omnisend)', `
soundestID|s
omnisendAnonymousID|2y
omnisendSessionID|30min
`],
  ['ActiveCampaign', 'm', '', 'Tracks visitors for e-mail marketing (ActiveCampaign)', `
prism_*|1mo
`],
  ['Brevo', 'm', '', 'Tracks visitors for e-mail marketing (Brevo)', `
sib_cuid|6mo
`],
  ['Drip', 'm', '', 'Tracks visitors for e-mail marketing (Drip)', `
_drip_client_*|2y
`],
  ['Salesforce Marketing Cloud Personalization', 'm', '', 'Personalises marketing (Evergage)', `
_evga_*|1y
`],
  ['ZoomInfo', 'm', '', "Identifies visitors' companies for sales (ZoomInfo)", `
_zitok|1y
`],
  ['Clearbit', 'm', '', "Identifies visitors' companies for sales (Clearbit)", `
cb_user_id|1y
cb_group_id|1y
cb_anonymous_id|1y
`],
  ['6sense', 'm', '', "Identifies visitors' companies for sales (6sense)", `
_gd_visitor|1y
_gd_session|4h
_gd_svisitor|1y
_an_uid|7d
`],
  ['Leadfeeder', 'm', '', "Identifies visitors' companies for sales (Leadfeeder)", `
_lfa|2y
_lfa_test_cookie_stored|s
`],
  ['Awin', 'm', '', 'Attributes sales to affiliates (Awin)', `
_aw_m_*|1y
_aw_sn_*|1y
AwinChannelCookie|30d
`],
  ['impact.com', 'm', '', 'Attributes sales to affiliates (impact.com)', `
IR_gbd|1y
IR_PI|1y
IR_*|1y
`],
  ['CJ Affiliate', 'm', '', 'Attributes sales to affiliates (CJ)', `
cje|13mo
cjevent|13mo
`],
  ['Rakuten Advertising', 'm', '', 'Attributes sales to affiliates (Rakuten)', `
rmStore|1y
`],
];
