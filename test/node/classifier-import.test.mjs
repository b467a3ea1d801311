// The Open Cookie Database importer: the RFC 4180 parser, the category mapping, and the
// `consentry catalogue import` command on small CSV files written here (malformed ones too).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConsentryError, classifyCookie } from '@consentry/core';
import { catalogue, importOpenCookieDatabase, loadCatalogue, mergeCatalogues, parseCsv } from '@consentry/core/catalogue';

const BIN = new URL('../../packages/consentry/bin/consentry.mjs', import.meta.url).pathname;
const HEADER = 'ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,Data Controller,User Privacy & GDPR Rights Portals,Wildcard match';
const row = (platform, category, name, domain, description, wildcard = 0) =>
  ['id', platform, category, name, domain, `"${description.replace(/"/g, '""')}"`, '1 year', 'Acme', 'https://acme.test/privacy', wildcard].join(',');

const GOOD = [
  HEADER,
  row('Acme Shop', 'Functional', 'acme_lang', '', 'Remembers the language the visitor chose, e.g. "en", "fr"'),
  row('Acme Shop', 'Functional', 'acme_cart', '', 'Keeps the shopping cart\nacross pages'),
  row('Acme Shop', 'Functional', 'acme_widget', '', 'Used by the widget'),
  row('Acme Shop', 'Functional', 'acme_stats_flag', '', 'Collects statistics about visits'),
  row('Acme Guard', 'Security', 'acme_guard', '', 'Anti-fraud token'),
  row('Acme Ads', 'Marketing', 'acmeads_', 'ads.acme.test (3rd party)', 'Retargeting id', 1),
  row('Acme Ads', 'Marketing', 'c', 'ads.acme.test (3rd party) or .acme-cdn.test', 'Ad id'),
  row('Acme Ads', 'Marketing', 'u', '', 'Ad id without a domain'),
  row('Acme Ads', 'Marketing', 'pm_sess_NNN', '', 'Placeholder suffix'),
  row('Acme Stats', 'Analytics', '_acme_id', '', 'Tells visitors apart'),
  row('Acme Stats', 'Personalization', 'acme_ui', '', 'UI state'),
  row('Acme Ads', 'Marketing', 'bad name', '', 'Space in the name'),
].join('\r\n');

function cli(...args) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
}

function withDir(run) {
  const dir = mkdtempSync(join(tmpdir(), 'consentry-import-'));
  try {
    run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('parseCsv follows RFC 4180: quotes, commas, doubled quotes, line breaks, CRLF, BOM', () => {
  const records = parseCsv('\ufeffa,b,c\r\n"x, y","say ""hi""","line 1\nline 2"\n,,\n\nlast,"",end');
  assert.deepEqual(records, [
    { line: 1, fields: ['a', 'b', 'c'] },
    { line: 2, fields: ['x, y', 'say "hi"', 'line 1\nline 2'] },
    { line: 4, fields: ['', '', ''] },
    { line: 6, fields: ['last', '', 'end'] },
  ]);
  assert.deepEqual(parseCsv(''), []);
});

test('parseCsv names the line of each malformed record', () => {
  const cases = [
    ['a,b\n1,"open\n2,3\n', 'line 2', /unterminated quoted field/],
    ['a,b\n1,2\n3,x"y\n', 'line 3', /quote inside an unquoted field/],
    ['a,b\n"1"x,2\n', 'line 2', /after a closing quote/],
    ['a,b\n1,"x\n2,"y\n', 'line 2', /opened on line 2 runs on to line 3/],
    ['a,b\n1,"two\nlines"\n1,2,3\n', 'line 4', /expected 2 fields, found 3/],
  ];
  for (const [text, field, message] of cases) {
    assert.throws(
      () => parseCsv(text, 2),
      (error) => error instanceof ConsentryError && error.code === 'import/csv' && error.field === field && message.test(error.message),
      JSON.stringify(text),
    );
  }
});

test('importOpenCookieDatabase maps categories with care and turns wildcards into patterns', () => {
  const { data, stats } = importOpenCookieDatabase(GOOD, 'test.csv');
  assert.equal(stats.rows, 12);
  assert.deepEqual(stats.skipped, { 'functional-unclear': 1, 'functional-measurement': 1, 'generic-name-without-domain': 1, 'invalid-name': 1 });
  assert.match(data.notice, /Open Cookie Database.*Apache License 2\.0/);
  const imported = loadCatalogue(JSON.parse(JSON.stringify(data)));
  const get = (name, domain) => imported.lookup(name, domain)?.category ?? 'unknown';
  assert.equal(get('acme_lang'), 'preferences'); // Functional but about language
  assert.equal(get('acme_cart'), 'necessary'); // Functional and plainly necessary
  assert.equal(get('acme_widget'), 'unknown'); // Functional, unclear: skipped
  assert.equal(get('acme_stats_flag'), 'unknown'); // Functional that reads like analytics: skipped
  assert.equal(get('acme_guard'), 'necessary');
  assert.equal(get('acmeads_123'), 'marketing'); // wildcard → prefix
  assert.equal(get('acmeads_'), 'unknown'); // the prefix alone is not a match
  assert.equal(get('c'), 'unknown'); // short name: only on its domain
  assert.equal(get('c', 'x.ads.acme.test'), 'marketing');
  assert.equal(get('c', 'acme-cdn.test'), 'marketing');
  assert.equal(get('u', 'ads.acme.test'), 'unknown'); // short, no domain: skipped
  assert.equal(get('pm_sess_12'), 'marketing');
  assert.equal(get('_acme_id'), 'analytics');
  assert.equal(get('acme_ui'), 'preferences');
  assert.equal(imported.lookup('acme_cart').purpose, 'Keeps the shopping cart across pages');
  // Loaded after the built-in catalogue, it only fills gaps.
  assert.equal(classifyCookie('acme_guard', undefined, { catalogue: mergeCatalogues(catalogue, imported) }).category, 'necessary');
});

test('importOpenCookieDatabase rejects a file that is not an OCD CSV', () => {
  assert.throws(() => importOpenCookieDatabase(''), (error) => error.code === 'import/csv' && error.field === 'line 1');
  assert.throws(() => importOpenCookieDatabase('a,b\n1,2\n'), /no "platform" column/);
  assert.throws(() => importOpenCookieDatabase(`${HEADER}\n${row('A', 'Marketing', 'x', '', 'ok')}\nonly,three,fields\n`), (error) => error.field === 'line 3');
});

test('consentry catalogue import writes a catalogue file the library loads', () => {
  withDir((dir) => {
    const input = join(dir, 'ocd.csv');
    writeFileSync(input, GOOD);
    const result = cli('catalogue', 'import', input);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /12 rows, 8 imported/);
    const written = JSON.parse(readFileSync(join(dir, 'ocd.catalogue.json'), 'utf8'));
    assert.equal(loadCatalogue(written).lookup('acme_guard').category, 'necessary');
    const out = join(dir, 'custom.json');
    assert.equal(cli('catalogue', 'import', input, '-o', out).status, 0);
    assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')), written);
    assert.deepEqual(readdirSync(dir).sort(), ['custom.json', 'ocd.catalogue.json', 'ocd.csv']);
  });
});

test('a malformed CSV: clear error with the line, exit code 1, nothing written or overwritten', () => {
  withDir((dir) => {
    const input = join(dir, 'broken.csv');
    const out = join(dir, 'out.json');
    writeFileSync(out, 'previous good file');
    const lines = GOOD.split('\r\n');
    const broken = [...lines.slice(0, 4), 'id,Acme,Marketing,"unterminated,,,,,,', ...lines.slice(4)].join('\n');
    writeFileSync(input, broken);
    let result = cli('catalogue', 'import', input, '-o', out);
    assert.equal(result.status, 1);
    // Row 2's description holds a line break, so the bad record starts on line 6.
    assert.match(result.stderr, /line 6: the quoted field opened on line 6 runs on to line 7/);
    assert.match(result.stderr, /Nothing was written/);
    assert.equal(readFileSync(out, 'utf8'), 'previous good file');
    writeFileSync(input, `${HEADER}\n${row('A', 'Marketing', 'x', '', 'ok')}\nid,A,Marketing,"y\n`);
    result = cli('catalogue', 'import', input, '-o', out);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /line 3: unterminated quoted field/);
    writeFileSync(input, `${HEADER}\n${row('A', 'Marketing', 'x', '', 'ok')}\nid,A,Marketing,y,,desc,1 year,A,u\n`);
    result = cli('catalogue', 'import', input, '-o', out);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /line 3: expected 10 fields as in the header, found 9/);
    assert.deepEqual(readdirSync(dir).sort(), ['broken.csv', 'out.json']);
  });
});

test('consentry command-line usage errors exit with 2 and say how to call it', () => {
  for (const args of [[], ['catalogue'], ['catalogue', 'export'], ['catalogue', 'import'], ['catalogue', 'import', 'a.csv', 'b.csv']]) {
    const result = cli(...args);
    assert.equal(result.status, 2, args.join(' '));
    assert.match(result.stderr, /Usage: consentry catalogue import <file\.csv> \[-o <out\.json>\]/);
  }
  assert.equal(cli('--help').status, 0);
  const missing = cli('catalogue', 'import', '/nonexistent/file.csv');
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /cannot read \/nonexistent\/file\.csv: ENOENT/);
});
