// The parts of @consentry/core that the UI modules use and the loader already carries. The
// loader hands them over, so that consentry-ui.js and its chunks do not bundle a second copy
// (rollup.extra.mjs points the UI build's `@consentry/core` imports at this object). A core
// export the UI starts to use must be added here: until it is, the UI build fails.
import { ConsentryError, NECESSARY, classifyCookie } from '@consentry/core';

/** Where the loader puts the shared core for the UI modules. */
export const SHARED_CORE = Symbol.for('consentry.core');

/** Makes the shared core parts available to the UI modules; call before importing them. */
export function shareCore(host: object): void {
  Object.defineProperty(host, SHARED_CORE, { value: Object.freeze({ ConsentryError, NECESSARY, classifyCookie }), configurable: true });
}
