// Measures the banner's UI chunks as a first visit downloads them: each entry bundled and
// minified with esbuild, every dynamic import() left out (those are separate chunks fetched
// on demand), @consentry/core external (the loader already carries it); gzip -9 bytes.
//   node packages/banner/scripts/size.mjs
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const src = (path) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));
const leaveDynamicImports = {
  name: 'leave-dynamic-imports',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};

const entries = {
  'first visit (mount-consent-ui: banner + button + English)': 'mount-consent-ui.ts',
  'define.ts (banner + button + dialog)': 'define.ts',
  'dialog, on first open (preferences/define)': 'preferences/define.ts',
  'declaration (declaration/define)': 'declaration/define.ts',
  'one more language (fr)': 'texts/fr.ts',
};
const lit = await build({ stdin: { contents: "export { LitElement, html, css, nothing } from 'lit';", resolveDir: src('.') }, bundle: true, minify: true, format: 'esm', write: false });
console.log(`${'Lit alone'.padEnd(60)} ${gzipSync(lit.outputFiles[0].contents, { level: 9 }).length} B gzip`);
for (const [label, entry] of Object.entries(entries)) {
  const result = await build({
    entryPoints: [src(entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    external: ['@consentry/core'],
    plugins: [leaveDynamicImports],
  });
  const gz = gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
  console.log(`${label.padEnd(60)} ${gz} B gzip (${result.outputFiles[0].contents.length} B min)`);
}

// The same first-visit chunk through terser (two compress passes) after esbuild, in case it is smaller.
{
  const { minify } = await import('terser');
  const result = await build({ entryPoints: [src('mount-consent-ui.ts')], bundle: true, format: 'esm', write: false, external: ['@consentry/core'], plugins: [leaveDynamicImports] });
  const out = await minify(result.outputFiles[0].text, { module: true, compress: { passes: 2 }, mangle: true });
  console.log(`${'first visit, terser'.padEnd(60)} ${gzipSync(Buffer.from(out.code), { level: 9 }).length} B gzip`);
}
