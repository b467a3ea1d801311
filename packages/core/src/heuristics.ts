/**
 * Naming heuristics for cookies no catalogue knows. They answer only when a name says plainly
 * what it is (an anti-forgery token, a framework session, a login, load-balancer affinity, a
 * consent record, a language or theme choice) and stay silent otherwise: a tracking cookie
 * called `necessary` would be set without consent, which is far worse than `unknown`.
 */
import type { Catalogue, CookieHeuristics, HeuristicMatch } from './classify-with.js';

export type { HeuristicMatch } from './classify-with.js';

// Ad, social and analytics companies. As a word in a cookie name (`_pinterest_sess`,
// `_twitter_sess`, `_parsely_session`) or as the domain's own label (`sessionid` on
// `.instagram.com`) they silence the heuristics: the catalogue, not a guess, must place them.
const BRAND_WORDS =
  'facebook instagram ig twitter linkedin tiktok pinterest pin reddit rdt snapchat snap quora google doubleclick youtube ' +
  'bing yahoo amazon criteo taboola outbrain adnxs adroll pardot marketo eloqua klaviyo braze iterable mailchimp ' +
  'kissmetrics km woopra chartbeat parsely kameleoon abtasty clicky quantcast comscore nielsen tealium utag adobe ' +
  'omniture mbox ai rl gd cb twtr disqus addthis sharethis taboola zoominfo clearbit leadfeeder';
const BRANDS = new Set(BRAND_WORDS.split(' '));

// Words that mark a name as (possibly) tracking, advertising or measurement. Any of them as a
// token silences every heuristic: `_hjSession_1`, `ajs_user_id`, `sbjs_session`, `ad_session`.
const TRACKING = new Set(
  ('ga gid gat gcl utm utma utmz hj uet fb fbp ad ads adv advert advertising track tracking tracker trk analytics ' +
    'stat stats statistic statistics visitor visitors visit visits mkt mkto marketing pixel campaign ajs amp mp pk ' +
    'ab abtest exp experiment sbjs clarity clk click clid gclid fbclid msclkid ttclid conv conversion retarget ' +
    'retargeting segment audience optimizely vwo hubspot hs li tt affiliate aff referrer referer ref src source ' +
    'medium fingerprint fp device uid uuid guid cid vid pid userid tid ttd sync partner bid rtb dsp ssp dmp cdp ' +
    'impression imp attribution personalization personalisation persona insight insights metrics metric heatmap ' +
    'recording replay hotjar mixpanel amplitude heap matomo piwik yandex ym snowplow sp intercom drift crisp ' +
    // Vendor prefixes whose `<vendor>_session` or `<vendor>_csrf` cookies are theirs, not the site's.
    BRAND_WORDS).split(' '),
);

const CSRF = /csrf|xsrf|antiforgery|anti_forgery|anti-forgery|requestverificationtoken|antixsrf/i;
// Only the plain names frameworks use. Vendor-prefixed ids (`BCSessionID`, `sqzl_session_id`,
// `QSI_HistorySession`, `everest_session_v2`) are trackers' own session ids, so they stay unknown.
const GENERIC_SESSION = /^(?:__(?:host|secure)-)?_{0,2}(?:user[_-]?|app[_-]?|web[_-]?|php|j|asp)?sess(?:ion)?(?:[_-]?(?:id|token|key))?$/i;
// `<app>_session` (Laravel), `_<app>_session` (Rails), `<app>-session`: lower-case, ends in `session`.
const FRAMEWORK_SESSION = /^_?[a-z][a-z0-9]*(?:[_-][a-z0-9]+)?[_-]session$/;
const AUTH = new Set(['auth', 'authtoken', 'authentication', 'authn', 'oauth', 'sso', 'jwt', 'login', 'logon', 'signin']);
const TOKEN_TAIL = new Set(['id', 'key', 'token', 'cookie', 'state', 'data', 'sig', 'v2', 'v3']);
const AUTH_TOKENS = new Set(['access', 'refresh', 'id', 'bearer', 'remember']);
const AFFINITY = new Set(['affinity', 'sticky', 'stickiness', 'routeid', 'serverid', 'lb', 'alb', 'elb', 'backend', 'upstream']);
// Opt-out and "gdpr" flags are left out on purpose: trackers set their own (`__gpi_optout`,
// `is_gdpr`, `dtm_gpc_optout`), and those are theirs, not the site's consent record.
const CONSENT = /consent|cookie_?law|cookie_?banner|cookies?_?(?:accepted|policy|notice|pref)/i;
// A cheap first look: a name with none of these fragments cannot match any rule below.
const TRIGGER = /csrf|xsrf|forgery|verification|consent|cookie|auth|sso|jwt|log[io]n|signin|token|sess|affinity|sticky|route|server|lb|backend|upstream|lang|locale|lng|i18n|l10n|culture|hl|theme|colou?r|dark|contrast|font|a11y|currency|timezone/i;
const PREFERENCES: ReadonlyArray<[Set<string>, string]> = [
  [new Set(['lang', 'language', 'languages', 'locale', 'lng', 'i18n', 'l10n', 'culture', 'hl', 'i18next']), "Remembers the visitor's language"],
  [new Set(['theme', 'colormode', 'colorscheme', 'darkmode', 'dark', 'color', 'colour', 'contrast', 'fontsize', 'a11y']), "Remembers the visitor's display theme"],
  [new Set(['currency', 'timezone']), "Remembers the visitor's currency or time zone"],
];

/** Splits a name into lower-case words at separators, digits→letters and camelCase humps. */
export function nameTokens(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Whether a name holds a word that marks tracking or measurement (see `TRACKING`). */
export function hasTrackingSignal(name: string, tokens: string[] = nameTokens(name)): boolean {
  return name.length > 256 || tokens.some((token) => TRACKING.has(token));
}

/** Whether a domain belongs to a company in `BRAND_WORDS` (`www.instagram.com`, `.x.com`, `ads.linkedin.com`). */
export function isBrandDomain(domain: string): boolean {
  const labels = domain.toLowerCase().replace(/^\.+|\.+$/g, '').split('.');
  // The label before a public suffix like com / co.uk: check the last three labels but the TLD.
  return labels.slice(-3, -1).some((label) => BRANDS.has(label) || label === 'x');
}

/** The last word that is not a generic tail like `id`, `token` or `cookie`. */
function lastWord(tokens: string[]): string | undefined {
  for (let i = tokens.length - 1; i >= 0; i--) if (!TOKEN_TAIL.has(tokens[i]!) || i === 0) return tokens[i];
  return undefined;
}

/**
 * The category a name's wording implies, or `null`. Only names of at most 64 characters
 * without control characters are considered, and none on an ad, social or analytics
 * company's domain. Precedence: tracking words (silence), CSRF,
 * consent, login, session, affinity, then preferences.
 */
export function classifyByName(name: string, domain?: string): HeuristicMatch | null {
  if (!name || name.length > 64 || !TRIGGER.test(name) || /[\x00-\x1f\x7f]/.test(name)) return null;
  const tokens = nameTokens(name);
  if (tokens.length === 0 || tokens.length > 5 || hasTrackingSignal(name, tokens)) return null;
  if (domain && isBrandDomain(domain)) return null;
  if (CSRF.test(name)) return { category: 'necessary', purpose: 'Protects forms against cross-site request forgery' };
  if (CONSENT.test(name)) return { category: 'necessary', purpose: "Remembers the visitor's cookie choices" };
  const last = lastWord(tokens);
  const signIn = { category: 'necessary', purpose: 'Keeps the visitor signed in' } as const;
  if (last && AUTH.has(last) && tokens.length <= 3) return signIn;
  if (tokens.length === 2 && tokens[1] === 'token' && AUTH_TOKENS.has(tokens[0]!)) return signIn;
  if (GENERIC_SESSION.test(name) || FRAMEWORK_SESSION.test(name)) return { category: 'necessary', purpose: "Keeps the visitor's server-side session" };
  if (tokens.some((token) => AFFINITY.has(token)) && tokens.length <= 3) {
    return { category: 'necessary', purpose: 'Sends the visitor to the same server (load-balancer affinity)' };
  }
  for (const [words, purpose] of PREFERENCES) if (tokens.some((token) => words.has(token))) return { category: 'preferences', purpose };
  return null;
}

/**
 * The heuristics `classifyCookie` and the audit functions use for `option`
 * (`ClassifyOptions.heuristics`): a function as given, none for `false`, otherwise the
 * catalogue's, else the built-in `classifyByName`.
 */
export function pickHeuristics(catalogue?: Catalogue, option?: boolean | CookieHeuristics): CookieHeuristics | undefined {
  if (typeof option === 'function') return option;
  return option === false ? undefined : (catalogue?.heuristics ?? classifyByName);
}
