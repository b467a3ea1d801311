import { expect } from '@esm-bundle/chai';
import { ConsentryError, RECORDS_DB, RECORDS_STORE, type Consent, type ConsentConfig } from '@consentry/core';
import { clear, createStore } from 'idb-keyval';
import { clearCookies } from '../../../test/helpers/requests.js';
import { startConsentry, type Consentry } from './start-consentry.js';

const config: ConsentConfig = { revision: 1, consentMode: true, categories: { necessary: {}, analytics: { cookies: ['_ga'] } } };
const page = window as unknown as { dataLayer?: unknown[] };
const commands = (): string[] => (page.dataLayer ?? []).map((entry) => Array.from(entry as ArrayLike<unknown>).slice(0, 2).join(':'));

describe('startConsentry', () => {
  let started: Consentry | undefined;
  afterEach(async () => {
    await started?.records?.whenIdle();
    started?.stop();
    started = undefined;
    delete page.dataLayer;
    clearCookies();
    await clear(createStore(RECORDS_DB, RECORDS_STORE));
  });

  it('wires consent, Consent Mode, records, gate and the UI, in that order', async () => {
    const seen: Array<{ consent: Consent; records: unknown }> = [];
    started = startConsentry(config, { ui: (consent, options) => seen.push({ consent, records: options.records }) && 'ui handle' });
    expect(commands()).to.deep.equal(['consent:default']);
    expect(seen).to.have.length(1);
    expect(seen[0]!.consent).to.equal(started.consent);
    expect(seen[0]!.records).to.equal(started.records);
    expect(started.ui).to.equal('ui handle');

    started.consent.acceptAll({ layer: 'banner' });
    expect(commands()).to.deep.equal(['consent:default', 'consent:update']);
    const records = await started.records!.list();
    expect(records.map((record) => record.action)).to.deep.equal(['accept_all']);
  });

  it('keeps no records with records: false', () => {
    started = startConsentry(config, { records: false });
    expect(started.records).to.equal(undefined);
  });

  it('a bad gate option throws before anything starts', () => {
    let error: unknown;
    try {
      startConsentry(config, { gate: { observe: 'yes' as unknown as boolean } });
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(ConsentryError);
    expect((error as ConsentryError).code).to.equal('config/gate');
    expect(page.dataLayer).to.equal(undefined);
  });

  it('a bad config throws the core error', () => {
    expect(() => startConsentry({ revision: 1, categories: {} } as ConsentConfig)).to.throw(ConsentryError);
  });
});
