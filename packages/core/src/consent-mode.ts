import { ConsentryError } from './errors.js';
import { CONSENT_MODE_SIGNALS, DEFAULT_CONSENT_MODE_MAPPING } from './consent-mode-signals.js';
import type { CategoryId, ConsentModeOptions, ConsentModeSignal, ConsentView } from './types.js';

export { CONSENT_MODE_SIGNALS, DEFAULT_CONSENT_MODE_MAPPING };

const KEYS = ['mode', 'waitForUpdate', 'region', 'urlPassthrough', 'adsDataRedaction', 'mapping', 'dataLayerName'];
// ISO 3166-1 alpha-2, optionally with an ISO 3166-2 subdivision (`US-CA`), as gtag expects.
const REGION = /^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function fail(message: string, field: string): never {
  throw new ConsentryError('config/consent-mode', message, field);
}

/**
 * Validates the `consentMode` config value; throws `ConsentryError('config/consent-mode')`
 * naming the field and the fix. Returns the value unchanged (defaults are applied by
 * `startConsentMode`).
 */
export function validateConsentModeOptions(value: unknown, field = 'consentMode'): boolean | ConsentModeOptions {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail('must be true, false or an object such as { mode: "basic", waitForUpdate: 500 }.', field);
  }
  const options = value as Record<string, unknown>;
  for (const key of Object.keys(options)) {
    if (!KEYS.includes(key)) fail(`unknown option "${key}"; use one of ${KEYS.join(', ')}.`, `${field}.${key}`);
  }
  const { mode, waitForUpdate, region, mapping, dataLayerName } = options;
  if (mode !== undefined && mode !== 'basic' && mode !== 'advanced') {
    fail('must be "basic" (tags wait for consent) or "advanced" (Google tags load and get signals only).', `${field}.mode`);
  }
  if (waitForUpdate !== undefined && !(Number.isInteger(waitForUpdate) && (waitForUpdate as number) >= 0 && (waitForUpdate as number) <= 60000)) {
    fail('must be a whole number of milliseconds from 0 to 60000 (default 500).', `${field}.waitForUpdate`);
  }
  if (region !== undefined) {
    if (!Array.isArray(region) || region.length === 0) fail('must be a non-empty array of ISO 3166 codes such as ["GB", "FR", "US-CA"].', `${field}.region`);
    region.forEach((code: unknown, index) => {
      if (typeof code !== 'string' || !REGION.test(code) || code === 'EU') {
        fail('must be an upper-case ISO 3166-1 alpha-2 code ("FR") or ISO 3166-2 code ("US-CA"); "EU" is not a code, list the countries.', `${field}.region[${index}]`);
      }
    });
  }
  for (const key of ['urlPassthrough', 'adsDataRedaction']) {
    if (options[key] !== undefined && typeof options[key] !== 'boolean') fail('must be true or false.', `${field}.${key}`);
  }
  if (mapping !== undefined) {
    if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping)) {
      fail('must map category ids to arrays of signals, e.g. { analytics: ["analytics_storage"] }.', `${field}.mapping`);
    }
    for (const [category, signals] of Object.entries(mapping)) {
      const at = `${field}.mapping.${category}`;
      if (!Array.isArray(signals)) fail(`must be an array of signals (${CONSENT_MODE_SIGNALS.join(', ')}).`, at);
      signals.forEach((signal: unknown, index) => {
        if (!CONSENT_MODE_SIGNALS.includes(signal as ConsentModeSignal)) {
          fail(`"${String(signal)}" is not a Consent Mode signal; use one of ${CONSENT_MODE_SIGNALS.join(', ')}.`, `${at}[${index}]`);
        }
      });
    }
  }
  if (dataLayerName !== undefined && !(typeof dataLayerName === 'string' && IDENTIFIER.test(dataLayerName))) {
    fail('must be a JavaScript identifier such as "dataLayer" (the name your gtag snippet uses).', `${field}.dataLayerName`);
  }
  return options as ConsentModeOptions;
}

/** Consent Mode options with every default filled in. */
export type ResolvedConsentModeOptions = Required<Omit<ConsentModeOptions, 'region'>> & Pick<ConsentModeOptions, 'region'>;

/** Reads `config.consentMode` (and overrides), validated; null when Consent Mode is off. */
export function resolveConsentModeOptions(value: boolean | ConsentModeOptions | undefined, overrides?: ConsentModeOptions): ResolvedConsentModeOptions | null {
  if (!value && !overrides) return null;
  validateConsentModeOptions({ ...(typeof value === 'object' ? value : {}), ...overrides }, overrides ? 'startConsentMode(options)' : 'consentMode');
  return consentModeSettings(value, overrides);
}

/**
 * `config.consentMode` (and overrides) with the defaults filled in, not validated: for a
 * config already checked (the drop-in's loader); null when Consent Mode is off.
 */
export function consentModeSettings(value: boolean | ConsentModeOptions | undefined, overrides?: ConsentModeOptions): ResolvedConsentModeOptions | null {
  if (!value && !overrides) return null;
  const options = { ...(typeof value === 'object' ? value : {}), ...overrides };
  return {
    mode: options.mode ?? 'basic',
    waitForUpdate: options.waitForUpdate ?? 500,
    region: options.region,
    urlPassthrough: options.urlPassthrough ?? false,
    adsDataRedaction: options.adsDataRedaction ?? false,
    mapping: options.mapping ?? DEFAULT_CONSENT_MODE_MAPPING,
    dataLayerName: options.dataLayerName ?? 'dataLayer',
  };
}

/**
 * The Consent Mode state for `granted(category)`: a signal is granted when any category mapped
 * to it is granted; `security_storage` always is (CM-8); unmapped signals are denied.
 */
export function consentModeState(
  granted: (category: CategoryId) => boolean,
  mapping: Readonly<Record<CategoryId, ConsentModeSignal[]>> = DEFAULT_CONSENT_MODE_MAPPING,
): Record<ConsentModeSignal, 'granted' | 'denied'> {
  const state = {} as Record<ConsentModeSignal, 'granted' | 'denied'>;
  for (const signal of CONSENT_MODE_SIGNALS) state[signal] = signal === 'security_storage' ? 'granted' : 'denied';
  for (const [category, signals] of Object.entries(mapping)) {
    if (granted(category)) for (const signal of signals) state[signal] = 'granted';
  }
  return state;
}

/**
 * Starts Google Consent Mode v2 signals for `consent` (STANDARDS.md section 1). Pushes, as
 * real `arguments` objects the way the gtag snippet does (CM-2), onto `window[dataLayerName]`:
 * `consent default` (all denied but `security_storage`, `wait_for_update`, optional `region`;
 * CM-1, CM-4, CM-5) → `set url_passthrough` / `set ads_data_redaction` (CM-6) → `consent
 * update` from the stored choice, at once (CM-3) → `consent update` inside every `change`
 * event, which the core fires synchronously in the decision call, so in the same task as the
 * click. Call it first, before any tag. Options override `config.consentMode`; with neither,
 * Consent Mode is off and nothing is pushed. Returns a function that stops the updates.
 */
export function startConsentMode(consent: ConsentView, options?: ConsentModeOptions): () => void {
  return runConsentMode(consent, resolveConsentModeOptions(consent.config.consentMode, options));
}

/** `startConsentMode` with settings already resolved (`consentModeSettings`); null = off. */
export function runConsentMode(consent: ConsentView, settings: ResolvedConsentModeOptions | null): () => void {
  if (!settings) return () => undefined;
  const host = window as unknown as Record<string, unknown[] | undefined>;
  const dataLayer = (host[settings.dataLayerName] ??= []);
  // CM-2: gtag.js reads `arguments` objects, not arrays.
  const gtag = function (..._args: unknown[]): void {
    // eslint-disable-next-line prefer-rest-params
    dataLayer.push(arguments);
  };
  const known = (category: CategoryId): boolean => consent.categories.includes(category);
  const state = (): Record<ConsentModeSignal, 'granted' | 'denied'> =>
    consentModeState((category) => known(category) && consent.allows(category), settings.mapping);

  const defaults: Record<string, unknown> = {
    ...consentModeState((category) => category === 'necessary', settings.mapping),
    wait_for_update: settings.waitForUpdate,
  };
  if (settings.region) defaults.region = settings.region.slice();
  gtag('consent', 'default', defaults);
  if (settings.urlPassthrough) gtag('set', 'url_passthrough', true);
  if (settings.adsDataRedaction) gtag('set', 'ads_data_redaction', true);
  if (consent.get()) gtag('consent', 'update', state());
  return consent.on('change', () => gtag('consent', 'update', state()));
}
