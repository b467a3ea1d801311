import { expect } from '@esm-bundle/chai';
import {
  ConsentryError,
  createConsent,
  consentModeState,
  memoryStorage,
  startConsentMode,
  validateConsentModeOptions,
  type Consent,
  type ConsentConfig,
  type ConsentModeOptions,
  type ConsentStorage,
} from '@consentry/core';
import { clearCookies } from '../../../test/helpers/requests.js';

const categories = { necessary: {}, preferences: {}, analytics: {}, marketing: {} };
const DENIED = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
};
const GRANTED = Object.fromEntries(Object.keys(DENIED).map((signal) => [signal, 'granted']));
const host = window as unknown as Record<string, unknown>;

function expectError(run: () => unknown, field: string): void {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(ConsentryError);
    expect((error as ConsentryError).code).to.equal('config/consent-mode');
    expect((error as ConsentryError).field).to.equal(field);
    return;
  }
  expect.fail(`no error for ${field}`);
}

describe('validateConsentModeOptions', () => {
  it('accepts true, false and every documented option', () => {
    expect(validateConsentModeOptions(true)).to.equal(true);
    expect(validateConsentModeOptions(false)).to.equal(false);
    const full: ConsentModeOptions = {
      mode: 'advanced',
      waitForUpdate: 0,
      region: ['GB', 'FR', 'US-CA'],
      urlPassthrough: true,
      adsDataRedaction: false,
      mapping: { analytics: ['analytics_storage'], marketing: [] },
      dataLayerName: 'siteLayer',
    };
    expect(validateConsentModeOptions(full)).to.deep.equal(full);
  });

  const bad: Array<[string, unknown, string]> = [
    ['a string', 'yes', 'consentMode'],
    ['an array', [], 'consentMode'],
    ['null', null, 'consentMode'],
    ['an unknown key', { wait: 500 }, 'consentMode.wait'],
    ['an unknown mode', { mode: 'strict' }, 'consentMode.mode'],
    ['a negative wait', { waitForUpdate: -1 }, 'consentMode.waitForUpdate'],
    ['a fractional wait', { waitForUpdate: 1.5 }, 'consentMode.waitForUpdate'],
    ['a wait as a string', { waitForUpdate: '500' }, 'consentMode.waitForUpdate'],
    ['an empty region list', { region: [] }, 'consentMode.region'],
    ['a region string', { region: 'GB' }, 'consentMode.region'],
    ['"EU" as a region', { region: ['FR', 'EU'] }, 'consentMode.region[1]'],
    ['a lower-case region', { region: ['gb'] }, 'consentMode.region[0]'],
    ['urlPassthrough not boolean', { urlPassthrough: 'true' }, 'consentMode.urlPassthrough'],
    ['adsDataRedaction not boolean', { adsDataRedaction: 1 }, 'consentMode.adsDataRedaction'],
    ['a mapping array', { mapping: [] }, 'consentMode.mapping'],
    ['a mapping to a string', { mapping: { analytics: 'analytics_storage' } }, 'consentMode.mapping.analytics'],
    ['an unknown signal', { mapping: { analytics: ['analytics_storage', 'cookies'] } }, 'consentMode.mapping.analytics[1]'],
    ['a dataLayer name that is not an identifier', { dataLayerName: 'data-layer' }, 'consentMode.dataLayerName'],
  ];
  for (const [what, value, field] of bad) {
    it(`rejects ${what}, naming ${field}`, () => expectError(() => validateConsentModeOptions(value), field));
  }

  it('is what createConsent uses for the consentMode key', () => {
    expectError(() => createConsent({ revision: 1, categories, consentMode: { mode: 'basic', region: ['EU'] } as ConsentModeOptions }), 'consentMode.region[0]');
  });

  it('says how to fix it', () => {
    expect(() => validateConsentModeOptions({ region: ['EU'] })).to.throw(ConsentryError, /"EU" is not a code, list the countries/);
    expect(() => validateConsentModeOptions({ mapping: { analytics: ['cookies'] } })).to.throw(/use one of ad_storage/);
  });
});

describe('consentModeState', () => {
  it('maps categories to signals (CM-8), security always granted', () => {
    expect(consentModeState(() => false)).to.deep.equal(DENIED);
    expect(consentModeState((category) => category === 'marketing')).to.deep.equal({
      ...DENIED,
      ad_storage: 'granted',
      ad_user_data: 'granted',
      ad_personalization: 'granted',
    });
    expect(consentModeState((category) => category === 'preferences')).to.deep.equal({
      ...DENIED,
      functionality_storage: 'granted',
      personalization_storage: 'granted',
    });
  });
});

describe('startConsentMode', () => {
  let count = 0;
  let name = '';
  const made: Consent[] = [];
  const make = (consentMode: ConsentConfig['consentMode'], storage: ConsentStorage = memoryStorage(), gpc = false): Consent => {
    const config: ConsentConfig = { revision: 1, categories };
    if (consentMode !== undefined) config.consentMode = typeof consentMode === 'object' ? { dataLayerName: name, ...consentMode } : consentMode;
    const consent = createConsent(config, { storage, gpcSignal: gpc, tabSync: 'off' });
    made.push(consent);
    return consent;
  };
  const layer = (): unknown[][] => Array.from((host[name] as IArguments[] | undefined) ?? [], (entry) => Array.from(entry));

  beforeEach(() => {
    name = `consentModeLayer${++count}`;
  });
  afterEach(() => {
    made.splice(0).forEach((consent) => consent.destroy());
    delete host[name];
    delete host.dataLayer;
    clearCookies();
  });

  it('pushes nothing when Consent Mode is off', () => {
    const stop = startConsentMode(make(undefined));
    expect(host.dataLayer).to.equal(undefined);
    stop();
  });

  it('with `true`: default to window.dataLayer, all denied but security, wait_for_update 500, as arguments objects', () => {
    const consent = make(true);
    startConsentMode(consent);
    const entries = host.dataLayer as IArguments[];
    expect(entries).to.have.length(1);
    // CM-2: gtag pushes `arguments` objects, not arrays.
    expect(Object.prototype.toString.call(entries[0])).to.equal('[object Arguments]');
    expect(Array.from(entries[0]!)).to.deep.equal(['consent', 'default', { ...DENIED, wait_for_update: 500 }]);
  });

  it('keeps what the page already pushed and appends after it', () => {
    host[name] = [['site', 'entry']];
    startConsentMode(make({}));
    expect(layer()).to.deep.equal([['site', 'entry'], ['consent', 'default', { ...DENIED, wait_for_update: 500 }]]);
  });

  it('passes region, wait_for_update and the set commands, in that order', () => {
    startConsentMode(make({ region: ['GB', 'FR'], waitForUpdate: 2000, urlPassthrough: true, adsDataRedaction: true }));
    expect(layer()).to.deep.equal([
      ['consent', 'default', { ...DENIED, wait_for_update: 2000, region: ['GB', 'FR'] }],
      ['set', 'url_passthrough', true],
      ['set', 'ads_data_redaction', true],
    ]);
  });

  it('pushes an update from the stored choice right after the default (CM-3)', () => {
    const storage = memoryStorage();
    const first = make({}, storage);
    first.set({ analytics: true });
    startConsentMode(make({}, storage));
    expect(layer()).to.deep.equal([
      ['consent', 'default', { ...DENIED, wait_for_update: 500 }],
      ['consent', 'update', { ...DENIED, analytics_storage: 'granted' }],
    ]);
  });

  it('pushes an update in the same task as each decision', () => {
    const consent = make({});
    startConsentMode(consent);
    consent.acceptAll();
    expect(layer().at(-1)).to.deep.equal(['consent', 'update', GRANTED]);
    consent.set({ analytics: true, preferences: true });
    expect(layer().at(-1)).to.deep.equal(['consent', 'update', { ...DENIED, analytics_storage: 'granted', functionality_storage: 'granted', personalization_storage: 'granted' }]);
    consent.withdraw();
    expect(layer().at(-1)).to.deep.equal(['consent', 'update', DENIED]);
    expect(layer()).to.have.length(4);
  });

  it('follows a custom mapping', () => {
    const consent = make({ mapping: { analytics: ['analytics_storage', 'personalization_storage'], marketing: ['ad_storage'] } });
    startConsentMode(consent);
    consent.acceptAll();
    expect(layer().at(-1)).to.deep.equal(['consent', 'update', { ...DENIED, analytics_storage: 'granted', personalization_storage: 'granted', ad_storage: 'granted' }]);
  });

  it('keeps ad signals denied under Global Privacy Control', () => {
    const consent = make({}, memoryStorage(), true);
    startConsentMode(consent);
    consent.acceptAll();
    expect(layer().at(-1)).to.deep.equal(['consent', 'update', { ...DENIED, analytics_storage: 'granted', functionality_storage: 'granted', personalization_storage: 'granted' }]);
  });

  it('takes options that override the config, and validates them', () => {
    const consent = make(undefined);
    startConsentMode(consent, { dataLayerName: name, waitForUpdate: 100 });
    expect(layer()).to.deep.equal([['consent', 'default', { ...DENIED, wait_for_update: 100 }]]);
    expectError(() => startConsentMode(consent, { mode: 'fast' as 'basic' }), 'startConsentMode(options).mode');
  });

  it('stops updating once stopped', () => {
    const consent = make({});
    const stop = startConsentMode(consent);
    stop();
    consent.acceptAll();
    expect(layer()).to.have.length(1);
  });
});
