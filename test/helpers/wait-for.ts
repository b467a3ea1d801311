/**
 * Resolves once `predicate()` is truthy, checking every 10 ms; rejects with `what` after
 * `timeout` ms. For waiting on another page or tab, never for asserting how long it took.
 */
export async function waitFor<T>(predicate: () => T, what: string, timeout = 5000): Promise<NonNullable<T>> {
  const start = Date.now();
  for (;;) {
    const value = predicate();
    if (value) return value as NonNullable<T>;
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Lets queued microtasks and one macrotask run (events a consent instance sends "later"). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
