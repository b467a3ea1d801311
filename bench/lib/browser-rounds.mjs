// Interleaved rounds: every round visits every page once (first visit, then a returning visit
// with the cookies the first visit's "accept" left), in an order rotated each round so that no
// library always runs first or last. One unrecorded warm-up round comes first (cold disk
// cache, JIT of the harness itself).
import { performance } from 'node:perf_hooks';
import { launchChromium, visit } from './browser-bench.mjs';
import { median, quartiles, round1 } from './stats.mjs';

const FIGURES = ['banner', 'fcp', 'load', 'cls', 'longTasks', 'longTaskMs', 'taskMs', 'scriptMs', 'clickToGa'];

function summarize(runs) {
  const first = runs.map((run) => run.first).filter((visit) => visit && !visit.error);
  const back = runs.map((run) => run.returning).filter((visit) => visit && !visit.error);
  const medians = Object.fromEntries(FIGURES.map((key) => [key, round1(median(first.map((visit) => visit[key])))]));
  const spread = quartiles(first.map((visit) => visit.banner));
  const bytes = (files) => files.reduce((sum, file) => sum + file.bytes, 0);
  return {
    measured: first.length,
    median: { ...medians, cls: medians.cls === null ? null : Math.round(median(first.map((visit) => visit.cls)) * 10000) / 10000 },
    bannerQuartiles: spread ? spread.map(round1) : null,
    maxCls: first.length ? Math.max(...first.map((visit) => visit.cls)) : null,
    runsWithLongTask: first.filter((visit) => visit.longTasks > 0).length,
    gaBeforeConsent: first.reduce((sum, visit) => sum + (visit.gaBeforeConsent ?? 0), 0),
    runsWithGaBeforeConsent: first.filter((visit) => visit.gaBeforeConsent > 0).length,
    gaAfterClick: first.filter((visit) => visit.clickToGa !== null).length,
    clickToGaSource: [...new Set(first.map((visit) => visit.clickToGaSource))],
    filesFirstVisit: [...new Set(first.flatMap((visit) => visit.files.map((file) => file.path)))],
    filesAfterClick: [...new Set(first.flatMap((visit) => visit.filesAfterClick.map((file) => file.path)))],
    firstVisitGzipTransfer: round1(median(first.map((visit) => bytes(visit.files)))),
    returning: {
      measured: back.length,
      files: [...new Set(back.flatMap((visit) => visit.files.map((file) => file.path)))],
      gzipTransfer: round1(median(back.map((visit) => bytes(visit.files)))),
      bannerShown: back.filter((visit) => visit.banner !== null).length,
      gaLoaded: back.filter((visit) => visit.gaLoaded).length,
      gaStart: round1(median(back.map((visit) => visit.gaStart))),
      longTasks: round1(median(back.map((visit) => visit.longTasks))),
      taskMs: round1(median(back.map((visit) => visit.taskMs))),
      cls: round1(median(back.map((visit) => visit.cls))),
    },
    errors: [...new Set(runs.flatMap((run) => [run.first?.error, run.returning?.error]).filter(Boolean))],
    pageErrors: [...new Set(runs.flatMap((run) => [...(run.first?.pageErrors ?? []), ...(run.returning?.pageErrors ?? [])]))].slice(0, 5),
  };
}

// Per-run figures kept in the JSON: numbers only, so the file stays small.
const compact = (run) => ({
  first: run.first && { banner: round1(run.first.banner), fcp: round1(run.first.fcp), cls: run.first.cls, longTasks: run.first.longTasks, longTaskMs: run.first.longTaskMs, taskMs: run.first.taskMs, scriptMs: run.first.scriptMs, gaBeforeConsent: run.first.gaBeforeConsent, clickToGa: round1(run.first.clickToGa), error: run.first.error },
  returning: run.returning && { banner: round1(run.returning.banner), gaStart: round1(run.returning.gaStart), longTasks: run.returning.longTasks, error: run.returning.error },
});

async function measureOnce(browser, server, lib) {
  const run = {};
  try {
    run.first = await visit(browser, server, lib);
  } catch (error) {
    run.first = { error: `first visit: ${error.message}` };
  }
  const { cookies, storage } = run.first ?? {};
  if (run.first) delete run.first.cookies;
  if (run.first) delete run.first.storage;
  if (!cookies) return run;
  try {
    run.returning = await visit(browser, server, lib, { cookies, storage });
  } catch (error) {
    run.returning = { error: `returning visit: ${error.message}` };
  }
  return run;
}

/**
 * Runs the rounds.
 * @param {{ executablePath: string, port: number, server: object, libs: Array<{ id: string }>, runs: number, budgetMs: number, log: (message: string) => void }} options
 * @returns {Promise<{ chromium: string, rounds: number, stoppedEarly: boolean, order: string[], libs: Record<string, object> }>}
 */
export async function runBrowserBench({ executablePath, port, server, libs, runs, budgetMs, log }) {
  const browser = await launchChromium(executablePath, port);
  try {
    const chromium = await browser.version();
    log(`${chromium}; ${libs.length} pages × ${runs} interleaved rounds (+1 warm-up)`);
    for (const lib of libs) await measureOnce(browser, server, lib);
    const perLib = Object.fromEntries(libs.map((lib) => [lib.id, []]));
    const started = performance.now();
    let rounds = 0;
    for (; rounds < runs; rounds += 1) {
      if (performance.now() - started > budgetMs) break;
      for (let index = 0; index < libs.length; index += 1) {
        const lib = libs[(index + rounds) % libs.length];
        perLib[lib.id].push(await measureOnce(browser, server, lib));
      }
      const banners = libs.map((lib) => `${lib.id} ${round1(perLib[lib.id].at(-1).first?.banner) ?? '–'}`).join(', ');
      log(`round ${rounds + 1}/${runs}: banner ms ${banners}`);
    }
    return {
      chromium,
      rounds,
      stoppedEarly: rounds < runs,
      order: libs.map((lib) => lib.id),
      libs: Object.fromEntries(libs.map((lib) => [lib.id, { ...summarize(perLib[lib.id]), runs: perLib[lib.id].map(compact) }])),
    };
  } finally {
    await browser.close();
  }
}
