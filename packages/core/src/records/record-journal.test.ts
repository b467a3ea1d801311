import { expect } from '@esm-bundle/chai';
import { clear, createStore } from 'idb-keyval';
import { createConsent, createRecords, RECORDS_DB, RECORDS_STORE, type Consent, type ConsentConfig, type ConsentRecords } from '@consentry/core';
import { clearCookies } from '../../../../test/helpers/requests.js';

const config: ConsentConfig = { revision: 1, categories: { necessary: {}, analytics: {} } };
const PREFIX = 'consentry:record:';
const journalKeys = () => Object.keys(localStorage).filter((key) => key.startsWith(PREFIX));

describe('the synchronous journal of records not yet in the log', () => {
  const made: Array<{ consent: Consent; records: ConsentRecords }> = [];
  const start = () => {
    const consent = createConsent(config, { gpcSignal: false, tabSync: 'off' });
    const records = createRecords(consent);
    made.push({ consent, records });
    return { consent, records };
  };
  afterEach(async () => {
    for (const { consent, records } of made.splice(0)) {
      await records.whenIdle();
      records.destroy();
      consent.destroy();
    }
    for (const key of journalKeys()) localStorage.removeItem(key);
    clearCookies();
    await clear(createStore(RECORDS_DB, RECORDS_STORE));
  });

  it('holds a decision from the click until its record is in IndexedDB', async () => {
    const { consent, records } = start();
    consent.acceptAll({ layer: 'banner' });
    const [key] = journalKeys();
    expect(key, 'journaled before acceptAll() returned').to.be.a('string');
    const body = JSON.parse(localStorage.getItem(key!)!) as { id: string; action: string };
    expect(body.action).to.equal('accept_all');
    await records.whenIdle();
    expect(journalKeys()).to.deep.equal([]);
    expect((await records.list())[0]!.id).to.equal(body.id);
  });

  it('replays what a page left behind once, oldest first, and drops foreign values', async () => {
    const first = start();
    first.consent.rejectAll();
    const left = journalKeys().map((key) => localStorage.getItem(key)!);
    await first.records.whenIdle();
    // As if the page had died twice before its appends ran: one entry already written, one not.
    const written = JSON.parse(left[0]!) as { id: string; time: string };
    const lost = { ...written, id: 'lost-record', time: '2026-01-01T00:00:00.000Z', action: 'withdraw' };
    localStorage.setItem(PREFIX + written.id, left[0]!);
    localStorage.setItem(PREFIX + lost.id, JSON.stringify(lost));
    localStorage.setItem(`${PREFIX}junk`, '{"schema":"something-else"}');
    localStorage.setItem(`${PREFIX}torn`, '{"schema":');
    const second = start();
    await second.records.whenIdle();
    const list = await second.records.list();
    expect(list.map((r) => [r.id, r.action])).to.deep.equal([
      [written.id, 'reject_all'],
      ['lost-record', 'withdraw'],
    ]);
    expect(await second.records.verify()).to.deep.equal({ ok: true, count: 2 });
    expect(journalKeys()).to.deep.equal([]);
  });

  it('reports storage that throws once, and still records', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const { consent, records } = start();
      const warnings: string[] = [];
      consent.on('warning', (warning) => warnings.push(warning.code));
      consent.acceptAll();
      consent.rejectAll();
      expect((await records.list()).map((r) => r.action)).to.deep.equal(['accept_all', 'reject_all']);
      expect(warnings).to.deep.equal(['records/journal-unavailable']);
    } finally {
      Storage.prototype.setItem = setItem;
      console.warn = warn;
    }
  });
});
