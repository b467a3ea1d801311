// A second page that makes its own consent instance and keeps what it hears, for
// packages/core/src/tab-sync.test.ts. The cookie writes it makes are counted: a tab that only
// receives a decision must not write the cookie again.
import { cookieStorage, createConsent, type ChangeDetail, type TabSyncMode } from '@consentry/core';
import { TAB_TEST_CONFIG } from '../helpers/tab-config.js';

const params = new URLSearchParams(location.search);
const inner = cookieStorage({ name: 'consentry' });
const page = window as unknown as Record<string, unknown>;
let writes = 0;
const changes: ChangeDetail[] = [];
const consent = createConsent(TAB_TEST_CONFIG, {
  gpcSignal: false,
  tabSync: (params.get('sync') ?? 'broadcast') as TabSyncMode,
  storage: {
    read: () => inner.read(),
    write: (value, expires) => {
      writes++;
      inner.write(value, expires);
    },
    clear: () => inner.clear(),
  },
});
consent.on('change', (detail) => changes.push(detail));
Object.assign(page, { consent, changes, writes: () => writes, ready: true });
