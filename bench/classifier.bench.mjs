// Classifier benchmark: agreement with the Open Cookie Database, necessary false positives,
// speed per name, catalogue size. Figures only, no assertions (docs/classifier.md quotes them).
// Run after `npm run build`:  node bench/classifier.bench.mjs [--list]
// The OCD CSV is read at run time from ../shared/data/open-cookie-database/ next to the repo;
// it is never copied into the project (see that folder's README).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { classifyCookie } from '@consentry/core';
import { builtInCatalogueData, catalogue, compileCatalogue, importOpenCookieDatabase, loadCatalogue, mergeCatalogues, parseCsv } from '@consentry/core/catalogue';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const csvPath = resolve(repoRoot, '../shared/data/open-cookie-database/open-cookie-database.csv');
const listAll = process.argv.includes('--list');
const kb = (bytes) => `${bytes} B`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// ---- sizes ---------------------------------------------------------------------------------
async function bundledGzip(code) {
  const result = await build({ stdin: { contents: code, resolveDir: repoRoot, loader: 'js' }, bundle: true, minify: true, format: 'esm', write: false, platform: 'browser', logLevel: 'silent' });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}
const sizes = {
  'catalogue data alone (packed JSON)': gzipSync(JSON.stringify(builtInCatalogueData()), { level: 9 }).length,
  'import { catalogue } (bundled, minified)': await bundledGzip("export { catalogue } from '@consentry/core/catalogue';"),
  'import { classifyCookie } without catalogue (bundled, minified)': await bundledGzip("export { classifyCookie } from '@consentry/core';"),
  'classifyCookie + catalogue (bundled, minified)': await bundledGzip("export { classifyCookie } from '@consentry/core'; export { catalogue } from '@consentry/core/catalogue';"),
};
console.log(`\nCatalogue: ${catalogue.size} rows (names, patterns and domain rules), ${builtInCatalogueData().vendors.length} vendor groups`);
console.log('Sizes (gzip -9):');
for (const [what, bytes] of Object.entries(sizes)) console.log(`  ${what}: ${kb(bytes)}`);

// ---- speed ---------------------------------------------------------------------------------
const hitNames = ['_ga', '_ga_3XK9ZQ2L1M', '_gid', '_gat_UA-1234-1', '_fbp', 'ASP.NET_SessionId', '__cf_bm', '_pk_id.1.abcd', 'mp_abc_mixpanel', 'AWSALB', 'OptanonConsent', 'PHPSESSID', '_hjSessionUser_12345', '__hstc', 'wordpress_logged_in_abc', 'BIGipServerpool', '_uetsid', 'AMCV_ABC%40AdobeOrg', 'cto_bundle', 'JSESSIONID'];
const names = [];
for (let i = 0; i < 50000; i++) {
  names.push(hitNames[i % hitNames.length]);
  names.push(`zz${(i * 7919).toString(36)}_${i % 3 ? 'pref' : 'q'}${i.toString(36)}`);
}
function time(run) {
  const samples = [];
  for (let round = 0; round < 9; round++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}
let sink = 0;
const withCatalogue = time(() => {
  for (const name of names) sink += classifyCookie(name, undefined, { catalogue }).category.length;
});
const lookupOnly = time(() => {
  for (const name of names) sink += catalogue.lookup(name) ? 1 : 0;
});
const heuristicsOnly = time(() => {
  for (const name of names) sink += classifyCookie(name).category.length;
});
const compileMs = time(() => {
  sink += compileCatalogue(builtInCatalogueData()).size;
});
const perName = (ms) => `${((ms * 1e6) / names.length).toFixed(0)} ns/name`;
console.log(`\nSpeed, ${names.length} names (half catalogue hits, half misses), median of 9 runs:`);
console.log(`  classifyCookie(name, undefined, { catalogue }): ${withCatalogue.toFixed(1)} ms, ${perName(withCatalogue)}`);
console.log(`  catalogue.lookup(name) alone: ${lookupOnly.toFixed(1)} ms, ${perName(lookupOnly)}`);
console.log(`  classifyCookie(name) without catalogue (heuristics): ${heuristicsOnly.toFixed(1)} ms, ${perName(heuristicsOnly)}`);
const hostile = ['x'.repeat(4096), '__proto__', 'constructor', 'a\u0000b', ''];
const hostileMs = time(() => {
  for (let i = 0; i < 2000; i++) for (const name of hostile) sink += classifyCookie(name, undefined, { catalogue }).category.length;
});
console.log(`  compiling the built-in catalogue (first lookup): ${compileMs.toFixed(1)} ms`);
console.log(`  hostile names (4 KB, __proto__, controls, empty), 10,000 calls: ${hostileMs.toFixed(1)} ms`);
if (sink < 0) console.log(sink);

// ---- agreement with the Open Cookie Database ---------------------------------------------
if (!existsSync(csvPath)) {
  console.log(`\nOpen Cookie Database not found at ${csvPath}: skipping the agreement figures.`);
  console.log('Put a copy of open-cookie-database.csv there (see docs/classifier.md) to get them.');
  process.exit(0);
}
const text = readFileSync(csvPath, 'utf8');
const [header, ...rows] = parseCsv(text);
const col = (title) => header.fields.findIndex((field) => field.trim().toLowerCase() === title);
const C = { platform: col('platform'), category: col('category'), name: col('cookie / data key name'), domain: col('domain'), wildcard: col('wildcard match') };
const MAPPED = { Functional: 'necessary', Security: 'necessary', Necessary: 'necessary', Personalization: 'preferences', Analytics: 'analytics', Marketing: 'marketing' };
const firstDomain = (free) => /(?:^|[\s,(])\.?((?:[a-z0-9-]+\.)+[a-z]{2,})(?=$|[\s,;)/:])/i.exec(free)?.[1];
const cases = rows.map(({ fields }) => {
  const raw = fields[C.name].trim();
  const wildcard = fields[C.wildcard].trim() === '1' || raw.endsWith('*');
  return { ocd: fields[C.category].trim(), platform: fields[C.platform], name: wildcard ? `${raw.replace(/\*$/, '')}X1Y2Z3` : raw, domain: firstDomain(fields[C.domain]) };
});

function evaluate(label, classify) {
  const table = {};
  const falseNecessary = [];
  for (const item of cases) {
    const got = classify(item);
    const row = (table[item.ocd] ??= { rows: 0, agree: 0, unknown: 0, necessary: 0, preferences: 0, analytics: 0, marketing: 0 });
    row.rows++;
    if (got.category === 'unknown') row.unknown++;
    else row[got.category]++;
    if (got.category === MAPPED[item.ocd]) row.agree++;
    if (got.category === 'necessary' && MAPPED[item.ocd] !== 'necessary') falseNecessary.push({ ...item, got });
  }
  console.log(`\n${label}`);
  console.log('  OCD category     rows  agree  (of classified)  unknown  → nec / pref / anal / mark');
  for (const [category, row] of Object.entries(table).sort((a, b) => b[1].rows - a[1].rows)) {
    const classified = row.rows - row.unknown;
    const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : '-');
    console.log(`  ${category.padEnd(15)} ${String(row.rows).padStart(5)}  ${pct(row.agree, row.rows).padStart(6)}  ${pct(row.agree, classified).padStart(15)}  ${String(row.unknown).padStart(7)}  → ${row.necessary} / ${row.preferences} / ${row.analytics} / ${row.marketing}`);
  }
  console.log(`  necessary where OCD says Analytics, Marketing or Personalization: ${falseNecessary.length}`);
  for (const item of falseNecessary.slice(0, listAll ? Infinity : 40)) {
    console.log(`    ${item.name}  [${item.domain ?? '-'}]  OCD ${item.ocd} (${item.platform})  ours: ${item.got.source} ${item.got.vendor ?? ''} — ${item.got.purpose ?? ''}`);
  }
  return { table, falseNecessary };
}

evaluate('Built-in catalogue + heuristics vs OCD, with the row\'s domain:', (item) => classifyCookie(item.name, item.domain, { catalogue }));
evaluate('Built-in catalogue + heuristics vs OCD, name only (domain undefined):', (item) => classifyCookie(item.name, undefined, { catalogue }));
evaluate('Heuristics alone (no catalogue) vs OCD, name only:', (item) => classifyCookie(item.name));

// ---- the importer on the real file --------------------------------------------------------
const importStart = performance.now();
const imported = importOpenCookieDatabase(text, 'open-cookie-database.csv');
const importMs = performance.now() - importStart;
const json = JSON.stringify(imported.data);
const importedCatalogue = loadCatalogue(JSON.parse(json));
console.log(`\nImporter on the real OCD file: ${importMs.toFixed(0)} ms, ${imported.stats.rows} rows → ${imported.stats.imported} imported ${JSON.stringify(imported.stats.byCategory)}`);
console.log(`  skipped: ${JSON.stringify(imported.stats.skipped)}; file ${json.length} B, gzip ${gzipSync(json).length} B`);
const merged = mergeCatalogues(catalogue, importedCatalogue);
evaluate('Built-in + imported OCD catalogue (merged, built-in first) vs OCD, with domain:', (item) => classifyCookie(item.name, item.domain, { catalogue: merged }));
