// Measures the banner's UI code as a visitor downloads it: each entry bundled and minified
// with esbuild, every dynamic import() left out (those are separate chunks fetched on
// demand), @consentry/core external (the loader already carries it); gzip -9 bytes.
// "Later chunks" also leave out every module the first-visit chunk already brought.
//   node packages/banner/scripts/size.mjs
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const src = (path) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Leaves dynamic imports out, and (when given) every module already loaded. */
const leaveOut = (loaded = new Set()) => ({
  name: 'leave-out',
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind === 'dynamic-import') return { path: args.path, external: true };
      if (!loaded.size || args.pluginData === 'inner' || args.kind === 'entry-point') return undefined;
      const found = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'inner' });
      return loaded.has(found.path) ? { path: args.path, external: true } : undefined;
    });
  },
});

async function measure(entry, loaded) {
  const result = await build({
    entryPoints: [src(entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    external: ['@consentry/core'],
    plugins: [leaveOut(loaded)],
  });
  const inputs = new Set(Object.keys(result.metafile.inputs).map((path) => resolve(root, path)));
  return { code: result.outputFiles[0].contents, inputs };
}

const row = (label, code) => console.log(`${label.padEnd(58)} ${String(gz(code)).padStart(6)} B gzip (${code.length} B min)`);

const lit = await build({ stdin: { contents: "export { LitElement, html, css, nothing } from 'lit';", resolveDir: src('.') }, bundle: true, minify: true, format: 'esm', write: false });
row('Lit alone', lit.outputFiles[0].contents);
const first = await measure('mount-consent-ui.ts');
row('FIRST VISIT: mount-consent-ui (Lit + banner + English)', first.code);
row('define.ts (banner + button + dialog, whole)', (await measure('define.ts')).code);
for (const [label, entry] of [
  ['later chunk: dialog, on first open', 'preferences/define.ts'],
  ['later chunk: floating button (ui.preferencesButton)', 'preferences-button/define.ts'],
  ['later chunk: declaration (policy page)', 'declaration/define.ts'],
  ['later chunk: one more language (fr)', 'texts/fr.ts'],
]) {
  row(label, (await measure(entry, first.inputs)).code);
}

// The same first-visit chunk through terser (two compress passes) after esbuild, in case it is smaller.
{
  const { minify } = await import('terser');
  const result = await build({ entryPoints: [src('mount-consent-ui.ts')], bundle: true, format: 'esm', write: false, external: ['@consentry/core'], plugins: [leaveOut()] });
  const out = await minify(result.outputFiles[0].text, { module: true, compress: { passes: 2 }, mangle: true });
  row('FIRST VISIT, esbuild bundle + terser', Buffer.from(out.code));
}
