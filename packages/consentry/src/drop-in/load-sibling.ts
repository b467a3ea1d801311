/**
 * Loads an ES module that sits next to the drop-in script (`consentry-ui.js`, …) with a
 * dynamic `import()`. The URL is computed at run time, so rollup leaves the import alone and
 * the file is fetched only when this is called; each file is fetched once.
 */
export function siblingLoader(base: string): <T>(file: string) => Promise<T> {
  const cache = new Map<string, Promise<unknown>>();
  return <T>(file: string): Promise<T> => {
    let module = cache.get(file);
    if (!module) {
      module = import(/* @vite-ignore */ new URL(file, base).href);
      // A failed load (offline, blocked) may be retried on the next call.
      module.catch(() => cache.delete(file));
      cache.set(file, module);
    }
    return module as Promise<T>;
  };
}
