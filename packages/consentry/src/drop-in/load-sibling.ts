/**
 * Loads an ES module that sits next to the drop-in script (`consentry-ui.js`, …) with a
 * dynamic `import()`. The URL is computed at run time, so rollup leaves the import alone and
 * the file is fetched only when this is called. No cache here: the browser's module map
 * (HTML "fetch a single module script") already answers a second import of a URL with the
 * same module, and each caller in the drop-in keeps its own promise and clears it on failure.
 *
 * While the page is still being parsed (a first visit asks for the UI and the core from
 * `<head>`), the module is also put in a `<script type="module">`. Such a script runs as soon
 * as it has arrived, between two chunks of parsing, whereas an `import()` alone is evaluated
 * only after the page's first render, so the banner needed a render of its own (bench: banner
 * 113 → 100 ms, medians of 30 interleaved first visits; the one-file build 114 ms). The module
 * map is keyed by URL, so both make one request and one evaluation, and the `import()` hands
 * over the exports. The element carries the drop-in's nonce, for a CSP without
 * 'strict-dynamic'; where it cannot be made (Trusted Types enforced), the `import()` alone
 * does the work.
 */
export function siblingLoader(base: string, nonce = ''): <T>(file: string) => Promise<T> {
  return <T>(file: string): Promise<T> => {
    const url = new URL(file, base).href;
    if (document.readyState === 'loading') {
      try {
        const script = document.createElement('script');
        script.type = 'module';
        script.nonce = nonce;
        script.src = url;
        script.onload = script.onerror = () => script.remove();
        (document.head ?? document.documentElement).append(script);
      } catch {
        // Trusted Types refuse a plain URL for script.src: the import() below still loads it.
      }
    }
    return import(/* @vite-ignore */ url) as Promise<T>;
  };
}
