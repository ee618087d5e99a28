import puppeteer, { type Page } from 'puppeteer-core';
import { FIREFOX_PATH } from '../../../scripts/lib/tools.ts';
import type { Engine, Motion, Tab, Viewport } from './types.ts';


function tab(page: Page): Tab {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
  page.on('requestfailed', (r) => !/ABORTED/.test(r.failure()?.errorText ?? '') && problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  return {
    open: async (url) => {
      await page.goto('about:blank');
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    evaluateInFrame: async (selector, fn, arg) => {
      const frame = await (await page.$(selector))?.contentFrame();
      if (!frame) throw new Error(`no frame at ${selector}`);
      return frame.evaluate(fn as never, arg) as never;
    },
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    problems: async () => [...problems],
    close: () => page.close(),
  };
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
      return tab(page);
    },
    close: () => browser.close(),
  };
}
