// Re-renders docs/benchmarks.md from bench/results/latest.json without measuring again
// (for a change in the report's wording): node bench/report.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { renderReport } from './lib/report.mjs';

const results = JSON.parse(readFileSync(new URL('./results/latest.json', import.meta.url), 'utf8'));
writeFileSync(new URL('../docs/benchmarks.md', import.meta.url), renderReport(results));
console.log('[bench] wrote docs/benchmarks.md');
