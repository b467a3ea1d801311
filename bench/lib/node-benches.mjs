// Runs every bench/*.bench.mjs (Node micro-benchmarks written alongside the code they measure)
// one after another, each in its own process, and keeps what it printed. Lines that parse as
// JSON are kept as figures; the rest is kept as text. A missing or failing file is reported,
// never fatal.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const TIMEOUT = 180_000;

/**
 * @param {string} benchDir absolute path of bench/
 * @returns {Array<{ file: string, ok: boolean, seconds: number, figures: object[], text: string, error?: string }>}
 */
export function runNodeBenches(benchDir) {
  const files = readdirSync(benchDir).filter((name) => name.endsWith('.bench.mjs')).sort();
  return files.map((file) => {
    console.log(`[bench] node bench/${file}`);
    const started = Date.now();
    const result = spawnSync(process.execPath, [join(benchDir, file)], {
      cwd: join(benchDir, '..'),
      encoding: 'utf8',
      timeout: TIMEOUT,
      maxBuffer: 4 * 1024 * 1024,
    });
    const figures = [];
    const text = [];
    for (const line of (result.stdout ?? '').split('\n')) {
      const trimmed = line.trim();
      if (!trimmed) continue;
      try {
        const parsed = JSON.parse(trimmed);
        if (parsed && typeof parsed === 'object') {
          figures.push(parsed);
          continue;
        }
      } catch {
        // Not JSON: a human-readable line, kept as text below.
      }
      text.push(line);
    }
    const ok = result.status === 0;
    const error = ok ? undefined : (result.error?.message ?? `exit ${result.status ?? result.signal}: ${(result.stderr ?? '').trim().slice(-600)}`);
    return { file, ok, seconds: Math.round((Date.now() - started) / 100) / 10, figures, text: text.join('\n').slice(0, 12000), ...(error ? { error } : {}) };
  });
}
