/**
 * Citing a figure in a real browser: the tip's control copies the citation (with the ACLED
 * chain and the figure's permanent link) by keyboard and by pointer, says "copied" to screen
 * readers, falls back when the Clipboard API refuses, and the permanent link lands on the
 * figure. Every chart frame has "How to cite this chart" and "About this data".
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/charts/catalog.ts';
import { DESKTOP, launchChromium, newContext, PHONE, screenshot, serveDist, watchProblems, type Site } from '../helpers/browser.ts';

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

const FIGURE = '#fig-acled-ne-incidents-current';

async function open(viewport = DESKTOP, init?: string): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await newContext(browser, viewport);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(new URL('/en/', site.url).href, { waitUntil: 'networkidle' });
  return { context, page, problems };
}

/** Tab from the figure through its tip's controls ("see the disagreement" may come first) to the copy control. */
async function tabToCopy(page: Page): Promise<boolean> {
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.matches('.fig__tip .fig__copy') ?? false)) return true;
    if (!(await page.evaluate(() => document.activeElement?.closest('.fig__tip') !== null))) return false;
  }
  return false;
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const announced = (page: Page) => page.locator('p[role="status"].visually-hidden').textContent();

describe('the citation in a figure tip', () => {
  it('is copied by keyboard: Tab from the figure reaches the control, Enter copies, screen readers hear "copied"', async () => {
    const { context, page, problems } = await open();
    const figure = page.locator(FIGURE);
    await figure.scrollIntoViewIfNeeded();
    await figure.focus();
    await expect.poll(() => page.locator('.fig-layer').isVisible()).toBe(true);
    expect(await tabToCopy(page)).toBe(true);
    // The tip stays open on the control, and its picture marks the control as focused.
    expect(await page.locator('.fig-layer').isVisible()).toBe(true);
    expect(await page.locator('.fig-layer .fig__copy.is-focused').count()).toBe(1);
    const expected = await page.locator(`${FIGURE} .fig__copy`).getAttribute('data-citation');
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toBe(expected);
    expect(expected).toMatch(/^ACLED, as quoted in .*COI Focus NIGER\. Veiligheidssituatie, 11 July 2025, §\S+, consulted on 5 June 2025\. In: .+, http:\/\/[^ ]+\/en\/#fig-acled-ne-incidents-current$/);
    await expect.poll(() => announced(page)).toBe('Citation copied');
    await screenshot(page, 'cite-tip-keyboard-desktop');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('is copied with the pointer from the tip the layer shows', async () => {
    const { context, page } = await open();
    await page.evaluate(() => navigator.clipboard.writeText('nothing yet'));
    const figure = page.locator('.fig[id^="fig-unhcr"], .fig[id^="fig-"]').nth(3);
    await figure.scrollIntoViewIfNeeded();
    await figure.hover();
    await expect.poll(() => page.locator('.fig-layer').isVisible()).toBe(true);
    const expected = await figure.locator('.fig__copy').getAttribute('data-citation');
    await page.locator('.fig-layer .fig__copy').click();
    await expect.poll(() => clipboard(page)).toBe(expected);
    await expect.poll(() => page.locator('.fig-layer .fig__copy').textContent()).toBe('Citation copied');
    await context.close();
  });

  it('falls back to the copy command when the Clipboard API refuses', async () => {
    const refuse = `Object.defineProperty(Navigator.prototype, 'clipboard', { get() { return { writeText: () => Promise.reject(new Error('refused')), readText: () => Promise.reject(new Error('refused')) }; } });`;
    const { context, page } = await open(DESKTOP, refuse);
    const figure = page.locator(FIGURE);
    await figure.scrollIntoViewIfNeeded();
    await figure.focus();
    expect(await tabToCopy(page)).toBe(true);
    // What the copy event puts on the clipboard, seen after the page's own listener ran.
    await page.evaluate(() => {
      addEventListener('copy', (e) => (document.body.dataset.copied = e.clipboardData?.getData('text/plain') ?? ''));
    });
    const expected = await page.locator(`${FIGURE} .fig__copy`).getAttribute('data-citation');
    await page.keyboard.press('Enter');
    await expect.poll(() => announced(page)).toBe('Citation copied');
    expect(await page.evaluate(() => document.body.dataset.copied)).toBe(expected);
    // Focus comes back to the control after the fallback.
    expect(await page.evaluate(() => document.activeElement?.matches('.fig__copy') ?? false)).toBe(true);
    await context.close();
  });

  it('has a permanent link that lands on the figure and shows its source', async () => {
    const context = await newContext(browser, PHONE);
    const page = await context.newPage();
    await page.goto(new URL(`/en/${FIGURE}`, site.url).href, { waitUntil: 'networkidle' });
    await expect.poll(() => page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, FIGURE)).toBe(true);
    const box = await page.locator(FIGURE).boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= PHONE.height).toBe(true);
    expect(await page.locator('.fig-layer').isVisible()).toBe(true);
    await screenshot(page, 'cite-permalink-phone');
    await context.close();
  });
});

describe('every chart page', () => {
  it('says how to cite the chart and what its data are', async () => {
    const { context, page } = await open();
    for (const chart of CHARTS) {
      await page.goto(new URL(`/en/charts/${chart.id}/`, site.url).href, { waitUntil: 'networkidle' });
      const frame = page.locator(`figure#${chart.id}`);
      await expect.poll(() => frame.locator('.chart-frame__cite summary').textContent(), { message: chart.id }).toBe('How to cite this chart');
      expect(await frame.locator('.chart-frame__about summary').textContent(), chart.id).toBe('About this data');
      expect(await frame.locator(`cite#${chart.id}-citation`).textContent(), chart.id).toContain(`/en/#${chart.id}`);
    }
    await page.goto(new URL('/en/charts/region-map/', site.url).href, { waitUntil: 'networkidle' });
    const map = page.locator('figure#region-map');
    expect(await map.locator('[data-about="diffa"]').textContent()).toContain('onderschatting');
    await map.locator('.chart-frame__cite button').click();
    await expect.poll(() => clipboard(page)).toContain('“Violence by region”');
    await map.locator('.chart-frame__about').scrollIntoViewIfNeeded();
    await screenshot(page, 'cite-chart-about-desktop');
    await context.close();
  });
});
