// Installs the pinned peer libraries into bench/.peers/ (git-ignored) from the npm registry.
// --ignore-scripts: a peer's install scripts (or its build tooling's) never run on this machine.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Makes sure every peer of peers.json is installed at its pinned version.
 * @param {string} benchDir absolute path of bench/
 * @param {Record<string, {version: string}>} peers the `peers` map of peers.json
 * @returns {{ dir: string, installed: Record<string, string>, errors: string[] }}
 *   the node_modules folder, the versions found, and why any peer is missing
 */
export function installPeers(benchDir, peers) {
  const prefix = join(benchDir, '.peers');
  const modules = join(prefix, 'node_modules');
  const versionOf = (name) => {
    const manifest = join(modules, name, 'package.json');
    return existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : undefined;
  };
  const wanted = Object.entries(peers).filter(([name, peer]) => versionOf(name) !== peer.version);
  const errors = [];
  if (wanted.length > 0) {
    mkdirSync(prefix, { recursive: true });
    // A package.json of its own keeps npm from walking up to the monorepo root.
    const manifest = join(prefix, 'package.json');
    if (!existsSync(manifest)) writeFileSync(manifest, '{ "name": "consentry-bench-peers", "private": true }\n');
    const specs = wanted.map(([name, peer]) => `${name}@${peer.version}`);
    console.log(`[bench] npm install --prefix bench/.peers --no-save ${specs.join(' ')}`);
    const result = spawnSync(
      'npm',
      ['install', '--prefix', prefix, '--no-save', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', ...specs],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 240_000 },
    );
    if (result.status !== 0) errors.push(`npm install failed (${result.status ?? result.signal}): ${(result.stderr || result.error?.message || '').trim().slice(0, 400)}`);
  }
  const installed = {};
  for (const [name, peer] of Object.entries(peers)) {
    const version = versionOf(name);
    if (version === peer.version) installed[name] = version;
    else errors.push(`${name}@${peer.version} not installed (found ${version ?? 'nothing'})`);
  }
  return { dir: modules, installed, errors };
}
