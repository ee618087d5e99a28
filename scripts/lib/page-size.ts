/**
 * How much a page asks of its reader, as a phone shows it: the words in <main> (its rendered
 * text with every disclosure open, so chart tables and lists count; hover-only source tips
 * do not), the page's height at 390 × 844 with JavaScript off (disclosures closed, as the
 * page loads), and its number of DOM elements. The bench reports these for the story against its budgets.
 */
import { chromium } from 'playwright-core';

export interface PageSize {
  words_in_main: number;
  height_px_390_nojs: number;
  dom_elements: number;
}

export const PAGE_SIZE_BUDGET: PageSize = { words_in_main: 5000, height_px_390_nojs: 30000, dom_elements: 3000 };

/**
 * Words as a reader counts them: runs of letters or digits, so "26 juli 2023" is three and "—" none.
 * A number grouped by a (narrow) no-break space, as French writes "507 438", is one word: a space
 * joins only between a digit and a group of exactly three digits.
 */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[’'.,-][\p{L}\p{N}]+|(?<=\p{N})[\u00a0\u202f]\p{N}{3}(?![\p{L}\p{N}]))*/gu)?.length ?? 0;
}

/** Measures each URL in one headless Chromium with JavaScript off (what every reader gets first). */
export async function measurePages(urls: readonly string[], chromiumPath: string): Promise<Record<string, PageSize>> {
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  const out: Record<string, PageSize> = {};
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true, javaScriptEnabled: false, bypassCSP: true });
    const page = await context.newPage();
    for (const url of urls) {
      await page.goto(url, { waitUntil: 'load' });
      // Parts laid out only when near (content-visibility) count at their real height.
      // (A style element added by hand: Playwright's addStyleTag waits for an onload that never fires without JavaScript.)
      await page.evaluate(() => {
        const style = document.createElement('style');
        style.textContent = '* { content-visibility: visible !important; }';
        document.head.append(style);
      });
      // Height and elements as the page loads; then every disclosure opened (chart tables, the contents) for the words a reader can reach.
      const m = await page.evaluate(() => {
        const height = Math.ceil(document.documentElement.scrollHeight);
        const elements = document.getElementsByTagName('*').length;
        for (const d of document.querySelectorAll('details')) d.open = true;
        return { text: document.querySelector('main')?.innerText ?? '', height, elements };
      });
      out[new URL(url).pathname] = { words_in_main: countWords(m.text), height_px_390_nojs: m.height, dom_elements: m.elements - 1 };
    }
    await context.close();
  } finally {
    await browser.close();
  }
  return out;
}
