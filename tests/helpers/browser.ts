import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createSiteServer, listen } from '../../scripts/lib/static-server.ts';
import { CHROMIUM_PATH } from '../../scripts/lib/tools.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = process.env.DIST_DIR ?? join(ROOT, 'dist');
export const ARTEFACTS = join(ROOT, 'test-results', 'screenshots');

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

/** Debian's Chromium, headless, with nothing that phones home (this machine has no internet). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

export interface Site {
  url: string;
  server: Server;
  close: () => Promise<void>;
}

/** Serves dist/ with exactly the headers its _headers file gives, as a static host would (and `npm start` does). */
export async function serveDist(port = 0): Promise<Site> {
  const server = createSiteServer(DIST);
  const url = await listen(server, port);
  return { url, server, close: () => new Promise((r) => server.close(() => r())) };
}

/** Collects console errors and failed requests, so a test can assert there were none. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  // A load cut short because the test moved on (ERR_ABORTED, NS_BINDING_ABORTED) is no fault of the page.
  page.on('requestfailed', (r) => !/ABORTED/.test(r.failure()?.errorText ?? '') && problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  return problems;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTEFACTS, { recursive: true });
  const path = join(ARTEFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

export async function newContext(browser: Browser, viewport = DESKTOP, options: { javaScriptEnabled?: boolean; reducedMotion?: 'reduce' | 'no-preference'; colorScheme?: 'light' | 'dark' } = {}): Promise<BrowserContext> {
  return browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    // The browser's own defaults unless a test is about a setting: motion allowed, light scheme.
    reducedMotion: options.reducedMotion ?? null,
    colorScheme: options.colorScheme ?? null,
    isMobile: viewport.width < 600,
    hasTouch: viewport.width < 600,
  });
}
