/**
 * A Tab over a page object of playwright-core or puppeteer-core: their page APIs agree on
 * everything the smoke suite uses, so Chromium and Firefox share this one adapter.
 */
import type { Tab } from './types.ts';

interface Frame {
  evaluate(fn: never, arg: unknown): Promise<unknown>;
}

/** The part of both libraries' Page that the suite calls. */
export interface DrivenPage extends Frame {
  goto(url: string, options?: { waitUntil: 'load' }): Promise<unknown>;
  $(selector: string): Promise<{ contentFrame(): Promise<Frame | null> } | null>;
  click(selector: string): Promise<void>;
  keyboard: { press(key: string): Promise<void> };
  screenshot(options: { path: `${string}.png` }): Promise<unknown>;
}

export function pageTab(page: DrivenPage, problems: readonly string[], close: () => Promise<void>): Tab {
  return {
    open: async (url) => {
      // A fresh document: both libraries turn a fragment-only change into a same-document navigation.
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
    close,
  };
}
