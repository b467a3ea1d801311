import { consentChecksum } from '@consentry/core';

/** Where the drop-in remembers the configs `consentry-core.js` checked: checksums, no data about the visitor. */
const KEY = 'consentry:checked-config';
/** How many checksums are kept: a site whose pages carry a few different configs (say, per language) checks each once. */
const KEPT = 4;

// Set by the build (rollup.extra.mjs) to the package version, so that a new Consentry, whose
// validator may refuse what an older one passed, checks every config again.
declare const __CONSENTRY_VERSION__: string | undefined;
const VERSION = typeof __CONSENTRY_VERSION__ === 'string' ? __CONSENTRY_VERSION__ : 'dev';

/**
 * The checksum of a config as the page wrote it (the JSON text, or `window.consentryConfig`
 * serialised), or '' when it cannot be computed. The loader applies a stored decision only
 * under a config whose checksum `validateConfig` has passed on an earlier page of this site.
 */
export function configSum(config: unknown, text?: string): string {
  try {
    const source = text ?? JSON.stringify(config);
    return `${VERSION}:${source.length}.${consentChecksum(source)}`;
  } catch {
    return ''; // not serialisable (a cycle): checked on every page
  }
}

const checkedSums = (): string[] => (localStorage.getItem(KEY) ?? '').split(' ');

/** Whether `sum` is the checksum of a config already checked here. Storage that throws answers no. */
export function wasChecked(sum: string): boolean {
  try {
    return sum !== '' && checkedSums().includes(sum);
  } catch {
    return false;
  }
}

/** Remembers that the config with `sum` passed the checks (the last few). Storage that throws: checked again next page. */
export function markChecked(sum: string): void {
  try {
    if (sum) localStorage.setItem(KEY, [sum, ...checkedSums().filter((kept) => kept && kept !== sum)].slice(0, KEPT).join(' '));
  } catch {
    // private modes: nothing to do
  }
}
