// Every package must import in Node without a DOM (SSR-safe: no window/document at import).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const manifests = ['core', 'gate', 'banner', 'consentry'].map((name) => ({
  name,
  manifest: JSON.parse(readFileSync(new URL(`../../packages/${name}/package.json`, import.meta.url), 'utf8')),
}));

for (const { name, manifest } of manifests) {
  for (const [key, target] of Object.entries(manifest.exports)) {
    if (typeof target !== 'object' || !target.default) continue;
    test(`${manifest.name}${key.slice(1)} imports in Node without a DOM`, async () => {
      assert.equal(typeof globalThis.window, 'undefined');
      assert.equal(typeof globalThis.document, 'undefined');
      const module = await import(new URL(`../../packages/${name}/${target.default}`, import.meta.url).href);
      assert.ok(module);
    });
  }
}
