// One headless Chromium per test file, with the network fenced to the app's own address: every request
// elsewhere is aborted and recorded, so a test can assert the page works offline and leaks nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { describeWhen, type Requirement } from '../support/requirements.ts';

/** Found once for the run (GEOKG_CHROMIUM, or `chromium` on PATH), like scripts/setup-system.sh finds it. */
export const CHROMIUM = inject('machine').chromium;
export const hasChromium = CHROMIUM !== undefined;
export const chromiumRequirement: Requirement = {
  what: 'Chromium', available: hasChromium,
  install: 'apt-get install chromium, or set GEOKG_CHROMIUM to its path',
};

/** A describe block for browser tests: skipped locally without Chromium (named at the end), failing in CI. */
export function describeInBrowser(title: string, body: () => void): void {
  describeWhen(chromiumRequirement, title, body);
}
export const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-output');

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'geokg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface GuardedPage {
  page: Page;
  /** Requests that tried to leave the app's origin (all were aborted). */
  foreign: string[];
  /** Content-Security-Policy violations the page reported. */
  cspViolations(): Promise<string[]>;
  /** Uncaught exceptions in the page. */
  errors: string[];
}

export async function guardedPage(browser: Browser, appUrl: string): Promise<GuardedPage> {
  const origin = new URL(appUrl).origin;
  const page = await browser.context.newPage();
  const foreign: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.fallback();
    foreign.push(url);
    return route.abort('blockedbyclient');
  });
  await page.addInitScript(() => {
    // The page installs window.geokg (status, counts, where to click) only when asked to.
    Object.defineProperty(window, '__geokgTest', { value: true });
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    page,
    foreign,
    errors,
    cspViolations: () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  };
}

/** Waits until the page has settled into one of its states (ready, empty, nomatch, error). */
export async function settled(page: Page, timeout = 30_000): Promise<string> {
  await page.waitForFunction(() => !['loading', undefined].includes(document.body.dataset.status), null, { timeout });
  return page.evaluate(() => document.body.dataset.status!);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

