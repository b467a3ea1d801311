import { expect } from '@esm-bundle/chai';
import { clear, createStore } from 'idb-keyval';
import {
  createConsent,
  createRecords,
  RECORDS_DB,
  RECORDS_STORE,
  type Consent,
  type ConsentConfig,
  type ConsentRecord,
  type ConsentRecords,
  type CreateRecordsOptions,
} from '@consentry/core';
import { clearCookies } from '../../../../test/helpers/requests.js';

const ENDPOINT = '/__receiver/records';
const config: ConsentConfig = {
  revision: 1,
  categories: { necessary: {}, analytics: {}, marketing: {} },
  records: { endpoint: ENDPOINT, headers: { 'X-Site': 'shop' } },
};

interface Received {
  records: ConsentRecord[];
  posts: number;
  duplicates: number;
  refused: number;
  headers: Array<Record<string, string>>;
}
const received = async (): Promise<Received> => (await fetch(ENDPOINT, { cache: 'no-store' })).json() as Promise<Received>;
const receiverFails = (count?: number) => fetch(`/__receiver/fail?status=503${count === undefined ? '' : `&count=${count}`}`, { method: 'POST' });
const receiverRecovers = () => fetch('/__receiver/recover', { method: 'POST' });

/** Waits (up to 10 s) until `check` holds; a condition that never holds fails the test. */
async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting until ${what}`);
}

describe('delivery to records.endpoint through the outbox', () => {
  const opened: Array<{ consent: Consent; records: ConsentRecords }> = [];
  const page = (options: CreateRecordsOptions = {}) => {
    const consent = createConsent(config, { gpcSignal: false, tabSync: 'off' });
    const records = createRecords(consent, options);
    opened.push({ consent, records });
    return { consent, records };
  };
  const close = async (entry: { consent: Consent; records: ConsentRecords }) => {
    await entry.records.whenIdle();
    entry.records.destroy();
    entry.consent.destroy();
  };
  beforeEach(async () => {
    await fetch(ENDPOINT, { method: 'DELETE' });
  });
  afterEach(async () => {
    for (const entry of opened.splice(0)) await close(entry);
    await fetch(ENDPOINT, { method: 'DELETE' });
    clearCookies();
    await clear(createStore(RECORDS_DB, RECORDS_STORE));
  });

  it('POSTs each record as JSON with the configured headers, once', async () => {
    const { consent, records } = page();
    consent.acceptAll({ layer: 'banner' });
    consent.set({ analytics: true }, { layer: 'preferences' });
    await records.flush();
    const seen = await received();
    expect(seen.records).to.deep.equal(await records.list());
    expect(seen.duplicates).to.equal(0);
    expect(seen.headers[0]).to.deep.equal({ 'content-type': 'application/json', 'x-site': 'shop' });
    expect(await records.undelivered()).to.deep.equal([]);
  });

  it('keeps records while the endpoint is down, across a reload, then delivers each exactly once', async () => {
    await receiverFails();
    const first = page();
    first.consent.acceptAll({ layer: 'banner' });
    first.consent.set({ analytics: true }, { layer: 'preferences' });
    first.consent.withdraw({ layer: 'preferences' });
    await first.records.flush();
    expect((await first.records.undelivered()).length).to.equal(3);
    const down = await received();
    expect(down.records).to.deep.equal([]);
    expect(down.refused).to.be.greaterThan(0);
    const written = await first.records.list();
    // "Reload": this page's log goes away, a new one opens on the same IndexedDB store.
    await close(opened.splice(0, 1)[0]!);

    const second = page();
    second.consent.rejectAll({ layer: 'banner' });
    await second.records.flush(); // still down
    expect((await second.records.undelivered()).length).to.equal(4);
    await receiverRecovers();
    await second.records.flush();
    const all = await second.records.list();
    expect(all.slice(0, 3)).to.deep.equal(written);
    const seen = await received();
    expect(seen.records.map((r) => r.id).sort()).to.deep.equal(all.map((r) => r.id).sort());
    expect(seen.records.map((r) => r.seq)).to.deep.equal([0, 1, 2, 3]); // oldest first
    expect(await second.records.undelivered()).to.deep.equal([]);
  });

  it('retries on its own with backoff until the endpoint answers 2xx', async () => {
    await receiverFails(3);
    const { consent, records } = page({ retry: { base: 20, max: 100 } });
    consent.acceptAll();
    consent.rejectAll();
    await until(async () => (await records.undelivered()).length === 0, 'the outbox is empty');
    const seen = await received();
    expect(seen.refused).to.equal(3);
    expect(seen.records.map((r) => r.action)).to.deep.equal(['accept_all', 'reject_all']);
  });

  it('keeps records when the network fails (offline), and delivers them later', async () => {
    let online = false;
    const flaky: typeof fetch = (input, init) => (online ? fetch(input, init) : Promise.reject(new TypeError('Failed to fetch')));
    const { consent, records } = page({ fetch: flaky });
    consent.acceptAll();
    await records.flush();
    expect((await records.undelivered()).length).to.equal(1);
    online = true;
    await records.flush();
    expect((await received()).records.length).to.equal(1);
    expect(await records.undelivered()).to.deep.equal([]);
  });

  it('sends what is left with keepalive on pagehide; the receiver de-duplicates by id', async () => {
    await receiverFails();
    const { consent, records } = page();
    consent.acceptAll();
    consent.withdraw();
    await records.flush();
    await receiverRecovers();
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    await until(async () => (await received()).records.length === 2, 'the receiver has both records');
    // The outbox still holds them (no answer was awaited), so the next flush posts again:
    await records.flush();
    const seen = await received();
    expect(seen.records.map((r) => r.action)).to.deep.equal(['accept_all', 'withdraw']);
    expect(seen.duplicates).to.equal(2);
    expect(await records.undelivered()).to.deep.equal([]);
  });

  it('warns once when the endpoint refuses records with a 4xx, and keeps them', async () => {
    const { consent, records } = page({ fetch: () => Promise.resolve(new Response('{}', { status: 404 })) });
    const warnings: string[] = [];
    consent.on('warning', (warning) => warnings.push(warning.code));
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      consent.acceptAll();
      consent.rejectAll();
      await records.flush();
      await records.flush();
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal(['records/endpoint-refused']);
    expect((await records.undelivered()).length).to.equal(2);
  });

  it('two logs on one store (two tabs) flushing at once deliver every record once', async () => {
    await receiverFails();
    const a = page();
    const b = page();
    a.consent.acceptAll();
    b.consent.rejectAll();
    a.consent.withdraw();
    await Promise.all([a.records.whenIdle(), b.records.whenIdle()]);
    await receiverRecovers();
    await Promise.all([a.records.flush(), b.records.flush(), a.records.flush()]);
    const seen = await received();
    expect(seen.records.map((r) => r.seq).sort()).to.deep.equal([0, 1, 2]);
    expect(seen.duplicates).to.equal(0);
  });
});

describe('delivery to the reference receiver (demo/receiver.mjs)', () => {
  const DEMO = '/__demo-receiver/records';
  afterEach(async () => {
    await fetch(DEMO, { method: 'DELETE' });
    clearCookies();
    await clear(createStore(RECORDS_DB, RECORDS_STORE));
  });

  it('accepts every kind of record the library writes: they match docs/record-schema.json and their hashes', async () => {
    await fetch(DEMO, { method: 'DELETE' });
    const cfg: ConsentConfig = { ...config, policyUrl: 'https://shop.example/privacy', records: { endpoint: DEMO } };
    const first = createConsent(cfg, { gpcSignal: false, tabSync: 'off' });
    const firstLog = createRecords(first);
    first.acceptAll({ layer: 'banner', notice: { language: 'fr', texts: { title: 'Cookies ? "Oui", non' } } });
    first.set({ analytics: true }, { layer: 'preferences' });
    first.rejectAll({ layer: 'banner' });
    first.withdraw({ layer: 'preferences' });
    first.acceptAll();
    await firstLog.flush();
    firstLog.destroy();
    first.destroy();
    // A new revision: a lapse record; then GPC limits "accept all"; then a reset.
    const second = createConsent({ ...cfg, revision: 2 }, { gpcSignal: true, tabSync: 'off' });
    const secondLog = createRecords(second);
    await new Promise((resolve) => setTimeout(resolve, 0));
    second.acceptAll({ layer: 'banner' });
    second.reset();
    await secondLog.flush();
    const lines = (await (await fetch(DEMO, { cache: 'no-store' })).json()) as Array<{ receivedAt: string; record: ConsentRecord }>;
    const list = await secondLog.list();
    expect(list.map((r) => r.action)).to.deep.equal(['accept_all', 'custom', 'reject_all', 'withdraw', 'accept_all', 'expired', 'gpc', 'withdraw']);
    expect(lines.map((line) => line.record)).to.deep.equal(list);
    expect(await secondLog.undelivered()).to.deep.equal([]);
    secondLog.destroy();
    second.destroy();
  });
});
