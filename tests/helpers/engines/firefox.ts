import puppeteer, { type Page } from 'puppeteer-core';
import { FIREFOX_PATH } from '../../../scripts/lib/tools.ts';
import { pageTab, type DrivenPage } from './page-tab.ts';
import type { Engine, Motion, Viewport } from './types.ts';

/** The same problems as the Chromium helper collects (tests/helpers/browser.ts), from puppeteer's events. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
  page.on('requestfailed', (r) => !/ABORTED/.test(r.failure()?.errorText ?? '') && problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  return problems;
}

/** Firefox ESR over WebDriver BiDi. The motion setting is the browser's own preference, as a reader sets it. */
export async function launch(motion: Motion): Promise<Engine> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: { 'ui.prefersReducedMotion': motion === 'reduce' ? 1 : 0 },
  });
  const version = (await browser.version()).replace(/^firefox\//i, 'Firefox ');
  return {
    name: 'firefox',
    version,
    motion,
    newTab: async (viewport: Viewport) => {
      const page = await browser.newPage();
      await page.setViewport(viewport);
      return pageTab(page as unknown as DrivenPage, watchProblems(page), () => page.close());
    },
    close: () => browser.close(),
  };
}
