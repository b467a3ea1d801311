import { expect } from '@esm-bundle/chai';
import { clear, createStore } from 'idb-keyval';
import { createConsent, createRecords, RECORDS_DB, RECORDS_STORE, type ConsentConfig } from '@consentry/core';
import { clearCookies } from '../../../../test/helpers/requests.js';

const config: ConsentConfig = { revision: 1, categories: { necessary: {}, analytics: {}, marketing: {} } };
const COUNT = 25;

/** Opens test/pages/records-tab.html in an iframe: a second document sharing our IndexedDB. */
async function openSecondTab(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  const ready = new Promise<void>((resolve) => {
    const onMessage = (event: MessageEvent<{ type?: string }>) => {
      if (event.source === frame.contentWindow && event.data?.type === 'ready') {
        window.removeEventListener('message', onMessage);
        resolve();
      }
    };
    window.addEventListener('message', onMessage);
  });
  frame.src = '/test/pages/records-tab.html';
  document.body.append(frame);
  await ready;
  return frame;
}

describe('two tabs appending at once', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(async () => {
    frame?.remove();
    frame = undefined;
    clearCookies();
    await clear(createStore(RECORDS_DB, RECORDS_STORE));
  });

  for (const useLocks of [true, false]) {
    it(`never fork the chain (${useLocks ? 'Web Locks' : 'no Web Locks: the one-transaction append alone'})`, async () => {
      if (useLocks) expect(navigator.locks, 'this Chromium has Web Locks').to.not.equal(undefined);
      frame = await openSecondTab();
      const consent = createConsent(config, { gpcSignal: false });
      const records = createRecords(consent, useLocks ? {} : { locks: null });
      const otherDone = new Promise<number>((resolve) => {
        window.addEventListener('message', function onMessage(event: MessageEvent<{ type?: string; decisions?: number }>) {
          if (event.source === frame!.contentWindow && event.data?.type === 'done') {
            window.removeEventListener('message', onMessage);
            resolve(event.data.decisions ?? -1);
          }
        });
      });
      frame.contentWindow!.postMessage({ type: 'decide', count: COUNT, useLocks }, location.origin);
      for (let i = 0; i < COUNT; i++) {
        consent.set({ analytics: i % 2 === 0 }, { layer: 'preferences' });
        if (i % 5 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
      }
      expect(await otherDone).to.equal(COUNT);
      await records.whenIdle();
      const list = await records.list();
      expect(list).to.have.length(2 * COUNT);
      expect(list.map((r) => r.seq)).to.deep.equal([...Array(2 * COUNT).keys()]);
      expect(new Set(list.map((r) => r.previousHash)).size).to.equal(2 * COUNT); // no two records share a parent
      expect(list.filter((r) => r.layer === 'preferences')).to.have.length(COUNT);
      expect(list.filter((r) => r.layer === 'banner')).to.have.length(COUNT);
      expect(await records.verify()).to.deep.equal({ ok: true, count: 2 * COUNT });
      records.destroy();
      consent.destroy();
    });
  }
});
