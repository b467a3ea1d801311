// Extra builds of the `consentry` package (imported by the root rollup.config.mjs):
//  - dist/consentry.js: the drop-in loader, a classic script (IIFE) for a site's <head>:
//    the head consent (stored decision), Consent Mode and the gate; minified.
//  - dist/consentry-core.js, consentry-ui.js (+ consentry-ui-chunks/), consentry-records.js,
//    consentry-catalogue.js: ES modules the loader fetches next to itself with import() only
//    when needed. consentry-core.js makes the one full consent instance; the others get it.
//  - demo/spa/dist/app.js: the demo's SPA example, bundled the way an app would bundle `consentry`.
// Packages resolve to their TypeScript sources (the `source` export condition), so these
// builds do not depend on the order of the ESM builds.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const here = (path) => new URL(path, import.meta.url).pathname;
/** The package version, built into the loader's checked-config checksum (src/drop-in/config-check.ts). */
const VERSION = JSON.parse(readFileSync(here('package.json'), 'utf8')).version;
const root = (path) => new URL(`../../${path}`, import.meta.url).pathname;

/**
 * Writes dist/sizes.json: raw and gzip -9 bytes of every file the drop-in builds emit, so each
 * build is measured (returning visit = consentry.js; first visit adds consentry-ui.js).
 */
function recordSizes() {
  return {
    name: 'consentry-sizes',
    writeBundle(options, bundle) {
      if (!(options.file ?? options.dir)?.includes(here('dist').replace(/\/$/, ''))) return;
      const file = here('dist/sizes.json');
      const sizes = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
      for (const name of Object.keys(sizes)) if (!existsSync(here(`dist/${name}`))) delete sizes[name];
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        sizes[chunk.fileName] = { raw: Buffer.byteLength(chunk.code), gzip: gzipSync(chunk.code, { level: 9 }).length };
      }
      writeFileSync(file, `${JSON.stringify(sizes, null, 2)}\n`);
    },
  };
}

// The loader is our own code and every page pays for it. Function expressions that use
// neither `this` nor `arguments` become arrows (none is a constructor), and statements are not
// joined into comma sequences: gzip finds more repeats in separate statements (-27 B; a third
// pass costs +8 B). Lit (in the lazy builds) is left at the defaults: these gain it nothing.
const LOADER_COMPRESS = { passes: 2, unsafe_arrows: true, unsafe_methods: true, sequences: false };

const plugins = (compress = { passes: 2 }) => [
  // `production` (not `development`) picks Lit's production build.
  nodeResolve({ exportConditions: ['source', 'browser', 'production', 'import', 'default'], extensions: ['.ts', '.mjs', '.js'] }),
  esbuild({ target: 'es2021', tsconfig: here('tsconfig.json'), define: { __CONSENTRY_VERSION__: JSON.stringify(VERSION) } }),
  terser({ ecma: 2020, module: true, compress, format: { comments: false } }),
  recordSizes(),
];

// Each lazy module is its own build, so that it is one request (plus its own on-demand chunks,
// e.g. a translation), not a chain of shared chunks.
const lazy = ['core', 'ui', 'records', 'catalogue'];

const configs = [
  {
    input: here('src/drop-in/drop-in.ts'),
    output: { file: here('dist/consentry.js'), format: 'iife', sourcemap: true },
    plugins: plugins(LOADER_COMPRESS),
  },
  ...lazy.map((name) => ({
    input: { [`consentry-${name}`]: here(`src/drop-in/${name}-entry.ts`) },
    // The entry may export extra bindings to its chunks: no facade file, one request fewer.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: here('dist'),
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: `consentry-${name}-chunks/[name]-[hash].js`,
      sourcemap: true,
    },
    plugins: [
      {
        // Chunk names carry a content hash: drop the previous build's chunks.
        name: 'consentry-clean-chunks',
        buildStart: () => rmSync(here(`dist/consentry-${name}-chunks`), { recursive: true, force: true }),
      },
      ...plugins(),
    ],
  })),
  {
    input: root('demo/spa/src/main.ts'),
    output: { dir: root('demo/spa/dist'), format: 'es', entryFileNames: 'app.js', chunkFileNames: '[name]-[hash].js', sourcemap: true },
    plugins: plugins(),
  },
];

export default configs;
