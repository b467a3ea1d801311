import { expect } from '@esm-bundle/chai';
import { clear, createStore } from 'idb-keyval';
import { RECORDS_DB, RECORDS_STORE } from '@consentry/core';
import { clearCookies } from '../../../../test/helpers/requests.js';

describe('a decision followed at once by a navigation', () => {
  afterEach(async () => {
    clearCookies();
    await clear(createStore(RECORDS_DB, RECORDS_STORE));
  });

  it('is still recorded (the page reloads in the same task as the withdrawal)', async () => {
    const frame = document.createElement('iframe');
    const answer = new Promise<string[]>((resolve) => {
      window.addEventListener('message', function onMessage(event: MessageEvent<{ type?: string; actions?: string[] }>) {
        if (event.source === frame.contentWindow && event.data?.type === 'records') {
          window.removeEventListener('message', onMessage);
          resolve(event.data.actions ?? []);
        }
      });
    });
    frame.src = '/test/pages/records-reload.html';
    document.body.append(frame);
    try {
      expect(await answer).to.deep.equal(['withdraw']);
    } finally {
      frame.remove();
    }
  });
});
