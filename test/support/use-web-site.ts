import { syntheticListings } from '@app/directory/testing';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { useTestApp, type TestAppHandle, type TestAppOptions } from './use-test-app';
import { fail } from './use-test-database';

/** Where quick exit leads by default; the tests answer it locally so nothing leaves the machine. */
export const NEUTRAL_SITE = 'https://www.weather.gov/';
export const PHONE_WIDTH = 375;
export const LAPTOP_WIDTH = 1280;
const SCREENSHOTS_DIR = resolve(process.env.SCREENSHOTS_DIR ?? 'test-results/screenshots');

export interface PageOptions {
  width?: number;
  javaScript?: boolean;
  /** The browser's language, sent as Accept-Language. */
  locale?: string;
  /** Where the browser is, as an IANA zone: its clock reads local time there. */
  timezoneId?: string;
}

export interface OpenedPage {
  page: Page;
  /** Every URL the page asked for, in order: the site must never reach beyond its own origin. */
  requests: string[];
  close: () => Promise<void>;
}

export interface WebSiteHandle {
  /** The app behind the site, its database and mail folder. */
  testApp: TestAppHandle;
  baseUrl(): string;
  open(options?: PageOptions): Promise<OpenedPage>;
  screenshot(page: Page, name: string): Promise<void>;
}

/**
 * The whole site as a visitor meets it: the real app (API and pages, one origin) listening on a free port, with the
 * 600-listing demo directory, and Debian's Chromium driven by Playwright.
 */
export function useWebSite(options: Omit<TestAppOptions, 'listings'> = {}): WebSiteHandle {
  // A journey is several page loads in a real browser.
  jest.setTimeout(60_000);
  let browser: Browser | undefined;
  let baseUrl: string | undefined;
  // Jest runs afterAll hooks in the order they are declared: the browser must let go of its connections before the
  // app closes, or closing waits on them past the hook's timeout.
  afterAll(async () => {
    await browser?.close();
  });
  const today = new Date().toISOString().slice(0, 10);
  const testApp = useTestApp({ ...options, listings: [...syntheticListings({ count: 600, today })] });

  beforeAll(async () => {
    if (!existsSync(join('apps', 'web', 'build', 'server', 'index.js'))) {
      throw new Error('The web app is not built: run `npm run build:web` (npm test does it first).');
    }
    await testApp.app().listen(0, '127.0.0.1');
    baseUrl = (await testApp.app().getUrl()).replace('[::1]', '127.0.0.1');
    browser = await chromium.launch({
      executablePath: process.env.ACD_CHROMIUM_PATH ?? fail('no Chromium: see jest.config.js'),
      // Chromium's own background traffic would try to leave this machine; the tests watch every request.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
  });

  return {
    testApp,
    baseUrl: () => baseUrl ?? fail('the site is not started yet'),
    open: async (options = {}) => openPage(browser ?? fail('the browser is not started yet'), options),
    screenshot: async (page, name) => {
      mkdirSync(SCREENSHOTS_DIR, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`), fullPage: false });
    },
  };
}

async function openPage(browser: Browser, options: PageOptions): Promise<OpenedPage> {
  const context: BrowserContext = await browser.newContext({
    viewport: { width: options.width ?? LAPTOP_WIDTH, height: 900 },
    javaScriptEnabled: options.javaScript ?? true,
    locale: options.locale ?? 'en-US',
    timezoneId: options.timezoneId ?? 'UTC',
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.route(`${NEUTRAL_SITE}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Forecast</h1>' }),
  );
  const page = await context.newPage();
  return { page, requests, close: () => context.close() };
}
