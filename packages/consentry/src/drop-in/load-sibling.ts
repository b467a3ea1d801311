/**
 * Loads an ES module that sits next to the drop-in script (`consentry-ui.js`, …) with a
 * dynamic `import()`. The URL is computed at run time, so rollup leaves the import alone and
 * the file is fetched only when this is called. No cache here: the browser's module map
 * (HTML "fetch a single module script") already answers a second import of a URL with the
 * same module, and each caller in the drop-in keeps its own promise and clears it on failure.
 */
export function siblingLoader(base: string): <T>(file: string) => Promise<T> {
  return <T>(file: string): Promise<T> => import(/* @vite-ignore */ new URL(file, base).href) as Promise<T>;
}
