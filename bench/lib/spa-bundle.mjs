// What an SPA that imports only Consentry's core pays: `createConsent` from @consentry/core and
// `startGate` from @consentry/gate, bundled and minified by esbuild the way an app's
// bundler would (tree-shaken, js-cookie and idb-keyval included), from the built dist files.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { measureBytes } from './sizes.mjs';

/**
 * Bundles the SPA entry and measures it.
 * @param {string} root the monorepo root
 * @returns {Promise<{ entry: string, raw: number, gzip: number, brotli: number, largestInputs: Array<{ source: string, bytes: number }> } | { error: string }>}
 */
export async function measureSpaCore(root) {
  const coreDist = join(root, 'packages/core/dist/index.js');
  const gateDist = join(root, 'packages/gate/dist/index.js');
  if (!existsSync(coreDist)) return { error: 'packages/core/dist missing: run `npm run build` first' };
  const core = await import(pathToFileURL(coreDist).href);
  if (typeof core.createConsent !== 'function') return { error: '@consentry/core exports no createConsent yet' };
  const gate = existsSync(gateDist) ? await import(pathToFileURL(gateDist).href) : {};
  // The gate's entry point (startGate; createGate if it is ever renamed), not its helpers.
  const gateFactories = Object.keys(gate).filter((name) => /^(start|create)Gate$/.test(name) && typeof gate[name] === 'function');
  const entry = [
    "export { createConsent } from '@consentry/core';",
    gateFactories.length > 0 ? `export { ${gateFactories.join(', ')} } from '@consentry/gate';` : '',
  ].join('\n').trim();
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'js', sourcefile: 'spa-entry.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2021',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
    metafile: true,
  });
  // Minified bytes per input file (esbuild's metafile), largest first, as for the drop-in.
  const inputs = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
  const top = Object.entries(inputs)
    .map(([source, { bytesInOutput }]) => ({ source: source.replace(/^.*node_modules\//, '').replace(/^packages\//, ''), bytes: bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 8);
  return { entry, ...measureBytes(Buffer.from(result.outputFiles[0].contents)), largestInputs: top };
}
