import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe, withoutSiteScripts } from '../helpers/axe.ts';
import { distFiles } from '../helpers/dist.ts';
import { DESKTOP, launchChromium, newContext, serveDist, type Site } from '../helpers/browser.ts';

let site: Site;
let browser: Browser;

beforeAll(async () => {
  site = await serveDist();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Story pages, embeds and 404s; share pages only redirect to the story. */
const pages = distFiles()
  .filter((f) => f.endsWith('.html') && !/\/s\//.test(f))
  .map((f) => f.replace(/index\.html$/, ''));

describe('axe-core', () => {
  it.each([true, false])('finds nothing on any page or embed, in both languages (site scripts %s)', { timeout: 600_000 }, async (scripts) => {
    expect(pages.length).toBeGreaterThanOrEqual(14);
    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    if (!scripts) await withoutSiteScripts(page);
    const found: string[] = [];
    for (const path of pages) {
      await page.goto(new URL(path, site.url).href, { waitUntil: 'load' });
      for (const v of await runAxe(page)) found.push(`${path}: ${v.id} (${v.help}) ${v.nodes.join(' | ')}`);
    }
    expect(found).toEqual([]);
    await context.close();
  });

  it('finds nothing in the dark colour scheme either', async () => {
    const context = await newContext(browser, DESKTOP, { colorScheme: 'dark' });
    const page = await context.newPage();
    const found: string[] = [];
    for (const path of ['/', '/en/', '/fr/', '/en/regions/tillaberi/', '/fr/regions/tillaberi/', '/sources/', '/fr/sources/', '/en/charts/region-map/', '/charts/partners-timeline/', '/en/embed/region-map/?theme=dark']) {
      await page.goto(new URL(path, site.url).href, { waitUntil: 'networkidle' });
      for (const v of await runAxe(page)) found.push(`${path}: ${v.id} ${v.nodes.join(' | ')}`);
    }
    expect(found).toEqual([]);
    await context.close();
  });
});

describe('keyboard only', () => {
  it('walks the whole story from the skip link to the footer without a trap', { timeout: 240_000 }, async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await page.goto(new URL('/en/', site.url).href, { waitUntil: 'networkidle' });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');

    const seen = new Set<string>();
    let last = '';
    let repeats = 0;
    let reachedEnd = false;
    for (let i = 0; i < 3000; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return { key: 'body', kinds: [] as string[], same: false, end: false };
        const tip = el.querySelector<HTMLElement>('.fig__tip');
        const kinds = [
          el.matches('.fig') && 'figure',
          tip && document.querySelector('.fig-layer:not([hidden])')?.textContent === tip.textContent && 'tooltip',
          el.matches('.step__anchor') && 'step',
          el.matches('.map-region-link') && 'map-region',
          el.matches('input[type=radio], input[type=checkbox]') && 'toggle',
          el.matches('summary') && 'summary',
        ].filter((k): k is string => typeof k === 'string');
        const w = window as unknown as { __lastFocus?: Element };
        const same = w.__lastFocus === el;
        w.__lastFocus = el;
        const key = `${el.tagName}#${el.id}.${el.className}|${el.getAttribute('href') ?? ''}|${el.textContent?.slice(0, 30)}`;
        return { key, kinds, same, end: !!el.closest('#sources') };
      });
      // Past the last control, focus leaves the page: the walk is over.
      if (where.key === 'body') break;
      for (const k of where.kinds) seen.add(k);
      if (where.end) reachedEnd = true;
      // Tab always moves on: the same element twice in a row would be a trap.
      repeats = where.same ? repeats + 1 : 0;
      expect(repeats, `focus stuck on ${where.key} after ${last}`).toBe(0);
      last = where.key;
    }
    const reachedFooter = reachedEnd;
    expect(reachedFooter).toBe(true);
    for (const kind of ['figure', 'tooltip', 'step', 'map-region', 'toggle', 'summary']) expect([...seen], kind).toContain(kind);
    await context.close();
  });
});
