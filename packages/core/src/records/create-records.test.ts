import { expect } from '@esm-bundle/chai';
import { clear, createStore } from 'idb-keyval';
import {
  createConsent,
  createRecords,
  hashNotice,
  hashRecord,
  LIBRARY_VERSION,
  RECORDS_DB,
  RECORDS_STORE,
  type Consent,
  type ConsentConfig,
  type ConsentRecords,
  type CreateConsentOptions,
  type CreateRecordsOptions,
} from '@consentry/core';
import { clearCookies } from '../../../../test/helpers/requests.js';

const config: ConsentConfig = {
  revision: 3,
  categories: {
    necessary: {},
    preferences: {},
    analytics: { cookies: ['_ga', '_ga_*'] },
    marketing: { cookies: ['_fbp'] },
  },
  policyUrl: 'https://shop.example/privacy',
  language: 'en',
};
const DAY = 864e5;
const notice = { language: 'de', texts: { title: 'Cookies', body: 'Wir verwenden Cookies.', accept: 'Alle akzeptieren' } };

describe('createRecords: one record per decision', () => {
  const consents: Consent[] = [];
  const logs: ConsentRecords[] = [];
  const start = (cfg: ConsentConfig = config, options: CreateConsentOptions = {}, recordOptions: CreateRecordsOptions = {}) => {
    const consent = createConsent(cfg, { gpcSignal: false, tabSync: 'off', ...options });
    const records = createRecords(consent, recordOptions);
    consents.push(consent);
    logs.push(records);
    return { consent, records };
  };
  afterEach(async () => {
    for (const records of logs.splice(0)) {
      await records.whenIdle();
      records.destroy();
    }
    consents.splice(0).forEach((consent) => consent.destroy());
    clearCookies();
    await clear(createStore(RECORDS_DB, RECORDS_STORE));
  });

  it('records accept, custom, reject and withdraw with their fields, and the chain verifies', async () => {
    const { consent, records } = start();
    consent.acceptAll({ layer: 'banner', notice });
    consent.set({ analytics: true }, { layer: 'preferences', notice });
    consent.rejectAll({ layer: 'banner' });
    consent.withdraw({ layer: 'preferences' });
    const list = await records.list();
    expect(list.map((r) => r.action)).to.deep.equal(['accept_all', 'custom', 'reject_all', 'withdraw']);
    expect(list.map((r) => r.layer)).to.deep.equal(['banner', 'preferences', 'banner', 'preferences']);
    expect(list.map((r) => r.seq)).to.deep.equal([0, 1, 2, 3]);

    const [accepted, custom, rejected, withdrawn] = list as [typeof list[0], typeof list[0], typeof list[0], typeof list[0]];
    const state = consent.get()!;
    expect(accepted.schema).to.equal('consentry-record/1');
    expect(accepted.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(list.map((r) => r.id)).size).to.equal(4);
    expect(list.every((r) => r.consentId === state.id)).to.equal(true);
    expect(accepted.time).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(accepted.choices).to.deep.equal({ necessary: true, preferences: true, analytics: true, marketing: true });
    expect(custom.choices).to.deep.equal({ necessary: true, preferences: false, analytics: true, marketing: false });
    expect(rejected.choices).to.deep.equal({ necessary: true, preferences: false, analytics: false, marketing: false });
    expect(custom.consentMode).to.deep.equal({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'granted',
      functionality_storage: 'denied',
      personalization_storage: 'denied',
      security_storage: 'granted',
    });
    expect(Object.values(accepted.consentMode).every((s) => s === 'granted')).to.equal(true);
    expect(accepted.revision).to.equal('3');
    expect(accepted.language).to.equal('de');
    expect(rejected.language).to.equal('en');
    expect(accepted.policyUrl).to.equal('https://shop.example/privacy');
    expect(accepted.libraryVersion).to.equal(LIBRARY_VERSION);
    expect(accepted.gpc).to.equal(false);
    expect(accepted.pageUrl).to.equal(`${location.origin}${location.pathname}`);
    expect(accepted.reason).to.equal(null);
    expect(withdrawn.expiresAt).to.equal(state.expiresAt);
    expect(accepted.previousHash).to.equal(null);
    expect(custom.previousHash).to.equal(accepted.hash);
    expect(hashRecord(withdrawn)).to.equal(withdrawn.hash);
    // The notice hash covers the exact texts shown and the category/cookie list.
    expect(accepted.noticeHash).to.equal(hashNotice(consent.config.categories, notice.texts));
    expect(rejected.noticeHash).to.equal(hashNotice(consent.config.categories, {}));
    expect(accepted.noticeHash).not.to.equal(rejected.noticeHash);
    // No tracker ids, no IP: only the fields of the format.
    expect(Object.keys(accepted).sort()).to.deep.equal(
      ['action', 'choices', 'consentId', 'consentMode', 'expiresAt', 'gpc', 'hash', 'id', 'language', 'layer', 'libraryVersion', 'noticeHash', 'pageUrl', 'policyUrl', 'previousHash', 'reason', 'revision', 'schema', 'seq', 'time'],
    );
    expect(await records.verify()).to.deep.equal({ ok: true, count: 4 });
  });

  it('writes the library version of package.json', async () => {
    const manifest = (await (await fetch('/packages/core/package.json')).json()) as { version: string };
    expect(LIBRARY_VERSION).to.equal(manifest.version);
  });

  it('uses the injected clock and id generator', async () => {
    let n = 0;
    const { consent, records } = start(config, {}, { now: () => new Date(Date.UTC(2026, 0, 2, 3, 4, 5)), generateId: () => `id-${n++}` });
    consent.rejectAll();
    consent.acceptAll();
    const list = await records.list();
    expect(list.map((r) => [r.id, r.time])).to.deep.equal([
      ['id-0', '2026-01-02T03:04:05.000Z'],
      ['id-1', '2026-01-02T03:04:05.000Z'],
    ]);
    expect(list[0]!.layer).to.equal('api');
  });

  it('follows a site Consent Mode mapping', async () => {
    const { consent, records } = start({ ...config, consentMode: { mapping: { analytics: ['analytics_storage', 'ad_storage'], marketing: ['ad_user_data'] } } });
    consent.set({ analytics: true });
    const [record] = await records.list();
    expect(record!.consentMode.analytics_storage).to.equal('granted');
    expect(record!.consentMode.ad_storage).to.equal('granted');
    expect(record!.consentMode.ad_user_data).to.equal('denied');
    expect(record!.consentMode.functionality_storage).to.equal('denied');
    expect(record!.consentMode.security_storage).to.equal('granted');
  });

  it('records a lapse after expiry, then the new decision, with the same consent id', async () => {
    const t0 = Date.now();
    const first = start(config, { now: () => t0 });
    first.consent.acceptAll({ layer: 'banner' });
    await first.records.whenIdle();
    first.records.destroy();
    first.consent.destroy();
    const later = start(config, { now: () => t0 + 200 * DAY });
    await new Promise((resolve) => setTimeout(resolve, 0));
    await later.records.whenIdle();
    later.consent.rejectAll({ layer: 'banner' });
    const list = await later.records.list();
    expect(list.map((r) => [r.action, r.reason])).to.deep.equal([
      ['accept_all', null],
      ['expired', 'expired'],
      ['reject_all', null],
    ]);
    const lapse = list[1]!;
    expect(lapse.layer).to.equal('auto');
    expect(lapse.consentId).to.equal(list[0]!.consentId);
    expect(lapse.revision).to.equal('3');
    expect(lapse.choices).to.deep.equal({ necessary: true, preferences: false, analytics: false, marketing: false });
    expect(lapse.consentMode.analytics_storage).to.equal('denied');
    expect(lapse.noticeHash).to.equal(null);
    expect(lapse.expiresAt).to.equal(null);
    expect(list[2]!.consentId).to.equal(list[0]!.consentId);
    expect(await later.records.verify()).to.deep.equal({ ok: true, count: 3 });
  });

  it('records a lapse when the revision changes', async () => {
    const first = start(config);
    first.consent.acceptAll();
    await first.records.whenIdle();
    first.consent.destroy();
    const next = start({ ...config, revision: 4 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const list = await next.records.list();
    expect(list.map((r) => [r.action, r.reason, r.revision])).to.deep.equal([
      ['accept_all', null, '3'],
      ['expired', 'revision', '3'],
    ]);
  });

  it('records the lapse of the load even when attached after it was dispatched', async () => {
    const first = start(config);
    first.consent.acceptAll();
    await first.records.whenIdle();
    first.consent.destroy();
    const consent = createConsent({ ...config, revision: 5 }, { gpcSignal: false, tabSync: 'off' });
    consents.push(consent);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const records = createRecords(consent);
    logs.push(records);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect((await records.list()).map((r) => r.action)).to.deep.equal(['accept_all', 'expired']);
  });

  it('records a GPC refusal made automatically at start, and GPC-limited accepts', async () => {
    const first = start(config);
    first.consent.acceptAll();
    await first.records.whenIdle();
    first.consent.destroy();
    const next = start(config, { gpcSignal: true });
    await new Promise((resolve) => setTimeout(resolve, 0));
    next.consent.acceptAll({ layer: 'banner' });
    const list = await next.records.list();
    expect(list.map((r) => [r.action, r.layer, r.gpc])).to.deep.equal([
      ['accept_all', 'api', false],
      ['gpc', 'auto', true],
      ['gpc', 'banner', true],
    ]);
    expect(list[1]!.choices.marketing).to.equal(false);
    expect(list[1]!.consentMode.ad_storage).to.equal('denied');
    expect(list[1]!.choices.analytics).to.equal(true);
  });

  it('records reset() as a withdrawal with no decision in force', async () => {
    const { consent, records } = start();
    consent.acceptAll();
    const id = consent.get()!.id;
    consent.reset();
    const list = await records.list();
    expect(list.map((r) => r.action)).to.deep.equal(['accept_all', 'withdraw']);
    expect(list[1]!.consentId).to.equal(id);
    expect(list[1]!.expiresAt).to.equal(null);
    expect(list[1]!.choices.analytics).to.equal(false);
  });

  it('does not record decisions that arrive from another tab', async () => {
    const a = start(config, { tabSync: 'broadcast' });
    const b = createConsent(config, { gpcSignal: false, tabSync: 'broadcast' });
    consents.push(b);
    const seen = new Promise<void>((resolve) => b.on('change', () => resolve()));
    a.consent.acceptAll();
    await seen;
    expect(b.get()?.choices.analytics).to.equal(true);
    expect((await a.records.list()).length).to.equal(1);
  });

  it('never throws into the decision: a failure while making the record is a warning', async () => {
    const { consent, records } = start(config, {}, {
      generateId: () => {
        throw new Error('no randomness here');
      },
    });
    const warnings: string[] = [];
    consent.on('warning', (warning) => warnings.push(warning.code));
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => {
      errors.push(event.error);
      event.preventDefault();
    };
    window.addEventListener('error', onError);
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      expect(consent.acceptAll().choices.analytics).to.equal(true);
    } finally {
      window.removeEventListener('error', onError);
      console.warn = warn;
    }
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal(['records/append-failed']);
    expect(await records.list()).to.deep.equal([]);
  });

  it('stops recording after destroy()', async () => {
    const { consent, records } = start();
    consent.acceptAll();
    await records.whenIdle();
    records.destroy();
    consent.rejectAll();
    await records.whenIdle();
    expect((await records.list()).length).to.equal(1);
  });
});
