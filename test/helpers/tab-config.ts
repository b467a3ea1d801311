import type { ConsentConfig } from '@consentry/core';

/** The config both pages of the two-tab tests use (test/pages/consent-tab.ts). */
export const TAB_TEST_CONFIG: ConsentConfig = {
  revision: 1,
  categories: { necessary: {}, preferences: {}, analytics: { cookies: ['_ga'] }, marketing: {} },
};
