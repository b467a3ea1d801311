// Builds every package's ESM entries from its package.json `exports` map: each export with a
// `source` (TypeScript) and a `default` (built JavaScript) condition becomes one rollup input.
// Bare imports (other packages, lit, js-cookie, idb-keyval) stay external in these builds;
// a package may add builds of its own (e.g. the drop-in IIFE) in `rollup.extra.mjs`.
// Type declarations come from `tsc -b` (see package.json "build").
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';

const PACKAGES = ['core', 'gate', 'banner', 'consentry'];

const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

function esmBuild(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const input = {};
  for (const target of Object.values(manifest.exports ?? {})) {
    if (typeof target !== 'object' || !target.source || !target.default) continue;
    const out = relative('dist', target.default.replace(/^\.\//, ''));
    input[out.replace(/\.js$/, '')] = join(dir, target.source);
  }
  return {
    input,
    external: isBare,
    output: {
      dir: join(dir, 'dist'),
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: [esbuild({ target: 'es2021', tsconfig: join(dir, 'tsconfig.json') })],
  };
}

const configs = [];
for (const name of PACKAGES) {
  const dir = join('packages', name);
  configs.push(esmBuild(dir));
  const extra = join(dir, 'rollup.extra.mjs');
  if (existsSync(extra)) configs.push(...(await import(`./${extra}`)).default);
}

export default configs;

