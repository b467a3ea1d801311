// Sizes of what a page downloads: raw, gzip (level 9) and brotli (quality 11) bytes, per file
// and summed per usage scenario. node:zlib only, so every run compresses the same way.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Raw / gzip / brotli bytes of some content.
 * @param {Buffer | string} content
 * @returns {{ raw: number, gzip: number, brotli: number }}
 */
export function measureBytes(content) {
  const buffer = Buffer.isBuffer(content) ? content : Buffer.from(content);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * Sizes of a list of files, each and in total.
 * @param {Array<{ name: string, path: string }>} files `name` as shown in the report
 * @returns {{ files: Array<{ name: string, raw: number, gzip: number, brotli: number }>, raw: number, gzip: number, brotli: number }}
 */
export function measureFiles(files) {
  const measured = files.map(({ name, path }) => ({ name, ...measureBytes(readFileSync(path)) }));
  const total = (key) => measured.reduce((sum, file) => sum + file[key], 0);
  return { files: measured, raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') };
}
