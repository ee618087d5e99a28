import type { Page } from 'playwright-core';
import { launchChromium, watchProblems } from '../browser.ts';
import type { Engine, Motion, Tab, Viewport } from './types.ts';

function tab(page: Page, close: () => Promise<void>): Tab {
  const problems = watchProblems(page);
  return {
    open: async (url) => {
      // A fresh document: playwright turns a fragment-only change into a same-document navigation.
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
    screenshot: async (path) => void (await page.screenshot({ path })),
    problems: async () => [...problems],
    close,
  };
}

export async function launch(motion: Motion): Promise<Engine> {
  const browser = await launchChromium();
  return {
    name: 'chromium',
    version: `Chromium ${browser.version()}`,
    motion,
    newTab: async (viewport: Viewport) => {
      const context = await browser.newContext({ viewport, reducedMotion: motion, isMobile: viewport.width < 600, hasTouch: viewport.width < 600 });
      return tab(await context.newPage(), () => context.close());
    },
    close: () => browser.close(),
  };
}
