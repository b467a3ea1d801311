import { expect } from '@esm-bundle/chai';
import { createConsent, memoryStorage, type ChangeDetail, type Consent, type ConsentEventMap } from '@consentry/core';
import { bufferDecisions, type StartRecordLog } from './decision-buffer.js';

const KEY = 'consentry:pending-decisions';
const config = { revision: 1, categories: { necessary: {}, analytics: {}, marketing: {} } };

/** A stand-in records log: it notes what the buffer hands it, as createRecordLog would see it. */
function fakeLog(recorded: string[] = []) {
  const seen: Array<{ action: string; time: number; id: string; page: string }> = [];
  const start: StartRecordLog<{ seen: typeof seen }> = (consent, options) => {
    consent.on('change', (detail: ChangeDetail) => {
      if (detail.origin === 'local') seen.push({ action: detail.action, time: options.now().getTime(), id: options.generateId(), page: options.pageUrl() });
    });
    return { seen, whenIdle: () => Promise.resolve(), list: () => Promise.resolve(recorded.map((id) => ({ id }))) };
  };
  return { start, seen };
}

describe('bufferDecisions (drop-in records buffer)', () => {
  const made: Consent[] = [];
  const consent = (): Consent => {
    const instance = createConsent(config, { storage: memoryStorage(), tabSync: 'off', gpcSignal: false });
    made.push(instance);
    return instance;
  };
  afterEach(() => {
    made.splice(0).forEach((instance) => instance.destroy());
    sessionStorage.removeItem(KEY);
  });

  it('keeps decisions until the log runs, then replays them with their own time and id', async () => {
    const live = consent();
    let asked = 0;
    const buffer = bufferDecisions(live, () => asked++);
    // Every other listener of the change runs before the buffer stores it (the gate first).
    const seenByLaterListener: Array<string | null> = [];
    live.on('change', () => seenByLaterListener.push(sessionStorage.getItem(KEY)));
    live.rejectAll({ layer: 'banner' });
    live.acceptAll({ layer: 'banner' });
    expect(buffer.pending).to.equal(2);
    expect(seenByLaterListener).to.deep.equal([null, null]);
    expect(asked).to.equal(0);
    // Stored, and the log asked for once, in the microtask after the decisions.
    await Promise.resolve();
    expect(asked).to.equal(1);
    const stored = JSON.parse(sessionStorage.getItem(KEY) ?? '[]') as Array<{ id: string; time: number }>;
    expect(stored).to.have.length(2);

    // Let the clock move, so that a replay stamped "now" would differ from the decision time.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const log = fakeLog();
    await buffer.attach(log.start);
    expect(log.seen.map((entry) => entry.action)).to.deep.equal(['reject_all', 'accept_all']);
    expect(log.seen.map((entry) => entry.id)).to.deep.equal(stored.map((entry) => entry.id));
    expect(log.seen.map((entry) => entry.time)).to.deep.equal(stored.map((entry) => entry.time));
    expect(sessionStorage.getItem(KEY)).to.equal(null);
    expect(buffer.pending).to.equal(0);

    // After attaching, decisions go to the log directly, once.
    live.set({ analytics: true });
    expect(log.seen.map((entry) => entry.action)).to.deep.equal(['reject_all', 'accept_all', 'custom']);
    expect(sessionStorage.getItem(KEY)).to.equal(null);
  });

  it('records a replayed decision with the page it was taken on, not the page that replays it', async () => {
    const taken = location.origin + location.pathname;
    const live = consent();
    const buffer = bufferDecisions(live, () => undefined);
    live.acceptAll({ layer: 'banner' });
    // An SPA route change (or, across pages, the next page of the tab) before the log loads.
    history.pushState(null, '', '/later-page');
    try {
      const log = fakeLog();
      await buffer.attach(log.start);
      live.rejectAll({ layer: 'banner' });
      expect(log.seen.map((entry) => entry.page)).to.deep.equal([taken, `${location.origin}/later-page`]);
    } finally {
      history.back();
      await new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
    }
  });

  it('leaves sessionStorage alone until used, and keeps what an earlier page left when a decision comes first', async () => {
    const before = consent();
    bufferDecisions(before, () => undefined);
    before.rejectAll({ layer: 'banner' });
    await Promise.resolve();
    const [left] = JSON.parse(sessionStorage.getItem(KEY) ?? '[]') as Array<{ id: string }>;

    // Starting the buffer (on a first visit, on the way to the banner) reads nothing.
    const read: string[] = [];
    const getItem = Storage.prototype.getItem;
    Storage.prototype.getItem = function (this: Storage, key: string) {
      read.push(key);
      return getItem.call(this, key);
    };
    let next: ReturnType<typeof bufferDecisions>;
    const live = consent();
    try {
      next = bufferDecisions(live, () => undefined);
    } finally {
      Storage.prototype.getItem = getItem;
    }
    expect(read).to.deep.equal([]);

    // The first use is a decision: the earlier page's entry is read first, not overwritten.
    live.acceptAll({ layer: 'banner' });
    await Promise.resolve();
    const stored = JSON.parse(sessionStorage.getItem(KEY) ?? '[]') as Array<{ id: string }>;
    expect(stored.map((entry) => entry.id)[0]).to.equal(left!.id);
    expect(stored).to.have.length(2);
    expect(next.pending).to.equal(2);
    const log = fakeLog();
    await next.attach(log.start);
    expect(log.seen.map((entry) => entry.action)).to.deep.equal(['reject_all', 'accept_all']);
    expect(sessionStorage.getItem(KEY)).to.equal(null);
  });

  it('hands a decision the previous page of the tab could not record to the next page, once', async () => {
    const before = consent();
    bufferDecisions(before, () => undefined);
    before.acceptAll({ layer: 'banner' });
    await Promise.resolve();
    const [left] = JSON.parse(sessionStorage.getItem(KEY) ?? '[]') as Array<{ id: string }>;

    const next = bufferDecisions(consent(), () => undefined);
    expect(next.pending).to.equal(1);
    const log = fakeLog();
    await next.attach(log.start);
    expect(log.seen.map((entry) => [entry.action, entry.id])).to.deep.equal([['accept_all', left!.id]]);

    // Recorded already (the previous page got that far): not recorded twice.
    const before2 = consent();
    bufferDecisions(before2, () => undefined);
    before2.rejectAll();
    await Promise.resolve();
    const [again] = JSON.parse(sessionStorage.getItem(KEY) ?? '[]') as Array<{ id: string }>;
    const third = bufferDecisions(consent(), () => undefined);
    const recordedLog = fakeLog([again!.id]);
    await third.attach(recordedLog.start);
    expect(recordedLog.seen).to.deep.equal([]);
    expect(sessionStorage.getItem(KEY)).to.equal(null);
  });

  it('ignores decisions from other tabs and malformed stored entries', () => {
    sessionStorage.setItem(KEY, JSON.stringify([{ id: 1 }, null, { id: 'x', time: 'y', detail: {} }, 'junk']));
    const live = consent();
    const buffer = bufferDecisions(live, () => undefined);
    expect(buffer.pending).to.equal(0);
    const other: ChangeDetail = { state: null, previous: null, changed: [], action: 'reject_all', layer: 'banner', origin: 'other-tab' };
    live.dispatchEvent(new CustomEvent('change', { detail: other }));
    expect(buffer.pending).to.equal(0);
  });

  it('keeps decisions in memory and warns once when sessionStorage throws', async () => {
    const live = consent();
    const warnings: Array<ConsentEventMap['warning']> = [];
    live.on('warning', (detail) => warnings.push(detail));
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    try {
      const buffer = bufferDecisions(live, () => undefined);
      live.rejectAll();
      live.acceptAll();
      expect(buffer.pending).to.equal(2);
      await Promise.resolve();
      expect(buffer.pending).to.equal(2);
      expect(warnings.map((warning) => warning.code)).to.deep.equal(['records/buffer-storage']);
      const log = fakeLog();
      await buffer.attach(log.start);
      expect(log.seen).to.have.length(2);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });
});
