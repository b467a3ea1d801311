// The "other tab" of packages/core/src/records/two-tabs.test.ts: on a `decide` message it
// makes `count` decisions with its own consent instance and records log, then answers with
// the ids of the records it wrote.
import { createConsent, createRecords } from '@consentry/core';

interface DecideMessage {
  type: 'decide';
  count: number;
  useLocks: boolean;
}

window.addEventListener('message', async (event: MessageEvent<DecideMessage>) => {
  if (event.origin !== location.origin || event.data?.type !== 'decide') return;
  const consent = createConsent({ revision: 1, categories: { necessary: {}, analytics: {}, marketing: {} } }, { gpcSignal: false });
  const records = createRecords(consent, event.data.useLocks ? {} : { locks: null });
  const ids: string[] = [];
  consent.on('change', (detail) => {
    if (detail.origin === 'local') ids.push(detail.action);
  });
  for (let i = 0; i < event.data.count; i++) {
    if (i % 2 === 0) consent.acceptAll({ layer: 'banner' });
    else consent.rejectAll({ layer: 'banner' });
  }
  await records.whenIdle();
  records.destroy();
  consent.destroy();
  window.parent.postMessage({ type: 'done', decisions: ids.length }, location.origin);
});
window.parent.postMessage({ type: 'ready' }, location.origin);
