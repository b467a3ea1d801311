#!/usr/bin/env node
// consentry command line. One command so far:
//   consentry catalogue import <file.csv> [-o <out.json>]
// turns an Open Cookie Database CSV that the site owner downloaded into a catalogue file for
// loadCatalogue() (see docs/classifier.md). The output is written to a temporary file beside
// the target and renamed into place, so a failure never leaves a half-written catalogue.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { importOpenCookieDatabase } from '@consentry/core/catalogue';

const USAGE = `Usage: consentry catalogue import <file.csv> [-o <out.json>]

Converts an Open Cookie Database CSV (https://github.com/jkwakman/Open-Cookie-Database)
into a Consentry catalogue file. Load it in the page with:
  import { catalogue, loadCatalogue, mergeCatalogues } from '@consentry/core/catalogue';
  const all = mergeCatalogues(catalogue, loadCatalogue(await (await fetch('/cookies.catalogue.json')).json()));
Default output: <file>.catalogue.json next to the CSV.`;

function main(argv) {
  const [group, command, ...rest] = argv;
  if (group === '--help' || group === '-h' || !group) return usage(group ? 0 : 2);
  if (group !== 'catalogue' || command !== 'import') return usage(2, `unknown command "${argv.join(' ')}"`);
  let input;
  let output;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '-o' || rest[i] === '--output') output = rest[++i];
    else if (rest[i] === '-h' || rest[i] === '--help') return usage(0);
    else if (!input) input = rest[i];
    else return usage(2, `unexpected argument "${rest[i]}"`);
  }
  if (!input) return usage(2, 'missing <file.csv>');
  if (rest.includes('-o') && !output) return usage(2, 'missing file name after -o');
  const target = resolve(output ?? input.replace(/\.csv$/i, '') + '.catalogue.json');

  let text;
  try {
    text = readFileSync(input, 'utf8');
  } catch (error) {
    return fail(`cannot read ${input}: ${error.code ?? error.message}`);
  }
  let result;
  try {
    result = importOpenCookieDatabase(text, basename(input));
  } catch (error) {
    // ConsentryError: field is "line N", message says what is wrong and how to fix it.
    if (error?.code === 'import/csv') return fail(`${input}: ${error.message}`);
    throw error;
  }
  const temp = resolve(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, JSON.stringify(result.data, null, 1) + '\n', { flag: 'wx' });
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    return fail(`cannot write ${target}: ${error.code ?? error.message}`);
  }
  const { rows, imported, byCategory, skipped } = result.stats;
  const names = { n: 'necessary', p: 'preferences', a: 'analytics', m: 'marketing' };
  console.log(`consentry: wrote ${target}`);
  console.log(`  ${rows} rows, ${imported} imported: ${Object.entries(byCategory).map(([k, v]) => `${v} ${names[k] ?? k}`).join(', ')}`);
  const skippedTotal = Object.values(skipped).reduce((a, b) => a + b, 0);
  if (skippedTotal) console.log(`  ${skippedTotal} skipped: ${Object.entries(skipped).map(([k, v]) => `${v} ${k}`).join(', ')}`);
  return 0;
}

function usage(code, problem) {
  if (problem) console.error(`consentry: ${problem}\n`);
  (code ? console.error : console.log)(USAGE);
  return code;
}

function fail(message) {
  console.error(`consentry: ${message}`);
  console.error('Nothing was written.');
  return 1;
}

process.exitCode = main(process.argv.slice(2));
