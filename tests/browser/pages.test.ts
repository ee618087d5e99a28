/**
 * The story's first screen and the pages beside the story (issue 10), in Chromium: choosing a
 * region on the map lands on its short part and offers the full page; the language switch on a
 * region page lands on the same region; the sources page explains disagreements in its own
 * language; the first phone screen holds the headline, standfirst, date, key figures and map.
 */
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchChromium, newContext, PHONE, ROOT, serveDist, watchProblems, type Site } from '../helpers/browser.ts';
import { langOfPath, langPrefix } from '../../src/i18n/lang.ts';

let site: Site;
let browser: Browser;
const url = (path: string) => new URL(path, site.url).href;

beforeAll(async () => {
  site = await serveDist();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string, viewport = DESKTOP, javaScriptEnabled = true): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await newContext(browser, viewport, { javaScriptEnabled });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(url(path), { waitUntil: 'networkidle' });
  return { page, problems, close: () => context.close() };
}

const box = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);

describe('the first phone screen', () => {
  it.each([
    ['/', true],
    ['/en/', true],
    ['/fr/', true],
    ['/', false],
  ])('%s (JavaScript %s): headline, standfirst, date of the sources, key figures and map, the contents one tap away', async (path, js) => {
    const { page, problems, close } = await open(path, PHONE, js);
    const h1 = await box(page, 'main h1');
    expect(h1.top).toBeGreaterThan(0);
    expect(await page.locator('.story-front__standfirst p').first().textContent()).toMatch(/\w{3,}.*\w{3,}/);
    expect(await page.locator('.story-front__date time').getAttribute('datetime')).toBe('2025-07');
    const figures = await page.locator('.story-front .key-figure').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().bottom));
    expect(figures.length).toBe(4);
    for (const bottom of figures) expect(bottom).toBeLessThanOrEqual(PHONE.height);
    const map = await box(page, '.story-front svg[data-map="front-map"]');
    expect(map.height).toBeGreaterThan(200);
    expect(map.bottom).toBeLessThanOrEqual(PHONE.height);
    // The contents: one tap on the summary opens the list of chapters.
    const summary = page.locator('.story-front .toc summary');
    expect((await box(page, '.story-front .toc summary')).bottom).toBeLessThanOrEqual(PHONE.height);
    expect(await page.locator('.story-front .toc a').first().isVisible()).toBe(false);
    await summary.tap();
    expect(await page.locator('.story-front .toc a').first().isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });
});

describe('choosing a region', () => {
  it.each([
    ['/', '.map-variant--only'],
    ['/en/', '.story-front'],
    ['/fr/', '.map-variant--only'],
  ])('on the map of %s (%s) lands on its short part, which offers the full page', async (path, map) => {
    const { page, problems, close } = await open(path);
    const prefix = langPrefix(langOfPath(path));
    await page.locator(`${map} [data-region="NE-5"]`).first().click();
    await page.waitForFunction(() => location.hash === '#tahoua');
    await expect.poll(() => page.evaluate(() => Math.round(document.getElementById('tahoua')!.getBoundingClientRect().top))).toBeLessThan(120);
    const more = page.locator('#tahoua .region-summary__more a');
    expect(await more.getAttribute('href')).toBe(`${prefix}/regions/tahoua/`);
    expect(await more.isVisible()).toBe(true);
    await more.click();
    await page.waitForURL(new RegExp(`${prefix}/regions/tahoua/$`));
    expect(await page.locator('h1').textContent()).toBe('Tahoua');
    // The full profile: every incident the report describes there, each with its death tolls.
    expect(await page.locator('.rp-incidents > li').count()).toBeGreaterThan(3);
    expect(problems).toEqual([]);
    await close();
  });
});

describe('an old link to an anchor that left the story', () => {
  it.each([
    ['/#discrepancies', /\/sources\/#discrepancies$/],
    ['/en/#source-cgrs-coi-niger-2025', /\/en\/sources\/#source-cgrs-coi-niger-2025$/],
    ['/en/#dosso-incidents', /\/en\/regions\/dosso\/#dosso-incidents$/],
  ])('%s goes on to its new page', async (path, landing) => {
    const { page, problems, close } = await open(path);
    await page.waitForURL(landing);
    expect(await page.evaluate(() => !!document.getElementById(location.hash.slice(1)))).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it("leaves the story's own anchors alone", async () => {
    const { page, close } = await open('/en/#dosso');
    await page.waitForTimeout(500);
    expect(new URL(page.url()).pathname).toBe('/en/');
    await close();
  });
});

describe('a region page', () => {
  it('switches language to the same region, and back', async () => {
    const { page, close } = await open('/regions/dosso/');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await page.click('a[data-lang-switch]');
    await page.waitForURL(/\/en\/regions\/dosso\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('Dosso');
    await page.click('a[data-lang-switch]');
    await page.waitForURL(/\/regions\/dosso\/$/);
    expect(new URL(page.url()).pathname).toBe('/regions/dosso/');
    await close();
  });

  it("shares with its own card, and links back to the region's part in the story", async () => {
    const { page, close } = await open('/en/regions/diffa/');
    const image = await page.getAttribute('meta[property="og:image"]', 'content');
    const card = await fetch(url(new URL(image!).pathname));
    expect(card.headers.get('content-type')).toBe('image/png');
    expect((await card.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
    await page.click('.region-page__kicker a');
    await page.waitForURL(/\/en\/#diffa$/);
    await expect.poll(() => page.evaluate(() => Math.round(document.getElementById('diffa')!.getBoundingClientRect().top))).toBeLessThan(120);
    await close();
  });
});

describe('the sources page', () => {
  const rows = Papa.parse<Record<string, string>>(readFileSync(join(ROOT, 'data/discrepancies.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;

  it.each([
    ['/sources/', 'explanation_nl'],
    ['/en/sources/', 'explanation'],
    ['/fr/sources/', 'explanation_fr'],
  ])('%s explains every disagreement in its own language', async (path, column) => {
    const { page, problems, close } = await open(path);
    const cells = await page.locator('table.discrepancies tbody tr td:last-child').allTextContents();
    expect(cells.length).toBe(rows.length);
    expect(cells.sort()).toEqual(rows.map((r) => r[column]!).sort());
    // The explanations are in the page's language; the key and values are English data text and say so (lang="en").
    expect(await page.locator('table.discrepancies tbody tr td:last-child[lang]').count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });

  it('is where #sources on the story leads', async () => {
    const { page, close } = await open('/en/#sources');
    await page.locator('#sources a[href="/en/sources/"]').click();
    await page.waitForURL(/\/en\/sources\/$/);
    expect(await page.locator('table.dataset-list tbody tr').count()).toBeGreaterThanOrEqual(9);
    expect(await page.locator('#partners-timeline table tbody tr').count()).toBeGreaterThan(20);
    await close();
  });
});
