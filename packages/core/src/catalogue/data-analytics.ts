import type { PackedVendor } from './catalogue-format.js';

/**
 * Audience measurement, product analytics, session replay, A/B testing and performance
 * monitoring. Written by the Consentry authors from the vendors' own documentation; see
 * catalogue-format.ts for the row syntax. None of these is exempt by default (STANDARDS.md R-12).
 */
export const ANALYTICS: PackedVendor[] = [
  ['Google Analytics', 'a', '', 'Counts visits and how the site is used (Google Analytics)', `
_ga|2y|Tells visitors apart
_ga_*|2y|Keeps the session state of a GA4 property
_gid|1d|Tells visitors apart for 24 hours
_gat|1min|Limits the request rate
_gat_*|1min|Limits the request rate of one tracker
_dc_gtm_*|1min|Limits the request rate (Tag Manager)
AMP_TOKEN|1y|Fetches a client id from the AMP client id service
_gali|30sec|Records which link was clicked (enhanced link attribution)
_gac_*|90d|Holds Google Ads campaign data for GA|m
__utma|2y|Tells visitors apart (legacy ga.js)
__utmb|30min|Tracks the session (legacy ga.js)
__utmc|s|Tracks the session (legacy ga.js)
__utmt|10min|Limits the request rate (legacy ga.js)
__utmt_*|10min|Limits the request rate (legacy ga.js)
__utmv|2y|Holds custom visitor data (legacy ga.js)
__utmz|6mo|Records where the visitor came from (legacy ga.js)
__utmx|18mo|Assigns the visitor to an experiment (Content Experiments)
__utmxx|18mo|Assigns the visitor to an experiment (Content Experiments)
FPID|2y|Tells visitors apart (server-side tagging)
FPLC|20h|Links the first-party id across domains (server-side tagging)
_gaexp|90d|Assigns the visitor to an experiment (Google Optimize)
_gaexp_rc|10sec|Assigns the visitor to an experiment (Google Optimize)
_opt_expid|10sec|Marks a redirect experiment (Google Optimize)
_opt_utmc|1d|Holds campaign data for experiments (Google Optimize)
_opt_awcid|1d|Holds Google Ads campaign data for experiments|m
_opt_awmid|1d|Holds Google Ads campaign data for experiments|m
_opt_awgid|1d|Holds Google Ads campaign data for experiments|m
_opt_awkid|1d|Holds Google Ads campaign data for experiments|m
`],
  ['Adobe Analytics', 'a', '', 'Counts visits and how the site is used (Adobe Analytics)', `
s_cc|s|Checks that cookies work
s_sq|s|Records the previous link clicked (ClickMap)
s_vi|2y|Tells visitors apart
s_fid|2y|Tells visitors apart (fallback id)
s_vnum|30d|Counts visits
s_invisit|30min|Marks a visit in progress
s_ppv|s|Records how far the previous page was scrolled
s_ppvl|s|Records how far the previous page was scrolled
s_nr|1y|Records new and repeat visits
s_nr30|30d|Records new and repeat visits
s_nr365|1y|Records new and repeat visits
s_tp|s|Records the page height for scroll depth
s_ips|s|Records the page height for scroll depth
s_plt|s|Measures page load time
s_pltp|s|Measures page load time
s_getNewRepeat|30d|Records new and repeat visits
s_lv|3y|Records the last visit
s_lv_s|30min|Records the last visit
s_ecid|2y|Tells visitors apart (Experience Cloud id)
s_visit|30min|Marks a visit in progress
s_dl|s|Tracks downloads
s_ptc|s|Measures page load timings
s_ria|s|Records browser capabilities
s_pers|s|Holds persistent plug-in values
s_sess|s|Holds session plug-in values
s_tslv|1y|Records the time since the last visit
s_ppn|s|Records the previous page name
gpv_*|30min|Records the previous page for reports (getPreviousValue)
s_campaign|30d|Records the campaign the visitor came from|m
s_kwcid|30d|Records the search keyword the visitor came from|m
AMCV_*|2y|Tells visitors apart (Experience Cloud id)
AMCVS_*|s|Marks the Experience Cloud id as checked in this session
_sdsat_*|2y|Holds data of Adobe's tag manager rules
kndctr_*_identity|13mo|Tells visitors apart (Adobe Web SDK)
kndctr_*_cluster|30min|Sends requests to the same edge cluster (Adobe Web SDK)
`],
  ['Adobe Target', 'a', '', 'Runs A/B tests and personalisation (Adobe Target)', `
mbox|2y
mboxEdgeCluster|30min
at_check|s|Checks that cookies work
`],
  ['Matomo', 'a', '', 'Counts visits and how the site is used (Matomo)', `
_pk_id.*|13mo|Tells visitors apart
_pk_ses.*|30min|Marks a visit in progress
_pk_ref.*|6mo|Records where the visitor came from
_pk_cvar.*|30min|Holds custom visit data
_pk_hsr.*|30min|Records a heatmap or session recording in progress
_pk_testcookie|s|Checks that cookies work
_pk_testcookie.*|s|Checks that cookies work
MATOMO_SESSID|s|Keeps the session of Matomo's own pages (opt-out form)|n
`],
  ['Snowplow', 'a', '', 'Counts visits and how the site is used (Snowplow)', `
_sp_id.*|2y|Tells visitors apart
_sp_ses.*|30min|Marks a visit in progress
`],
  ['Hotjar', 'a', '', 'Records how visitors use pages: heatmaps, recordings, surveys (Hotjar)', `
_hjSessionUser_*|1y|Tells visitors apart
_hjSession_*|30min|Holds the current session
_hjid|1y|Tells visitors apart (older script)
_hjFirstSeen|30min|Marks a visitor's first session
_hjIncludedInSessionSample_*|2min|Records whether the session is sampled
_hjIncludedInSessionSample|2min|Records whether the session is sampled
_hjIncludedInPageviewSample|2min|Records whether the page view is sampled
_hjAbsoluteSessionInProgress|30min|Marks a visitor's first page view of a session
_hjTLDTest|s|Finds the top-level domain to set cookies on
_hjLocalStorageTest|s|Checks that local storage works
_hjSessionStorageTest|s|Checks that session storage works
_hjCookieTest|s|Checks that cookies work
_hjRecordingEnabled|s|Marks a recording in progress
_hjRecordingLastActivity|s|Marks a recording in progress
_hjClosedSurveyInvites|1y|Remembers survey invitations that were closed
_hjDonePolls|1y|Remembers polls that were answered
_hjMinimizedPolls|1y|Remembers polls that were minimised
_hjShownFeedbackMessage|1y|Remembers feedback messages that were shown
_hjDoneTestersWidgets|1y|Remembers recruitment widgets that were answered
_hjSessionTooLarge|1h|Stops recording a session that grew too large
_hjSessionRejected|s|Stops recording a rejected session
_hjSessionResumed|s|Marks a resumed session
_hjCachedUserAttributes|s|Holds user attributes sent to Hotjar
_hjUserAttributesHash|s|Notices when user attributes change
_hjViewportId|s|Holds viewport details for recordings
_hjHasCachedUserAttributes|s|Notes that user attributes are cached
_hjOptOut|1y|Remembers the visitor's opt-out of Hotjar|n
`],
  ['Microsoft Clarity', 'a', 'clarity.ms', 'Records how visitors use pages: heatmaps and recordings (Microsoft Clarity)', `
_clck|1y|Tells visitors apart
_clsk|1d|Joins page views into one recording
@CLID|1y|Tells visitors apart across sites using Clarity
@ANONCHK|10min|Links Clarity to Microsoft Advertising|m
@MR|7d|Refreshes the Microsoft user id|m
@MUID|1y|Tells browsers apart across Microsoft sites|m
@SM|s|Syncs the Microsoft user id
`],
  ['Microsoft Application Insights', 'a', '', 'Measures usage and performance (Azure Application Insights)', `
ai_user|1y|Tells visitors apart
ai_session|30min|Holds the current session
ai_authUser|s|Holds the signed-in user's id for usage reports
`],
  ['Mixpanel', 'a', '', 'Measures how the product is used (Mixpanel)', `
mp_*_mixpanel|1y|Tells visitors apart and holds event properties
`],
  ['Amplitude', 'a', '', 'Measures how the product is used (Amplitude)', `
amplitude_id_*|10y|Tells visitors apart (older SDK)
AMP_*|1y|Tells visitors apart
AMP_MKTG_*|1y|Records the campaign the visitor came from
amp_*|1y|Tells visitors apart (older SDK)
`],
  ['Segment', 'a', '', 'Collects usage data for other tools (Segment)', `
ajs_anonymous_id|1y|Tells visitors apart
ajs_user_id|1y|Holds the signed-in user's id
ajs_group_id|1y|Holds the visitor's account id
`],
  ['RudderStack', 'a', '', 'Collects usage data for other tools (RudderStack)', `
rl_anonymous_id|1y
rl_user_id|1y
rl_group_id|1y
rl_trait|1y
rl_group_trait|1y
rl_page_init_referrer|1y
rl_page_init_referring_domain|1y
rl_session|30min
`],
  ['Heap', 'a', '', 'Measures how the product is used (Heap)', `
_hp2_id.*|13mo|Tells visitors apart
_hp2_ses_props.*|30min|Holds session properties
_hp2_props.*|13mo|Holds event properties
_hp2_hld.*|s|Finds the domain to set cookies on
`],
  ['PostHog', 'a', '', 'Measures how the product is used (PostHog)', `
ph_*_posthog|1y|Tells visitors apart and holds event properties
`],
  ['FullStory', 'a', '', 'Records sessions to show how the site is used (FullStory)', `
fs_uid|1y
fs_lua|30min
`],
  ['Pendo', 'a', '', 'Measures product usage and shows guides (Pendo)', `
_pendo_*|1y
`],
  ['Smartlook', 'a', '', 'Records sessions to show how the site is used (Smartlook)', `
SL_C_*|1y
`],
  ['Mouseflow', 'a', '', 'Records sessions and heatmaps (Mouseflow)', `
mf_user|3mo
mf_*|s
`],
  ['Crazy Egg', 'a', '', 'Records heatmaps and sessions (Crazy Egg)', `
_ce.*|1y
_ceir|1y
cebs|s
cebsp_|s
_CEFT|1y
`],
  ['Lucky Orange', 'a', '', 'Records sessions and heatmaps (Lucky Orange)', `
_lo_*|1y
_lorid|30min
`],
  ['Inspectlet', 'a', '', 'Records sessions and heatmaps (Inspectlet)', `
__insp_*|1y
`],
  ['Contentsquare', 'a', '', 'Records how visitors use pages (Contentsquare)', `
_cs_*|13mo
_CT_RS_|1y
WRUID|1y
WRUIDAWS|1y
`],
  ['Quantum Metric', 'a', '', 'Records sessions to show how the site is used (Quantum Metric)', `
QuantumMetricSessionID|s
QuantumMetricUserID|1y
QuantumMetricSessionLink|s
`],
  ['Dynatrace', 'a', '', 'Measures page performance and usage (Dynatrace RUM)', `
dtCookie|s
dtLatC|s
dtPC|s
dtSa|s
rxVisitor|s
rxvt|s
dtValidationCookie|s
`],
  ['AppDynamics', 'a', '', 'Measures page performance (AppDynamics)', `
ADRUM|s
ADRUM_*|s
`],
  ['Datadog', 'a', '', 'Measures page performance and usage (Datadog RUM)', `
_dd_s|15min
dd_cookie_test_*|s
`],
  ['LogRocket', 'a', '', 'Records sessions to show how the site is used (LogRocket)', `
_lr_hb_-*|s
_lr_uf_-*|1y
_lr_tabs_-*|s
`],
  ['Yandex Metrica', 'a', '', 'Counts visits and how the site is used (Yandex Metrica)', `
_ym_uid|1y|Tells visitors apart
_ym_d|1y|Records the first visit
_ym_isad|2d|Checks for ad blockers
_ym_visorc|30min|Enables session recording
_ym_*|1y
yandexuid|1y|Tells browsers apart across Yandex services|m
`],
  ['Baidu Tongji', 'a', 'hm.baidu.com baidu.com', 'Counts visits (Baidu Tongji)', `
Hm_lvt_*|1y
Hm_lpvt_*|s
Hm_ck_*|s
@HMACCOUNT|1y
@BAIDUID|1y|Tells browsers apart across Baidu services|m
`],
  ['Statcounter', 'a', 'statcounter.com', 'Counts visits (Statcounter)', `
sc_is_visitor_unique|2y
@is_unique|2y
@is_visitor_unique|2y
`],
  ['Clicky', 'a', '', 'Counts visits (Clicky)', `
_jsuid|1y
_first_pageview|s
_referrer_og|1y
_utm_og|1y
clicky_olark|1y
heatmaps_g2g_*|1y
`],
  ['Woopra', 'a', '', 'Measures how customers use the site (Woopra)', `
wooTracker|2y
`],
  ['Kissmetrics', 'a', '', 'Measures how customers use the site (Kissmetrics)', `
km_ai|5y
km_lv|5y
km_vs|30min
km_uq|5y
km_ni|5y
kvcd|10min
`],
  ['Chartbeat', 'a', '', 'Measures real-time audience of articles (Chartbeat)', `
_cb|13mo
_cb_svref|30min
_chartbeat2|13mo
_chartbeat4|s
_chartbeat5|s
_SUPERFLY_lockout|s
`],
  ['Parse.ly', 'a', '', 'Measures audience of articles (Parse.ly)', `
_parsely_*|13mo
`],
  ['Scorecard Research (Comscore)', 'a', 'scorecardresearch.com', 'Measures audiences across sites (Comscore)', `
@*|2y
_scor_uid|2y
`],
  ['Nielsen', 'a', 'imrworldwide.com', 'Measures audiences across sites (Nielsen)', `
@*|1y
`],
  ['Gemius', 'a', 'gemius.pl', 'Measures audiences across sites (Gemius)', `
__gfp_64b|3y
@*|1y
`],
  ['Piano Analytics (AT Internet)', 'a', '', 'Counts visits and how the site is used (Piano Analytics)', `
atuserid|13mo
atidvisitor|13mo
atreman|13mo
atredir|30sec
atsession|30min
pa_vid|13mo
_pcid|13mo
_pctx|13mo
_pcus|13mo
`],
  ['Tealium', 'a', '', 'Holds visitor and session state for tag management (Tealium)', `
utag_main|1y
utag_env_*|1y
`],
  ['Optimizely', 'a', '', 'Runs A/B tests (Optimizely)', `
optimizelyEndUserId|6mo|Tells visitors apart
optimizely*|6mo
`],
  ['VWO', 'a', '', 'Runs A/B tests and heatmaps (VWO)', `
_vwo_*|1y
_vis_opt_*|100d
`],
  ['AB Tasty', 'a', '', 'Runs A/B tests (AB Tasty)', `
ABTasty|13mo
ABTasty*|13mo
`],
  ['Kameleoon', 'a', '', 'Runs A/B tests (Kameleoon)', `
kameleoonVisitorCode|1y
`],
  ['Convert', 'a', '', 'Runs A/B tests (Convert)', `
_conv_*|1y
`],
  ['Open Web Analytics', 'a', '', 'Counts visits (Open Web Analytics)', `
owa_v|2y
owa_s|30min
owa_c|s
owa_p|2y
`],
  ['etracker', 'a', '', 'Counts visits (etracker)', `
et_coid|2y
_et_coid|2y
`],
  ['econda', 'a', '', 'Counts visits (econda)', `
emos_jcsid|s
emos_jcvid|2y
`],
  ['Mapp Intelligence (Webtrekk)', 'a', '', 'Counts visits (Mapp Intelligence)', `
wt_rla|3d
wteid_*|6mo
wtsid_*|s
wt3_eid|6mo
wt3_sid|s
`],
  ['Qualtrics', 'a', '', 'Shows feedback surveys and measures their reach (Qualtrics)', `
QSI_*|s
QST|s
`],
  ['Medallia', 'a', '', 'Shows feedback surveys and measures their reach (Medallia / Kampyle)', `
kampyle*|1y
md_isSurveySubmittedInSession|s
`],
  ['Unbounce', 'a', '', 'Runs landing-page A/B tests and counts visits (Unbounce)', `
ubvt|1y
ubpv|1y
ubvs|1y
`],
  ['Squarespace Analytics', 'a', '', 'Measures visits to the site (Squarespace)', `
ss_cvisit|30min
ss_cid|2y
ss_cpvisit|2y
`],
  ['Vimeo', 'a', 'vimeo.com', 'Measures video plays (Vimeo)', `
vuid|2y
@player|1y|Remembers the player settings|p
`],
];
