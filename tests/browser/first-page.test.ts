import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTEFACTS, DESKTOP, launchChromium, newContext, PHONE, serveDist, watchProblems, type Site } from '../helpers/browser.ts';
import { LANGS, langPrefix } from '../../src/i18n/lang.ts';

const artefact = (name: string) => {
  mkdirSync(ARTEFACTS, { recursive: true });
  return join(ARTEFACTS, `${name}.png`);
};

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

const CODES = ['NE-1', 'NE-2', 'NE-3', 'NE-4', 'NE-5', 'NE-6', 'NE-7', 'NE-8'];

describe.each(LANGS.map((lang) => [lang, `${langPrefix(lang)}/`]))('the %s page', (lang, path) => {
  it('shows the region map with all eight regions, on desktop and phone', async () => {
    for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      const problems = watchProblems(page);
      await page.goto(new URL(path, site.url).href, { waitUntil: 'networkidle' });
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      const visibleMap = page.locator('svg[data-map]:visible').first();
      const codes = await visibleMap.locator('[data-region]').evaluateAll((els) => els.map((e) => e.getAttribute('data-region')));
      expect(codes.sort()).toEqual(CODES);
      const paths = await visibleMap.locator('path.map-region').count();
      expect(paths).toBe(8);
      // The whole story is tens of thousands of pixels tall on a phone: the first screen and the map are the artefacts.
      await page.screenshot({ path: artefact(`first-page-${lang}-${name}`) });
      await page.locator('#region-map').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.waitForTimeout(200);
      await page.screenshot({ path: artefact(`first-page-${lang}-${name}-map`) });
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  it('lists every dataset with its row count (on the sources page)', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(new URL(`${path}sources/`, site.url).href);
    const rows = await page.locator('table.dataset-list tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-dataset'), Number(tr.querySelector('[data-rows]')?.getAttribute('data-rows'))]));
    const names = rows.map(([n]) => n);
    expect(names).toEqual(expect.arrayContaining(['acled-niger', 'regions', 'displacement', 'deployments', 'timeline', 'incidents', 'armed-groups', 'discrepancies', 'sources']));
    for (const [, count] of rows) expect(count).toBeGreaterThan(0);
    await context.close();
  });
});
