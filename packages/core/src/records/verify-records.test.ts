import { expect } from '@esm-bundle/chai';
import { clear, createStore, get, set } from 'idb-keyval';
import {
  createConsent,
  createRecords,
  hashRecord,
  RECORDS_DB,
  RECORDS_STORE,
  verifyRecords,
  type Consent,
  type ConsentConfig,
  type ConsentRecord,
  type ConsentRecords,
} from '@consentry/core';
import { clearCookies } from '../../../../test/helpers/requests.js';

const config: ConsentConfig = { revision: 1, categories: { necessary: {}, analytics: {}, marketing: {} } };

describe('verify: the chain breaks where a record is edited or removed', () => {
  let consent: Consent;
  let records: ConsentRecords;
  let chain: ConsentRecord[];
  beforeEach(async () => {
    consent = createConsent(config, { gpcSignal: false, tabSync: 'off' });
    records = createRecords(consent);
    consent.rejectAll({ layer: 'banner' });
    consent.set({ analytics: true }, { layer: 'preferences' });
    consent.acceptAll({ layer: 'banner' });
    consent.withdraw({ layer: 'preferences' });
    chain = await records.list();
  });
  afterEach(async () => {
    await records.whenIdle();
    records.destroy();
    consent.destroy();
    clearCookies();
    await clear(createStore(RECORDS_DB, RECORDS_STORE));
  });

  it('verifies a whole chain, and an empty one', async () => {
    expect(await verifyRecords(chain)).to.deep.equal({ ok: true, count: 4 });
    expect(await verifyRecords([])).to.deep.equal({ ok: true, count: 0 });
  });

  it('finds a record edited in IndexedDB (its own hash no longer matches)', async () => {
    const store = createStore(RECORDS_DB, RECORDS_STORE);
    const stored = (await get<ConsentRecord>(['r', 1], store))!;
    await set(['r', 1], { ...stored, choices: { ...stored.choices, marketing: true } }, store);
    expect(await records.verify()).to.deep.equal({ ok: false, count: 4, brokenAt: { index: 1, id: stored.id, reason: 'hash-mismatch' } });
  });

  it('finds an edit whose hash was recomputed (the next link breaks)', async () => {
    const edited = chain.map((record) => ({ ...record }));
    edited[1]!.time = '2020-01-01T00:00:00.000Z';
    edited[1]!.hash = hashRecord(edited[1]!);
    expect(await verifyRecords(edited)).to.deep.equal({ ok: false, count: 4, brokenAt: { index: 2, id: chain[2]!.id, reason: 'previous-mismatch' } });
  });

  it('finds a removed record, a removed first record and a reordering', async () => {
    const withoutSecond = [chain[0]!, chain[2]!, chain[3]!];
    expect((await verifyRecords(withoutSecond)).brokenAt).to.deep.equal({ index: 1, id: chain[2]!.id, reason: 'previous-mismatch' });
    expect((await verifyRecords(chain.slice(1))).brokenAt).to.deep.equal({ index: 0, id: chain[1]!.id, reason: 'previous-mismatch' });
    const swapped = [chain[0]!, chain[2]!, chain[1]!, chain[3]!];
    expect((await verifyRecords(swapped)).brokenAt?.index).to.equal(1);
  });

  it('finds a record removed from IndexedDB', async () => {
    const store = createStore(RECORDS_DB, RECORDS_STORE);
    await store('readwrite', (objects) => {
      objects.delete(['r', 2]);
      return new Promise((resolve) => (objects.transaction.oncomplete = resolve));
    });
    expect(await records.verify()).to.deep.equal({ ok: false, count: 3, brokenAt: { index: 2, id: chain[3]!.id, reason: 'previous-mismatch' } });
  });

  it('finds a forged record appended with a wrong link', async () => {
    const forged = { ...chain[3]!, id: 'forged', seq: 4, previousHash: chain[2]!.hash };
    forged.hash = hashRecord(forged);
    expect((await verifyRecords([...chain, forged])).brokenAt).to.deep.equal({ index: 4, id: 'forged', reason: 'previous-mismatch' });
    const gap = { ...chain[3]!, id: 'gap', seq: 9, previousHash: chain[3]!.hash };
    gap.hash = hashRecord(gap);
    expect((await verifyRecords([...chain, gap])).brokenAt).to.deep.equal({ index: 4, id: 'gap', reason: 'seq-gap' });
  });
});
