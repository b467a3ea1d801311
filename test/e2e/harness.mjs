// The end-to-end harness: the demo site served by demo/server.mjs on a free port, and real
// Chromium driven by puppeteer-core with the flags of web-test-runner.config.mjs. Each
// visitor is a fresh browser context (its own cookie jar and storage), and every request
// its pages make is recorded, so tests assert on what a user's browser really fetched.
// The suite runs against the built bundles (packages/*/dist): `npm run build` first.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium, HOW_TO_GET_CHROMIUM } from '../../scripts/find-chromium.mjs';
import { startDemoServer } from '../../demo/server.mjs';

const DIST = fileURLToPath(new URL('../../packages/consentry/dist/', import.meta.url));

/** What a visitor's browser fetched or logged. */
export class Visitor {
  /** @param {import('puppeteer-core').BrowserContext} context @param {string} base */
  constructor(context, base) {
    this.context = context;
    this.base = base;
    /** @type {string[]} every URL requested by this visitor's pages */
    this.requests = [];
    /** @type {string[]} console errors and uncaught page errors */
    this.errors = [];
    this.page = undefined;
  }

  /** Opens a page of the demo (a path like `/privacy.html`) in this visitor's browser. */
  async open(path = '/', { intercept } = {}) {
    if (!this.page) {
      this.page = await this.context.newPage();
      this.page.on('request', (request) => this.requests.push(request.url()));
      this.page.on('console', (message) => {
        if (message.type() === 'error') this.errors.push(message.text());
      });
      this.page.on('pageerror', (error) => this.errors.push(`pageerror: ${error.message}`));
      this.page.on('response', (response) => {
        if (response.status() >= 400) this.errors.push(`HTTP ${response.status()} ${response.url()}`);
      });
      if (intercept) {
        await this.page.setRequestInterception(true);
        this.page.on('request', (request) => void intercept(request));
      }
    }
    await this.page.goto(new URL(path, this.base).href, { waitUntil: 'load' });
    return this.page;
  }

  /** Requests whose URL path starts with `prefix` (e.g. `/fake-ga/`, `/dist/consentry/`). */
  requested(prefix) {
    return this.requests.filter((url) => new URL(url).pathname.startsWith(prefix));
  }

  /** Forgets the requests seen so far. */
  clear() {
    this.requests.length = 0;
    this.errors.length = 0;
  }

  /** Every cookie of the demo's origin, HttpOnly ones included, by name. */
  async cookies() {
    const cookies = await this.context.cookies();
    return Object.fromEntries(cookies.map((cookie) => [cookie.name, cookie]));
  }

  /** Waits for the first-layer banner to be visible and returns it. */
  async banner() {
    return this.page.waitForSelector('consentry-banner >>> [data-action="accept-all"]', { visible: true, timeout: 20000 });
  }

  /** Clicks a button of the banner (`accept-all`, `reject-all`, `preferences`). */
  async clickBanner(action) {
    await (await this.page.waitForSelector(`consentry-banner >>> [data-action="${action}"]`, { visible: true, timeout: 20000 })).click();
  }

  /**
   * The consent records of this browser (`consentry.records.list()`). Resolves once every
   * decision so far is recorded, so a test can leave the page without a record pending.
   */
  async records() {
    return this.page.evaluate(() => window.consentry.records.list());
  }

  /** Waits until `predicate` (run in the page) is truthy. */
  async until(predicate, ...args) {
    await this.page.waitForFunction(predicate, { timeout: 20000, polling: 50 }, ...args);
  }

  async close() {
    await this.context.close();
  }
}

/**
 * Starts the demo server and Chromium for one test file. Returns `{ demo, visitor(), close() }`.
 * Fails with the fix when the build or Chromium is missing.
 */
export async function startE2e() {
  const missing = ['consentry.js', 'consentry-core.js', 'consentry-ui.js'].filter((file) => !existsSync(join(DIST, file)));
  if (missing.length) throw new Error(`packages/consentry/dist/${missing.join(', ')} missing: run \`npm run build\` before the e2e suite.`);
  const executablePath = findChromium();
  if (!executablePath) throw new Error(HOW_TO_GET_CHROMIUM);
  const dataDir = mkdtempSync(join(tmpdir(), 'consentry-e2e-'));
  const demo = await startDemoServer({ port: 0, dataDir });
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    // No real network: any other host fails fast instead of waiting on DNS.
    args: chromiumArgs({ hostRules: 'MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1' }),
  });
  return {
    demo,
    dataDir,
    /** A new visitor: a fresh browser context with no cookies or storage. */
    async visitor() {
      return new Visitor(await browser.createBrowserContext(), demo.url);
    },
    async close() {
      await browser.close();
      await demo.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
