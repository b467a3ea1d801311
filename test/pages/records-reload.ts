// For packages/core/src/records/reload.test.ts: the first load withdraws and reloads in the
// same task (as the gate does when a tag that ran loses its consent); the second load
// reports the records the log holds.
import { createConsent, createRecords } from '@consentry/core';

const consent = createConsent({ revision: 1, categories: { necessary: {}, analytics: {} }, reloadOnWithdraw: true }, { gpcSignal: false, tabSync: 'off' });
const records = createRecords(consent);
if (sessionStorage.getItem('records-reload') === null) {
  sessionStorage.setItem('records-reload', 'withdrawn');
  consent.withdraw({ layer: 'preferences' });
  location.reload();
} else {
  sessionStorage.removeItem('records-reload');
  void records.whenIdle().then(async () => {
    const list = await records.list();
    window.parent.postMessage({ type: 'records', actions: list.map((record) => record.action) }, location.origin);
  });
}
