// Where the bytes of a built file come from: each generated character is attributed to the
// source file its source-map segment points at (Source Map v3, "mappings" with Base64 VLQ,
// https://tc39.es/ecma426/), summed per source. Minified bytes, not gzip: compression works
// across module boundaries, so per-module gzip sizes do not exist.
import { existsSync, readFileSync } from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

// "../../node_modules/lit-html/lit-html.js" → "lit-html"; "../../core/src/x.ts" → "core/src/x.ts".
function shortName(source) {
  const modules = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (modules) return modules[1];
  const own = source.match(/(?:packages\/)?((?:core|gate|banner|consentry)\/src\/.+)$/);
  if (own) return own[1];
  // The umbrella package's own sources, relative to its dist/.
  if (source.startsWith('../src/')) return `consentry/${source.slice(3)}`;
  return source.replace(/^(\.\.\/)+/, '');
}

/**
 * Bytes of a built file per source file, largest first.
 * @param {string} codePath the built file; its map must sit next to it as `<file>.map`
 * @param {number} [top] how many sources to list before "other"
 * @returns {Array<{ source: string, bytes: number, share: number }> | null} null without a map
 */
export function bundleBreakdown(codePath, top = 12) {
  const mapPath = `${codePath}.map`;
  if (!existsSync(mapPath)) return null;
  const lines = readFileSync(codePath, 'utf8').split('\n');
  const map = JSON.parse(readFileSync(mapPath, 'utf8'));
  const totals = new Map();
  const add = (name, text) => totals.set(name, (totals.get(name) ?? 0) + Buffer.byteLength(text));
  let sourceIndex = 0;
  map.mappings.split(';').forEach((lineMappings, lineIndex) => {
    const line = lines[lineIndex] ?? '';
    let column = 0;
    const segments = lineMappings ? lineMappings.split(',').map(decodeVlq) : [];
    const starts = [];
    for (const fields of segments) {
      column += fields[0];
      if (fields.length >= 4) sourceIndex += fields[1];
      starts.push({ column, source: fields.length >= 4 ? shortName(map.sources[sourceIndex] ?? '?') : '(no source)' });
    }
    if (starts.length === 0) return add('(no source)', line);
    add('(no source)', line.slice(0, starts[0].column));
    starts.forEach((start, index) => add(start.source, line.slice(start.column, starts[index + 1]?.column ?? line.length)));
  });
  const total = [...totals.values()].reduce((sum, bytes) => sum + bytes, 0);
  const sorted = [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([source, bytes]) => ({ source, bytes, share: Math.round((bytes / total) * 1000) / 10 }));
  const rest = sorted.slice(top).reduce((sum, entry) => sum + entry.bytes, 0);
  return rest > 0 ? [...sorted.slice(0, top), { source: `(${sorted.length - top} other sources)`, bytes: rest, share: Math.round((rest / total) * 1000) / 10 }] : sorted;
}
