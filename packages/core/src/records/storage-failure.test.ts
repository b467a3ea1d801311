import { expect } from '@esm-bundle/chai';
import { clear, createStore, keys, type UseStore } from 'idb-keyval';
import { createConsent, createRecords, RECORDS_DB, RECORDS_STORE, type Consent, type ConsentConfig, type ConsentRecords, type CreateRecordsOptions } from '@consentry/core';
import { clearCookies } from '../../../../test/helpers/requests.js';

const config: ConsentConfig = { revision: 1, categories: { necessary: {}, analytics: {}, marketing: {} } };

describe('records when IndexedDB fails (STANDARDS.md S-4)', () => {
  let consent: Consent;
  let records: ConsentRecords;
  let warnings: Array<{ code: string; message: string }>;
  let unhandled: unknown[];
  const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
  const originalWarn = console.warn;
  const start = (options: CreateRecordsOptions) => {
    consent = createConsent(config, { gpcSignal: false, tabSync: 'off' });
    consent.on('warning', (warning) => warnings.push(warning));
    records = createRecords(consent, options);
  };
  beforeEach(() => {
    warnings = [];
    unhandled = [];
    window.addEventListener('unhandledrejection', onUnhandled);
    console.warn = () => undefined; // the warning is asserted through the event
  });
  afterEach(async () => {
    console.warn = originalWarn;
    window.removeEventListener('unhandledrejection', onUnhandled);
    await records.whenIdle();
    records.destroy();
    consent.destroy();
    clearCookies();
    await clear(createStore(RECORDS_DB, RECORDS_STORE));
    // Records kept in memory stay journaled for a later page: not for the next test.
    for (const key of Object.keys(localStorage)) if (key.startsWith('consentry:record:')) localStorage.removeItem(key);
  });

  const decideTwiceAndCheck = async () => {
    expect(() => consent.acceptAll({ layer: 'banner' })).not.to.throw();
    consent.rejectAll({ layer: 'banner' });
    expect(consent.get()?.choices.analytics).to.equal(false);
    const list = await records.list();
    expect(list.map((r) => [r.seq, r.action])).to.deep.equal([
      [0, 'accept_all'],
      [1, 'reject_all'],
    ]);
    expect(await records.verify()).to.deep.equal({ ok: true, count: 2 });
    expect(records.storage).to.equal('memory');
    expect(warnings.map((w) => w.code)).to.deep.equal(['records/storage-unavailable']);
    expect(warnings[0]!.message).to.contain('memory');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(unhandled).to.deep.equal([]);
  };

  it('keeps records in memory and warns once when the store throws', async () => {
    const throwing: UseStore = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    start({ store: throwing });
    await decideTwiceAndCheck();
  });

  it('keeps records in memory and warns once when the store rejects', async () => {
    const rejecting: UseStore = () => Promise.reject(new DOMException('Internal error opening backing store', 'UnknownError'));
    start({ store: rejecting });
    await decideTwiceAndCheck();
  });

  it('survives a real IndexedDB failure (a database without our object store)', async () => {
    const name = `consentry-broken-${crypto.getRandomValues(new Uint32Array(1))[0]}`;
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('something-else');
    await new Promise((resolve) => (open.onsuccess = resolve));
    open.result.close();
    start({ store: createStore(name, RECORDS_STORE) });
    await decideTwiceAndCheck();
    expect(warnings[0]!.message).to.match(/object store|not found/i);
    indexedDB.deleteDatabase(name); // completes once idb-keyval's connection goes with the page
  });

  it('survives a page where indexedDB is missing', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'indexedDB') ?? Object.getOwnPropertyDescriptor(Object.getPrototypeOf(window), 'indexedDB');
    Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
    try {
      start({});
      await decideTwiceAndCheck();
    } finally {
      delete (window as { indexedDB?: unknown }).indexedDB;
      if (!('indexedDB' in window) && descriptor) Object.defineProperty(window, 'indexedDB', descriptor);
    }
    expect(typeof indexedDB.open).to.equal('function');
  });

  it('continues the chain in memory when storage fails after some records were written', async () => {
    const real = createStore(RECORDS_DB, RECORDS_STORE);
    let calls = 0;
    const failingLater: UseStore = (mode, callback) => {
      if (mode === 'readwrite' && ++calls > 2) return Promise.reject(new DOMException('quota', 'QuotaExceededError'));
      return real(mode, callback);
    };
    start({ store: failingLater });
    consent.acceptAll();
    consent.set({ analytics: true });
    consent.rejectAll();
    consent.withdraw();
    const list = await records.list();
    expect(list.map((r) => r.seq)).to.deep.equal([0, 1, 2, 3]);
    expect(await records.verify()).to.deep.equal({ ok: true, count: 4 });
    expect(records.storage).to.equal('memory');
    expect(warnings).to.have.length(1);
    expect((await keys(real)).filter((key) => Array.isArray(key) && key[0] === 'r')).to.have.length(2);
  });

  it('an IndexedDB that never opens (held by a page left while creating it): memory after the deadline, journaled until a later page writes them', async () => {
    const neverOpens: UseStore = () => new Promise(() => undefined);
    start({ store: neverOpens, openTimeout: 50 });
    await decideTwiceAndCheck();
    expect(warnings[0]!.message).to.contain('did not open within 50 ms');
    const journaled = Object.keys(localStorage).filter((key) => key.startsWith('consentry:record:'));
    expect(journaled).to.have.length(2, 'both records wait in the journal');
    records.destroy();
    consent.destroy();
    // A later page whose IndexedDB opens: the journal goes into it, once, and is cleared.
    start({});
    await records.whenIdle();
    expect((await records.list()).map((record) => record.action)).to.deep.equal(['accept_all', 'reject_all']);
    expect(records.storage).to.equal('indexeddb');
    expect(Object.keys(localStorage).filter((key) => key.startsWith('consentry:record:'))).to.deep.equal([]);
  });

  it('with records.enabled false keeps records in memory only, without a warning', async () => {
    start({ enabled: false });
    consent.acceptAll();
    expect((await records.list()).length).to.equal(1);
    expect(records.storage).to.equal('memory');
    expect(warnings).to.deep.equal([]);
    expect(await keys(createStore(RECORDS_DB, RECORDS_STORE))).to.deep.equal([]);
  });
});
