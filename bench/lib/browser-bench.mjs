// Drives real Chromium (puppeteer-core, the Debian/CHROME_PATH binary, never a downloaded one)
// through interleaved first and returning visits of every bench page. Each visit gets a fresh
// browser context: no cookies, no storage, no HTTP cache from earlier visits (a returning visit
// starts with the first visit's first-party cookies and localStorage, as a real visitor would).
import puppeteer from 'puppeteer-core';
import { performance } from 'node:perf_hooks';
import { chromiumArgs } from '../../scripts/find-chromium.mjs';
import { pageProbe } from './page-probe.mjs';
import { isGoogleAnalyticsHost } from './server.mjs';

const BANNER_TIMEOUT = 8000;
const GA_TIMEOUT = 5000;
// After `load`, how long the page is left alone before the click: long enough for a tag that
// slipped through the gate to show up in the server's log.
const SETTLE = 400;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Launches Chromium with the test rig's flags (scripts/find-chromium.mjs chromiumArgs).
 * @param {string} executablePath
 * @param {number} port the bench server's port, where every host name is mapped
 */
export function launchChromium(executablePath, port) {
  return puppeteer.launch({
    executablePath,
    headless: true,
    // The project's one list of flags (scripts/find-chromium.mjs), as the test runner uses it.
    args: chromiumArgs({ ignoreCertificateErrors: true, hostRules: `MAP * 127.0.0.1:${port}, EXCLUDE localhost, EXCLUDE 127.0.0.1` }),
  });
}

async function waitFor(predicate, timeout, interval = 20) {
  const end = performance.now() + timeout;
  while (performance.now() < end) {
    const value = await predicate();
    if (value) return value;
    await sleep(interval);
  }
  return undefined;
}

const readProbe = (page) =>
  page.evaluate(() => {
    const probe = window.__benchProbe;
    const gtag = performance.getEntriesByType('resource').find((entry) => entry.name.includes('googletagmanager.com/gtag/js'));
    return { ...probe, longTasks: [...probe.longTasks], gtagStart: gtag ? gtag.startTime : null };
  });

const summarizeLongTasks = (tasks) => ({
  longTasks: tasks.length,
  longTaskMs: Math.round(tasks.reduce((sum, task) => sum + task.duration, 0)),
});

/** Files this page fetched from the bench origin (library code), from the server's log. */
const ownRequests = (entries) =>
  entries.filter((entry) => (entry.host === 'localhost' || entry.host === '127.0.0.1') && !entry.path.startsWith('/pages/')).map((entry) => ({ path: entry.path, bytes: entry.bytes, status: entry.status }));

/**
 * One visit of one page in a fresh context.
 * @param {import('puppeteer-core').Browser} browser
 * @param {ReturnType<typeof import('./server.mjs').startServer> extends Promise<infer S> ? S : never} server
 * @param {{ id: string, banner: string, accept: string }} lib
 * @param {{ cookies?: object[], storage?: Record<string, string> }} [options] cookies and the
 *   page origin's localStorage to start with (returning visit: what the first visit left)
 * @returns {Promise<object>} the visit's figures; `cookies` and `storage` for a returning visit
 */
export async function visit(browser, server, lib, { cookies, storage } = {}) {
  const context = await browser.createBrowserContext();
  try {
    // Only first-party cookies: a tracker's cookies are not part of the stored consent.
    if (cookies) await context.setCookie(...cookies.filter((cookie) => cookie.domain === 'localhost'));
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.evaluateOnNewDocument(pageProbe, lib.banner);
    // A returning visitor keeps the site's localStorage as well as its cookies.
    if (storage) await page.evaluateOnNewDocument((entries) => Object.entries(entries).forEach(([key, value]) => localStorage.setItem(key, value)), storage);
    // What the page itself reported as broken: shown with a visit that yields no figure.
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(String(error.message ?? error).slice(0, 200)));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text().slice(0, 200));
    });
    server.clearLog();
    const url = `${server.origin}/pages/${lib.id}.html`;
    const returning = Boolean(cookies);
    await page.goto(url, { waitUntil: 'load', timeout: 30000 });
    // First visit: wait for the banner; returning visit: for GA, which the stored consent allows.
    if (returning) await waitFor(() => server.log.some((entry) => isGoogleAnalyticsHost(entry.host)), GA_TIMEOUT);
    else await waitFor(() => page.evaluate(() => window.__benchProbe.banner !== null), BANNER_TIMEOUT);
    await sleep(SETTLE);
    const before = await readProbe(page);
    // Main-thread time Chromium spent on this page so far (CDP Performance.getMetrics, seconds):
    // less sensitive than wall-clock times to other processes competing for the CPU.
    const metrics = await page.metrics();
    const beforeLog = [...server.log];
    const result = {
      banner: before.banner,
      fcp: before.fcp,
      load: before.load,
      cls: before.cls,
      ...summarizeLongTasks(before.longTasks),
      taskMs: Math.round((metrics.TaskDuration ?? 0) * 1000),
      scriptMs: Math.round((metrics.ScriptDuration ?? 0) * 1000),
      gaBeforeConsent: returning ? undefined : beforeLog.filter((entry) => isGoogleAnalyticsHost(entry.host)).length,
      files: ownRequests(beforeLog),
    };
    if (returning) {
      result.gaLoaded = before.gtagStart !== null;
      result.gaStart = before.gtagStart;
      if (pageErrors.length) result.pageErrors = pageErrors.slice(0, 3);
      return result;
    }
    if (before.banner === null) {
      return { ...result, error: `banner ${lib.banner} not visible within ${BANNER_TIMEOUT} ms${pageErrors.length ? ` (page errors: ${pageErrors.slice(0, 3).join(' | ')})` : ''}` };
    }

    const clickedAt = performance.now();
    await page.click(lib.accept);
    const gaEntry = await waitFor(() => server.log.find((entry) => entry.time >= clickedAt && isGoogleAnalyticsHost(entry.host)), GA_TIMEOUT);
    const after = gaEntry ? await waitFor(async () => {
      const probe = await readProbe(page);
      return probe.gtagStart !== null ? probe : undefined;
    }, 2000) : undefined;
    result.clickToGa = after && after.click !== null ? after.gtagStart - after.click : gaEntry ? gaEntry.time - clickedAt : null;
    result.clickToGaSource = after && after.click !== null ? 'page' : gaEntry ? 'server' : 'none';
    result.filesAfterClick = ownRequests(server.log.slice(beforeLog.length));
    result.cookies = await context.cookies();
    result.storage = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
    if (pageErrors.length) result.pageErrors = pageErrors.slice(0, 3);
    return result;
  } finally {
    await context.close();
  }
}
