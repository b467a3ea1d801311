import { consentChecksum } from '@consentry/core';

/** Where the drop-in remembers the last config `consentry-core.js` checked: a checksum, no data about the visitor. */
const KEY = 'consentry:checked-config';

/**
 * The checksum of a config as the page wrote it (the JSON text, or `window.consentryConfig`
 * serialised), or '' when it cannot be computed. The loader applies a stored decision only
 * under a config whose checksum `validateConfig` has passed on an earlier page of this site.
 */
export function configSum(config: unknown, text?: string): string {
  try {
    const source = text ?? JSON.stringify(config);
    return `${source.length}.${consentChecksum(source)}`;
  } catch {
    return ''; // not serialisable (a cycle): checked on every page
  }
}

/** Whether `sum` is the checksum of a config already checked here. Storage that throws answers no. */
export function wasChecked(sum: string): boolean {
  try {
    return sum !== '' && localStorage.getItem(KEY) === sum;
  } catch {
    return false;
  }
}

/** Remembers that the config with `sum` passed the checks. Storage that throws: checked again next page. */
export function markChecked(sum: string): void {
  try {
    if (sum) localStorage.setItem(KEY, sum);
  } catch {
    // private modes: nothing to do
  }
}
