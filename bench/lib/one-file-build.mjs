// Consentry as one classic script, for the bench only: the same loader, core and UI code as
// the shipped drop-in, bundled into one file (esbuild, minified) with nothing fetched before
// the banner. Issue 7 promises that splitting the drop-in costs the banner nothing ("the UI
// request starts the moment the script runs, so the banner shows no later than a one-file
// library's"); this page is what that promise is measured against, in the same run.
// Not shipped: what loads on demand (translations, the dialog, records, the catalogue) stays
// a sibling import, as in the real drop-in.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file name the bench serves it as, next to the snapshot of dist. */
export const ONE_FILE = 'consentry-one-file.js';

/**
 * Builds the one-file drop-in into `outDir`.
 * @param {string} root the monorepo root
 * @param {string} outDir where to write ONE_FILE (the bench's snapshot of dist)
 * @returns {Promise<string>} the path written
 */
export async function buildOneFile(root, outDir) {
  const src = join(root, 'packages/consentry/src/drop-in');
  const entry = `
import { siblingLoader } from './load-sibling.ts';
import { startDropIn } from './start-drop-in.ts';
import * as core from './core-entry.ts';
import * as ui from './ui-entry.ts';
const script = document.currentScript;
const sibling = siblingLoader((script && script.src) || location.href, script && script.nonce);
const bundled = { 'consentry-core.js': core, 'consentry-ui.js': ui };
startDropIn(window, document, (file) => (bundled[file] ? Promise.resolve(bundled[file]) : sibling(file)));
`;
  const version = JSON.parse(readFileSync(join(root, 'packages/consentry/package.json'), 'utf8')).version;
  const outfile = join(outDir, ONE_FILE);
  await build({
    stdin: { contents: entry, resolveDir: src, loader: 'ts', sourcefile: 'one-file-entry.ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2021',
    platform: 'browser',
    // Our packages from their TypeScript sources, Lit's production build (as rollup.extra.mjs).
    conditions: ['source', 'browser', 'production'],
    resolveExtensions: ['.ts', '.mjs', '.js'],
    define: { __CONSENTRY_VERSION__: JSON.stringify(version) },
    // What the real drop-in imports on demand stays on demand (the bench page never needs it).
    plugins: [{ name: 'keep-lazy', setup: (b) => b.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined)) }],
    legalComments: 'none',
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}
